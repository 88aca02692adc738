package owndeclaration

// A fix never writes a constant that a chain of || and && lists. A fix
// that writes a constant whose declaration's fix changes its value carries
// the fix of its declaration, and so means, applied alone, what it says.
func dupes(r Reason) string {
	if r == ReasonBusy || r == 1202 { // want `^raw integer 1202 used as owndeclaration.Reason; use owndeclaration.ReasonBusy$`
		return "busy"
	}
	if r == 1203 { // want `^raw integer 1203 used as owndeclaration.Reason; use owndeclaration.ReasonNoAnswer$`
		return "no answer"
	}
	return ""
}

// Ended is a copy of the table whose wrong constants a switch or a map
// literal lists apart from the values that the fixes of their
// declarations would give them: the fixed code would repeat a case or a
// key, and not compile, so the declarations get no fix, and the constants
// stand for no reason. Withheld, the fix of EndedBusy would make EndedNoAnswer
// repeat its value: that one is withheld too.
type Ended int //reasonlint:ignore:declaration only these reasons reach this code

const (
	EndedNormal      Ended = 1001
	EndedDecline     Ended = 1002
	EndedCancel      Ended = 1201
	EndedPushError   Ended = 1302
	EndedRoomIsFull  Ended = 1401
	EndedAloneKick   Ended = 1402
	EndedMicNoSource Ended = 1101 // want `^owndeclaration.EndedMicNoSource is 1101, a retired disconnect reason \(AUDIO_TX_NO_SRC_BY_LOCAL\); use 1112 AUDIO_TX_NO_SRC \(no fix: a switch or map literal lists both it and 1112\)$`
	EndedBusy        Ended = 1203 // want `^owndeclaration.EndedBusy is 1203, the value of NOANSWER; BUSY is 1202 \(no fix: a switch or map literal lists both it and 1202\)$`
	EndedNoAnswer    Ended = 1202 // want `^owndeclaration.EndedNoAnswer is 1202, the value of BUSY; NOANSWER is 1203 \(no fix: a switch or map literal lists both it and 1203\)$`
	EndedAuthError   Ended = 1304 // want `^owndeclaration.EndedAuthError is 1304, the value of RELEASED_CALL; AUTH_ERROR is 1303$`
)

func ended(e Ended) string {
	switch e { //reasonlint:ignore:switch the other reasons are handled elsewhere
	case EndedMicNoSource, 1112: // want `^raw integer 1112 used as owndeclaration.Ended, which declares no constant for AUDIO_TX_NO_SRC$`
		return "mic"
	case EndedBusy:
		return "busy?"
	case EndedNoAnswer:
		return "no answer?"
	}
	// A switch that lists the constant apart from other values is no
	// reason to withhold its fix.
	switch e { //reasonlint:ignore:switch the other reasons are handled elsewhere
	case EndedAuthError, EndedCancel:
		return "auth"
	case 1304: // want `^raw integer 1304 used as owndeclaration.Ended, which declares no constant for RELEASED_CALL$`
		return "released"
	}
	names := map[Ended]string{
		EndedBusy: "no answer",
		1202:      "busy", // want `^raw integer 1202 used as owndeclaration.Ended, which declares no constant for BUSY$`
	}
	return names[e]
}
