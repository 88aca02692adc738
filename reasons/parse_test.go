package reasons

import (
	"errors"
	"strings"
	"testing"
)

func TestParseEveryReason(t *testing.T) {
	for _, r := range All() {
		got, err := Parse(r.String())
		if err != nil || got != r {
			t.Errorf("Parse(%q) = %v, %v; want %v", r.String(), got, err, r)
		}
	}
}

func TestLookup(t *testing.T) {
	for _, r := range All() {
		if got, ok := Lookup(r.String()); !ok || got != r {
			t.Errorf("Lookup(%q) = %v, %v; want %v", r.String(), got, ok, r)
		}
	}
	for _, s := range AllSources() {
		for _, in := range []string{s.String(), s.WebName()} {
			if got, ok := LookupSource(in); !ok || got != s {
				t.Errorf("LookupSource(%q) = %v, %v; want %v", in, got, ok, s)
			}
		}
	}
	for _, in := range []string{"", "busy", "NO_ANSWER", "1203", "AUDIO_TX_NO_SRC_BY_LOCAL", "Reason(1999)"} {
		if r, ok := Lookup(in); ok || r != 0 {
			t.Errorf("Lookup(%q) = %v, %v; want 0, false", in, r, ok)
		}
	}
	for _, in := range []string{"", "cloudserver", "CLOUD_SERVER", "4", "Undefined"} {
		if s, ok := LookupSource(in); ok || s != 0 {
			t.Errorf("LookupSource(%q) = %v, %v; want 0, false", in, s, ok)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"BUSSY", `reasons: unknown disconnect reason code "BUSSY" (did you mean "BUSY"?)`},
		{"NO_ANSWER", `reasons: unknown disconnect reason code "NO_ANSWER" (did you mean "NOANSWER"?)`},
		{"micNoSource", `reasons: unknown disconnect reason code "micNoSource" (did you mean "AUDIO_TX_NO_SRC"?)`},
		{"PLNK_DISCONNECT_REASON_BUSY", `reasons: unknown disconnect reason code "PLNK_DISCONNECT_REASON_BUSY" (did you mean "BUSY"?)`},
		{"PLANETKIT_DISCONNECT_REASON_NORMAL", `reasons: unknown disconnect reason code "PLANETKIT_DISCONNECT_REASON_NORMAL" (did you mean "NORMAL"?)`},
		{"REASON_ROOM_NOT_FOUND", `reasons: unknown disconnect reason code "REASON_ROOM_NOT_FOUND" (did you mean "ROOM_NOT_FOUND"?)`},
		{"busy", `reasons: unknown disconnect reason code "busy" (did you mean "BUSY"?)`},
		{"Busy", `reasons: unknown disconnect reason code "Busy" (did you mean "BUSY"?)`},
		{"", `reasons: unknown disconnect reason code ""`},
		// Decimal text is a value, which ParseValue parses.
		{"1203", `reasons: unknown disconnect reason code "1203" (a decimal value: use ParseValue)`},
		{"01203", `reasons: unknown disconnect reason code "01203" (a decimal value: use ParseValue)`},
		{"99999999999", `reasons: unknown disconnect reason code "99999999999" (a decimal value: use ParseValue)`},
		{strings.Repeat("1", 100), `reasons: unknown disconnect reason code "` + strings.Repeat("1", 64) + `"... (a decimal value: use ParseValue)`},
		{"-1", `reasons: unknown disconnect reason code "-1"`},
		{"1203 ", `reasons: unknown disconnect reason code "1203 "`},
		{"HANGUP", `reasons: unknown disconnect reason code "HANGUP"`},
		// A release code's name.
		{"REJECT", `reasons: unknown disconnect reason code "REJECT" (did you mean "DECLINE"?)`},
		{"MAX_GCALL_TIME_EXCEEDED", `reasons: unknown disconnect reason code "MAX_GCALL_TIME_EXCEEDED"`},
		{"\x00\xff", `reasons: unknown disconnect reason code "\x00\xff"`},
		{strings.Repeat("A", 100), `reasons: unknown disconnect reason code "` + strings.Repeat("A", 64) + `"...`},
		// Cut where a character starts: 21 three-byte characters are 63 bytes.
		{strings.Repeat("日", 40), `reasons: unknown disconnect reason code "` + strings.Repeat("日", 21) + `"...`},
		// Retired names are not reasons, and nothing is suggested in
		// their place: the meaning differs.
		{"AUDIO_TX_NO_SRC_BY_LOCAL", `reasons: unknown disconnect reason code "AUDIO_TX_NO_SRC_BY_LOCAL"`},
		{"unknown", `reasons: unknown disconnect reason code "unknown"`},
	} {
		r, err := Parse(tt.in)
		if err == nil || err.Error() != tt.want || r != 0 {
			t.Errorf("Parse(%q) = %v, %v; want error %s", tt.in, r, err, tt.want)
		}
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Input != tt.in || pe.Malformed {
			t.Errorf("Parse(%q) error %#v is not an unknown-code *ParseError", tt.in, err)
		}
	}
}

