// Package ownblank keeps a copy of LINE Planet's table in which a blank
// constant holds the place of NOANSWER: a placeholder, which no code can
// name, so the type declares no constant for 1203.
package ownblank

// DisconnectReason is why LINE Planet ended a call.
type DisconnectReason int // want `^ownblank.DisconnectReason lacks 40 disconnect reasons of LINE Planet's: 1001 NORMAL, .*, 1203 NOANSWER, .*`

// The reasons.
const (
	_                      DisconnectReason = 1203
	ReasonCancel           DisconnectReason = 1201
	ReasonBusy             DisconnectReason = 1202
	ReasonAlreadyGotACall  DisconnectReason = 1204
	ReasonMultiDeviceInUse DisconnectReason = 1205
)

// missed reports whether the callee did not answer.
func missed(r DisconnectReason) bool {
	return r == 1203 // want `^raw integer 1203 used as ownblank.DisconnectReason, which declares no constant for NOANSWER$`
}

// busy reports whether the callee was busy.
func busy(r DisconnectReason) bool {
	switch r { // want `^missing cases in switch of type ownblank.DisconnectReason: ownblank.ReasonCancel, ownblank.ReasonAlreadyGotACall, ownblank.ReasonMultiDeviceInUse, and 1001 NORMAL, .*, 1203 NOANSWER, .*, for which ownblank.DisconnectReason declares no constants$`
	case ReasonBusy:
		return true
	}
	return false
}
