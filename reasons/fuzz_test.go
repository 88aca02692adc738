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
	f.Fuzz(func(t *testing.T, raw string) {
		q, _ := url.ParseQuery(raw)
		d, err := FromQuery(q)
		if err != nil {
			return
		}
		if itoa(int(d.Reason)) != trimZeros(q.Get(ReasonParam)) || itoa(int(d.Source)) != trimZeros(q.Get(SourceParam)) {
			t.Fatalf("FromQuery(%q) = %+v", raw, d)
		}
	})
}

func trimZeros(s string) string {
	for len(s) > 1 && s[0] == '0' {
		s = s[1:]
	}
	return s
}
