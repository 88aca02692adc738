// Package release compares the other release keys of a callback: rel_code
// and rel_code_str, terminate, and the old call_end_reason.
package release

import (
	"net/url"

	"github.com/reasonlint/reasonlint/reasons"
)

func release(q url.Values) {
	if q.Get("rel_code_str") == "NOANSWER" { // want `^rel_code_str carries rel code names, and "NOANSWER" is a disconnect reason code \(1203\); the rel code that WebPlanetKit reports as NOANSWER is NO_ANSWER \(5\)$`
	}
	if q.Get("rel_code_str") == "NO_ANSWER" { // want `^rel_code_str compared with "NO_ANSWER"; parse it into a reasons.RelCode and compare with reasons.RelNoAnswer$`
	}
	if q.Get("rel_code_str") == "NO_ANSWR" { // want `^unknown rel code "NO_ANSWR"; did you mean "NO_ANSWER"\?$`
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
	if d.RelCode == 1203 { // want `^1203 is not a rel code; it is disconnect reason NOANSWER$`
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
