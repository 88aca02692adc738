package commented

import (
	_ "embed" // for the table below

	"example.com/fixtures/raw-int-import/events" // the events bus
)

// The import that a fix adds goes after the comment that ends the line of
// the last import, which stays with its own.
func busy(e events.Ended) bool {
	return e.Reason == 1202 // want `raw integer 1202 used as reasons.Reason; use reasons.Busy`
}
