package rawint

import (
	"fmt"

	"github.com/reasonlint/reasonlint/reasons"
)

func comparisons(r reasons.Reason, s reasons.Source) {
	if r == 1203 { // want `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$`
	}
	if 1203 != r { // want `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$`
	}
	if r >= 1301 { // want `^raw integer 1301 used as reasons.Reason; compare Category\(\) rather than ranges of values$`
	}
	if r < 1300 { // want `^1300 is not a disconnect reason; compare Category\(\) rather than ranges of values$`
	}
	if s == 4 { // want `^raw integer 4 used as reasons.Source; use reasons.CloudServer$`
	}
	if s == 9 { // want `^9 is not a disconnect source$`
	}
	if r == 1200+2 { // want `^raw integer 1202 used as reasons.Reason; use reasons.Busy$`
	}
}

func cases(r reasons.Reason) {
	switch r { // want `missing cases in switch of type reasons.Reason`
	case 1202: // want `^raw integer 1202 used as reasons.Reason; use reasons.Busy$`
	case reasons.NoAnswer:
	}
}

type call struct {
	reason reasons.Reason
	source reasons.Source
}

var byCode = map[string]reasons.Reason{
	"busy": 1202, // want `raw integer 1202 used as reasons.Reason; use reasons.Busy`
}

var labels = map[reasons.Reason]string{
	1203: "missed", // want `raw integer 1203 used as reasons.Reason; use reasons.NoAnswer`
}

var fallback reasons.Reason = 1109 // want `raw integer 1109 used as reasons.Reason; use reasons.InternalError`

const legacyBusy reasons.Reason = 1202 // want `raw integer 1202 used as reasons.Reason; use reasons.Busy`

func handle(reasons.Reason, reasons.Source) {}

func uses(r reasons.Reason) reasons.Reason {
	r = 1001                          // want `raw integer 1001 used as reasons.Reason; use reasons.Normal`
	var s reasons.Source = 2          // want `raw integer 2 used as reasons.Source; use reasons.Caller`
	handle(1003, 1)                   // want `raw integer 1003 used as reasons.Reason; use reasons.CellCall` `raw integer 1 used as reasons.Source; use reasons.Callee`
	_ = call{reason: 1201, source: s} // want `raw integer 1201 used as reasons.Reason; use reasons.Cancel`
	_ = []reasons.Source{3}           // want `raw integer 3 used as reasons.Source; use reasons.Participant`
	_ = reasons.Reason(1203)          // want `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$`
	_ = legacyBusy == r
	if r == legacyBusy {
		return 1505 // want `raw integer 1505 used as reasons.Reason; use reasons.ServiceInternalError`
	}
	return r
}

// A constant of one type converted to the other is no member of it.
func crossed(r reasons.Reason, s reasons.Source) bool {
	return r == reasons.Reason(reasons.Callee) || // want `^1 is not a disconnect reason$`
		s == reasons.Source(reasons.Busy) // want `^1202 is not a disconnect source; it is disconnect reason BUSY, which disconnect_reason carries$`
}

// Constants declared with iota are declarations of their own: every
// constant of the block shares the expression.
const (
	firstSource reasons.Source = iota + 1
	secondSource
)

// A reason converted to an integer and compared is a raw integer too.
func converted(r reasons.Reason, s reasons.Source) {
	if int(r) == 1203 { // want `^raw integer 1203 compared with reasons.Reason; use reasons.NoAnswer$`
	}
	if 4 == int64(s) { // want `^raw integer 4 compared with reasons.Source; use reasons.CloudServer$`
	}
	if int(r) > 1999 { // want `^1999 is not a disconnect reason; compare Category\(\) rather than ranges of values$`
	}
	fmt.Println(int(r) + 1)
	switch int(r) {
	case 1203: // want `^raw integer 1203 compared with reasons.Reason; use reasons.NoAnswer$`
	case 1999: // want `^1999 is not a disconnect reason$`
	case int(reasons.Busy), 0:
	}
	switch int64(s) {
	case 4, 5: // want `^raw integer 4 compared with reasons.Source; use reasons.CloudServer$` `^raw integer 5 compared with reasons.Source; use reasons.AppServer$`
	}
}

// Values that are no reason, and retired ones.
func unknown(r reasons.Reason) {
	if r == 1101 { // want `^1101 is a retired disconnect reason \(AUDIO_TX_NO_SRC_BY_LOCAL\); use reasons.MicNoSource$`
	}
	if r == 1102 { // want `^1102 is a retired disconnect reason \(AUDIO_TX_NO_SRC_BY_REMOTE\) that current SDKs never report$`
	}
	if r == -1 { // want `^-1 is the iOS SDK's sentinel for an unknown reason, not a disconnect reason$`
	}
	if r == 1200 { // want `^1200 is not a disconnect reason$`
	}
}

// Not reported: the zero value as "unset", constants of the reasons
// package, and integers that are not reasons.
func negatives(r reasons.Reason, n int, code int64) {
	var unset reasons.Reason
	if r == 0 || r == unset || r == reasons.Busy || r == (reasons.NoAnswer) {
	}
	if n == 1203 || code == 1203 {
	}
	if int(r) == n {
	}
	// Conversions of the constants, needless but not raw.
	r = reasons.Reason(reasons.Busy)
	r = reasons.Reason(int(reasons.Busy))
	r = (reasons.Reason)((legacyBusy))
	_ = reasons.Source(reasons.CloudServer)
	if int(r) == int(reasons.Busy) || int64(reasons.NoAnswer) != int64(r) {
	}
	type local int
	var l local = 1203
	_ = l
	r = 0
}
