package reasons

import (
	"strconv"
	"unicode/utf8"
)

// Parse returns the reason whose canonical code is code, such as
// "NOANSWER". Any other input, another SDK's spelling included, is an
// error; when one code is close, as [Suggest] finds it, the error names
// it:
//
//	reasons: unknown disconnect reason code "BUSSY" (did you mean "BUSY"?)
//
// Decimal text, such as "1203", is a wire value, and the error names
// [ParseValue], which parses it. The error is a [*ParseError].
func Parse(code string) (Reason, error) {
	if r, ok := Lookup(code); ok {
		return r, nil
	}
	err := &ParseError{What: whatReasonCode, Input: code}
	if s, ok := Suggest(code); ok {
		err.Suggestion = s.Code
	}
	return 0, err
}

// Lookup returns the reason whose canonical code is code, and reports
// whether there is one. Unlike [Parse], it spends nothing on an error.
func Lookup(code string) (Reason, bool) {
	r, ok := reasonByCode[code]
	return r, ok
}

// LookupSource returns the source named name, as [ParseSource] accepts it,
// and reports whether there is one.
func LookupSource(name string) (Source, bool) {
	s, ok := sourceByName[name]
	return s, ok
}

// ParseSource returns the source named name: a canonical name, such as
// "CloudServer", or WebPlanetKit's spelling of it, such as "cloud_server".
// Any other input is an error, which names the source meant when one is
// close, or, for decimal text such as "4", [ParseSourceValue]. The error
// is a [*ParseError].
func ParseSource(name string) (Source, error) {
	if s, ok := LookupSource(name); ok {
		return s, nil
	}
	err := &ParseError{What: whatSource, Input: name}
	if s, ok := SuggestSource(name); ok {
		err.Suggestion = s.Code
	}
	return 0, err
}

// ParseValue parses the decimal wire value that LINE Planet's callbacks
// carry in disconnect_reason, such as "1203".
//
// Well-formed input is one or more ASCII digits, leading zeros allowed,
// whose value is in 0..2147483647, the non-negative values of an int32;
// a larger value is malformed. Any well-formed value is returned as it
// is, even one this package does not know: a reason that LINE Planet added later is not an error,
// is never mapped to a known reason, and is told apart by [Reason.Known].
// Malformed input, including "" and signs, is an error, a [*ParseError].
func ParseValue(text string) (Reason, error) {
	v, ok := parseDecimal(text)
	if !ok {
		return 0, &ParseError{What: "disconnect reason value", Input: text, Malformed: true}
	}
	return Reason(v), nil
}

// ParseSourceValue is [ParseValue] for the decimal wire value of a source,
// which callbacks carry in releaser_type, such as "4". Well-formed input
// is the same: ASCII digits whose value is in 0..2147483647. A well-formed
// value this package does not know is returned as it is.
func ParseSourceValue(text string) (Source, error) {
	v, ok := parseDecimal(text)
	if !ok {
		return 0, &ParseError{What: "disconnect source value", Input: text, Malformed: true}
	}
	return Source(v), nil
}

// LookupRelCode returns the release code named name, as rel_code_str
// carries it, such as "NO_ANSWER", and reports whether there is one.
func LookupRelCode(name string) (RelCode, bool) {
	c, ok := relCodeByName[name]
	return c, ok
}

// ParseRelCode returns the release code named name, as rel_code_str
// carries it, such as "NO_ANSWER". Any other input is an error, which
// names the release code meant when one is close, as [SuggestRelCode]
// finds it: for a reason's code, the release code that WebPlanetKit maps
// to the reason, such as "REJECT" for "DECLINE":
//
//	reasons: unknown release code name "DECLINE" (did you mean "REJECT"?)
//
// For decimal text, such as "5", the error names [ParseRelCodeValue]. The
// error is a [*ParseError].
func ParseRelCode(name string) (RelCode, error) {
	if c, ok := LookupRelCode(name); ok {
		return c, nil
	}
	err := &ParseError{What: whatRelCodeName, Input: name}
	if s, ok := SuggestRelCode(name); ok {
		err.Suggestion = s.Code
	}
	return 0, err
}

// ParseRelCodeValue is [ParseValue] for the decimal value of a release
// code, which callbacks carry in rel_code, such as "5". Well-formed input
// is the same: ASCII digits whose value is in 0..2147483647. A well-formed
// value this package does not know is returned as it is.
func ParseRelCodeValue(text string) (RelCode, error) {
	v, ok := parseDecimal(text)
	if !ok {
		return 0, &ParseError{What: "release code value", Input: text, Malformed: true}
	}
	return RelCode(v), nil
}

