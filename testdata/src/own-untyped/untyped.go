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
)

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
