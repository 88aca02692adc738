package reasons

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"
)

func TestRelCodeStrings(t *testing.T) {
	for _, tt := range []struct {
		c          RelCode
		str, goStr string
		known      bool
		reason     Reason
		specific   bool
	}{
		{RelNoAnswer, "NO_ANSWER", "reasons.RelNoAnswer", true, NoAnswer, true},
		{RelReject, "REJECT", "reasons.RelReject", true, Decline, true},
		{RelUndefined, "UNDEFINED", "reasons.RelUndefined", true, InternalError, false},
		{RelDBError, "DB_ERROR", "reasons.RelDBError", true, ServerInternalError, false},
		{RelUEDestroy, "UE_DESTROY", "reasons.RelUEDestroy", true, AppDestroy, true},
		{RelMTUExceeded, "MTU_EXCEEDED", "reasons.RelMTUExceeded", true, MTUExceeded, true},
		{RelNoMediaSent, "NO_MEDIA_SENT", "reasons.RelNoMediaSent", true, InternalError, false},
		{RelNoMediaPackets, "NO_MEDIA_PACKETS", "reasons.RelNoMediaPackets", true, WebNoMediaPacket, true},
		{RelUnknownError, "UNKNOWN_ERROR", "reasons.RelUnknownError", true, InternalError, false},
		{999, "RelCode(999)", "reasons.RelCode(999)", false, 0, false},
		{404, "RelCode(404)", "reasons.RelCode(404)", false, 0, false},
		{-1, "RelCode(-1)", "reasons.RelCode(-1)", false, 0, false},
	} {
		if got := tt.c.String(); got != tt.str {
			t.Errorf("RelCode(%d).String() = %q, want %q", int(tt.c), got, tt.str)
		}
		if got := fmt.Sprintf("%#v", tt.c); got != tt.goStr {
			t.Errorf("RelCode(%d) %%#v = %q, want %q", int(tt.c), got, tt.goStr)
		}
		if got := tt.c.Known(); got != tt.known {
			t.Errorf("%v.Known() = %v", tt.c, got)
		}
		if r, specific := tt.c.Reason(); r != tt.reason || specific != tt.specific {
			t.Errorf("%v.Reason() = %v, %v; want %v, %v", tt.c, r, specific, tt.reason, tt.specific)
		}
	}
	// The list is a copy.
	all := AllRelCodes()
	all[0] = 999
	if AllRelCodes()[0] != RelUndefined {
		t.Error("AllRelCodes() returned the package's own slice")
	}
}

func TestParseRelCode(t *testing.T) {
	for _, c := range AllRelCodes() {
		if got, err := ParseRelCode(c.String()); err != nil || got != c {
			t.Errorf("ParseRelCode(%q) = %v, %v; want %v", c.String(), got, err, c)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"NOANSWER", `reasons: unknown release code name "NOANSWER" (did you mean "NO_ANSWER"?)`},
		{"no_answer", `reasons: unknown release code name "no_answer" (did you mean "NO_ANSWER"?)`},
		{"USER_BUSSY", `reasons: unknown release code name "USER_BUSSY" (did you mean "USER_BUSY"?)`},
		// A reason's code names the release code that WebPlanetKit maps
		// to the reason, not the release code spelled most like it.
		{"DECLINE", `reasons: unknown release code name "DECLINE" (did you mean "REJECT"?)`},
		{"MAX_CALL_TIME_EXCEEDED", `reasons: unknown release code name "MAX_CALL_TIME_EXCEEDED" (did you mean "MAX_CALL_TIME_EXCEED"?)`},
		{"INTERNAL_KIT_ERROR", `reasons: unknown release code name "INTERNAL_KIT_ERROR" (did you mean "KIT_DEFINED_ERR"?)`},
		{"RELEASED_CALL", `reasons: unknown release code name "RELEASED_CALL"`}, // DB_COMM_NOT_FOUND or DB_CHAN_NOT_FOUND
		{"5", `reasons: unknown release code name "5" (a decimal value: use ParseRelCodeValue)`},
		{"", `reasons: unknown release code name ""`},
	} {
		c, err := ParseRelCode(tt.in)
		if err == nil || err.Error() != tt.want || c != 0 {
			t.Errorf("ParseRelCode(%q) = %v, %v; want error %s", tt.in, c, err, tt.want)
		}
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Input != tt.in || pe.Malformed {
			t.Errorf("ParseRelCode(%q) error %#v is not an unknown-name *ParseError", tt.in, err)
		}
		if _, ok := LookupRelCode(tt.in); ok {
			t.Errorf("LookupRelCode(%q) found one", tt.in)
		}
	}
}

