package ownint

// Handset keeps reasons as the application's clients send them: busy as
// 1203, which the declaration says on purpose. A constant whose finding is
// silenced stands for its value as it is.
type Handset int // want `^ownint.Handset lacks 40 disconnect reasons of LINE Planet's: 1003 CELL_CALL, .*, 1112 AUDIO_TX_NO_SRC, 1202 BUSY, 1204 ALREADY_GOT_A_CALL, `

const HandsetNormal Handset = 1001
const HandsetDecline Handset = 1002
const HandsetCancel Handset = 1201
const HandsetBusy Handset = 1203 //reasonlint:ignore:declaration the clients send busy as 1203

func handset(h Handset) bool {
	switch h { // want `^missing cases in switch of type ownint.Handset: ownint.HandsetNormal, ownint.HandsetDecline, ownint.HandsetCancel, and 1003 CELL_CALL, .*, 1112 AUDIO_TX_NO_SRC, 1202 BUSY, 1204 ALREADY_GOT_A_CALL, `
	case HandsetBusy:
		return true
	}
	return h == 1202 || h == 1203 // want `^raw integer 1202 used as ownint.Handset, which declares no constant for BUSY$` `^raw integer 1203 used as ownint.Handset; use ownint.HandsetBusy$`
}
