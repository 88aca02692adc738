package reasons

import (
	"encoding/json"
	"net/url"
	"testing"
)

// The fuzz targets check that parsing never panics and that whatever parses
// round-trips. Their seed corpora run with every go test.

func addSeeds(f *testing.F) {
	for _, r := range All() {
		f.Add(r.String())
		f.Add(itoa(int(r)))
	}
	for _, sp := range reasonSpellings.list {
		f.Add(sp.text)
	}
	for _, sp := range sourceSpellings.list {
		f.Add(sp.text)
	}
	for _, c := range AllRelCodes() {
		f.Add(c.String())
		f.Add(itoa(int(c)))
	}
	for _, c := range AllCauses() {
		f.Add(c.String())
		f.Add(itoa(int(c)))
	}
	for _, s := range []string{"", "BUSSY", "0", "-1", "01203", "2147483648", "\xff", `"BUSY"`, "null", "1e3"} {
		f.Add(s)
	}
}

func FuzzParse(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		r, err := Parse(s)
		if err != nil {
			if r != 0 {
				t.Fatalf("Parse(%q) = %v with error", s, r)
			}
			if _, ok := Suggest(s); ok != (err.(*ParseError).Suggestion != "") {
				t.Fatalf("Parse(%q) error %v disagrees with Suggest", s, err)
			}
			return
		}
		if !r.Known() || r.String() != s {
			t.Fatalf("Parse(%q) = %v", s, r)
		}
	})
}

func FuzzParseSource(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		src, err := ParseSource(s)
		if err != nil {
			if src != 0 {
				t.Fatalf("ParseSource(%q) = %v with error", s, src)
			}
			return
		}
		if back, err := ParseSource(src.String()); err != nil || back != src || !src.Known() {
			t.Fatalf("ParseSource(%q) = %v does not round-trip: %v, %v", s, src, back, err)
		}
	})
}

func FuzzParseValue(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		r, err := ParseValue(s)
		if err != nil {
			if r != 0 || !err.(*ParseError).Malformed {
				t.Fatalf("ParseValue(%q) = %v, %v", s, r, err)
			}
			return
		}
		if back, err := ParseValue(itoa(int(r))); err != nil || back != r {
			t.Fatalf("ParseValue(%q) = %v does not round-trip: %v, %v", s, r, back, err)
		}
		src, err := ParseSourceValue(s)
		if err != nil || int(src) != int(r) {
			t.Fatalf("ParseSourceValue(%q) = %v, %v; ParseValue gave %d", s, src, err, int(r))
		}
	})
}

func FuzzParseRelCode(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseRelCode(s)
		if err != nil {
			if c != 0 {
				t.Fatalf("ParseRelCode(%q) = %v with error", s, c)
			}
			if _, ok := SuggestRelCode(s); ok != (err.(*ParseError).Suggestion != "") {
				t.Fatalf("ParseRelCode(%q) error %v disagrees with SuggestRelCode", s, err)
			}
			return
		}
		if !c.Known() || c.String() != s {
			t.Fatalf("ParseRelCode(%q) = %v", s, c)
		}
	})
}

func FuzzParseRelCodeValue(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseRelCodeValue(s)
		if err != nil {
			if c != 0 || !err.(*ParseError).Malformed {
				t.Fatalf("ParseRelCodeValue(%q) = %v, %v", s, c, err)
			}
			return
		}
		if back, err := ParseRelCodeValue(itoa(int(c))); err != nil || back != c {
			t.Fatalf("ParseRelCodeValue(%q) = %v does not round-trip: %v, %v", s, c, back, err)
		}
		// The same decimal rules as for reasons.
		if r, err := ParseValue(s); err != nil || int(r) != int(c) {
			t.Fatalf("ParseValue(%q) = %v, %v; ParseRelCodeValue gave %d", s, r, err, int(c))
		}
	})
}

func FuzzParseCauseValue(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCauseValue(s)
		if err != nil {
			if c != 0 || !err.(*ParseError).Malformed {
				t.Fatalf("ParseCauseValue(%q) = %v, %v", s, c, err)
			}
			return
		}
		if back, err := ParseCauseValue(itoa(int(c))); err != nil || back != c {
			t.Fatalf("ParseCauseValue(%q) = %v does not round-trip: %v, %v", s, c, back, err)
		}
		if r, err := ParseValue(s); err != nil || int(r) != int(c) {
			t.Fatalf("ParseValue(%q) = %v, %v; ParseCauseValue gave %d", s, r, err, int(c))
		}
	})
}

