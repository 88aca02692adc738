package ownstring

// A fix never writes a constant that a switch lists, nor one that
// another fix writes in the same chain of || and &&: the others keep
// their findings.
func dupes(c ReasonCode) bool {
	switch c { //reasonlint:ignore:switch the other codes are not billed
	case CodeDecline, "DECLINED": // want `^unknown disconnect reason code "DECLINED"; did you mean "DECLINE"\?; use ownstring.CodeDecline$`
		return true
	}
	return c == "DECLINE" || c == "DECLINED" // want `^raw code "DECLINE" used as ownstring.ReasonCode; use ownstring.CodeDecline$` `^unknown disconnect reason code "DECLINED"; did you mean "DECLINE"\?; use ownstring.CodeDecline$`
}
