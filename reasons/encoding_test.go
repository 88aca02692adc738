package reasons

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestTextRoundTrip(t *testing.T) {
	for _, r := range append(All(), 0, 1999, 1101) {
		text, err := r.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText: %v", r, err)
		}
		if r.Known() && string(text) != r.String() {
			t.Errorf("%v.MarshalText() = %q, want the code", r, text)
		}
		var back Reason
		if err := back.UnmarshalText(text); err != nil || back != r {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", text, back, err, r)
		}
	}
	for _, s := range append(AllSources(), 0, 9) {
		text, err := s.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText: %v", s, err)
		}
		var back Source
		if err := back.UnmarshalText(text); err != nil || back != s {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", text, back, err, s)
		}
	}
}

func TestJSONRoundTrip(t *testing.T) {
	type record struct {
		Reason Reason         `json:"reason"`
		Source Source         `json:"source"`
		Counts map[Reason]int `json:"counts"`
	}
	for _, r := range append(All(), 1999) {
		in := record{Reason: r, Source: CloudServer, Counts: map[Reason]int{r: 1}}
		data, err := json.Marshal(in)
		if err != nil {
			t.Fatal(err)
		}
		var out record
		if err := json.Unmarshal(data, &out); err != nil {
			t.Fatalf("Unmarshal(%s): %v", data, err)
		}
		if out.Reason != r || out.Source != CloudServer || out.Counts[r] != 1 {
			t.Errorf("%s read back as %+v", data, out)
		}
	}
	data, _ := json.Marshal(record{Reason: NoAnswer, Source: Caller, Counts: map[Reason]int{Busy: 2}})
	if want := `{"reason":1203,"source":2,"counts":{"BUSY":2}}`; string(data) != want {
		t.Errorf("Marshal = %s, want %s", data, want)
	}
}

func TestUnmarshalJSON(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Reason
	}{
		{`1203`, NoAnswer},
		{`"NOANSWER"`, NoAnswer},
		{`"1203"`, NoAnswer},
		{` 1203 `, NoAnswer},
		{`1999`, 1999},
		{`null`, Busy}, // unchanged
	} {
		r := Busy
		if err := json.Unmarshal([]byte(tt.in), &r); err != nil || r != tt.want {
			t.Errorf("Unmarshal(%s) = %v, %v; want %v", tt.in, r, err, tt.want)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{`"NO_ANSWER"`, `reasons: unknown disconnect reason code "NO_ANSWER" (did you mean "NOANSWER"?)`},
		{`-1`, `reasons: malformed disconnect reason value "-1" (want decimal digits)`},
		{`1203.5`, `reasons: malformed disconnect reason value "1203.5" (want decimal digits)`},
		{`1e3`, `reasons: malformed disconnect reason value "1e3" (want decimal digits)`},
		{`true`, `reasons: malformed disconnect reason value "true" (want decimal digits)`},
		{`{}`, `reasons: malformed disconnect reason value "{}" (want decimal digits)`},
		{`""`, `reasons: unknown disconnect reason code ""`},
		{`99999999999`, `reasons: malformed disconnect reason value "99999999999" (out of range)`},
	} {
		var r Reason
		err := r.UnmarshalJSON([]byte(tt.in))
		if err == nil || err.Error() != tt.want {
			t.Errorf("UnmarshalJSON(%s) = %v; want %s", tt.in, err, tt.want)
		}
	}
	for _, tt := range []struct {
		in   string
		want Source
	}{
		{`4`, CloudServer},
		{`"CloudServer"`, CloudServer},
		{`"cloud_server"`, CloudServer},
		{`"4"`, CloudServer},
	} {
		var s Source
		if err := json.Unmarshal([]byte(tt.in), &s); err != nil || s != tt.want {
			t.Errorf("Unmarshal(%s) = %v, %v; want %v", tt.in, s, err, tt.want)
		}
	}
	var s Source
	if err := json.Unmarshal([]byte(`"cloud-sever"`), &s); err == nil || !strings.Contains(err.Error(), `did you mean "CloudServer"?`) {
		t.Errorf("Unmarshal(\"cloud-sever\") = %v", err)
	}
}

func TestMarshalOutOfRange(t *testing.T) {
	for _, r := range []Reason{-1, 1 << 40} {
		if _, err := r.MarshalText(); err == nil {
			t.Errorf("%v.MarshalText() succeeded", r)
		}
		if _, err := json.Marshal(r); err == nil {
			t.Errorf("json.Marshal(%v) succeeded", r)
		}
	}
	if _, err := Source(-1).MarshalText(); err == nil {
		t.Error("Source(-1).MarshalText() succeeded")
	}
	if _, err := json.Marshal(Source(-1)); err == nil {
		t.Error("json.Marshal(Source(-1)) succeeded")
	}
}
