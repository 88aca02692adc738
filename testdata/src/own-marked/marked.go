// Package ownmarked marks the types that hold reasons and sources where
// their constants alone do not show it.
package ownmarked

// Kind is how a call ended, with constants for only the reasons the code
// needs.
//
//reasonlint:reason
type Kind int // want `^ownmarked.Kind lacks 42 disconnect reasons of LINE Planet's: 1001 NORMAL, `

const (
	KindMissed Kind = 1203
	KindBusy   Kind = 1202
)

func route(k Kind) bool {
	switch k { // want `^missing cases in switch of type ownmarked.Kind: ownmarked.KindBusy, and 1001 NORMAL, `
	case KindMissed:
		return true
	}
	return k == 1201 // want `^raw integer 1201 used as ownmarked.Kind, which declares no constant for CANCEL$`
}

// Level is marked but holds no reasons.
//
//reasonlint:reason
type Level int // want `^ownmarked.Level is marked //reasonlint:reason, but none of its constants is a disconnect reason's wire value$`

const (
	LevelLow  Level = 1
	LevelHigh Level = 2
)

// Its uses are not checked: the finding at the type says what is wrong.
func level(l Level) bool {
	switch l {
	case LevelLow:
	}
	return l == 2
}

// Who has no constants at all: switches over it are held to the table
// all the same.
//
//reasonlint:source
type Who uint8

func who(w Who) bool {
	switch w { // want `^missing cases in switch of type ownmarked.Who: 2 Caller, 3 Participant, 4 CloudServer, 5 AppServer, for which ownmarked.Who declares no constants$`
	case 1: // want `^raw integer 1 used as ownmarked.Who, which declares no constant for Callee$`
	}
	return w == 9 // want `^9 is not a disconnect source$`
}

// Legacy looks like a copy of LINE Planet's table, but is not one: an
// ignore directive on the type turns recognition off.
//
//reasonlint:ignore our own numbering of outcomes, older than LINE Planet's
type Legacy int

const (
	LegacyNormal   Legacy = 1001
	LegacyDecline  Legacy = 1002
	LegacyCellCall Legacy = 1003
	LegacyBusy     Legacy = 1203
)

func legacy(l Legacy) bool { return l == 1202 }

// want +1 `^//reasonlint:reason applies to nothing: put it in the doc comment of a type declared at package level$`
//reasonlint:reason
var misplaced = 1
