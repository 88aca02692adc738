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

// A test that pins the table compares constants with constants: nothing
// to rewrite there, but a misspelled code is still one.
func TestTable(t *testing.T) {
	if reasons.NoAnswer != 1203 || 1202 != reasons.Busy {
		t.Fatal("wire values")
	}
	if reasons.CloudServer.String() != "CloudServer" || reasons.NoAnswer.String() != "NOANSWER" {
		t.Fatal("codes")
	}
	if reasons.Busy.String() != "BUSSY" { // want `^unknown disconnect reason code "BUSSY"; did you mean "BUSY"\?$`
		t.Fatal("a typo")
	}
}
