package reasons

import (
	"strconv"
	"testing"
)

func itoa(i int) string { return strconv.Itoa(i) }

func TestSuggest(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Suggestion
		ok   bool
	}{
		// Another SDK's exact spelling names the SDK.
		{"NO_ANSWER", Suggestion{"NOANSWER", "Android"}, true},
		{"REASON_ROOM_NOT_FOUND", Suggestion{"ROOM_NOT_FOUND", "Android"}, true},
		{"noAnswer", Suggestion{"NOANSWER", "iOS"}, true},
		{"micNoSource", Suggestion{"AUDIO_TX_NO_SRC", "iOS"}, true},
		{"multiDeviceInUse", Suggestion{"MULTIDEV_IN_USE", "iOS"}, true},
		{"systemLogOff", Suggestion{"SYSTEM_LOGOFF", "iOS"}, true},
		{"PLNK_DISCONNECT_REASON_BUSY", Suggestion{"BUSY", "Windows"}, true},
		{"PLANETKIT_DISCONNECT_REASON_NORMAL", Suggestion{"NORMAL", "Web"}, true},
		// Case and separators.
		{"busy ", Suggestion{"BUSY", ""}, true},
		{"Busy", Suggestion{"BUSY", ""}, true},
		{"no-answer", Suggestion{"NOANSWER", ""}, true},
		{"MultiDeviceInUse", Suggestion{"MULTIDEV_IN_USE", ""}, true},
		{"cell call", Suggestion{"CELL_CALL", ""}, true},
		{"PlanetKitDisconnectReason.noAnswer", Suggestion{"NOANSWER", ""}, true},
		// Small typos, also behind an SDK's prefix.
		{"BUSSY", Suggestion{"BUSY", ""}, true},
		{"NOANSER", Suggestion{"NOANSWER", ""}, true},
		{"CANCLE", Suggestion{"CANCEL", ""}, true},
		{"SERVICE_MAINTENANCE_", Suggestion{"SERVICE_MAINTENANCE", ""}, true},
		{"SERVICE_MAINTAINANCE", Suggestion{"SERVICE_MAINTENANCE", ""}, true},
		{"PLNK_DISCONNECT_REASON_NOANSWR", Suggestion{"NOANSWER", ""}, true},
		{"ROOM_IS_FUL", Suggestion{"ROOM_IS_FULL", ""}, true},
		// A release code's name, or a close spelling of one, names the
		// reason WebPlanetKit maps the release code to, or none if it
		// maps it to a reason by default.
		{"REJECT", Suggestion{"DECLINE", ""}, true},
		{"USER_BUSY", Suggestion{"BUSY", ""}, true},
		{"user_busy", Suggestion{"BUSY", ""}, true},
		{"MAX_CALL_TIME_EXCEED", Suggestion{"MAX_CALL_TIME_EXCEEDED", ""}, true},
		{"KIT_DEFINED_ERR", Suggestion{"INTERNAL_KIT_ERROR", ""}, true},
		{"DB_COMM_NOT_FOUND", Suggestion{"RELEASED_CALL", ""}, true},
		{"MAX_GCALL_TIME_EXCEEDED", Suggestion{}, false},
		{"max_gcall_time_exceeded", Suggestion{}, false},
		{"COMM_NOT_FOUND", Suggestion{}, false},
		{"UNKNOWN_ERROR", Suggestion{}, false},
		// Canonical codes need no suggestion.
		{"BUSY", Suggestion{}, false},
		{"NOANSWER", Suggestion{}, false},
		// Nothing close, or more than one code equally close.
		{"", Suggestion{}, false},
		{"_", Suggestion{}, false},
		{"HANGUP", Suggestion{}, false},
		{"BU", Suggestion{}, false},
		{"1203", Suggestion{}, false},
		{"SERVICE_HTTP", Suggestion{}, false},
		{"MULTIDEV", Suggestion{}, false},
		{"Reason(1203)", Suggestion{}, false},
	} {
		got, ok := Suggest(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Suggest(%q) = %+v, %v; want %+v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestSuggestEverySpelling(t *testing.T) {
	for _, sp := range reasonSpellings.list {
		got, ok := Suggest(sp.text)
		if sp.sdk == "" {
			if ok {
				t.Errorf("Suggest(%q) = %+v for a canonical code", sp.text, got)
			}
			continue
		}
		if want := (Suggestion{sp.code, sp.sdk}); !ok || got != want {
			t.Errorf("Suggest(%q) = %+v, %v; want %+v", sp.text, got, ok, want)
		}
	}
}

// A spelling that two reasons share could not name one of them.
func TestSpellingsUnambiguous(t *testing.T) {
	for _, set := range []*spellingSet{&reasonSpellings, &sourceSpellings, &relCodeSpellings, &causeSpellings} {
		byText := make(map[string]string)
		byNorm := make(map[string]string)
		for _, sp := range set.list {
			if code, dup := byText[sp.text]; dup && code != sp.code {
				t.Errorf("%q spells both %s and %s", sp.text, code, sp.code)
			}
			byText[sp.text] = sp.code
			if code, dup := byNorm[sp.norm]; dup && code != sp.code {
				t.Errorf("%q normalizes like a spelling of %s", sp.text, code)
			}
			byNorm[sp.norm] = sp.code
		}
	}
}

func TestSuggestSource(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Suggestion
		ok   bool
	}{
		{"cloud_server", Suggestion{"CloudServer", "Web"}, true},
		{"app_server", Suggestion{"AppServer", "Web"}, true},
		{"callee", Suggestion{"Callee", "Web"}, true},
		{"CLOUD_SERVER", Suggestion{"CloudServer", ""}, true},
		{"PLNK_DISCONNECT_SOURCE_CLOUD_SERVER", Suggestion{"CloudServer", ""}, true},
		{"Participnt", Suggestion{"Participant", ""}, true},
		{"CloudServer", Suggestion{}, false},
		{"Calle", Suggestion{}, false},
		{"Callr", Suggestion{"Caller", ""}, true},
		{"", Suggestion{}, false},
	} {
		got, ok := SuggestSource(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("SuggestSource(%q) = %+v, %v; want %+v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"", "ABC", 3},
		{"BUSY", "BUSY", 0},
		{"BUSSY", "BUSY", 1},
		{"CANCLE", "CANCEL", 1},
		{"AB", "BA", 1},
		{"KITTEN", "SITTING", 3},
		{"ABCDEFGH", "BADCFEHG", 4},
		{"SERVICEMAINTAINANCE", "SERVICEMAINTENANCE", 2},
	} {
		for limit := 0; limit <= 4; limit++ {
			want := min(tt.want, limit+1)
			if got := distance(tt.a, tt.b, limit); got != want {
				t.Errorf("distance(%q, %q, %d) = %d, want %d", tt.a, tt.b, limit, got, want)
			}
			if got := distance(tt.b, tt.a, limit); got != want {
				t.Errorf("distance(%q, %q, %d) = %d, want %d", tt.b, tt.a, limit, got, want)
			}
		}
	}
}

func BenchmarkSuggest(b *testing.B) {
	for b.Loop() {
		Suggest("SERVICE_MAINTAINANCE")
	}
}

// The histogram bound that spares edit distances never exceeds them.
func TestLowerBound(t *testing.T) {
	norms := []string{"", "A", "BUSSY", "NOANSER", "CANCLE", "SERVICEMAINTAINANCE", "12A3", "ZZZZ"}
	for _, sp := range reasonSpellings.list {
		norms = append(norms, sp.norm)
	}
	for _, a := range norms {
		ha := histogramOf(a)
		for _, b := range norms {
			hb := histogramOf(b)
			if lb, d := ha.lowerBound(&hb), distance(a, b, maxTypoInput); lb > d {
				t.Fatalf("lowerBound(%q, %q) = %d > distance %d", a, b, lb, d)
			}
		}
	}
}