func FuzzSuggest(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		if sg, ok := Suggest(s); ok {
			if r, err := Parse(sg.Code); err != nil || !r.Known() {
				t.Fatalf("Suggest(%q) = %+v, which does not parse: %v", s, sg, err)
			}
		}
		if sg, ok := SuggestSource(s); ok {
			if _, err := ParseSource(sg.Code); err != nil {
				t.Fatalf("SuggestSource(%q) = %+v, which does not parse: %v", s, sg, err)
			}
		}
		if sg, ok := SuggestRelCode(s); ok {
			if _, err := ParseRelCode(sg.Code); err != nil || sg.SDK != "" {
				t.Fatalf("SuggestRelCode(%q) = %+v, which does not parse: %v", s, sg, err)
			}
		}
	})
}

func FuzzUnmarshal(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		var r Reason
		if err := r.UnmarshalText([]byte(s)); err == nil {
			text, err := r.MarshalText()
			var back Reason
			if err != nil || back.UnmarshalText(text) != nil || back != r {
				t.Fatalf("text %q -> %v -> %q, %v -> %v", s, r, text, err, back)
			}
		}
		var src Source
		if err := src.UnmarshalText([]byte(s)); err == nil {
			text, err := src.MarshalText()
			var back Source
			if err != nil || back.UnmarshalText(text) != nil || back != src {
				t.Fatalf("text %q -> %v -> %q, %v -> %v", s, src, text, err, back)
			}
		}
		var c RelCode
		if err := c.UnmarshalText([]byte(s)); err == nil {
			text, err := c.MarshalText()
			var back RelCode
			if err != nil || back.UnmarshalText(text) != nil || back != c {
				t.Fatalf("text %q -> %v -> %q, %v -> %v", s, c, text, err, back)
			}
		}
		var cause Cause
		if err := cause.UnmarshalText([]byte(s)); err == nil {
			text, err := cause.MarshalText()
			var back Cause
			if err != nil || back.UnmarshalText(text) != nil || back != cause {
				t.Fatalf("text %q -> %v -> %q, %v -> %v", s, cause, text, err, back)
			}
		}
		r = 0
		if err := json.Unmarshal([]byte(s), &r); err == nil {
			data, err := json.Marshal(r)
			var back Reason
			if err != nil || json.Unmarshal(data, &back) != nil || back != r {
				t.Fatalf("JSON %q -> %v -> %s, %v -> %v", s, r, data, err, back)
			}
		}
	})
}

func FuzzFromQuery(f *testing.F) {
	f.Add("disconnect_reason=1203&releaser_type=2")
	f.Add("disconnect_reason=1110&releaser_type=5&user_rel_code=X")
	f.Add("disconnect_reason=&releaser_type=")
	f.Add("disconnect_reason=1%00&releaser_type=%ff")
	f.Add("disconnect_reason=1202&releaser_type=1&rel_code=4&rel_code_str=USER_BUSY&terminate=17")
	f.Add("disconnect_reason=1202&releaser_type=1&rel_code=5&rel_code_str=REJECT")
	f.Add("disconnect_reason=1202&releaser_type=1&rel_code_str=NOANSWER&terminate=")
	f.Fuzz(func(t *testing.T, raw string) {
		q, _ := url.ParseQuery(raw)
		d, err := FromQuery(q)
		if err != nil {
			return
		}
		if itoa(int(d.Reason)) != trimZeros(q.Get(ReasonParam)) || itoa(int(d.Source)) != trimZeros(q.Get(SourceParam)) {
			t.Fatalf("FromQuery(%q) = %+v", raw, d)
		}
		if text := q.Get(CauseParam); (text == "" && d.Cause != 0) || (text != "" && itoa(int(d.Cause)) != trimZeros(text)) {
			t.Fatalf("FromQuery(%q) = %+v: cause", raw, d)
		}
		switch text, name := q.Get(RelCodeParam), q.Get(RelCodeNameParam); {
		case text != "":
			if itoa(int(d.RelCode)) != trimZeros(text) {
				t.Fatalf("FromQuery(%q) = %+v: rel_code", raw, d)
			}
			if c, ok := LookupRelCode(name); ok && c != d.RelCode {
				t.Fatalf("FromQuery(%q) = %+v: rel_code_str names %v", raw, d, c)
			}
		case name != "":
			if d.RelCode.String() != name {
				t.Fatalf("FromQuery(%q) = %+v: rel_code_str", raw, d)
			}
		case d.RelCode != 0:
			t.Fatalf("FromQuery(%q) = %+v: no release code given", raw, d)
		}
	})
}

func trimZeros(s string) string {
	for len(s) > 1 && s[0] == '0' {
		s = s[1:]
	}
	return s
}
