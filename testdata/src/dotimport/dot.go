package dotimport

import . "github.com/reasonlint/reasonlint/reasons"

func f(s Source) {
	switch s { // want `missing cases in switch of type reasons.Source: reasons.AppServer$`
	case Callee, Caller, Participant, CloudServer:
	}
	if s == 5 { // want `raw integer 5 used as reasons.Source; use reasons.AppServer`
	}
}