func TestParseSource(t *testing.T) {
	for _, s := range AllSources() {
		for _, in := range []string{s.String(), s.WebName()} {
			got, err := ParseSource(in)
			if err != nil || got != s {
				t.Errorf("ParseSource(%q) = %v, %v; want %v", in, got, err, s)
			}
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"cloudserver", `reasons: unknown disconnect source "cloudserver" (did you mean "CloudServer"?)`},
		{"CLOUD_SERVER", `reasons: unknown disconnect source "CLOUD_SERVER" (did you mean "CloudServer"?)`},
		{"AppSever", `reasons: unknown disconnect source "AppSever" (did you mean "AppServer"?)`},
		{"Calle", `reasons: unknown disconnect source "Calle"`}, // Callee or Caller
		{"Undefined", `reasons: unknown disconnect source "Undefined"`},
		{"undefined", `reasons: unknown disconnect source "undefined"`},
		{"4", `reasons: unknown disconnect source "4" (a decimal value: use ParseSourceValue)`},
		{"", `reasons: unknown disconnect source ""`},
	} {
		s, err := ParseSource(tt.in)
		if err == nil || err.Error() != tt.want || s != 0 {
			t.Errorf("ParseSource(%q) = %v, %v; want error %s", tt.in, s, err, tt.want)
		}
	}
}

func TestParseValue(t *testing.T) {
	for _, r := range All() {
		got, err := ParseValue(itoa(int(r)))
		if err != nil || got != r {
			t.Errorf("ParseValue(%d) = %v, %v", r, got, err)
		}
	}
	// Well-formed values are kept as they are, known or not.
	for _, tt := range []struct {
		in    string
		want  Reason
		known bool
	}{
		{"1203", NoAnswer, true},
		{"01203", NoAnswer, true},
		{"0000000001203", NoAnswer, true},
		{"00000000000000000002147483647", 2147483647, false},
		{"1999", 1999, false}, // a reason LINE Planet may add
		{"1101", 1101, false}, // retired
		{"1200", 1200, false},
		{"0", 0, false},
		{"2147483647", 2147483647, false},
	} {
		got, err := ParseValue(tt.in)
		if err != nil || got != tt.want || got.Known() != tt.known {
			t.Errorf("ParseValue(%q) = %v (known %v), %v; want %v (known %v)", tt.in, got, got.Known(), err, tt.want, tt.known)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"", `reasons: empty disconnect reason value`},
		{"-1", `reasons: malformed disconnect reason value "-1" (want decimal digits)`},
		{"+1203", `reasons: malformed disconnect reason value "+1203" (want decimal digits)`},
		{" 1203", `reasons: malformed disconnect reason value " 1203" (want decimal digits)`},
		{"1203.0", `reasons: malformed disconnect reason value "1203.0" (want decimal digits)`},
		{"12a3", `reasons: malformed disconnect reason value "12a3" (want decimal digits)`},
		{"NOANSWER", `reasons: malformed disconnect reason value "NOANSWER" (want decimal digits)`},
		{"2147483648", `reasons: malformed disconnect reason value "2147483648" (out of range)`},
		{"99999999999999999999", `reasons: malformed disconnect reason value "99999999999999999999" (out of range)`},
		{"１２０３", `reasons: malformed disconnect reason value "１２０３" (want decimal digits)`},
	} {
		r, err := ParseValue(tt.in)
		if err == nil || err.Error() != tt.want || r != 0 {
			t.Errorf("ParseValue(%q) = %v, %v; want error %s", tt.in, r, err, tt.want)
		}
		var pe *ParseError
		if !errors.As(err, &pe) || !pe.Malformed {
			t.Errorf("ParseValue(%q) error %#v is not a malformed *ParseError", tt.in, err)
		}
	}
}

