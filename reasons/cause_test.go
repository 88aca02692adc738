package reasons

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"
)

func TestCauseStrings(t *testing.T) {
	for _, tt := range []struct {
		c          Cause
		str, goStr string
		known      bool
	}{
		{CauseNormal, "Normal", "reasons.CauseNormal", true},
		{CauseBusy, "Busy", "reasons.CauseBusy", true},
		{CauseNoAnswer, "NoAnswer", "reasons.CauseNoAnswer", true},
		{CauseOther, "Other", "reasons.CauseOther", true},
		{0, "Cause(0)", "reasons.Cause(0)", false},
		{99, "Cause(99)", "reasons.Cause(99)", false},
	} {
		if got := tt.c.String(); got != tt.str {
			t.Errorf("Cause(%d).String() = %q, want %q", int(tt.c), got, tt.str)
		}
		if got := fmt.Sprintf("%#v", tt.c); got != tt.goStr {
			t.Errorf("Cause(%d) %%#v = %q, want %q", int(tt.c), got, tt.goStr)
		}
		if got := tt.c.Known(); got != tt.known || (tt.c.Description() != "") != tt.known {
			t.Errorf("%v.Known() = %v, Description() = %q", tt.c, got, tt.c.Description())
		}
	}
	all := AllCauses()
	all[0] = 0
	if AllCauses()[0] != CauseNormal {
		t.Error("AllCauses() returned the package's own slice")
	}
}

func TestParseCauseValue(t *testing.T) {
	for _, tt := range []struct {
		in    string
		want  Cause
		known bool
	}{
		{"16", CauseNormal, true},
		{"127", CauseOther, true},
		{"0077", CauseCanceled, true},
		{"99", 99, false}, // another Q.850 cause is kept as it is
		{"0", 0, false},
	} {
		got, err := ParseCauseValue(tt.in)
		if err != nil || got != tt.want || got.Known() != tt.known {
			t.Errorf("ParseCauseValue(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"", `reasons: empty Q.850 cause value`},
		{"Busy", `reasons: malformed Q.850 cause value "Busy" (want decimal digits)`},
		{"16.0", `reasons: malformed Q.850 cause value "16.0" (want decimal digits)`},
		{"4294967296", `reasons: malformed Q.850 cause value "4294967296" (out of range)`},
	} {
		c, err := ParseCauseValue(tt.in)
		if err == nil || err.Error() != tt.want || c != 0 {
			t.Errorf("ParseCauseValue(%q) = %v, %v; want error %s", tt.in, c, err, tt.want)
		}
		var pe *ParseError
		if !errors.As(err, &pe) || !pe.Malformed {
			t.Errorf("ParseCauseValue(%q) error %#v is not a malformed *ParseError", tt.in, err)
		}
	}
}

func TestCauseEncoding(t *testing.T) {
	for _, c := range append(AllCauses(), 0, 99) {
		text, err := c.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText: %v", c, err)
		}
		if c.Known() && string(text) != c.String() {
			t.Errorf("%v.MarshalText() = %q, want the name", c, text)
		}
		var back Cause
		if err := back.UnmarshalText(text); err != nil || back != c {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", text, back, err, c)
		}
		data, err := json.Marshal(c)
		if err != nil || string(data) != itoa(int(c)) {
			t.Errorf("json.Marshal(%v) = %s, %v", c, data, err)
		}
		if err := json.Unmarshal(data, &back); err != nil || back != c {
			t.Errorf("Unmarshal(%s) = %v, %v; want %v", data, back, err, c)
		}
	}
	for _, tt := range []struct {
		in   string
		want Cause
	}{
		{`17`, CauseBusy},
		{`"17"`, CauseBusy},
		{`"Busy"`, CauseBusy},
		{`null`, CauseOther}, // unchanged
	} {
		c := CauseOther
		if err := json.Unmarshal([]byte(tt.in), &c); err != nil || c != tt.want {
			t.Errorf("Unmarshal(%s) = %v, %v; want %v", tt.in, c, err, tt.want)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{`"busy"`, `reasons: unknown Q.850 cause name "busy" (did you mean "Busy"?)`},
		{`"CauseNoAnswer"`, `reasons: unknown Q.850 cause name "CauseNoAnswer" (did you mean "NoAnswer"?)`},
		{`"Bussy"`, `reasons: unknown Q.850 cause name "Bussy" (did you mean "Busy"?)`},
		{`"Hangup"`, `reasons: unknown Q.850 cause name "Hangup"`},
		{`-1`, `reasons: malformed Q.850 cause value "-1" (want decimal digits)`},
		{`[]`, `reasons: malformed Q.850 cause value "[]" (want decimal digits)`},
	} {
		var c Cause
		if err := c.UnmarshalJSON([]byte(tt.in)); err == nil || err.Error() != tt.want {
			t.Errorf("UnmarshalJSON(%s) = %v; want %s", tt.in, err, tt.want)
		}
	}
	if _, err := Cause(-1).MarshalText(); err == nil {
		t.Error("Cause(-1).MarshalText() succeeded")
	}
}
