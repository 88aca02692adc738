package codes

import (
	"encoding/json"

	"github.com/reasonlint/reasonlint/reasons"
)

func parse() {
	reasons.Parse("BUSY")
	reasons.Parse("BUSSY")                              // want `^unknown disconnect reason code "BUSSY"; did you mean "BUSY"\?$`
	reasons.Parse("NO_ANSWER")                          // want `^"NO_ANSWER" is the Android spelling; the disconnect reason code is "NOANSWER"$`
	reasons.Parse("micNoSource")                        // want `^"micNoSource" is the iOS spelling; the disconnect reason code is "AUDIO_TX_NO_SRC"$`
	reasons.Parse("PLNK_DISCONNECT_REASON_BUSY")        // want `^"PLNK_DISCONNECT_REASON_BUSY" is the Windows spelling; the disconnect reason code is "BUSY"$`
	reasons.Parse("PLANETKIT_DISCONNECT_REASON_NORMAL") // want `^"PLANETKIT_DISCONNECT_REASON_NORMAL" is the Web spelling; the disconnect reason code is "NORMAL"$`
	reasons.Parse("REASON_ROOM_NOT_FOUND")              // want `^"REASON_ROOM_NOT_FOUND" is the Android spelling; the disconnect reason code is "ROOM_NOT_FOUND"$`
	reasons.Parse("HANGUP")                             // want `^unknown disconnect reason code "HANGUP"$`
	reasons.Parse(`noanswer`)                           // want `^unknown disconnect reason code "noanswer"; did you mean "NOANSWER"\?$`
	reasons.Parse("1203")                               // want `^unknown disconnect reason code "1203"; a decimal value: use reasons.ParseValue$`

	reasons.ParseSource("CloudServer")
	reasons.ParseSource("cloud_server") // Web's spelling: accepted
	reasons.ParseSource("CloudSever")   // want `^unknown disconnect source "CloudSever"; did you mean "CloudServer"\?$`
	reasons.ParseSource("Calle")        // want `^unknown disconnect source "Calle"$`

	reasons.Lookup("NOANSWER")
	reasons.Lookup("NOANSWR") // want `^unknown disconnect reason code "NOANSWR"; did you mean "NOANSWER"\?$`
	reasons.LookupSource("Caller")
	reasons.LookupSource("cloudserver") // want `^unknown disconnect source "cloudserver"; did you mean "CloudServer"\?$`

	reasons.ParseValue("1203")
	reasons.ParseValue("NOANSWER") // want `^reasons.ParseValue parses decimal wire values, never "NOANSWER"; use reasons.NoAnswer$`
	reasons.ParseValue("1999")     // want `^1999 is not a disconnect reason$`
	reasons.ParseSourceValue("4")
	reasons.ParseSourceValue("cloud") // want `^reasons.ParseSourceValue parses decimal wire values, never "cloud"$`
	reasons.ParseValue("")            // want `^reasons.ParseValue parses decimal wire values, never ""$`
}

const myCode = "BUSSY"

// Named constants are checked; only literals are rewritten.
func named() {
	reasons.Parse(myCode) // want `^unknown disconnect reason code "BUSSY"; did you mean "BUSY"\?$`
}

func compare(r reasons.Reason, s *reasons.Source) bool {
	if r.String() == "BUSY" { // want `^reasons.Reason compared by its code "BUSY"; compare with reasons.Busy$`
		return true
	}
	if "NOANSWER" != r.String() { // want `^reasons.Reason compared by its code "NOANSWER"; compare with reasons.NoAnswer$`
		return false
	}
	if s.String() == "CloudServer" { // want `^reasons.Source compared by its code "CloudServer"; compare with reasons.CloudServer$`
		return true
	}
	if s.String() == "cloud_server" { // want `^"cloud_server" is the Web spelling; the disconnect source name is "CloudServer"$`
		return true
	}
	if r.String() == "NOANSWR" || r.String() == "NOANSWERR" { // want `did you mean "NOANSWER"` `did you mean "NOANSWER"`
		return true
	}
	return r.String() == "BUSSY" // want `^unknown disconnect reason code "BUSSY"; did you mean "BUSY"\?$`
}

func unmarshal(r *reasons.Reason, s *reasons.Source) {
	r.UnmarshalText([]byte("BUSY"))
	r.UnmarshalText([]byte("1203"))
	r.UnmarshalText([]byte("BUSSY")) // want `unknown disconnect reason code "BUSSY"; did you mean "BUSY"\?`
	r.UnmarshalText([]byte("1999"))  // want `^1999 is not a disconnect reason$`
	s.UnmarshalText([]byte("app_server"))
	s.UnmarshalText([]byte("appserver")) // want `unknown disconnect source "appserver"; did you mean "AppServer"\?`
	json.Unmarshal([]byte(`"NOANSWER"`), r)
	json.Unmarshal([]byte(`"NO_ANSWER"`), r) // want `"NO_ANSWER" is the Android spelling`
	json.Unmarshal([]byte(`1203`), r)
	json.Unmarshal([]byte(`1204 `), r)
	json.Unmarshal([]byte(`1100`), r)  // want `^1100 is not a disconnect reason$`
	r.UnmarshalJSON([]byte(`"BUSSY"`)) // want `did you mean "BUSY"`
	// null leaves the value as it is; 0 is not set.
	json.Unmarshal([]byte(`null`), r)
	s.UnmarshalJSON([]byte(` null`))
	r.UnmarshalText([]byte("0"))
	json.Unmarshal([]byte(`"0"`), s)
	var other string
	json.Unmarshal([]byte(`"BUSSY"`), &other)
}

// Strings that are not codes are not checked.
func unrelated(r reasons.Reason, name string) bool {
	m := map[string]int{"BUSSY": 1}
	_ = m
	return name == "BUSSY" || r.String() == name || r.Description() == "BUSSY"
}

// A reason embedded in a struct: reported, without a fix, which would have
// to name the field.
type wrapped struct{ reasons.Reason }

func embedded(w wrapped, p *wrapped) bool {
	return w.String() == "BUSY" || // want `^reasons.Reason compared by its code "BUSY"; compare with reasons.Busy$`
		p.String() == "BUSSY" // want `^unknown disconnect reason code "BUSSY"; did you mean "BUSY"\?$`
}
