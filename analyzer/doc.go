// Package analyzer defines reasonlint, an analysis pass that checks Go code
// handling LINE Planet disconnect reasons and sources.
//
// It checks the types of package
// [github.com/reasonlint/reasonlint/reasons] (Reason, Source, RelCode and
// Cause), the application's own reason and source types (see the section Own types),
// and the text of LINE Planet's callbacks (see the section Callback parameters).
// Each of its diagnostics carries the name of its check as its category,
// and a link to the check's section below.
//
// What it recognizes is the reasons package by its import path, vendored
// or not. A copy of the package at another import path is checked as an
// application's own types, where its constants show it to be one. The
// standard library holds no reasons: its packages are not checked, and
// its constants, http.StatusAccepted, are not taken for raw values.
//
// # Switches that miss a case
//
// Category switch. A switch whose tag is a reason or source, through any
// import name, type alias, parentheses, pointer, method call or type
// parameter whose type set is that one type, must list every member: for
// reasons.Reason and reasons.Source, the constants of the reasons package
// the code compiles against; for an own type, every reason (or source) of
// LINE Planet's table, whether or not the type declares a constant for it.
// The web-only reasons, 1601 to 1612, count only with -web-reasons. A
// default clause does not count, since it would silently take every
// reason LINE Planet adds later, unless -default-signifies-exhaustive. With
// -require-default, a switch without a default clause is reported even if
// it lists every member: values come from the wire, and a reason LINE
// Planet adds later must reach one.
//
// The fix inserts the missing cases, in value order: as empty cases, or,
// where there is a default clause, as one case that falls through to it,
// which keeps what the code does; and with -require-default a default
// clause with a comment to replace. An own type's missing reasons that it
// has no constant for are named by value and code; the fix adds cases only
// for those with constants.
//
//	missing cases in switch of type reasons.Reason: reasons.Busy, reasons.NoAnswer
//	missing cases in switch of type calls.DisconnectReason: calls.ReasonBusy, and 1208 MAX_CALL_TIME_EXCEEDED, for which calls.DisconnectReason declares no constant
//	switch of type reasons.Reason has no default clause for reasons LINE Planet adds later
//
// A switch over r.String() is held to the same rule, its members named by
// code, and is better written over r: one finding says both, and its fix
// switches on r, names the constants that its codes (and misspellings of
// them) mean, and adds the missing ones.
//
// # Map literals that miss a key
//
// Category map. A map literal keyed by a reason or source must have a key
// for every member, as a switch must, when it is marked
// //reasonlint:exhaustive, or, with -check-maps, every one that is not
// empty: an empty literal is an allocation, not a table.
//
//	missing keys in map of reasons.Source: reasons.AppServer
//
// # Raw integers
//
// Category raw-int. A constant integer used where a reason or source is
// expected must be a constant of its type: in a comparison, a case, an
// assignment, a declaration, a return, an argument, an element or key of
// a composite literal, a conversion or a map index, or compared with a
// reason converted to an integer, int(r) == 1203, as a member of a set
// that slices.Contains, slices.Index or a map index searches with one,
// slices.Contains([]int{1201, 1202}, int(r)). 0, the "not set" value, is
// allowed, and so are constants declared with iota, and constants
// compared with constants (a test that pins the table). An argument for a
// parameter of a type parameter's type that admits more than the reason
// type, width in bucket[T ~int](v, width T), is no reason, unless the
// code converts it to the reason type, bucket(r, DisconnectReason(1203));
// one compared with the elements of another argument, v in
// slices.Contains(s, v), is.
// The fix replaces the number with the constant, converted to the set's
// type in a set of integers, importing the package where the file lacks
// it. A number that is no reason, or a retired one, says so. A bound of an
// ordering comparison, r >= 1501, makes a range of reasons, which
// Category tells, or for an own type, which has none, its constants: it
// gets no constant in its place.
//
//	raw integer 1203 used as reasons.Reason; use reasons.NoAnswer
//	raw integer 1202 compared with reasons.Reason; use reasons.Busy
//	1999 is not a disconnect reason
//	1101 is a retired disconnect reason (AUDIO_TX_NO_SRC_BY_LOCAL); use reasons.MicNoSource
//	1300 is not a disconnect reason; compare Category() rather than ranges of values
//	1500 is not a disconnect reason; compare with the constants of calls.DisconnectReason rather than ranges of values
//
// The reasons package's constants are named only in packages that import
// it. A package that reaches it only through others (e.Reason of a struct
// from another package) has its types from export data, which hold only
// part of it: there, the members are those of the reasons package that
// reasonlint is built with, and no fix names one, whatever else is
// analyzed alongside.
//
// # Arithmetic on reasons
//
// Category arithmetic, with the raw-int check. Reasons and sources are
// names that LINE Planet gives numbers, not quantities: r+1, r/100, r += 1
// and r++ compute values that mean nothing, or group reasons by their
// numbers, which Category does; so does arithmetic on a reason converted
// to an integer that is compared with a constant, int(r)/100 == 15, or
// switched on. Its operands, and the cases of a switch over it, are not
// reported as raw integers, and the finding has no fix.
//
//	arithmetic on reasons.Reason; compare with its constants, or its Category() for a group of reasons
//
// # Unknown codes
//
// Category code. A string constant used as a reason code, source name or
// rel code name (the argument of reasons.Parse and the other functions that
// take one, text or JSON unmarshalled into a value or into one that holds
// values, such as a reasons.Disconnected, a slice of reasons or a struct
// with a reason among its fields, an operand compared with r.String(), a
// case of a switch over it, a value of an own string type) must be one. A
// finding in JSON says where it is: .ended.reason, [2]. Another SDK's
// spelling, a difference in case or a small typo is named, with a fix when
// one code is meant; the fix never writes a code twice in one switch or in
// one chain of || and &&, nor a constant of an own type that the switch,
// map literal or chain already lists (see the section Own types). A case
// that a fix rewrites covers the value it names: the fix that adds the
// missing cases does not add it again. A known code compared as a string
// is better compared as a value; the fix does so. So is a code in a set
// searched with r.String(), or with string(c) for an own string type, and
// a prefix of a code, strings.HasPrefix(r.String(), "SERVICE_"), groups
// reasons, which Category tells, or, for an own type, its constants. A code compared with the code of a constant,
// reasons.Busy.String() == "BUSY", pins the table, and is checked only
// for its spelling. A code that older SDKs sent says so, and names the
// code sent in its place, if any.
//
//	unknown disconnect reason code "BUSSY"; did you mean "BUSY"?
//	"INTERNAL_ERROR_BY_LOCAL" is the code of a retired disconnect reason (1103); use "INTERNAL_ERROR"
//	"NO_ANSWER" is the Android spelling; the disconnect reason code is "NOANSWER"
//	reasons.Reason compared by its code "BUSY"; compare with reasons.Busy
//	raw code "NOANSWER" used as calls.ReasonCode; use calls.CodeNoAnswer
//
// # Callback parameters
//
// Category callback. LINE Planet's callbacks carry the release of a call as
// text in query parameters: disconnect_reason and releaser_type as decimal
// wire values, rel_code and rel_code_str a release code by number and by
// name, and terminate a Q.850 cause. A value counts as holding one when it
// comes from
//
//   - a read of the request: a method named Get, Query, DefaultQuery,
//     GetQuery, QueryParam, FormValue, PostFormValue, PostForm,
//     DefaultPostForm, GetPostForm, FormParam or Param, of a type from
//     net/http, net/url or a package outside the standard library (the
//     accessors of url.Values, http.Request, gin, echo, fiber ...), called
//     with the parameter's name, or q["disconnect_reason"][0], an element
//     of the parameter's values read from url.Values, or held in a
//     variable (vals := q["disconnect_reason"], then vals[0]) until it is
//     assigned anything else; terminate, a word that other code uses too,
//     only in a function that reads another of the callback's keys
//     (disconnect_reason, releaser_type, rel_code, rel_code_str or
//     call_end_reason, from the request, a tagged field, a function that
//     returns one or a parameter that holds one);
//   - a struct field whose tag names the parameter, under any key (json,
//     form, query, schema, db, bson, yaml, toml, xml, mapstructure,
//     msgpack, param, header ..., gorm's column:NAME, protobuf's
//     name=NAME, xorm's 'NAME'), except url, whose encoder writes a
//     reasons type as its code; terminate, a word that configurations use
//     too, only in a struct with another release key; a field of a
//     database/sql null type (sql.NullInt64, sql.NullString, sql.Null[T])
//     holds it in its value field, row.Reason.Int64;
//   - an integer that strconv parses from one in base 10 (or 0), or a
//     conversion of one to another integer type; strings.TrimSpace,
//     ToUpper or ToLower of one;
//   - a variable assigned one, until it is assigned something else than a
//     constant (a default), in the order of the source, where a, b = b, a
//     evaluates both right-hand sides before it assigns either;
//   - a function or method of the package whose every return statement
//     returns one (or a constant) as that result, each result of its own
//     (a bare return returns what the named results hold), and a
//     parameter of one to which every call in the package passes one, or
//     a constant that it could be (decimal text, or "", where it carries
//     decimal text; a test's isMissed("1203")), one call at least passing
//     one, if the function is only ever called, never used as a value,
//     and is no method that an interface of the package names, which may
//     be called through the interface with anything.
//
// Such a value compared with a constant is a reason handled by hand: in a
// comparison (strings.EqualFold's too), a case, or as a member of a set
// that slices.Contains, slices.Index or a map index searches. Its decimal
// text compared with a code, reasons.NoAnswer.String(), never equals it. A
// prefix, a part of the text (a slice of it, or a byte, text[0] == '1')
// or arithmetic on the number compared with a constant, directly or from a
// variable that holds it until it is assigned anything else (group :=
// n/100, then group == 15 or a switch over group), and a bound of an
// ordering comparison, is a range, which Category tells (or, for a value
// of an own type, which has none, its constants): the fix puts no
// constant in place of its number. A value of one table compared with
// another's is a bug: rel_code_str with a reason's code, rel_code or
// terminate with a reason's value (or a constant of the reasons package's
// other types, int(reasons.NoAnswer)), disconnect_reason with a rel code
// or a cause; values of the reasons package's types get the same notes,
// but for a rel code compared with a disconnect reason, a small number
// that typed code compares with for many reasons. A decimal value compared
// with rel_code_str, which carries names, is reported with the entry it
// is the value of. A read of call_end_reason, the parameter before LINE Planet
// 5.1, whose numbers mean other reasons than today's, is reported
// wherever it is, q["call_end_reason"] included. A field
// with a plain int or string type is reported too. Where the value is held
// as an integer, the fix converts the constant to its type,
// int(reasons.NoAnswer), in packages that import the reasons package. The
// check applies to packages that do not import it, when a string literal
// of theirs names a parameter.
//
//	disconnect_reason compared with "1203"; parse it into a reasons.Reason and compare with reasons.NoAnswer
//	field Reason holds disconnect_reason as int; use reasons.Reason
//	rel_code_str carries rel code names, and "NOANSWER" is a disconnect reason code (1203); the rel code that WebPlanetKit reports as NOANSWER is NO_ANSWER (5)
//	17 is not a disconnect reason; it is the Q.850 cause Busy, which terminate carries
//	rel_code_str carries rel code names, never decimal values such as "5", the value of rel code NO_ANSWER (rel_code)
//
// # Own types
//
// Category declaration. Many servers keep reasons in a type of their own:
// type DisconnectReason int with ReasonNoAnswer DisconnectReason = 1203, a
// protobuf enum, a type ReasonCode string of codes, a type Releaser uint8.
// A defined type whose underlying type is an integer or a string, declared
// at package level, is an own reason (or source) type when
//
//   - its doc comment has the directive //reasonlint:reason (or
//     //reasonlint:source); or
//   - unless -detect-own-types=false, its constants show that it copies
//     LINE Planet's table: at least three of them have a value that is a
//     reason's wire value (a string type's: a reason's code in any SDK's
//     spelling, but not a single lower-case word such as "busy") and a name
//     that names a reason, and more than half of those name the reason
//     that their value is. A name names a reason when, with letters
//     upper-cased and everything but letters and digits dropped, it is a
//     reason's code, the reasons package's constant or an SDK's spelling,
//     after the type's name and the words Reason, Disconnect and Code are
//     taken off its start or end: ReasonNoAnswer, DisconnectReason_NOANSWER,
//     NO_ANSWER. The name of a nested protobuf enum, CallEnded_Reason, is
//     taken off in two parts: the message's, CallEnded, which protoc-gen-go
//     puts before the names of its values, CallEnded_NOANSWER, counts too.
//     Sources likewise, with the values 1 to 5 and the names callee,
//     caller, participant, cloud server and app server.
//
// //reasonlint:ignore in the type's doc comment turns recognition off for
// it. A type is recognized where it is declared and in the packages that
// import its package; its directives only where it is declared, since other
// packages see only what the compiler exports of it.
//
// Every check applies to an own type as to the reasons package's, with
// LINE Planet's table as its members and its constants as their names. A
// blank constant, _ DisconnectReason = 1203, names nothing: the type
// declares no constant for its value.
//
// Its declaration is held to the table: a constant whose name says one
// reason and whose value is another's, a retired value, a value that is
// no reason (beyond int64 too, in a type of 64 unsigned bits), the iOS
// SDK's sentinel -1, and, in a string type, a code in another SDK's
// spelling, misspelled, or retired, INTERNAL_ERROR_BY_LOCAL. Where one
// value is meant, the fix writes it in place of the number or code, inside
// a conversion, DisconnectReason(1203), too, so that the constant keeps its
// type: for a retired value or code, the reason that LINE Planet sends in
// its place, unless the constant's name says another. A type that lacks reasons of
// the table is reported at the type, with a fix that adds the missing
// constants, written as its last one is and named as most of its others
// are: the same prefix or suffix around a reason in one SDK's spelling (a
// name in another's, as the Android SDK's NO_ANSWER among codes, counts
// with them; one off the pattern is outvoted). A reason whose name would
// be taken gets no constant. A string type of sources may spell them as
// LINE Planet names them, "CloudServer", or as WebPlanetKit does,
// "cloud_server"; one whose constants all spell them WebPlanetKit's way
// keeps to it: the constants that the fix adds, and the names compared
// with the type, are right in that spelling. A marked type none of whose
// constants is in the table is reported once, at the type: its uses are
// not checked. A block of untyped constants that copies the table,
// recognized by its constants as a type is (not with
// -detect-own-types=false, nor with //reasonlint:ignore in the block's
// doc comment), is held to it for its names and retired values. A
// generated declaration (a protobuf enum, whose source is the .proto
// file) is not reported unless -check-generated; its uses are checked
// everywhere.
//
//	calls.DisconnectReason lacks 3 disconnect reasons of LINE Planet's: 1208 MAX_CALL_TIME_EXCEEDED, 1314 DESKTOP_SCREEN_LOCKED, 1512 SERVICE_TOO_MANY_REQUESTS
//	calls.ReasonBusy is 1203, the value of NOANSWER; BUSY is 1202
//
// A constant stands for the value that its value is, or spells, unless
// its name names another: then, as ReasonBusy = 1203, it stands for
// neither BUSY nor NOANSWER, and no fix writes it for either; the type
// declares no constant for them. In its own package, where the fix of its
// declaration gives it the value its name says, it stands for that value,
// so that the fixes of its uses and of its declaration agree; where the
// declaration's finding is silenced, for its value as it is. Of two
// constants for one value, the one whose name says it stands for it.
//
// A fix that writes such a constant in place of a raw value carries the
// fix of its declaration, so that it compiles, and means what it says,
// applied alone as well as with the others. No fix writes a constant that
// the switch, map literal or chain of || and && where the value is lists
// already, nor one that the fix of another of its values writes: the
// value keeps its finding. Where a switch or map literal of the package
// lists such a constant apart from a case or key of the value that the
// fix of its declaration would give it, case ReasonBusy and case 1202 with
// ReasonBusy = 1203, the fixed code would repeat a case or key, which does
// not compile: the declaration keeps its finding, which says so, without
// its fix, and the constant stands for neither reason. The switches and
// maps of other packages, and of the package's test files where the
// package is analyzed without them, are not seen: a fix there can still
// repeat a case.
//
// # Directives
//
// Category directive. A comment //reasonlint:ignore followed by the reason
// for ignoring silences the diagnostics of the line after its comment
// group, or, at the end of a line, of that line. //reasonlint:ignore:CHECK
// <reason>, where CHECK is a category or a comma-separated list of them,
// silences only those checks. //reasonlint:exhaustive placed the same way
// marks a map literal for the map check, and //reasonlint:reason and
// //reasonlint:source mark own types.
//
// A directive without its reason, with a space after //, in a /* */
// comment, of an unknown kind or naming an unknown check is reported. So
// is a directive that applies to nothing: an //reasonlint:exhaustive with
// no map literal, and an ignore that silences nothing, unless a check it
// may be for did not run (turned off by a flag) or another setting
// (-web-reasons, -require-default, -check-maps ...) would report something
// it covers: editors run the defaults, CI may not.
//
// Generated files (those with a "Code generated ... DO NOT EDIT." comment)
// are skipped unless -check-generated, and get no fixes. Files that use
// cgo are checked as written, but their findings come without fixes,
// which would apply to cgo's output.
//
// # Flags
//
//	-check-switch=true      the switch and map checks
//	-check-raw-int=true     the raw-int and arithmetic checks
//	-check-codes=true       the code check
//	-check-callbacks=true   the callback check
//	-web-reasons=false      require the web-only reasons in switches, maps and own types
//	-default-signifies-exhaustive=false
//	                        accept a switch with a default clause as exhaustive
//	-require-default=false  require a default clause in every switch over a reason or source
//	-check-maps=false       check every map literal keyed by a reason or source
//	-check-generated=false  check generated files too
//	-detect-own-types=true  recognize own types by their constants, not only by directives
package analyzer
