package single

import "example.com/fixtures/raw-int-import/events" //nolint:depguard // the events bus

// An import declaration of one import becomes a block of two, and the
// comment that ends its line stays with it.
func busy(e events.Ended) bool {
	return e.Reason == 1202 // want `raw integer 1202 used as reasons.Reason; use reasons.Busy`
}
