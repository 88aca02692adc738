package aliases

import (
	rs "github.com/reasonlint/reasonlint/reasons"
)

type (
	Cause  = rs.Reason
	Origin = rs.Source
)

// An aliased import and type aliases behave as the plain names do;
// messages name the package by its own name.
func f(o Origin, c *Cause) {
	switch o { // want `^missing cases in switch of type reasons.Source: reasons.Participant, reasons.AppServer$`
	case rs.Callee, rs.Caller, rs.CloudServer:
	}
	if *c == 1203 { // want `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$`
	}
}
