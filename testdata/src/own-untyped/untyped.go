// Package ownuntyped lists the reasons it needs as untyped constants: the
// block is held to LINE Planet's table for its names and retired values,
// not for completeness.
package ownuntyped

const (
	ReasonNormal   = 1001
	ReasonBusy     = 1203 // want `^ownuntyped.ReasonBusy is 1203, the value of NOANSWER; BUSY is 1202$`
	ReasonNoAnswer = 1203
	ReasonMic      = 1101 // want `^ownuntyped.ReasonMic is 1101, a retired disconnect reason \(AUDIO_TX_NO_SRC_BY_LOCAL\); use 1112 AUDIO_TX_NO_SRC$`
	ReasonSentinel = -1   // want `^ownuntyped.ReasonSentinel is -1, the iOS SDK's sentinel for an unknown reason, not a disconnect reason$`
	retryAfter     = 30
	// A retired value is replaced by the reason that LINE Planet sends in
	// its place, unless the name says another, or there is none.
	ReasonDecline     = 1103 // want `^ownuntyped.ReasonDecline is 1103, a retired disconnect reason \(INTERNAL_ERROR_BY_LOCAL\); use 1109 INTERNAL_ERROR$`
	ReasonRemoteMic   = 1102 // want `^ownuntyped.ReasonRemoteMic is 1102, a retired disconnect reason \(AUDIO_TX_NO_SRC_BY_REMOTE\)$`
	ReasonUnavailable = 1306 // want `^ownuntyped.ReasonUnavailable is 1306, a retired disconnect reason \(UNAVAILABLE_BAD_NETWORK_IN_CONFERENCE\); use 1308 UNAVAILABLE_NETWORK \(no fix: a switch or map literal lists both it and 1308\)$`
)

// unavailable lists ReasonUnavailable apart from the value that the fix of
// its declaration would give it: that fix would repeat a case.
func unavailable(n int) bool {
	switch n {
	case ReasonUnavailable:
		return false
	case 1308:
		return true
	}
	return false
}

func local() {
	const (
		sourceCallee      = 1
		sourceCaller      = 2
		sourceParticipant = 4 // want `^sourceParticipant is 4, the value of CloudServer; Participant is 3$`
		sourceCloudServer = 4
	)
	_, _, _, _ = sourceCallee, sourceCaller, sourceParticipant, sourceCloudServer
}

// An ignore directive in a block's doc comment turns recognition off for
// it, as in a type's.
//
//reasonlint:ignore our archive's numbering of outcomes, not LINE Planet's table
const (
	DisconnectNormal   = 1001
	DisconnectDecline  = 1002
	DisconnectCellCall = 1003
	DisconnectBusy     = 1203
)
