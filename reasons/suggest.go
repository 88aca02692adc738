package reasons

import "strings"

// A Suggestion is the canonical spelling that an unknown code most likely
// means.
type Suggestion struct {
	// Code is the canonical reason code, such as "NOANSWER", the
	// canonical source name, such as "CloudServer", or the release
	// code's name, such as "NO_ANSWER".
	Code string
	// SDK names the SDK whose exact spelling the input is: SDKAndroid,
	// SDKiOS, SDKWindows or SDKWeb. It is "" when the input differs from
	// the canonical spelling by case, separators or a small typo, and
	// when it is read as a code of the other table: a release code's
	// name given to [Suggest], or a reason's spelling given to
	// [SuggestRelCode].
	SDK SDK
}

// Suggest returns the reason code that code most likely means, for input
// such as another SDK's spelling ("NO_ANSWER", "micNoSource",
// "PLNK_DISCONNECT_REASON_BUSY"), a difference in case or separators
// ("no-answer") or a small typo ("BUSSY"). It reports false if code is a
// canonical code itself, or if no single code is close.
//
// Input that is closer to the name of a release code than to any
// spelling of a reason, such as "MAX_GCALL_TIME_EXCEEDED" or "user_busy",
// is read as that release code's name: the suggestion is the reason that
// WebPlanetKit maps the release code to specifically, as [RelCode.Reason]
// reports it ("BUSY" for "USER_BUSY"), and there is none if WebPlanetKit
// only maps it to the reason of its default branch, which says nothing of
// what the release code means (MAX_GCALL_TIME_EXCEEDED is 406, which
// WebPlanetKit reports as SERVER_INTERNAL_ERROR, not
// MAX_CALL_TIME_EXCEEDED). When the input is as close to a reason's
// spelling as to a release code's name, as "NO_ANSWER" is, it is read as
// the reason's spelling.
func Suggest(code string) (Suggestion, bool) {
	if _, ok := reasonByCode[code]; ok {
		return Suggestion{}, false
	}
	own, ok := reasonSpellings.closest(code)
	if other, found := relCodeSpellings.closest(code); found && (!ok || other.dist < own.dist) {
		if !other.unique {
			return Suggestion{}, false
		}
		r, specific := relCodeByName[other.code].Reason()
		if !specific {
			return Suggestion{}, false
		}
		return Suggestion{Code: r.String()}, true
	}
	return own.suggestion()
}

// SuggestSource is [Suggest] for source names: it returns the source name
// that name most likely means. It reports false if name is a canonical
// name, or if no single name is close. WebPlanetKit's spellings, which
// [ParseSource] accepts, are suggested with SDK [SDKWeb].
func SuggestSource(name string) (Suggestion, bool) {
	if s, ok := sourceByName[name]; ok && sourceTable[s].name == name {
		return Suggestion{}, false
	}
	return sourceSpellings.suggest(name)
}

// SuggestRelCode is [Suggest] for the names of release codes: it returns
// the name that name most likely means, for input such as "no-answer" or
// "NO_ANSWR". It reports false if name is a release code's name, or if no
// single name is close.
//
// Input that is closer to a spelling of a disconnect reason than to any
// release code's name, such as the reason's code "DECLINE", its iOS
// spelling "decline" or a typo of it, is read as that reason: the
// suggestion is the release code that WebPlanetKit maps to the reason
// specifically, as [RelCode.Reason] reports it ("REJECT" for "DECLINE",
// "MAX_CALL_TIME_EXCEED" for "MAX_CALL_TIME_EXCEEDED"). When WebPlanetKit
// maps several release codes to the reason, the one named like the
// reason's code is meant ("PUSH_ERROR" for "pushError", not
// "PUSH_REQ_FAIL"); if none is, nothing is suggested (RELEASED_CALL is
// DB_COMM_NOT_FOUND or DB_CHAN_NOT_FOUND), and neither is anything for a
// reason that WebPlanetKit reports only for release codes it has no
// reason for (SERVER_INTERNAL_ERROR). When the input is as close to a
// release code's name as to a reason's spelling, as "no_answer" is, it is
// read as the release code's name. The suggestion's SDK is always "".
func SuggestRelCode(name string) (Suggestion, bool) {
	if _, ok := relCodeByName[name]; ok {
		return Suggestion{}, false
	}
	own, ok := relCodeSpellings.closest(name)
	if other, found := reasonSpellings.closest(name); found && (!ok || other.dist < own.dist) {
		if !other.unique {
			return Suggestion{}, false
		}
		c, ok := relCodeOfReason[reasonByCode[other.code]]
		if !ok {
			return Suggestion{}, false
		}
		return Suggestion{Code: c.String()}, true
	}
	return own.suggestion()
}

// suggestCause is [Suggest] for the names of causes, such as "Busy".
func suggestCause(name string) (Suggestion, bool) {
	if _, ok := causeByName[name]; ok {
		return Suggestion{}, false
	}
	return causeSpellings.suggest(name)
}

// A spelling is one way to write a canonical code.
type spelling struct {
	text string    // as written
	norm string    // normalized: see normalize
	hist histogram // of norm
	code string    // canonical
	sdk  SDK       // "" for the canonical spelling itself
}

type spellingSet struct {
	list     []spelling
	prefixes []string // normalized prefixes that SDKs put before a name
}

