package analyzer

import (
	"bytes"
	"go/types"
	"slices"
	"strings"

	"github.com/reasonlint/reasonlint/reasons"
)

// The application's own reason and source types: a defined type whose
// underlying type is an integer or a string is one when its declaration is
// marked //reasonlint:reason or //reasonlint:source, or, with
// -detect-own-types, when its constants show that it copies LINE Planet's
// table: at least minRecognized of them have a value that is a reason's
// wire value (a string type: a reason's code, in any SDK's spelling) and a
// name that names a reason, and most of those name the reason that their
// value is. Sources likewise, with their values 1 to 5 and names.
//
// Only types declared in the package being analyzed, or in a package it
// imports, are recognized: only theirs are all their constants.

// minRecognized is how many constants a type needs to be recognized
// without a marker.
const minRecognized = 3

// A mark is what a directive on a type of the analyzed package says.
type mark uint8

const (
	unmarked   mark = iota
	markReason      // //reasonlint:reason
	markSource      // //reasonlint:source
	markIgnore      // //reasonlint:ignore: not a reason or source type
)

// ownTypesOf returns the own types that pkg declares.
func (c *checker) ownTypesOf(pkg *types.Package) map[*types.TypeName]*enum {
	if found, ok := c.owned[pkg]; ok {
		return found
	}
	here := pkg == c.pass.Pkg
	// The constants of each candidate type, by type, in the order of
	// their names.
	byType := c.constsOf(pkg)
	var order []*types.TypeName
	for tn := range byType {
		if tn != nil {
			order = append(order, tn)
		}
	}
	slices.SortFunc(order, func(a, b *types.TypeName) int { return strings.Compare(a.Name(), b.Name()) })
	found := make(map[*types.TypeName]*enum)
	if here {
		// Marked types need no constants.
		for tn, m := range c.marks {
			if (m == markReason || m == markSource) && tn.Pkg() == pkg {
				if _, ok := byType[tn]; !ok {
					order = append(order, tn)
				}
			}
		}
	}
	for _, tn := range order {
		var k kind
		switch c.marks[tn] {
		case markReason:
			k = reasonKind
		case markSource:
			k = sourceKind
		case markIgnore:
			continue
		default:
			if !c.cfg.detectOwnTypes {
				continue
			}
			k = recognize(tn, byType[tn])
		}
		if k == 0 {
			continue
		}
		found[tn] = newOwnEnum(tn, k, byType[tn], here)
	}
	if c.owned == nil {
		c.owned = make(map[*types.Package]map[*types.TypeName]*enum)
	}
	c.owned[pkg] = found
	return found
}

// newOwnEnum returns the enum of the own type tn of kind k, whose
// constants are consts. Those of a type declared here are set by asFixed,
// from its declaration.
func newOwnEnum(tn *types.TypeName, k kind, consts []*types.Const, here bool) *enum {
	e := &enum{tn: tn, k: k, own: true, text: isString(tn.Type()), here: here}
	e.web = e.text && webSpelled(k, consts)
	if !here {
		e.consts = make(map[int64]*types.Const, len(consts))
		for _, obj := range consts {
			if v, ok := e.meaning(obj); ok {
				e.consts[v] = e.preferred(v, e.consts[v], obj)
			}
		}
		e.members = sortedValues(e.consts)
	}
	return e
}

// webSpelled reports whether constants of a string type of kind k spell
// sources as WebPlanetKit does, "cloud_server" for CloudServer: one at
// least, and none as LINE Planet names them. Such a type keeps that
// convention: the constants that a fix adds are spelled so, and so are
// the names it is compared with.
func webSpelled(k kind, consts []*types.Const) bool {
	if k != sourceKind {
		return false
	}
	web := false
	for _, obj := range consts {
		s, ok := constString(obj.Val())
		if !ok {
			continue
		}
		if v, ok := k.spelled(s); ok {
			if s == k.canonical(v) {
				return false
			}
			web = true
		}
	}
	return web
}

