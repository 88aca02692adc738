// Package dialer declares reason and source types with constants whose
// names say one value and whose values are another's.
package dialer

// EndReason is why a call ended, its constants declared one at a time.
type EndReason int // want `^dialer.EndReason lacks 40 disconnect reasons of LINE Planet's: 1109 INTERNAL_ERROR, .*, 1201 CANCEL, 1203 NOANSWER, `

const ReasonNormal EndReason = 1001
const ReasonDecline EndReason = 1002
const ReasonCellCall EndReason = 1003
const ReasonBusy EndReason = 1203 // want `^dialer.ReasonBusy is 1203, the value of NOANSWER; BUSY is 1202$`

// Lost has two constants of NOANSWER's value, one of them named for BUSY.
type Lost int // want `^dialer.Lost lacks 40 disconnect reasons of LINE Planet's: 1003 CELL_CALL, `

const LostNormal Lost = 1001
const LostDecline Lost = 1002
const LostBusy Lost = 1203 // want `^dialer.LostBusy is 1203, the value of NOANSWER; BUSY is 1202$`
const LostNoAnswer Lost = 1203

// Side numbers the releasers from iota, two of them swapped, which no fix
// can change: SideCaller is 1, Callee's value, and stands for neither.
type Side int

const (
	SideUnknown Side = iota
	SideCaller       // want `^dialer.SideCaller is 1, the value of Callee; Caller is 2$`
	SideCallee       // want `^dialer.SideCallee is 2, the value of Caller; Callee is 1$`
	SideParticipant
	SideCloudServer
	SideAppServer
)

// Within the package, a constant whose declaration's fix changes its
// value stands for what its name says; one that no fix changes, for
// nothing.
func local(r EndReason, s Side) bool {
	return r == 1202 || s == 2 // want `^raw integer 1202 used as dialer.EndReason; use dialer.ReasonBusy$` `^raw integer 2 used as dialer.Side, which declares no constant for Caller$`
}
