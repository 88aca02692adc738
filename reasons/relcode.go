package reasons

import (
	"slices"
	"strconv"
)

// A RelCode is LINE Planet's low-level release code of a call, one of the
// constants such as [RelNoAnswer] or a value that a later version of LINE
// Planet added. The callbacks carry it, for debugging, as decimal text in
// rel_code and by name in rel_code_str.
//
// Release codes are a table of their own, not reasons: their names
// overlap with the codes of reasons, but the release code named
// "NO_ANSWER" is 5 and the reason coded "NOANSWER" is 1203, and "REJECT"
// is the release code of the reason "DECLINE". [RelCode.Reason] gives the
// reason WebPlanetKit reports for a release code. The zero value is
// [RelUndefined].
type RelCode int

// relCodeInfo is what is known of a release code.
type relCodeInfo struct {
	name     string // rel_code_str
	goName   string // the constant's identifier
	reason   Reason // the reason WebPlanetKit reports for it
	specific bool   // reason is WebPlanetKit's for this code, not its default
}

// Derived from relCodeTable.
var (
	// allRelCodes lists the release codes in value order.
	allRelCodes = sortedKeys(relCodeTable)
	// relCodeByName maps each name to its release code.
	relCodeByName = func() map[string]RelCode {
		m := make(map[string]RelCode, len(relCodeTable))
		for c, info := range relCodeTable {
			m[info.name] = c
		}
		return m
	}()
	// relCodeOfReason maps a reason to the release code meant by it: the
	// only release code that WebPlanetKit maps to the reason specifically,
	// or, of several, the one named like the reason's code. A reason
	// without one, such as ReleasedCall, has no entry.
	relCodeOfReason = func() map[Reason]RelCode {
		byReason := make(map[Reason][]RelCode)
		for _, c := range allRelCodes {
			if info := relCodeTable[c]; info.specific {
				byReason[info.reason] = append(byReason[info.reason], c)
			}
		}
		m := make(map[Reason]RelCode, len(byReason))
		for r, codes := range byReason {
			if len(codes) == 1 {
				m[r] = codes[0]
				continue
			}
			code := relCodeSpellings.normalize(r.String())
			for _, c := range codes {
				if relCodeSpellings.normalize(c.String()) == code {
					m[r] = c
				}
			}
		}
		return m
	}()
)

// AllRelCodes returns every release code this package knows, in value
// order.
func AllRelCodes() []RelCode { return slices.Clone(allRelCodes) }

// String returns the release code's name, as rel_code_str carries it, such
// as "NO_ANSWER", or, for a value this package does not know, "RelCode("
// followed by the value and ")".
func (c RelCode) String() string {
	if info, ok := relCodeTable[c]; ok {
		return info.name
	}
	return "RelCode(" + strconv.Itoa(int(c)) + ")"
}

// GoString returns the Go expression for c: the qualified constant, such
// as "reasons.RelNoAnswer", or a conversion such as "reasons.RelCode(999)"
// for a value this package does not know.
func (c RelCode) GoString() string {
	if info, ok := relCodeTable[c]; ok {
		return "reasons." + info.goName
	}
	return "reasons.RelCode(" + strconv.Itoa(int(c)) + ")"
}

// Known reports whether c is one of the release codes this package knows.
func (c RelCode) Known() bool {
	_, ok := relCodeTable[c]
	return ok
}

// Reason returns the disconnect reason that WebPlanetKit reports for c,
// and reports whether WebPlanetKit maps c to it specifically: [NoAnswer]
// and true for [RelNoAnswer]. For a release code that WebPlanetKit has no
// reason for, it returns the reason of WebPlanetKit's default branch and
// false: [ServerInternalError] for codes from 200 to 499, [InternalError]
// for the others. It returns 0 and false if c is not known.
func (c RelCode) Reason() (Reason, bool) {
	info := relCodeTable[c]
	return info.reason, info.specific
}
