package ownstring

// A fix never writes a constant that a switch lists, nor one that
// another fix writes in the same chain of || and &&: the others keep
// their findings. Where the fix of a constant's declaration gives it the
// value of another case, the two are swapped, which keeps what the switch
// does.
func dupes(c ReasonCode) bool {
	switch c { //reasonlint:ignore:switch the other codes are not billed
	case CodeBusy, "BUSY": // want `^raw code "BUSY" used as ownstring.ReasonCode; use ownstring.CodeBusy$`
		return true
	}
	return c == "DECLINE" || c == "DECLINED" // want `^raw code "DECLINE" used as ownstring.ReasonCode; use ownstring.CodeDecline$` `^unknown disconnect reason code "DECLINED"; did you mean "DECLINE"\?; use ownstring.CodeDecline$`
}