// ParseCauseValue is [ParseValue] for the decimal value of a Q.850 cause,
// which 1-to-1 call events carry in terminate, such as "16". Well-formed
// input is the same: ASCII digits whose value is in 0..2147483647. A
// well-formed value this package does not know is returned as it is.
func ParseCauseValue(text string) (Cause, error) {
	v, ok := parseDecimal(text)
	if !ok {
		return 0, &ParseError{What: "Q.850 cause value", Input: text, Malformed: true}
	}
	return Cause(v), nil
}

// parseCause returns the cause named name, as [Cause.String] returns it,
// such as "Busy". Any other input is an error, a [*ParseError] that names
// the cause meant when one is close.
func parseCause(name string) (Cause, error) {
	if c, ok := causeByName[name]; ok {
		return c, nil
	}
	err := &ParseError{What: whatCauseName, Input: name}
	if s, ok := suggestCause(name); ok {
		err.Suggestion = s.Code
	}
	return 0, err
}

// parseDecimal parses one or more ASCII digits whose value is in
// 0..2147483647, and reports whether text is such digits.
func parseDecimal(text string) (int, bool) {
	if !isDecimal(text) {
		return 0, false
	}
	v, err := strconv.ParseInt(text, 10, 32)
	return int(v), err == nil
}

// A ParseError reports input that names no disconnect reason, source,
// release code or cause.
type ParseError struct {
	What       string // what was parsed: "disconnect reason code", "disconnect source", "disconnect reason value", "release code name" ...
	Input      string // the input, as given
	Malformed  bool   // the input is not well-formed, as opposed to well-formed but unknown
	Suggestion string // the code or name the input most likely means, or ""
}

// The What of the errors of the parsers of codes and names.
const (
	whatReasonCode  = "disconnect reason code"
	whatSource      = "disconnect source"
	whatRelCodeName = "release code name"
	whatCauseName   = "Q.850 cause name"
)

// valueParsers names, by the What of the error of a parser of codes or
// names, the function that parses the decimal values of the same table.
var valueParsers = map[string]string{
	whatReasonCode:  "ParseValue",
	whatSource:      "ParseSourceValue",
	whatRelCodeName: "ParseRelCodeValue",
	whatCauseName:   "ParseCauseValue",
}

// maxQuoted bounds how much of the input an error message quotes.
const maxQuoted = 64

// Error returns the message of e, prefixed "reasons: ". When decimal
// digits were given to a parser of codes or names, the message names the
// parser of values meant:
//
//	reasons: unknown disconnect reason code "1203" (a decimal value: use ParseValue)
func (e *ParseError) Error() string { return "reasons: " + e.message() + e.valueHint() }

// valueHint returns the note that names the parser of values, if the
// input is decimal digits given to a parser of codes or names that knows
// nothing closer, or "".
func (e *ParseError) valueHint() string {
	if e.Malformed || e.Suggestion != "" || !isDecimal(e.Input) {
		return ""
	}
	if parser, ok := valueParsers[e.What]; ok {
		return " (a decimal value: use " + parser + ")"
	}
	return ""
}

// message is the error message without the package prefix and without
// the note of valueHint, which names a function where the input may have
// come from elsewhere, such as a callback parameter.
func (e *ParseError) message() string {
	in := e.Input
	if len(in) > maxQuoted {
		// Cut at the start of a character, if the input is UTF-8.
		cut := maxQuoted
		for cut > maxQuoted-utf8.UTFMax && !utf8.RuneStart(in[cut]) {
			cut--
		}
		if !utf8.RuneStart(in[cut]) {
			cut = maxQuoted
		}
		in = in[:cut]
	}
	quoted := strconv.Quote(in)
	if len(in) < len(e.Input) {
		quoted += "..."
	}
	if e.Malformed {
		if e.Input == "" {
			return "empty " + e.What
		}
		if isDecimal(e.Input) {
			return "malformed " + e.What + " " + quoted + " (out of range)"
		}
		return "malformed " + e.What + " " + quoted + " (want decimal digits)"
	}
	msg := "unknown " + e.What + " " + quoted
	if e.Suggestion != "" {
		msg += " (did you mean " + strconv.Quote(e.Suggestion) + "?)"
	}
	return msg
}
