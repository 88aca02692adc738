package codeswitch

import "github.com/reasonlint/reasonlint/reasons"

// A switch over a source's name is held to the same rule, and is better
// written over the value: one finding says both, and its fix does both.
func names(s reasons.Source) {
	switch s.String() { // want `^missing cases in switch of reasons.Source codes: "Participant", "AppServer"; switch on the code of a reasons.Source; switch on the value and compare with its constants$`
	case "Callee", "Caller":
	case "CloudServer":
	}
}

func reasonCodes(r *reasons.Reason) {
	switch r.String() { // want `^missing cases in switch of reasons.Reason codes: "NORMAL", "DECLINE", .*; switch on the code of a reasons.Reason; switch on the value and compare with its constants$`
	case "BUSY":
	case "NOANSWER":
	}
}

// An unknown code cannot be rewritten; the switch is still reported.
func unknownCode(s reasons.Source) {
	switch s.String() { // want `^missing cases in switch of reasons.Source codes: "Callee", "Caller", "Participant", "AppServer"; switch on the code`
	case "CloudServer":
	case "cloud_server": // want `^"cloud_server" is the Web spelling; the disconnect source name is "CloudServer"$`
	case "caller": // want `^"caller" is the Web spelling; the disconnect source name is "Caller"$`
	}
}

func exhaustiveCodes(s reasons.Source) {
	switch s.String() { // want `^switch on the code of a reasons.Source; switch on the value and compare with its constants$`
	case "Callee", "Caller", "Participant", "CloudServer", "AppServer":
	}
}

// Misspelled codes are rewritten to the constants they mean, in the same
// fix: one -fix settles the switch.
func misspelled(r reasons.Reason) {
	switch r.String() { // want `^missing cases in switch of reasons.Reason codes: .*; switch on the code`
	case "BUSSY": // want `^unknown disconnect reason code "BUSSY"; did you mean "BUSY"\?$`
	case "NOANSWER":
	default:
	}
}

// Two misspellings that mean one code are not both rewritten to it: the
// switch would have two cases for one value. Only the first gets a fix.
func twoMisspellings(r reasons.Reason) {
	switch r.String() { // want `missing cases in switch of reasons.Reason codes`
	case "NOANSWR": // want `^unknown disconnect reason code "NOANSWR"; did you mean "NOANSWER"\?$`
	case "NOANSWERR": // want `^unknown disconnect reason code "NOANSWERR"; did you mean "NOANSWER"\?$`
	}
	switch r.String() { // want `missing cases in switch of reasons.Reason codes`
	case "NOANSWR", "NOANSWERR": // want `did you mean "NOANSWER"` `did you mean "NOANSWER"`
	}
	switch r.String() { // want `missing cases in switch of reasons.Reason codes`
	case "NOANSWER":
	case "NOANSWR": // want `did you mean "NOANSWER"`
	}
}

// An ignore directive for switches silences the missing cases of a switch
// over codes; the advice to switch on the value stays, under its own check.
func ignoredSwitch(s reasons.Source) {
	//reasonlint:ignore:switch billing handles only the two of them
	switch s.String() { // want `^switch on the code of a reasons.Source; switch on the value and compare with its constants$`
	case "Callee", "Caller":
	}
	//reasonlint:ignore:switch,code the report groups by code
	switch s.String() {
	case "Callee", "Caller":
	}
}

// A switch over a variable that its init statement assigns the code is a
// switch over the code; no fix rewrites the init, but misspellings are
// fixed.
func initialized(s reasons.Source) {
	switch name := s.String(); name { // want `^missing cases in switch of reasons.Source codes: "Caller", "Participant", "CloudServer", "AppServer"; switch on the code of a reasons.Source; switch on the value and compare with its constants$`
	case "Callee":
	case "Calller": // want `^unknown disconnect source "Calller"; did you mean "Caller"\?$`
	}
}
