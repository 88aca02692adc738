package noimports

import "example.com/fixtures/raw-int-import/events"

func busy(e events.Ended) bool {
	return e.Reason == 1202 && e.Source == 1 // want `raw integer 1202` `raw integer 1`
}
