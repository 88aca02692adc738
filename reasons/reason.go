package reasons

import (
	"cmp"
	"maps"
	"slices"
	"strconv"
)

// A Reason is why LINE Planet ended a call: one of the constants, such as
// [NoAnswer], or a value that a later version of LINE Planet added.
type Reason int

// A CallType is a set of kinds of call.
type CallType uint8

// The kinds of call.
const (
	OneToOne  CallType = 1 << iota // a 1-to-1 call
	GroupCall                      // a group call
)

// String returns the kinds of call of c as the table of reasons in
// README.md names them: "1-to-1", "group", or "1-to-1, group" for both.
// For 0 or a value with bits this package does not know, it returns
// "CallType(" followed by the value and ")".
func (c CallType) String() string {
	switch c {
	case OneToOne:
		return "1-to-1"
	case GroupCall:
		return "group"
	case OneToOne | GroupCall:
		return "1-to-1, group"
	}
	return "CallType(" + strconv.Itoa(int(c)) + ")"
}

// A Category is the group LINE Planet's documentation files a reason under.
type Category uint8

// String returns the category's name as the documentation spells it, such
// as "common", or, for a value this package does not know, "Category("
// followed by the value and ")".
func (c Category) String() string {
	if c > 0 && int(c) < len(categoryNames) {
		return categoryNames[c]
	}
	return "Category(" + strconv.Itoa(int(c)) + ")"
}

// reasonInfo is what is known of a reason.
type reasonInfo struct {
	name        string // the constant's identifier
	code        string
	calls       CallType
	sources     []Source // in value order; nil where LINE Planet does not document them
	category    Category
	sdk         spellings
	since       Versions
	description string
}

// spellings says how each SDK names a reason. LINE Planet's Windows and Web
// SDKs spell every reason they have as a prefix and the code; the iOS and
// Android SDKs have names of their own.
type spellings struct {
	iOS     string // "" if the iOS SDK lacks the reason
	android string // "" if the Android SDK lacks the reason or its name is not known
	windows bool   // PLNK_DISCONNECT_REASON_<code>
	web     bool   // PLANETKIT_DISCONNECT_REASON_<code>
}

// Versions are the first versions of LINE Planet's SDKs that report a
// reason, such as "5.4.5". A version is "" where that family of SDKs does
// not report the reason or the version is not known.
type Versions struct {
	Native string // PlanetKit for Android, iOS, macOS and Windows
	Web    string // WebPlanetKit
}

// Derived from reasonTable, in variable declarations: Go initializes them
// after the table, whatever the order of the files.
var (
	// allReasons lists the reasons in value order.
	allReasons = sortedKeys(reasonTable)
	// commonReasons lists the reasons that are not web-only, in value order.
	commonReasons = slices.DeleteFunc(slices.Clone(allReasons), Reason.WebOnly)
	// reasonByCode maps each canonical code to its reason.
	reasonByCode = func() map[string]Reason {
		m := make(map[string]Reason, len(reasonTable))
		for r, info := range reasonTable {
			m[info.code] = r
		}
		return m
	}()
)

// sortedKeys returns the keys of m in increasing order.
func sortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	return slices.Sorted(maps.Keys(m))
}

// String returns the reason's code, such as "NOANSWER", or, for a value
// this package does not know, "Reason(" followed by the value and ")".
func (r Reason) String() string {
	if info, ok := reasonTable[r]; ok {
		return info.code
	}
	return "Reason(" + strconv.Itoa(int(r)) + ")"
}

// GoString returns the Go expression for r: the qualified constant, such
// as "reasons.NoAnswer", or a conversion such as "reasons.Reason(1999)" for
// a value this package does not know. It makes %#v print reasons readably.
func (r Reason) GoString() string {
	if info, ok := reasonTable[r]; ok {
		return "reasons." + info.name
	}
	return "reasons.Reason(" + strconv.Itoa(int(r)) + ")"
}

// Known reports whether r is one of the reasons this package knows.
func (r Reason) Known() bool {
	_, ok := reasonTable[r]
	return ok
}

// WebOnly reports whether only WebPlanetKit reports r.
func (r Reason) WebOnly() bool { return reasonTable[r].category == CategoryWeb }

// CallTypes returns the kinds of call that can end with r, or 0 if r is not
// known.
func (r Reason) CallTypes() CallType { return reasonTable[r].calls }

// Sources returns the sources that can report r, in value order. It returns
// nil if r is not known or LINE Planet does not document its sources.
func (r Reason) Sources() []Source { return slices.Clone(reasonTable[r].sources) }

// Category returns the category of r, or 0 if r is not known.
func (r Reason) Category() Category { return reasonTable[r].category }

// Description returns a one-sentence description of r, or "" if r is not
// known.
func (r Reason) Description() string { return reasonTable[r].description }

// Since returns the first versions of the native SDKs and of WebPlanetKit
// that report r: for [MaxCallTimeExceeded], Native "5.4.5" and Web "5.2.1".
// A version is "" where that family of SDKs does not report r or the
// version is not known, and both are "" if r is not known.
func (r Reason) Since() Versions { return reasonTable[r].since }
