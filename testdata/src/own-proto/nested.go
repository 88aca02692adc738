package ownproto

// A nested enum's values are named after the message that holds it,
// CallEnded_NOANSWER, not after the enum's own name: they are recognized
// all the same.
func missed(ev *CallEnded) bool {
	if ev.Releaser == 4 { // want `^raw integer 4 used as ownproto.CallEnded_Releaser; use ownproto.CallEnded_CLOUD_SERVER$`
		return false
	}
	return ev.GetReason() == 1203 // want `^raw integer 1203 used as ownproto.CallEnded_Reason; use ownproto.CallEnded_NOANSWER$`
}