func TestSuggestRelCode(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Suggestion
		ok   bool
	}{
		{"NOANSWER", Suggestion{Code: "NO_ANSWER"}, true},
		{"no-answer", Suggestion{Code: "NO_ANSWER"}, true},
		{"MultiDevOtherDevInUse", Suggestion{Code: "MULTI_DEV_OTHER_DEV_IN_USE"}, true},
		{"DB_EROR", Suggestion{Code: "DB_ERROR"}, true},
		{"USER_BUSSY", Suggestion{Code: "USER_BUSY"}, true},
		{"MAX_CALL_TIME_EXCED", Suggestion{Code: "MAX_CALL_TIME_EXCEED"}, true},
		// A reason's code, another SDK's spelling of it or a typo of it
		// names the one release code WebPlanetKit maps to the reason,
		// never the release code spelled most like it.
		{"DECLINE", Suggestion{Code: "REJECT"}, true},
		{"decline", Suggestion{Code: "REJECT"}, true},
		{"DECLNE", Suggestion{Code: "REJECT"}, true},
		{"BUSY", Suggestion{Code: "USER_BUSY"}, true},
		{"CELL_CALL", Suggestion{Code: "CELLULAR_CALL"}, true},
		{"USER_ERROR", Suggestion{Code: "APP_DEFINED_ERR"}, true},
		{"MAX_CALL_TIME_EXCEEDED", Suggestion{Code: "MAX_CALL_TIME_EXCEED"}, true},
		{"maxCallTimeExceeded", Suggestion{Code: "MAX_CALL_TIME_EXCEED"}, true},
		{"MAX_CALL_TIME_EXCEEDDED", Suggestion{Code: "MAX_CALL_TIME_EXCEED"}, true},
		{"INTERNAL_KIT_ERROR", Suggestion{Code: "KIT_DEFINED_ERR"}, true},
		{"MULTIDEV_IN_USE", Suggestion{Code: "MULTI_DEV_OTHER_DEV_IN_USE"}, true},
		{"micNoSource", Suggestion{Code: "NO_MEDIA_SRC"}, true},
		{"AUDIO_TX_NO_SRC", Suggestion{Code: "NO_MEDIA_SRC"}, true},
		{"REASON_ROOM_NOT_FOUND", Suggestion{Code: "ROOM_NOT_FOUND"}, true},
		{"WEB_RTC_ABORT", Suggestion{Code: "ABORT"}, true},
		{"PLANETKIT_DISCONNECT_REASON_WEB_RTC_NOT_FOUND", Suggestion{Code: "NOT_FOUND"}, true},
		// Of several release codes, the one named like the reason.
		{"pushError", Suggestion{Code: "PUSH_ERROR"}, true},
		{"auth_error", Suggestion{Code: "AUTH_ERROR"}, true},
		// Of several release codes, none named like the reason.
		{"RELEASED_CALL", Suggestion{}, false},
		{"NETWORK_UNSTABLE", Suggestion{}, false},
		{"APP_DESTROY", Suggestion{}, false},
		// WebPlanetKit maps no release code to the reason specifically.
		{"SERVER_INTERNAL_ERROR", Suggestion{}, false},
		{"SERVICE_BUSY", Suggestion{}, false},
		{"WRONG_ROOM_ATTR", Suggestion{}, false},
		// As close to a release code's name as to a reason's spelling:
		// the release code's name.
		{"no_answer", Suggestion{Code: "NO_ANSWER"}, true},
		{"internal_error", Suggestion{Code: "INTERNAL_ERROR"}, true},
		{"NO_ANSWER", Suggestion{}, false},
		{"INTERNAL_ERROR", Suggestion{}, false},
		{"", Suggestion{}, false},
		{"HANGUP", Suggestion{}, false},
		{"5", Suggestion{}, false},
	} {
		got, ok := SuggestRelCode(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("SuggestRelCode(%q) = %+v, %v; want %+v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// The code of every reason that is not a release code's name suggests the
// release code that WebPlanetKit maps to the reason specifically: the only
// one, or of several the one named like the reason, or none.
func TestSuggestRelCodeOfEveryReason(t *testing.T) {
	for _, r := range All() {
		if _, ok := LookupRelCode(r.String()); ok {
			continue
		}
		var codes []RelCode
		for _, c := range AllRelCodes() {
			if mapped, specific := c.Reason(); specific && mapped == r {
				codes = append(codes, c)
			}
		}
		var want Suggestion
		for _, c := range codes {
			if len(codes) == 1 || c.String() == r.String() {
				want = Suggestion{Code: c.String()}
			}
		}
		if got, ok := SuggestRelCode(r.String()); got != want || ok != (want.Code != "") {
			t.Errorf("SuggestRelCode(%q) = %+v, %v; want %+v (WebPlanetKit maps %v to it)", r, got, ok, want, codes)
		}
	}
}

// The name of every release code that is not a reason's code suggests the
// reason that WebPlanetKit maps it to specifically, or none.
func TestSuggestOfEveryRelCode(t *testing.T) {
	for _, c := range AllRelCodes() {
		if _, ok := Lookup(c.String()); ok {
			continue
		}
		r, specific := c.Reason()
		got, ok := Suggest(c.String())
		if !specific {
			if ok {
				t.Errorf("Suggest(%q) = %+v; want none, WebPlanetKit maps %v to %v by default", c, got, int(c), r)
			}
			continue
		}
		if !ok || got.Code != r.String() {
			t.Errorf("Suggest(%q) = %+v, %v; want %v", c, got, ok, r)
		}
	}
}

func TestParseRelCodeValue(t *testing.T) {
	for _, tt := range []struct {
		in    string
		want  RelCode
		known bool
	}{
		{"5", RelNoAnswer, true},
		{"0", RelUndefined, true},
		{"005", RelNoAnswer, true},
		{"524", RelMTUExceeded, true},
		{"999", 999, false}, // a release code LINE Planet may add
		{"2147483647", 2147483647, false},
	} {
		got, err := ParseRelCodeValue(tt.in)
		if err != nil || got != tt.want || got.Known() != tt.known {
			t.Errorf("ParseRelCodeValue(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"", `reasons: empty release code value`},
		{"NO_ANSWER", `reasons: malformed release code value "NO_ANSWER" (want decimal digits)`},
		{"-5", `reasons: malformed release code value "-5" (want decimal digits)`},
		{"2147483648", `reasons: malformed release code value "2147483648" (out of range)`},
	} {
		c, err := ParseRelCodeValue(tt.in)
		if err == nil || err.Error() != tt.want || c != 0 {
			t.Errorf("ParseRelCodeValue(%q) = %v, %v; want error %s", tt.in, c, err, tt.want)
		}
		var pe *ParseError
		if !errors.As(err, &pe) || !pe.Malformed {
			t.Errorf("ParseRelCodeValue(%q) error %#v is not a malformed *ParseError", tt.in, err)
		}
	}
}

func TestRelCodeEncoding(t *testing.T) {
	for _, c := range append(AllRelCodes(), 999) {
		text, err := c.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText: %v", c, err)
		}
		if c.Known() && string(text) != c.String() {
			t.Errorf("%v.MarshalText() = %q, want the name", c, text)
		}
		var back RelCode
		if err := back.UnmarshalText(text); err != nil || back != c {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", text, back, err, c)
		}
		data, err := json.Marshal(map[RelCode]RelCode{c: c})
		if err != nil {
			t.Fatal(err)
		}
		var m map[RelCode]RelCode
		if err := json.Unmarshal(data, &m); err != nil || len(m) != 1 || m[c] != c {
			t.Errorf("%s read back as %v, %v", data, m, err)
		}
	}
	if data, _ := json.Marshal(map[RelCode]RelCode{RelNoAnswer: RelNoAnswer}); string(data) != `{"NO_ANSWER":5}` {
		t.Errorf("Marshal = %s", data)
	}
	for _, tt := range []struct {
		in   string
		want RelCode
	}{
		{`5`, RelNoAnswer},
		{`"5"`, RelNoAnswer},
		{`"NO_ANSWER"`, RelNoAnswer},
		{`999`, 999},
		{`null`, RelReject}, // unchanged
	} {
		c := RelReject
		if err := json.Unmarshal([]byte(tt.in), &c); err != nil || c != tt.want {
			t.Errorf("Unmarshal(%s) = %v, %v; want %v", tt.in, c, err, tt.want)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{`"NOANSWER"`, `reasons: unknown release code name "NOANSWER" (did you mean "NO_ANSWER"?)`},
		{`-5`, `reasons: malformed release code value "-5" (want decimal digits)`},
		{`true`, `reasons: malformed release code value "true" (want decimal digits)`},
	} {
		var c RelCode
		if err := c.UnmarshalJSON([]byte(tt.in)); err == nil || err.Error() != tt.want {
			t.Errorf("UnmarshalJSON(%s) = %v; want %s", tt.in, err, tt.want)
		}
	}
	if _, err := RelCode(-1).MarshalText(); err == nil {
		t.Error("RelCode(-1).MarshalText() succeeded")
	}
	if _, err := json.Marshal(RelCode(-1)); err == nil {
		t.Error("json.Marshal(RelCode(-1)) succeeded")
	}
}
