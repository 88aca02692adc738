package switchcheck

import "github.com/reasonlint/reasonlint/reasons"

// A file indented with spaces, which gofmt would not leave: the cases that
// a fix adds are indented as the file is.
func spaced(s reasons.Source) string {
    switch s { // want `^missing cases in switch of type reasons.Source: reasons.CloudServer, reasons.AppServer$`
    case reasons.Callee, reasons.Caller, reasons.Participant:
        return "client"
    }
    return ""
}

// A labeled switch, whose line starts with its label.
func labeled(s reasons.Source) {
loop:
	for {
	inner: switch s { // want `^missing cases in switch of type reasons.Source: reasons.AppServer$`
		case reasons.Callee, reasons.Caller, reasons.Participant, reasons.CloudServer:
			break inner
		}
		break loop
	}
}

// A switch two blocks deep, in a file that gofmt has formatted.
func nested(r reasons.Reason, s reasons.Source) {
	if r == reasons.Busy {
		switch s { // want `^missing cases in switch of type reasons.Source: reasons.AppServer$`
		case reasons.Callee, reasons.Caller, reasons.Participant, reasons.CloudServer:
		}
	}
}
