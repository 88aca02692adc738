package codeswitch

import "github.com/reasonlint/reasonlint/reasons"

// A switch over a source's name is held to the same rule, and is better
// written over the value.
func names(s reasons.Source) {
	switch s.String() { // want `^missing cases in switch of reasons.Source codes: "Participant", "AppServer"$` `^switch on the code of a reasons.Source; switch on the value and compare with its constants$`
	case "Callee", "Caller":
	case "CloudServer":
	}
}

func reasonCodes(r *reasons.Reason) {
	switch r.String() { // want `^missing cases in switch of reasons.Reason codes: "NORMAL", "DECLINE", ` `switch on the code of a reasons.Reason`
	case "BUSY":
	case "NOANSWER":
	}
}

// An unknown code cannot be rewritten; the switch is still reported.
func unknownCode(s reasons.Source) {
	switch s.String() { // want `missing cases in switch of reasons.Source codes: "Callee", "Caller", "Participant", "AppServer"$` `switch on the code`
	case "CloudServer":
	case "cloud_server": // want `^"cloud_server" is the Web spelling; the disconnect source name is "CloudServer"$`
	case "caller": // want `^"caller" is the Web spelling; the disconnect source name is "Caller"$`
	}
}

func exhaustiveCodes(s reasons.Source) {
	switch s.String() { // want `switch on the code`
	case "Callee", "Caller", "Participant", "CloudServer", "AppServer":
	}
}
