package codes

import (
	"encoding/json"

	"github.com/reasonlint/reasonlint/reasons"
)

type event struct {
	Ended   reasons.Disconnected `json:"ended"`
	History []reasons.Reason
	Counts  map[reasons.Reason]int `json:"counts"`
	Note    string                 `json:"note"`
}

// JSON unmarshalled into a value that holds reasons is checked where it
// holds them; a finding says where.
func decode() {
	var d reasons.Disconnected
	json.Unmarshal([]byte(`{"reason":"NOANSWR","source":4,"relCode":"NO_ANSWR"}`), &d) // want `^\.reason: unknown disconnect reason code "NOANSWR"; did you mean "NOANSWER"\?$` `^\.relCode: unknown rel code name "NO_ANSWR"; did you mean "NO_ANSWER"\?$`
	var rs []reasons.Reason
	json.Unmarshal([]byte(`["BUSY", "NOANSWR", 1999, 1203, null]`), &rs) // want `^\[1\]: unknown disconnect reason code "NOANSWR"; did you mean "NOANSWER"\?$` `^\[2\]: 1999 is not a disconnect reason$`
	var e event
	json.Unmarshal([]byte(`{"ended": {"Reason": "BUSSY"}, "history": ["NO_ANSWER"], "counts": {"BUSY": 1}, "note": "BUSSY"}`), &e) // want `^\.ended\.Reason: unknown disconnect reason code "BUSSY"; did you mean "BUSY"\?$` `^\.history\[0\]: "NO_ANSWER" is the Android spelling; the disconnect reason code is "NOANSWER"$`
	json.Unmarshal([]byte(`{"counts": {"BUSSY": 2}}`), &e) // want `^\.counts\["BUSSY"\] \(a key\): unknown disconnect reason code "BUSSY"; did you mean "BUSY"\?$`
	json.Unmarshal([]byte(`{"reason": "NOANSWER", "source": "CloudServer"}`), &d)
	json.Unmarshal([]byte(`not json`), &d)
}
