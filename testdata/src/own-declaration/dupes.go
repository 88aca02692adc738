package owndeclaration

// A fix never writes a constant that a switch, a map literal or a chain of
// || and && lists. Where the fix of a constant's declaration gives it the
// value of another case or key, the two are swapped, which keeps what the
// code does; a fix that writes such a constant carries the fix of its
// declaration, and so means, applied alone, what it says.
func dupes(r Reason) string {
	switch r { //reasonlint:ignore:switch the other reasons are handled elsewhere
	case ReasonMicNoSource, 1112: // want `^raw integer 1112 used as owndeclaration.Reason; use owndeclaration.ReasonMicNoSource$`
		return "mic"
	}
	labels := map[Reason]string{
		ReasonBusy: "no answer",
		1202:       "busy", // want `^raw integer 1202 used as owndeclaration.Reason; use owndeclaration.ReasonBusy$`
	}
	if r == ReasonBusy || r == 1202 { // want `^raw integer 1202 used as owndeclaration.Reason; use owndeclaration.ReasonBusy$`
		return "busy"
	}
	if r == 1203 { // want `^raw integer 1203 used as owndeclaration.Reason; use owndeclaration.ReasonNoAnswer$`
		return "no answer"
	}
	return labels[r]
}
