package qualified

import (
	"github.com/reasonlint/reasonlint/reasons"

	"example.com/fixtures/raw-int-import/limits"
)

// A constant of another package is a raw value if it is untyped, as
// limits' are, whatever its name; reasons.Busy, typed, is none.
func busy(r reasons.Reason) bool {
	if r == limits.Busy { // want `^raw integer 1202 used as reasons.Reason; use reasons.Busy$`
		return true
	}
	return r == reasons.Busy || r == limits.Declined // want `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$`
}

func fromCloud(s reasons.Source) bool {
	switch s {
	case reasons.Callee, reasons.Caller, reasons.Participant, reasons.AppServer:
		return false
	case limits.Cloud: // want `^raw integer 4 used as reasons.Source; use reasons.CloudServer$`
		return true
	}
	return false
}
