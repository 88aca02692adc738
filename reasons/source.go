package reasons

import (
	"slices"
	"strconv"
)

// A Source is who ended a call, one of the constants such as
// [CloudServer]. Its values are LINE Planet's wire values (the
// releaser_type callback parameter); the zero value means the source is
// not set and is not a valid source.
type Source int

// sourceInfo is what is known of a source.
type sourceInfo struct {
	name string // canonical name, as the constant is named
	web  string // WebPlanetKit's spelling
}

// Derived from sourceTable.
var (
	// allSources lists the sources in value order.
	allSources = sortedKeys(sourceTable)
	// sourceByName maps the canonical names and Web spellings to sources.
	sourceByName = func() map[string]Source {
		m := make(map[string]Source, 2*len(sourceTable))
		for s, info := range sourceTable {
			m[info.name] = s
			m[info.web] = s
		}
		return m
	}()
)

// AllSources returns every source this package knows, in value order.
func AllSources() []Source { return slices.Clone(allSources) }

// String returns the source's name, such as "CloudServer", or, for a value
// this package does not know, "Source(" followed by the value and ")".
func (s Source) String() string {
	if info, ok := sourceTable[s]; ok {
		return info.name
	}
	return "Source(" + strconv.Itoa(int(s)) + ")"
}

// GoString returns the Go expression for s: the qualified constant, such
// as "reasons.CloudServer", or a conversion such as "reasons.Source(9)" for
// a value this package does not know.
func (s Source) GoString() string {
	if info, ok := sourceTable[s]; ok {
		return "reasons." + info.name
	}
	return "reasons.Source(" + strconv.Itoa(int(s)) + ")"
}

// Known reports whether s is one of the sources this package knows.
func (s Source) Known() bool {
	_, ok := sourceTable[s]
	return ok
}

// WebName returns WebPlanetKit's spelling of s, such as "cloud_server", or
// "" if s is not known.
func (s Source) WebName() string { return sourceTable[s].web }
