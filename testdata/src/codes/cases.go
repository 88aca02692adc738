package codes

import "github.com/reasonlint/reasonlint/reasons"

// Cases that are not constants are walked like any other expression; those
// that are constants are checked with their switch.
func cases(r reasons.Reason) string {
	switch {
	case r.String() == "BUSY": // want `^reasons.Reason compared by its code "BUSY"; compare with reasons.Busy$`
		return "busy"
	case first(reasons.Parse("BUSSY")) == r: // want `^unknown disconnect reason code "BUSSY"; did you mean "BUSY"\?$`
		return "busy"
	}
	return ""
}

func first(r reasons.Reason, _ error) reasons.Reason { return r }
