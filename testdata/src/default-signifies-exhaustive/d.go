package defaultsignifiesexhaustive

import "github.com/reasonlint/reasonlint/reasons"

// With -default-signifies-exhaustive, a default clause covers the rest.
func withDefault(s reasons.Source) {
	switch s {
	case reasons.Callee:
	default:
	}
	switch s.String() { // want `^switch on the code of a reasons.Source; switch on the value`
	case "Callee":
	default:
	}
}

func withoutDefault(s reasons.Source) {
	switch s { // want `missing cases in switch of type reasons.Source: reasons.Caller, reasons.Participant, reasons.CloudServer, reasons.AppServer$`
	case reasons.Callee:
	}
}
