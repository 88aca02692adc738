package rawint

import (
	"testing"

	"github.com/reasonlint/reasonlint/reasons"
)

// Tests are checked like the rest of the code.
func TestOutcome(t *testing.T) {
	if got := reasons.Reason(1202); got != reasons.Busy { // want `raw integer 1202 used as reasons.Reason; use reasons.Busy`
		t.Fail()
	}
}
