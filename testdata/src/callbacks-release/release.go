// Package release compares the other release keys of a callback: rel_code
// and rel_code_str, terminate, and the old call_end_reason.
package release

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/reasonlint/reasonlint/reasons"
)

func release(q url.Values) {
	if q.Get("rel_code_str") == "NOANSWER" { // want `^rel_code_str carries rel code names, and "NOANSWER" is a disconnect reason code \(1203\); the rel code that WebPlanetKit reports as NOANSWER is NO_ANSWER \(5\)$`
	}
	if q.Get("rel_code_str") == "NO_ANSWER" { // want `^rel_code_str compared with "NO_ANSWER"; parse it into a reasons.RelCode and compare with reasons.RelNoAnswer$`
	}
	if q.Get("rel_code_str") == "NO_ANSWR" { // want `^unknown rel code "NO_ANSWR"; did you mean "NO_ANSWER"\?$`
	}
	if q.Get("rel_code_str") == "5" || q.Get("rel_code_str") == "1203" || q.Get("rel_code_str") == "99" { // want `^rel_code_str carries rel code names, never decimal values such as "5", the value of rel code NO_ANSWER \(rel_code\)$` `^rel_code_str carries rel code names, never decimal values such as "1203", the value of disconnect reason NOANSWER \(disconnect_reason\)$` `^rel_code_str carries rel code names, never decimal values such as "99"$`
	}
	if q.Get("rel_code") == "1203" { // want `^1203 is not a rel code; it is disconnect reason NOANSWER, which disconnect_reason carries$`
	}
	if q.Get("rel_code") == "5" { // want `^rel_code compared with "5"; parse it into a reasons.RelCode and compare with reasons.RelNoAnswer$`
	}
	if q.Get("terminate") == "1203" { // want `^1203 is not a Q.850 cause that LINE Planet sends \(16, 17, 18, 21, 77, 127\); it is disconnect reason NOANSWER, which disconnect_reason carries$`
	}
	if q.Get("terminate") == "17" { // want `^terminate compared with "17"; parse it into a reasons.Cause and compare with reasons.CauseBusy$`
	}
	if q.Get("disconnect_reason") == "17" { // want `^17 is not a disconnect reason; it is the Q.850 cause Busy, which terminate carries$`
	}
	if q.Get("disconnect_reason") == "5" { // want `^5 is not a disconnect reason; it is rel code NO_ANSWER, which rel_code carries$`
	}
	if q.Get("disconnect_reason") == "NO_ANSWER" { // want `^disconnect_reason carries decimal wire values, never "NO_ANSWER", which is the name of rel code 5 \(rel_code_str\); parse it into a reasons.Reason and compare with reasons.NoAnswer$`
	}
	if q.Get("call_end_reason") == "1001" { // want `^read of call_end_reason, the parameter of LINE Planet's callbacks before 5.1`
	}
	if q.Get("user_rel_code") == "NOANSWER" || q.Get("user_rel_code") == "1203" {
	}
}

// Values of the reasons package's types for the other keys.
func typed(d reasons.Disconnected) bool {
	if d.RelCode == 1203 { // want `^1203 is not a rel code; it is disconnect reason NOANSWER, which disconnect_reason carries$`
	}
	if d.RelCode == 5 || d.Cause == 17 { // want `^raw integer 5 used as reasons.RelCode; use reasons.RelNoAnswer$` `^raw integer 17 used as reasons.Cause; use reasons.CauseBusy$`
	}
	if d.RelCode.String() == "NOANSWER" { // want `^"NOANSWER" is a disconnect reason code \(1203\), not a rel code name; the rel code that WebPlanetKit reports as NOANSWER is NO_ANSWER \(5\)$`
	}
	if d.RelCode.String() == "NO_ANSWER" { // want `^reasons.RelCode compared by its name "NO_ANSWER"; compare with reasons.RelNoAnswer$`
	}
	// A reason's code has no fix, so the name after it keeps its own.
	if d.RelCode.String() == "NOANSWER" || d.RelCode.String() == "NO_ANSWER" { // want `^"NOANSWER" is a disconnect reason code \(1203\), not a rel code name` `^reasons.RelCode compared by its name "NO_ANSWER"; compare with reasons.RelNoAnswer$`
	}
	reasons.ParseRelCode("NOANSWER") // want `^"NOANSWER" is a disconnect reason code \(1203\), not a rel code name`
	reasons.ParseCauseValue("1203")  // want `^1203 is not a Q.850 cause that LINE Planet sends`
	reasons.ParseRelCodeValue("5")
	return d.Reason == reasons.Reason(d.RelCode)
}

