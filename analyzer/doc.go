// Package analyzer defines reasonlint, an analysis pass that checks Go code
// handling LINE Planet disconnect reasons and sources, the types of package
// [github.com/reasonlint/reasonlint/reasons].
//
// # Checks
//
// Each check's diagnostics carry its name as their category.
//
// switch: a switch whose tag is a reasons.Reason or reasons.Source, through
// any import name, type alias, parentheses, pointer, method call or type
// parameter constrained to the type, must list every member that the
// reasons package the code compiles against declares: the 44 common
// reasons (the 1601-1612 web-only ones too with -web-reasons) or the five
// sources. A default clause does not count, since it would silently take
// every reason LINE Planet adds later, unless -default-signifies-exhaustive.
// A switch over r.String() is held to the same rule, its members named by
// code. The fix "Add missing cases" inserts them in value order: as empty
// cases, or, where there is a default clause, as one case that falls
// through to it, which keeps what the code does.
//
//	missing cases in switch of type reasons.Reason: reasons.Busy, reasons.NoAnswer
//
// map: a map literal keyed by reasons.Reason or reasons.Source must have a
// key for every member when it is marked //reasonlint:exhaustive, or with
// -check-maps.
//
//	missing keys in map of reasons.Source: reasons.AppServer
//
// raw-int: a constant integer used where a reason or source is expected
// (comparisons, cases, assignments, declarations, returns, arguments,
// composite literals, conversions, and int(r) compared with a constant)
// must be a constant of the reasons package. 0, the "not set" value, is
// allowed. The fix replaces the number with the constant, importing the
// package if needed.
//
//	raw integer 1203 used as reasons.Reason; use reasons.NoAnswer
//	1999 is not a disconnect reason
//	1101 is a retired disconnect reason (AUDIO_TX_NO_SRC_BY_LOCAL); use reasons.MicNoSource
//
// code: a string constant used as a reason code or source name (the
// argument of reasons.Parse and the other parse functions, a text or JSON
// unmarshalled into a reason, an operand compared with r.String() or a case
// of a switch over it) must be one. Another SDK's spelling, a difference in
// case or a small typo is named, with a fix when one code is meant. A known
// code compared as a string is better compared as a value; the fix does so.
//
//	unknown disconnect reason code "BUSSY"; did you mean "BUSY"?
//	"NO_ANSWER" is the Android spelling; the disconnect reason code is "NOANSWER"
//	reasons.Reason compared by its code "BUSY"; compare with reasons.Busy
//
// callback: LINE Planet's callbacks carry the reason and source as decimal
// text in the query parameters disconnect_reason and releaser_type. Text
// read from them (url.Values.Get, Request.FormValue and the like), an
// integer parsed from it with strconv in the same function, or a struct
// field whose json, form, query or schema tag names them, compared with a
// constant, is reported; so is such a field with a plain int or string
// type. This check also applies to packages that do not import the reasons
// package yet, when a string literal of theirs names a parameter.
//
//	disconnect_reason compared with "1203"; parse it into a reasons.Reason and compare with reasons.NoAnswer
//	field Reason holds disconnect_reason as int; use reasons.Reason
//
// directive: a malformed, unknown or misplaced //reasonlint: directive.
//
// # Flags
//
//	-check-switch=true      the switch and map checks
//	-check-raw-int=true     the raw-int check
//	-check-codes=true       the code check
//	-check-callbacks=true   the callback check
//	-web-reasons=false      require the web-only reasons in switches and maps
//	-default-signifies-exhaustive=false
//	                        accept a switch with a default clause as exhaustive
//	-check-maps=false       check every map literal keyed by a reason or source
//	-check-generated=false  check generated files too
//
// # Directives
//
// A comment //reasonlint:ignore followed by the reason for ignoring
// silences the diagnostics of the line after its comment group, or, at the
// end of a line, of that line. //reasonlint:exhaustive placed the same way
// marks a map literal for the map check. A directive without its reason,
// with a space after //, or of an unknown kind is reported.
//
// Generated files (those with a "Code generated ... DO NOT EDIT." comment)
// are skipped unless -check-generated. Files that use cgo are checked as
// written, but their findings come without fixes, which would apply to
// cgo's output.
package analyzer
