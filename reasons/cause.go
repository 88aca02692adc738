package reasons

import (
	"slices"
	"strconv"
)

// A Cause is the Q.850 cause of the end of a 1-to-1 call, which LINE
// Planet's 1-to-1 call events carry as decimal text in terminate: one of
// the constants, such as [CauseNormal] for every call that had a duration,
// or a value that this package does not know. The zero value is not a
// cause.
type Cause int

// causeInfo is what is known of a cause.
type causeInfo struct {
	name        string // the constant's identifier without "Cause"
	goName      string // the constant's identifier
	description string
}

// Derived from causeTable.
var (
	// allCauses lists the causes in value order.
	allCauses = sortedKeys(causeTable)
	// causeByName maps each name to its cause.
	causeByName = func() map[string]Cause {
		m := make(map[string]Cause, len(causeTable))
		for c, info := range causeTable {
			m[info.name] = c
		}
		return m
	}()
)

// AllCauses returns every cause this package knows, in value order.
func AllCauses() []Cause { return slices.Clone(allCauses) }

// String returns the cause's name, the constant's without "Cause", such as
// "Busy", or, for a value this package does not know, "Cause(" followed by
// the value and ")".
func (c Cause) String() string {
	if info, ok := causeTable[c]; ok {
		return info.name
	}
	return "Cause(" + strconv.Itoa(int(c)) + ")"
}

// GoString returns the Go expression for c: the qualified constant, such
// as "reasons.CauseBusy", or a conversion such as "reasons.Cause(99)" for a
// value this package does not know.
func (c Cause) GoString() string {
	if info, ok := causeTable[c]; ok {
		return "reasons." + info.goName
	}
	return "reasons.Cause(" + strconv.Itoa(int(c)) + ")"
}

// Known reports whether c is one of the causes this package knows.
func (c Cause) Known() bool {
	_, ok := causeTable[c]
	return ok
}

// Description returns a one-sentence description of c, or "" if c is not
// known.
func (c Cause) Description() string { return causeTable[c].description }
