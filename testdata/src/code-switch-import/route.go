package codeswitchimport

// The fix of a switch over codes, in a file that does not import the
// reasons package, adds the import once.
func route(e Ended) int {
	switch e.Reason.String() { // want `^switch on the code of a reasons.Source; switch on the value and compare with its constants$`
	case "Callee", "Caller":
		return 1
	case "Participant":
		return 2
	case "CloudServer", "AppServer":
		return 3
	}
	return 0
}
