package analyzer

import (
	"strconv"
	"strings"

	"github.com/reasonlint/reasonlint/reasons"
)

// A kind is what a value holds: one of LINE Planet's tables. The facts
// of each come from the reasons package that reasonlint is built with.
type kind uint8

const (
	reasonKind kind = iota + 1 // a disconnect reason: reasons.Reason, disconnect_reason
	sourceKind                 // a disconnect source: reasons.Source, releaser_type
	relKind                    // a rel code: reasons.RelCode, rel_code and rel_code_str
	causeKind                  // a Q.850 cause: reasons.Cause, terminate
)

// kindInfo is what the checks know of a kind.
type kindInfo struct {
	typeName string // the reasons package's type: "Reason"
	noun     string // how messages name a value: "disconnect reason"
	nameNoun string // how messages name its text: "code", "name"
	codeNoun string // how messages name what String returns: "code", "name"
	values   []int64
	goNames  map[int64]string // "NoAnswer", the constant in the reasons package
	names    map[int64]string // NOANSWER, CloudServer, NO_ANSWER, Busy: what String returns
	byName   map[string]int64 // the names that the parse functions accept
}

// kinds holds the kinds' facts, by kind.
var kinds = [...]kindInfo{
	reasonKind: tableOf("Reason", "disconnect reason", "code", "code", reasons.All(), func(r reasons.Reason) []string { return []string{r.String()} }),
	sourceKind: tableOf("Source", "disconnect source", "name", "code", reasons.AllSources(), func(s reasons.Source) []string { return []string{s.String(), s.WebName()} }),
	relKind:    tableOf("RelCode", "rel code", "name", "name", reasons.AllRelCodes(), func(c reasons.RelCode) []string { return []string{c.String()} }),
	causeKind:  tableOf("Cause", "Q.850 cause", "name", "name", reasons.AllCauses(), func(reasons.Cause) []string { return nil }),
}

// tableOf returns the facts of a kind whose values are vs.
func tableOf[T interface {
	~int
	String() string
	GoString() string
}](typeName, noun, nameNoun, codeNoun string, vs []T, parsed func(T) []string) kindInfo {
	k := kindInfo{typeName: typeName, noun: noun, nameNoun: nameNoun, codeNoun: codeNoun,
		goNames: make(map[int64]string), names: make(map[int64]string), byName: make(map[string]int64)}
	for _, v := range vs {
		k.values = append(k.values, int64(v))
		k.goNames[int64(v)] = strings.TrimPrefix(v.GoString(), "reasons.")
		k.names[int64(v)] = v.String()
		for _, name := range parsed(v) {
			k.byName[name] = int64(v)
		}
	}
	return k
}

func (k kind) info() *kindInfo { return &kinds[k] }

// String is the reasons package's type of the kind: "Reason".
func (k kind) String() string { return k.info().typeName }

// noun is how messages name a value of the kind: "disconnect reason".
func (k kind) noun() string { return k.info().noun }

// known reports whether LINE Planet's table of the kind has v.
func (k kind) known(v int64) bool {
	_, ok := k.info().names[v]
	return ok
}

// name returns the name of v in its table: the reason's code, the
// source's name, the rel code's name; "" if there is none.
func (k kind) name(v int64) string { return k.info().names[v] }

// qualified returns the reasons package's constant of value v,
// "reasons.NoAnswer", or a conversion, "reasons.Reason(1999)".
func (k kind) qualified(v int64) string {
	if n, ok := k.info().goNames[v]; ok {
		return "reasons." + n
	}
	return "reasons." + k.String() + "(" + strconv.FormatInt(v, 10) + ")"
}

// lookup returns the value that name names in the kind's table, as the
// parse functions accept names.
func (k kind) lookup(name string) (int64, bool) {
	v, ok := k.info().byName[name]
	return v, ok
}

// exhaustive reports whether switches and maps of the kind must cover its
// every value.
func (k kind) exhaustive() bool { return k == reasonKind || k == sourceKind }

// suggest returns the name that s most likely means, as the reasons
// package suggests names.
func (k kind) suggest(s string) (reasons.Suggestion, bool) {
	switch k {
	case reasonKind:
		return reasons.Suggest(s)
	case sourceKind:
		return reasons.SuggestSource(s)
	case relKind:
		return reasons.SuggestRelCode(s)
	}
	return reasons.Suggestion{}, false
}

// webOnly reports whether v is a reason that only WebPlanetKit reports.
func (k kind) webOnly(v int64) bool { return k == reasonKind && reasons.Reason(v).WebOnly() }

// describe returns v as messages name a value of the kind's table with
// its name: "1203 NOANSWER".
func (k kind) describe(v int64) string {
	s := strconv.FormatInt(v, 10)
	if n := k.name(v); n != "" {
		s += " " + n
	}
	return s
}

// spellings maps each way an SDK writes a reason's code, or a source's
// name, to its value: the strings that an application's own string type
// holds.
var spellings = [...]map[string]int64{
	reasonKind: func() map[string]int64 {
		m := make(map[string]int64)
		for _, r := range reasons.All() {
			m[r.String()] = int64(r)
			for _, sdk := range []reasons.SDK{reasons.SDKAndroid, reasons.SDKiOS, reasons.SDKWindows, reasons.SDKWeb} {
				if s := r.Spelling(sdk); s != "" {
					m[s] = int64(r)
				}
			}
		}
		return m
	}(),
	sourceKind: func() map[string]int64 {
		m := make(map[string]int64)
		for _, s := range reasons.AllSources() {
			m[s.String()] = int64(s)
			m[s.WebName()] = int64(s)
		}
		return m
	}(),
}

// spelled returns the value whose code or name s is, in any SDK's
// spelling.
func (k kind) spelled(s string) (int64, bool) {
	if int(k) >= len(spellings) || spellings[k] == nil {
		return 0, false
	}
	v, ok := spellings[k][s]
	return v, ok
}

// canonical returns the canonical text of v: the code of a reason, the
// name of a source.
func (k kind) canonical(v int64) string { return k.name(v) }
