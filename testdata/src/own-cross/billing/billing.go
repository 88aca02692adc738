// Package billing uses the own types of package calls: every check
// applies to them there, with calls' constants in messages and fixes.
package billing

import (
	c "example.com/fixtures/own-cross/calls"
	"github.com/reasonlint/reasonlint/reasons"
)

// R is another name for the type.
type R = c.DisconnectReason

func bill(e c.Event) bool {
	switch e.Last() { // want `^missing cases in switch of type calls.DisconnectReason: calls.ReasonDecline, .*calls.ReasonServiceTooManyRequests$`
	case c.ReasonNormal:
		return true
	}
	var r R = 1203              // want `^raw integer 1203 used as calls.DisconnectReason; use calls.ReasonNoAnswer$`
	if *e.By == "CloudServer" { // want `^raw name "CloudServer" used as calls.Releaser; use calls.ReleaserCloudServer$`
	}
	return r == e.Reason || e.Reason == 1202 // want `^raw integer 1202 used as calls.DisconnectReason; use calls.ReasonBusy$`
}

// Type parameters constrained to the type hold it too.
func generic[T interface{ c.DisconnectReason }](t T) bool {
	return t == 1203 // want `^raw integer 1203 used as calls.DisconnectReason; use calls.ReasonNoAnswer$`
}

// A conversion to and from the reasons package's type is fine.
func convert(e c.Event) reasons.Reason {
	if e.Reason == c.DisconnectReason(reasons.Busy) {
		return reasons.Busy
	}
	return reasons.Reason(e.Reason)
}
