package shadowed

import "example.com/fixtures/raw-int-import/events"

const Name = "shadowed"

// A local name shadows the package: no fix can name it.
func busy(e events.Ended) bool {
	reasons := []string{"x"}
	_ = reasons
	return e.Reason == 1202 // want `^raw integer 1202 used as reasons.Reason; use reasons.Busy$`
}