// The spellings that Suggest and its kin compare input with, derived from
// the tables.
var (
	reasonSpellings = func() spellingSet {
		set := spellingSet{prefixes: []string{"PLANETKITDISCONNECTREASON", "PLNKDISCONNECTREASON", "DISCONNECTREASON", "REASON"}}
		for _, r := range allReasons {
			code := r.String()
			set.add(code, code, "")
			for _, sdk := range sdks {
				set.add(code, r.Spelling(sdk), sdk)
			}
		}
		return set
	}()
	sourceSpellings = func() spellingSet {
		set := spellingSet{prefixes: []string{"PLANETKITDISCONNECTSOURCE", "PLNKDISCONNECTSOURCE", "DISCONNECTSOURCE", "SOURCE"}}
		for _, s := range allSources {
			info := sourceTable[s]
			set.add(info.name, info.name, "")
			set.add(info.name, info.web, SDKWeb)
		}
		return set
	}()
	relCodeSpellings = func() spellingSet {
		var set spellingSet
		for _, c := range allRelCodes {
			set.add(c.String(), c.String(), "")
		}
		return set
	}()
	causeSpellings = func() spellingSet {
		set := spellingSet{prefixes: []string{"CAUSE"}}
		for _, c := range allCauses {
			set.add(c.String(), c.String(), "")
		}
		return set
	}()
)

// add records text as a spelling of code by sdk. The canonical spelling
// and an SDK's spelling that equals it are recorded once, as canonical.
func (set *spellingSet) add(code, text string, sdk SDK) {
	if text == "" || (sdk != "" && text == code) {
		return
	}
	norm := set.normalize(text)
	set.list = append(set.list, spelling{text, norm, histogramOf(norm), code, sdk})
}

// maxTypoInput bounds the length of normalized input that is compared for
// typos, which keeps the edit distance cheap on arbitrary input.
const maxTypoInput = 64

// suggest returns the canonical code that s most likely means, and
// reports whether one code is closest.
func (set *spellingSet) suggest(s string) (Suggestion, bool) {
	m, _ := set.closest(s)
	return m.suggestion()
}

// A match is the code whose spellings are closest to an input.
type match struct {
	code   string
	sdk    SDK  // the SDK whose exact spelling the input is, or ""
	dist   int  // the edit distance of the normalized forms
	unique bool // no other code is as close
}

// suggestion returns the suggestion of m, and reports whether there is
// one: whether m names one code.
func (m match) suggestion() (Suggestion, bool) {
	if !m.unique {
		return Suggestion{}, false
	}
	return Suggestion{m.code, m.sdk}, true
}

// closest returns the code whose spellings are closest to s, and reports
// whether any is within the typo limit. Another SDK's exact spelling, and
// a spelling equal to s once both are normalized, are at distance 0.
func (set *spellingSet) closest(s string) (match, bool) {
	for _, sp := range set.list {
		if sp.sdk != "" && sp.text == s {
			return match{sp.code, sp.sdk, 0, true}, true
		}
	}
	n := set.normalize(s)
	if n == "" || len(n) > maxTypoInput {
		return match{}, false
	}
	// The closest code within the typo limit; an exact match of the
	// normalized forms has distance 0. A length difference alone can
	// exceed the limit, which spares most of the edit distances.
	limit := typoLimit(len(n))
	hist := histogramOf(n)
	best := match{dist: limit + 1}
	for _, sp := range set.list {
		if abs(len(n)-len(sp.norm)) > limit || hist.lowerBound(&sp.hist) > limit {
			continue
		}
		d := distance(n, sp.norm, limit)
		switch {
		case d < best.dist:
			best = match{code: sp.code, dist: d, unique: true}
		case d == best.dist && sp.code != best.code:
			best.unique = false
		}
	}
	return best, best.dist <= limit
}

// A histogram counts the letters and digits of a normalized string.
type histogram [36]uint8

func histogramOf(n string) histogram {
	var h histogram
	for i := 0; i < len(n); i++ {
		switch c := n[i]; {
		case 'A' <= c && c <= 'Z':
			h[c-'A']++
		case '0' <= c && c <= '9':
			h[26+c-'0']++
		}
	}
	return h
}

// lowerBound returns a lower bound of the edit distance between the
// strings of h and g: an edit changes the count of at most two symbols,
// by one each.
func (h *histogram) lowerBound(g *histogram) int {
	diff := 0
	for i := range h {
		diff += abs(int(h[i]) - int(g[i]))
	}
	return (diff + 1) / 2
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// normalize maps s to the form in which spellings are compared: ASCII
// letters upper-cased, digits kept, everything else dropped, and then an
// SDK's prefix removed. "PLNK_DISCONNECT_REASON_NO_ANSWER", "no-answer"
// and "noAnswer" all normalize to "NOANSWER".
func (set *spellingSet) normalize(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z':
			b.WriteByte(c - 'a' + 'A')
		case 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
			b.WriteByte(c)
		}
	}
	n := b.String()
	for _, p := range set.prefixes {
		if rest, ok := strings.CutPrefix(n, p); ok && rest != "" {
			return rest
		}
	}
	return n
}

// typoLimit is the largest edit distance that still counts as a typo in a
// normalized input of length n.
func typoLimit(n int) int {
	switch {
	case n < 4:
		return 0
	case n < 6:
		return 1
	case n < 12:
		return 2
	default:
		return 3
	}
}

// distance returns the optimal string alignment distance between a and b
// (the number of insertions, deletions, substitutions and transpositions of
// adjacent bytes that turn a into b), or limit+1 once it is certain to
// exceed limit. b may be at most maxTypoInput bytes long.
func distance(a, b string, limit int) int {
	// Three rows of the dynamic programming table suffice.
	var rows [3][maxTypoInput + 1]int
	prev2, prev, cur := &rows[0], &rows[1], &rows[2]
	for j := 0; j <= len(b); j++ {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		// Two consecutive rows above the limit keep the result above
		// it, transpositions included.
		if rowMin > limit && i > 1 && minOf(prev[:len(b)+1]) > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], limit+1)
}

func minOf(row []int) int {
	m := row[0]
	for _, v := range row[1:] {
		m = min(m, v)
	}
	return m
}