// webName returns the name of the source v as WebPlanetKit spells it.
func webName(v int64) string { return reasons.Source(v).WebName() }

// spelling returns how e, an own type of strings, spells the value v: by
// its code or name, or, if it spells sources as WebPlanetKit does, by
// WebPlanetKit's name.
func (e *enum) spelling(v int64) string {
	if e.web {
		return webName(v)
	}
	return e.k.canonical(v)
}

// meaning returns the value of LINE Planet's table that obj, a constant of
// the own type e, stands for: the value that its value is or spells,
// unless its name names another. A constant whose name says one reason and
// whose value is another's, ReasonBusy = 1203, stands for neither: what
// its name says is not what the code compares with, and what it compares
// with is not what the code means. (In its own package, the fix of its
// declaration makes it stand for what its name says; see asFixed.)
func (e *enum) meaning(obj *types.Const) (int64, bool) {
	v, ok := e.valueOf(obj.Val())
	if !ok {
		return 0, false
	}
	if says, named := nameMeans(e.k, obj.Name(), e.tn.Name()); named && says != v {
		return 0, false
	}
	return v, true
}

// preferred returns which of two constants of e that stand for v names
// it: one whose name says v over one whose name does not, else the first
// declared. first may be nil.
func (e *enum) preferred(v int64, first, obj *types.Const) *types.Const {
	if first == nil {
		return obj
	}
	says := func(c *types.Const) bool {
		w, named := nameMeans(e.k, c.Name(), e.tn.Name())
		return named && w == v
	}
	if a, b := says(first), says(obj); a != b {
		if b {
			return obj
		}
		return first
	}
	if obj.Pos() < first.Pos() {
		return obj
	}
	return first
}

// recognize returns the kind of table that the constants of tn show it to
// copy, or 0.
func recognize(tn *types.TypeName, consts []*types.Const) kind {
	return recognizeConsts(consts, tn.Name())
}

// recognizeConsts returns the kind of table that consts copy, constants of
// a type named typeName (or untyped, if ""), or 0. A string counts if it
// is a code in any SDK's spelling but a single lower-case word.
func recognizeConsts(consts []*types.Const, typeName string) kind {
	if len(consts) < minRecognized {
		return 0
	}
	var tb [64]byte
	t := newTypeWords(tb[:0], typeName)
	for _, k := range []kind{reasonKind, sourceKind} {
		named, agree := 0, 0
		for _, obj := range consts {
			var v int64
			var ok bool
			if s, isStr := constString(obj.Val()); isStr {
				// A lower-case word, as iOS spells BUSY ("busy") or Web
				// spells Callee ("callee"), is any application's word.
				v, ok = k.spelled(s)
				ok = ok && (s != strings.ToLower(s) || strings.Contains(s, "_"))
			} else {
				v, ok = constInt(obj.Val())
				ok = ok && k.known(v)
			}
			if !ok {
				continue
			}
			meant, ok := normalizedNameMeans(k, obj.Name(), t)
			if !ok {
				continue
			}
			named++
			if meant == v {
				agree++
			}
		}
		if named >= minRecognized && 2*agree > named {
			return k
		}
	}
	return 0
}

// normalized maps the normalized spellings of each value's names to the
// value: the code, the reasons package's constant and the SDKs' names.
var normalized = [...]map[string]int64{
	reasonKind: func() map[string]int64 {
		m := make(map[string]int64)
		for _, r := range reasons.All() {
			for _, s := range []string{r.String(), strings.TrimPrefix(r.GoString(), "reasons."), r.Spelling(reasons.SDKiOS), r.Spelling(reasons.SDKAndroid)} {
				if n := normalize(s); n != "" {
					m[n] = int64(r)
				}
			}
		}
		return m
	}(),
	sourceKind: func() map[string]int64 {
		m := make(map[string]int64)
		for _, s := range reasons.AllSources() {
			m[normalize(s.String())] = int64(s)
			m[normalize(s.WebName())] = int64(s)
		}
		return m
	}(),
}

