package defaultcase

import "github.com/reasonlint/reasonlint/reasons"

// A default clause does not make a switch exhaustive: it would silently
// take every source LINE Planet adds later.
func withDefault(s reasons.Source) string {
	switch s { // want `^missing cases in switch of type reasons.Source: reasons.Participant, reasons.AppServer$`
	case reasons.Callee, reasons.Caller:
		return "user"
	case reasons.CloudServer:
		return "cloud"
	default:
		return "other"
	}
}

func defaultFirst(s reasons.Source) {
	switch s { // want `missing cases in switch of type reasons.Source: reasons.Participant, reasons.CloudServer, reasons.AppServer$`
	default:
		println("other")
	case reasons.Callee, reasons.Caller:
	}
}

func defaultOnly(s reasons.Source) {
	switch s { // want `missing cases in switch of type reasons.Source: reasons.Callee, reasons.Caller, reasons.Participant, reasons.CloudServer, reasons.AppServer$`
	default:
		println("any")
	}
}

func noDefault(s reasons.Source) {
	switch s { // want `missing cases in switch of type reasons.Source: reasons.AppServer$`
	case reasons.Callee, reasons.Caller, reasons.Participant:
		println("user")
	case reasons.CloudServer:
		println("cloud")
	}
}

func empty(s reasons.Source) {
	switch s { // want `missing cases in switch of type reasons.Source`
	}
}

// The comment above the default belongs to it: the cases go above both.
func commentedDefault(s reasons.Source) string {
	switch s { // want `missing cases in switch of type reasons.Source: reasons.AppServer$`
	case reasons.Callee, reasons.Caller, reasons.Participant:
		return "user"
	case reasons.CloudServer:
		// The cloud ends calls that
		// no one ends.
		return "cloud"

	// Whatever else ends a call
	// is an error.
	default:
		return "error"
	}
}
