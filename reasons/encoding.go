package reasons

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
)

// Text and JSON encodings.
//
// Text (encoding.TextMarshaler, used for map keys in JSON and by many
// configuration formats) is the code or name: "NOANSWER" for a reason,
// "CloudServer" for a source, "NO_ANSWER" for a release code, "Busy" for a
// cause. A value this package does not know is written as its decimal
// wire value, so nothing is lost.
//
// JSON is the wire value as a number, 1203 or 4, as LINE Planet itself
// sends it. Decoding accepts a number, or a string holding anything the
// text decoder accepts, so codes stored as strings read back too. null
// leaves the value unchanged.

// MarshalText returns the code of r, or its decimal value if r is not
// known. Only values outside 0..2147483647 are an error.
func (r Reason) MarshalText() ([]byte, error) {
	if info, ok := reasonTable[r]; ok {
		return []byte(info.code), nil
	}
	return wireValue(r)
}

// UnmarshalText sets r from a canonical code, as [Parse] accepts it, or
// from a decimal wire value, as [ParseValue] accepts it.
func (r *Reason) UnmarshalText(text []byte) error {
	return unmarshalText(r, text, ParseValue, Parse)
}

// MarshalJSON returns the wire value of r as a JSON number.
func (r Reason) MarshalJSON() ([]byte, error) { return wireValue(r) }

// UnmarshalJSON sets r from a JSON number holding a wire value, or from a
// JSON string that [Reason.UnmarshalText] accepts.
func (r *Reason) UnmarshalJSON(data []byte) error {
	return unmarshalJSON(data, "disconnect reason", r.UnmarshalText)
}

// MarshalText returns the name of s, or its decimal value if s is not
// known. Only values outside 0..2147483647 are an error.
func (s Source) MarshalText() ([]byte, error) {
	if info, ok := sourceTable[s]; ok {
		return []byte(info.name), nil
	}
	return wireValue(s)
}

// UnmarshalText sets s from a name, as [ParseSource] accepts it, or from
// a decimal wire value, as [ParseSourceValue] accepts it.
func (s *Source) UnmarshalText(text []byte) error {
	return unmarshalText(s, text, ParseSourceValue, ParseSource)
}

// MarshalJSON returns the wire value of s as a JSON number.
func (s Source) MarshalJSON() ([]byte, error) { return wireValue(s) }

// UnmarshalJSON sets s from a JSON number holding a wire value, or from a
// JSON string that [Source.UnmarshalText] accepts.
func (s *Source) UnmarshalJSON(data []byte) error {
	return unmarshalJSON(data, "disconnect source", s.UnmarshalText)
}

// MarshalText returns the name of c, as rel_code_str carries it, or its
// decimal value if c is not known. Only values outside 0..2147483647 are
// an error.
func (c RelCode) MarshalText() ([]byte, error) {
	if info, ok := relCodeTable[c]; ok {
		return []byte(info.name), nil
	}
	return wireValue(c)
}

// UnmarshalText sets c from a name, as [ParseRelCode] accepts it, or from
// a decimal value, as [ParseRelCodeValue] accepts it.
func (c *RelCode) UnmarshalText(text []byte) error {
	return unmarshalText(c, text, ParseRelCodeValue, ParseRelCode)
}

// MarshalJSON returns the value of c as a JSON number.
func (c RelCode) MarshalJSON() ([]byte, error) { return wireValue(c) }

// UnmarshalJSON sets c from a JSON number holding a value, or from a JSON
// string that [RelCode.UnmarshalText] accepts.
func (c *RelCode) UnmarshalJSON(data []byte) error {
	return unmarshalJSON(data, "release code", c.UnmarshalText)
}

// MarshalText returns the name of c, as [Cause.String] returns it, or its
// decimal value if c is not known. Only values outside 0..2147483647 are
// an error.
func (c Cause) MarshalText() ([]byte, error) {
	if info, ok := causeTable[c]; ok {
		return []byte(info.name), nil
	}
	return wireValue(c)
}

// UnmarshalText sets c from a name, as [Cause.String] returns it, or from
// a decimal value, as [ParseCauseValue] accepts it.
func (c *Cause) UnmarshalText(text []byte) error {
	return unmarshalText(c, text, ParseCauseValue, parseCause)
}

// MarshalJSON returns the value of c as a JSON number.
func (c Cause) MarshalJSON() ([]byte, error) { return wireValue(c) }

// UnmarshalJSON sets c from a JSON number holding a value, or from a JSON
// string that [Cause.UnmarshalText] accepts.
func (c *Cause) UnmarshalJSON(data []byte) error {
	return unmarshalJSON(data, "Q.850 cause", c.UnmarshalText)
}

// wireValue returns the decimal wire value v, which must be in
// 0..2147483647.
func wireValue[T interface {
	~int
	fmt.Stringer
}](v T) ([]byte, error) {
	if v < 0 || v > math.MaxInt32 {
		return nil, fmt.Errorf("reasons: cannot marshal %v: not a wire value", v)
	}
	return strconv.AppendInt(nil, int64(v), 10), nil
}

// unmarshalText sets *v from text: decimal digits by parseValue, anything
// else by parseName. *v is left unchanged on an error.
func unmarshalText[T any](v *T, text []byte, parseValue, parseName func(string) (T, error)) error {
	parse := parseName
	if isDecimal(text) {
		parse = parseValue
	}
	x, err := parse(string(text))
	if err != nil {
		return err
	}
	*v = x
	return nil
}

// unmarshalJSON decodes a JSON number or string into text and hands it to
// unmarshalText.
func unmarshalJSON(data []byte, what string, unmarshalText func([]byte) error) error {
	data = bytes.TrimSpace(data)
	switch {
	case string(data) == "null":
		return nil
	case len(data) > 0 && data[0] == '"':
		var s string
		if err := json.Unmarshal(data, &s); err != nil {
			return fmt.Errorf("reasons: %s: %w", what, err)
		}
		return unmarshalText([]byte(s))
	case isDecimal(data):
		return unmarshalText(data)
	}
	return &ParseError{What: what + " value", Input: string(data), Malformed: true}
}

// isDecimal reports whether b is one or more ASCII digits.
func isDecimal[T string | []byte](b T) bool {
	if len(b) == 0 {
		return false
	}
	for i := 0; i < len(b); i++ {
		if b[i] < '0' || b[i] > '9' {
			return false
		}
	}
	return true
}