func TestParseSourceValue(t *testing.T) {
	for _, tt := range []struct {
		in    string
		want  Source
		known bool
	}{
		{"1", Callee, true},
		{"4", CloudServer, true},
		{"5", AppServer, true},
		{"0", 0, false},
		{"6", 6, false},
	} {
		got, err := ParseSourceValue(tt.in)
		if err != nil || got != tt.want || got.Known() != tt.known {
			t.Errorf("ParseSourceValue(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"", `reasons: empty disconnect source value`},
		{"cloud_server", `reasons: malformed disconnect source value "cloud_server" (want decimal digits)`},
		{"-1", `reasons: malformed disconnect source value "-1" (want decimal digits)`},
	} {
		s, err := ParseSourceValue(tt.in)
		if err == nil || err.Error() != tt.want || s != 0 {
			t.Errorf("ParseSourceValue(%q) = %v, %v; want error %s", tt.in, s, err, tt.want)
		}
	}
}

func TestStringOfUnknownValues(t *testing.T) {
	for _, tt := range []struct {
		got, want string
	}{
		{Reason(0).String(), "Reason(0)"},
		{Reason(1999).String(), "Reason(1999)"},
		{Reason(-1).String(), "Reason(-1)"},
		{Source(0).String(), "Source(0)"},
		{Source(9).String(), "Source(9)"},
		{Category(0).String(), "Category(0)"},
		{CategoryWeb.String(), "web"},
		{Reason(1999).GoString(), "reasons.Reason(1999)"},
		{Source(9).GoString(), "reasons.Source(9)"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
	unknown := Reason(1999)
	if unknown.Known() || unknown.WebOnly() || unknown.CallTypes() != 0 || unknown.Sources() != nil ||
		unknown.Category() != 0 || unknown.Description() != "" {
		t.Error("an unknown reason has metadata")
	}
	if Source(9).Known() || Source(9).WebName() != "" {
		t.Error("an unknown source has metadata")
	}
}

// Every parser of decimal values accepts 0..2147483647 and no more, not
// every value that fits in 32 bits.
func TestValueRange(t *testing.T) {
	parsers := []struct {
		name  string
		parse func(string) (int, error)
	}{
		{"ParseValue", func(s string) (int, error) { v, err := ParseValue(s); return int(v), err }},
		{"ParseSourceValue", func(s string) (int, error) { v, err := ParseSourceValue(s); return int(v), err }},
		{"ParseRelCodeValue", func(s string) (int, error) { v, err := ParseRelCodeValue(s); return int(v), err }},
		{"ParseCauseValue", func(s string) (int, error) { v, err := ParseCauseValue(s); return int(v), err }},
	}
	for _, p := range parsers {
		for _, tt := range []struct {
			in   string
			want int
			ok   bool
		}{
			{"0", 0, true},
			{"2147483647", 2147483647, true},
			{"002147483647", 2147483647, true},
			{"2147483648", 0, false},
			{"4294967295", 0, false},
		} {
			got, err := p.parse(tt.in)
			if got != tt.want || (err == nil) != tt.ok {
				t.Errorf("%s(%q) = %d, %v; want %d, ok %v", p.name, tt.in, got, err, tt.want, tt.ok)
			}
			if err != nil && !strings.HasSuffix(err.Error(), "(out of range)") {
				t.Errorf("%s(%q) error %v, want out of range", p.name, tt.in, err)
			}
		}
	}
}

// Decimal digits given to a parser of codes or names are an unknown code
// or name whose error names the parser of values; the fields are those of
// any unknown code.
func TestParseErrorValueHint(t *testing.T) {
	for _, tt := range []struct {
		name  string
		parse func(string) error
		in    string
		what  string
		want  string
	}{
		{"Parse", func(s string) error { _, err := Parse(s); return err }, "1203",
			"disconnect reason code", `reasons: unknown disconnect reason code "1203" (a decimal value: use ParseValue)`},
		{"ParseSource", func(s string) error { _, err := ParseSource(s); return err }, "4",
			"disconnect source", `reasons: unknown disconnect source "4" (a decimal value: use ParseSourceValue)`},
		{"ParseRelCode", func(s string) error { _, err := ParseRelCode(s); return err }, "5",
			"release code name", `reasons: unknown release code name "5" (a decimal value: use ParseRelCodeValue)`},
		{"parseCause", func(s string) error { _, err := parseCause(s); return err }, "16",
			"Q.850 cause name", `reasons: unknown Q.850 cause name "16" (a decimal value: use ParseCauseValue)`},
	} {
		err := tt.parse(tt.in)
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s(%q) error %v, want %s", tt.name, tt.in, err, tt.want)
		}
		var pe *ParseError
		if !errors.As(err, &pe) || *pe != (ParseError{What: tt.what, Input: tt.in}) {
			t.Errorf("%s(%q) error %#v, want an unknown %s without a suggestion", tt.name, tt.in, err, tt.what)
		}
	}
	// Malformed values, suggestions and errors of other kinds have no
	// such note.
	for _, tt := range []struct {
		err  *ParseError
		want string
	}{
		{&ParseError{What: "disconnect reason value", Input: "2147483648", Malformed: true}, `reasons: malformed disconnect reason value "2147483648" (out of range)`},
		{&ParseError{What: "disconnect reason code", Input: "12", Suggestion: "BUSY"}, `reasons: unknown disconnect reason code "12" (did you mean "BUSY"?)`},
		{&ParseError{What: "thing", Input: "12"}, `reasons: unknown thing "12"`},
	} {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("%#v.Error() = %s, want %s", tt.err, got, tt.want)
		}
	}
}
