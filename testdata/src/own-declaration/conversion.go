package owndeclaration

import "strconv"

// Legacy keeps reasons as conversions, declared one by one.
type Legacy int // want `^owndeclaration.Legacy lacks 40 disconnect reasons of LINE Planet's: 1109 INTERNAL_ERROR, `

func (l Legacy) String() string { return strconv.Itoa(int(l)) }

// The fix of a value written as a conversion rewrites the operand alone:
// the constant keeps its type, and its methods.
const LegacyNormal = Legacy(1001)
const LegacyDecline = Legacy(1002)
const LegacyCellCall = Legacy(1003)
const LegacyBusy = Legacy(1203) // want `^owndeclaration.LegacyBusy is 1203, the value of NOANSWER; BUSY is 1202$`

var legacyBusy = LegacyBusy.String()

// LegacyCode keeps codes the same way.
type LegacyCode string // want `^owndeclaration.LegacyCode lacks 40 disconnect reasons of LINE Planet's: 1109 INTERNAL_ERROR, `

// Known reports whether c is set.
func (c LegacyCode) Known() bool { return c != "" }

const LegacyCodeNormal = LegacyCode("NORMAL")
const LegacyCodeDecline = LegacyCode("DECLINE")
const LegacyCodeCellCall = LegacyCode("CELL_CALL")
const LegacyCodeBusy = LegacyCode("BUSSY") // want `^owndeclaration.LegacyCodeBusy is "BUSSY", an unknown disconnect reason code; did you mean "BUSY"\?$`

var legacyCodeBusy = LegacyCodeBusy.Known()

// Party keeps sources as conversions in a block: the constants that the fix
// adds are written the same way.
type Party uint8 // want `^owndeclaration.Party lacks 2 disconnect sources of LINE Planet's: 4 CloudServer, 5 AppServer$`

const (
	PartyCallee      = Party(1)
	PartyCaller      = Party(2)
	PartyParticipant = Party(4) // want `^owndeclaration.PartyParticipant is 4, the value of CloudServer; Participant is 3$`
)
