// Package reasons gives LINE Planet's disconnect reasons and disconnect
// sources Go types, so that application servers can handle them with named
// constants instead of numbers and strings.
//
// Every call that LINE Planet (PlanetKit) ends carries a [Reason], such as
// [NoAnswer], whose wire value is 1203 and whose code is "NOANSWER", and a
// [Source], such as [CloudServer], which says who ended it. LINE Planet's
// HTTP callbacks send both as decimal text in the query string
// (disconnect_reason=1203, releaser_type=4); [FromQuery] reads them, and
// [ParseValue], [ParseSourceValue], [Parse] and [ParseSource] parse single
// values.
//
// # Values
//
// The values of the constants are LINE Planet's wire values. They are never
// renumbered, and reasons that LINE Planet adds are appended. Gaps between
// values are deliberate: they belong to values that older SDKs used (see
// [Retired] and [RetiredCode]) or that were never assigned. The zero value
// of [Reason] and [Source] is not a reason or source, so it can stand for
// "not set".
//
// A value that LINE Planet adds after this version of the package is kept
// as it is: it parses, prints as Reason(1999) and is not [Reason.Known]. It
// is never mapped to a known reason, so a switch with a default clause
// handles it.
//
// # Common and web-only reasons
//
// [Common] lists the reasons that LINE Planet documents as common to its
// clients and its server callbacks. Not every SDK reports each of them:
// WebPlanetKit lacks a few, such as [AppServerDataError], and no current
// SDK reports [WrongRoomAttribute]. WebPlanetKit reports more, which no
// other SDK reports ([Reason.WebOnly]); [All] lists both. [Reason.Since]
// tells since which version the native SDKs and WebPlanetKit report a
// reason, or that they do not, and [Reason.Spelling] how each [SDK] spells
// it.
//
// # Release codes and causes
//
// Besides the reason and the source, the callbacks carry LINE Planet's
// low-level release code, as a number in rel_code and by name in
// rel_code_str, and, in 1-to-1 calls, the Q.850 cause of the call's end in
// terminate. [FromQuery] reads them too when they are present.
//
// A [RelCode], such as [RelNoAnswer] (5, "NO_ANSWER"), is a value of a
// table of its own, meant for debugging. Its names overlap with the codes
// of reasons but mean other values: NO_ANSWER is not NOANSWER, and REJECT
// is DECLINE's release code, so a release code is never compared with a
// reason. [RelCode.Reason] gives the reason WebPlanetKit reports for one.
//
// A [Cause] is [CauseNormal] (16) for every call that had a duration, and
// otherwise [CauseBusy], [CauseNoAnswer], [CauseRejected], [CauseCanceled]
// or, for anything else, [CauseOther].
//
// # Tables
//
// One data file, planet.tsv, holds every table of this package; the
// constants, their documentation and the tables the methods read are
// generated from it, and so is README.md's table of reasons.
package reasons

//go:generate go run ./internal/tablegen