// affixes are the words that names of constants put before or after the
// reason or source they name, normalized.
var affixes = [...][][]byte{
	reasonKind: asBytes("PLANETKITDISCONNECTREASON", "PLNKDISCONNECTREASON", "DISCONNECTREASON", "DISCONNECT", "REASON", "CODE"),
	sourceKind: asBytes("PLANETKITDISCONNECTSOURCE", "PLNKDISCONNECTSOURCE", "DISCONNECTSOURCE", "SOURCE", "RELEASERTYPE", "RELEASER", "RELEASEDBY", "BY"),
}

// asBytes returns the words as byte slices.
func asBytes(ws ...string) [][]byte {
	b := make([][]byte, len(ws))
	for i, w := range ws {
		b[i] = []byte(w)
	}
	return b
}

// nameMeans returns the value that the name of a constant of the type
// named typeName names: normalized (letters upper-cased, everything but
// letters and digits dropped), less the type's name and words such as
// Reason and Disconnect before or after it. "ReasonNoAnswer",
// "DisconnectReason_NOANSWER" (protobuf), "NO_ANSWER" and
// "DisconnectReasonNoAnswer" all name NOANSWER, and so does
// "CallEnded_NOANSWER" of the type CallEnded_Reason.
func nameMeans(k kind, name, typeName string) (int64, bool) {
	var tb [64]byte
	return normalizedNameMeans(k, name, newTypeWords(tb[:0], typeName))
}

// typeWords are the words, normalized, that the type's name gives the
// names of its constants: the type's name, and for a nested protobuf
// enum, CallEnded_Reason, the part before its last "_", CallEnded, the
// name of the message that holds it, which protoc-gen-go puts before the
// names of the enum's values.
type typeWords [2][]byte

// newTypeWords returns the words of the type named typeName, appended to
// b.
func newTypeWords(b []byte, typeName string) typeWords {
	b = appendNormalized(b[:0], typeName)
	w := typeWords{b}
	if i := strings.LastIndexByte(typeName, '_'); i > 0 {
		w[1] = appendNormalized(b[len(b):], typeName[:i])
	}
	return w
}

// normalizedNameMeans is nameMeans with the words of the type's name: t.
func normalizedNameMeans(k kind, name string, t typeWords) (int64, bool) {
	if int(k) >= len(normalized) || normalized[k] == nil {
		return 0, false
	}
	var nb [64]byte
	return strip(normalized[k], appendNormalized(nb[:0], name), &t, affixes[k], 0)
}

// strip looks n up in names, and then n less a word of the type's name t
// or one of the words, before or after it, up to three times.
func strip(names map[string]int64, n []byte, t *typeWords, words [][]byte, depth int) (int64, bool) {
	if v, ok := names[string(n)]; ok {
		return v, true
	}
	if depth == 3 {
		return 0, false
	}
	try := func(w []byte) (int64, bool) {
		if len(w) == 0 || len(w) >= len(n) {
			return 0, false
		}
		if bytes.HasPrefix(n, w) {
			if v, ok := strip(names, n[len(w):], t, words, depth+1); ok {
				return v, true
			}
		}
		if bytes.HasSuffix(n, w) {
			return strip(names, n[:len(n)-len(w)], t, words, depth+1)
		}
		return 0, false
	}
	for _, w := range t {
		if v, ok := try(w); ok {
			return v, true
		}
	}
	for _, w := range words {
		if v, ok := try(w); ok {
			return v, true
		}
	}
	return 0, false
}

// normalize upper-cases the ASCII letters of s and drops everything but
// letters and digits.
func normalize(s string) string {
	return string(appendNormalized(nil, s))
}

// appendNormalized appends s, normalized, to b.
func appendNormalized(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		switch ch := s[i]; {
		case 'a' <= ch && ch <= 'z':
			b = append(b, ch-'a'+'A')
		case 'A' <= ch && ch <= 'Z', '0' <= ch && ch <= '9':
			b = append(b, ch)
		}
	}
	return b
}