// A range of wire values is a range of reasons, which Category tells:
// its bounds get no constants in place of the numbers.
func ranges(q url.Values, d reasons.Disconnected) {
	n, _ := strconv.Atoi(q.Get("disconnect_reason"))
	if n >= 1501 && n <= 1512 { // want `^disconnect_reason compared with raw integer 1501; parse it into a reasons.Reason and compare Category\(\) rather than ranges of values$` `^disconnect_reason compared with raw integer 1512; parse it into a reasons.Reason and compare Category\(\) rather than ranges of values$`
	}
	if q.Get("disconnect_reason") >= "1501" { // want `^disconnect_reason compared with "1501"; parse it into a reasons.Reason and compare Category\(\) rather than ranges of values$`
	}
	if d.Reason > 1400 && d.Reason < 1404 { // want `^1400 is not a disconnect reason; compare Category\(\) rather than ranges of values$` `^raw integer 1404 used as reasons.Reason; compare Category\(\) rather than ranges of values$`
	}
	rt, _ := strconv.Atoi(q.Get("releaser_type"))
	if rt >= 4 { // want `^releaser_type compared with raw integer 4; parse it into a reasons.Source and compare with its constants rather than ranges of values$`
	}
}

// A constant of another table is as wrong as its number.
func tables(q url.Values) {
	rc, _ := strconv.Atoi(q.Get("rel_code"))
	if rc == int(reasons.NoAnswer) { // want `^rel_code compared with reasons.NoAnswer, a disconnect reason; rel_code carries rel codes$`
	}
	n, _ := strconv.Atoi(q.Get("disconnect_reason"))
	if n == int(reasons.CloudServer) || n == int(reasons.Busy) { // want `^disconnect_reason compared with reasons.CloudServer, a disconnect source; disconnect_reason carries disconnect reasons$`
	}
	if q["call_end_reason"][0] == "1001" { // want `^read of call_end_reason, the parameter of LINE Planet's callbacks before 5.1`
	}
}

// relRow is read from the database.
type relRow struct {
	Rel string `db:"rel_code_str"` // want `^field Rel holds rel_code_str as string; use reasons.RelCode$`
}

func rows(row relRow) {
	if row.Rel == "NO_ANSWER" { // want `^field Rel \(rel_code_str\) compared with "NO_ANSWER"; make the field a reasons.RelCode and compare with reasons.RelNoAnswer$`
	}
}

// A typed reason compared with a cause's value, and a source with a
// reason's; a small number that is also a rel code gets no such note.
func typedCrossed(r reasons.Reason, s reasons.Source) {
	if r == 17 || r == 127 || r == 3 { // want `^17 is not a disconnect reason; it is the Q.850 cause Busy, which terminate carries$` `^127 is not a disconnect reason; it is the Q.850 cause Other, which terminate carries$` `^3 is not a disconnect reason$`
	}
	if s == 1203 { // want `^1203 is not a disconnect source; it is disconnect reason NOANSWER, which disconnect_reason carries$`
	}
}

func typedRel(rel reasons.RelCode) {
	if int(rel) == int(reasons.NoAnswer) { // want `^1203 is not a rel code; it is disconnect reason NOANSWER, which disconnect_reason carries$`
	}
}

// A default assigned to a callback value keeps it one; codes, case-folded
// comparisons and other tables' numbers are compared wrongly.
func defaults(q url.Values, r reasons.Reason) {
	dr := q.Get("disconnect_reason")
	if dr == "" {
		dr = "1001"
	}
	if dr == "1203" { // want `^disconnect_reason compared with "1203"; parse it into a reasons.Reason and compare with reasons.NoAnswer$`
	}
	if dr == reasons.NoAnswer.String() || r.String() == dr { // want `^disconnect_reason carries decimal wire values, never codes such as reasons.NoAnswer.String\(\); parse it into a reasons.Reason and compare with reasons.NoAnswer$` `^disconnect_reason carries decimal wire values, never codes such as r.String\(\); parse it into a reasons.Reason and compare with r$`
	}
	if strings.EqualFold(q.Get("rel_code_str"), "no_answer") { // want `^rel_code_str compared with "no_answer"`
	}
	if strings.ToUpper(q.Get("rel_code_str")) == "NOANSWER" { // want `^rel_code_str carries rel code names, and "NOANSWER" is a disconnect reason code`
	}
	if q.Get("rel_code") == "17" || q.Get("terminate") == "5" || q.Get("releaser_type") == "1203" { // want `^17 is not a rel code; it is the Q.850 cause Busy, which terminate carries$` `^5 is not a Q.850 cause that LINE Planet sends \(16, 17, 18, 21, 77, 127\); it is rel code NO_ANSWER, which rel_code carries$` `^1203 is not a disconnect source; it is disconnect reason NOANSWER, which disconnect_reason carries$`
	}
}

// terminate counts in a function that reads another key of the callback,
// before or after it, or a field decoded from one.
func causeFirst(q url.Values) {
	if q.Get("terminate") == "18" { // want `^terminate compared with "18"; parse it into a reasons.Cause and compare with reasons.CauseNoAnswer$`
	}
	_ = q.Get("releaser_type")
}

func causeWithRow(q url.Values, row relRow) {
	if q["terminate"][0] == "21" || row.Rel == "" { // want `^terminate compared with "21"; parse it into a reasons.Cause and compare with reasons.CauseRejected$`
	}
}

// Alone, it is a word of other code: a job's, a process's.
func jobs(q url.Values) {
	if q.Get("terminate") == "true" || q.Get("terminate") == "1" {
	}
	n, _ := strconv.Atoi(q.Get("terminate"))
	if n == 9 {
	}
}
