package reasons

import (
	"slices"
	"strconv"
)

// A Source is who ended a call. Its values are LINE Planet's wire values
// (the releaser_type callback parameter); the zero value means the source
// is not set and is not a valid source.
type Source int

// The disconnect sources.
const (
	Callee      Source = 1 // the called party of a 1-to-1 call
	Caller      Source = 2 // the calling party of a 1-to-1 call
	Participant Source = 3 // a participant of a group call
	CloudServer Source = 4 // LINE Planet's cloud
	AppServer   Source = 5 // the application server, for example through the kick-out API
)

type sourceInfo struct {
	name string // canonical name, as the constant is named
	web  string // WebPlanetKit's spelling
}

// sourceTable is the single source of truth about sources.
var sourceTable = map[Source]sourceInfo{
	Callee:      {"Callee", "callee"},
	Caller:      {"Caller", "caller"},
	Participant: {"Participant", "participant"},
	CloudServer: {"CloudServer", "cloud_server"},
	AppServer:   {"AppServer", "app_server"},
}

// Derived from sourceTable at init.
var (
	allSources   []Source          // value order
	sourceByName map[string]Source // canonical names and Web spellings
)

func init() {
	sourceByName = make(map[string]Source, 2*len(sourceTable))
	for s, info := range sourceTable {
		sourceByName[info.name] = s
		sourceByName[info.web] = s
		allSources = append(allSources, s)
	}
	slices.Sort(allSources)
}

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
