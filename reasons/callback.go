package reasons

import (
	"errors"
	"fmt"
	"net/url"
)

// Disconnected describes how a call ended, as the SDKs' disconnected
// event parameter and LINE Planet's call event callbacks do.
type Disconnected struct {
	Reason Reason `json:"reason"`
	Source Source `json:"source"`
	// ByRemote reports whether the other end of the call ended it, as the
	// client SDKs report it. LINE Planet's callbacks do not carry it, so
	// FromQuery leaves it false.
	ByRemote bool `json:"byRemote"`
	// UserCode is the application's own code that came with the reason,
	// typically with UserError; "" if none.
	UserCode string `json:"userCode,omitempty"`
	// RelCode is LINE Planet's low-level release code, for debugging;
	// 0, RelUndefined, if none came with the reason.
	RelCode RelCode `json:"relCode,omitempty"`
	// Cause is the Q.850 cause of a 1-to-1 call's end; 0 if none came
	// with the reason, as in group calls.
	Cause Cause `json:"cause,omitempty"`
}

// The query parameters of LINE Planet's call event callbacks that
// FromQuery reads.
const (
	ReasonParam      = "disconnect_reason" // the reason's decimal wire value
	SourceParam      = "releaser_type"     // the source's decimal wire value
	UserCodeParam    = "user_rel_code"     // the application's code, optional
	RelCodeParam     = "rel_code"          // the release code's decimal value, optional
	RelCodeNameParam = "rel_code_str"      // the release code's name, optional
	CauseParam       = "terminate"         // the Q.850 cause's decimal value, 1-to-1 calls only, optional
)

// ErrMissing is returned, wrapped, by [FromQuery] when the query lacks the
// disconnect reason or source, as group call events do while a participant
// joins.
var ErrMissing = errors.New("missing")

// FromQuery reads the release parameters of a LINE Planet call event
// callback (on_call_evt_cb or on_gcall_evt_cb) from its query, such as
// r.URL.Query() in an http.Handler:
//
//	disconnect_reason=1203&releaser_type=2&user_rel_code=...&rel_code=5&rel_code_str=NO_ANSWER&terminate=18
//
// disconnect_reason and releaser_type are required; a missing or empty one
// is an error that wraps [ErrMissing]. A malformed one, or one given twice,
// is an error too. A well-formed value this package does not know, such as
// a reason that LINE Planet added later, is returned as it is and is not
// an error: check it with [Reason.Known].
//
// user_rel_code, rel_code, rel_code_str and terminate are optional: a
// missing or empty one leaves its field zero. Given twice, or malformed,
// one is an error as for the reason, and a well-formed rel_code or
// terminate value this package does not know is returned as it is, never
// mapped to a known one. rel_code decides the release code; rel_code_str,
// its name, is only checked against it: a name this package knows that
// names another release code is an error, an unknown name is accepted.
// Without rel_code, rel_code_str gives the release code, and a name this
// package does not know is an error, since it cannot be kept as a value.
func FromQuery(q url.Values) (Disconnected, error) {
	var d Disconnected
	text, err := param(q, ReasonParam)
	if err != nil {
		return d, err
	}
	if d.Reason, err = ParseValue(text); err != nil {
		return d, &paramError{ReasonParam, err}
	}
	if text, err = param(q, SourceParam); err != nil {
		return d, err
	}
	if d.Source, err = ParseSourceValue(text); err != nil {
		return d, &paramError{SourceParam, err}
	}
	if d.UserCode, err = optionalParam(q, UserCodeParam); err != nil {
		return d, err
	}
	if d.RelCode, err = relCodeParams(q); err != nil {
		return d, err
	}
	if text, err = optionalParam(q, CauseParam); err != nil {
		return d, err
	}
	if text != "" {
		if d.Cause, err = ParseCauseValue(text); err != nil {
			return d, &paramError{CauseParam, err}
		}
	}
	return d, nil
}

// relCodeParams returns the release code that rel_code and rel_code_str
// give, as FromQuery documents it.
func relCodeParams(q url.Values) (RelCode, error) {
	text, err := optionalParam(q, RelCodeParam)
	if err != nil {
		return 0, err
	}
	name, err := optionalParam(q, RelCodeNameParam)
	if err != nil {
		return 0, err
	}
	if text == "" {
		if name == "" {
			return 0, nil
		}
		c, err := ParseRelCode(name)
		if err != nil {
			return 0, &paramError{RelCodeNameParam, err}
		}
		return c, nil
	}
	c, err := ParseRelCodeValue(text)
	if err != nil {
		return 0, &paramError{RelCodeParam, err}
	}
	if named, ok := LookupRelCode(name); ok && named != c {
		return 0, fmt.Errorf("reasons: callback parameters %s %d and %s %q disagree: %s is %d", RelCodeParam, int(c), RelCodeNameParam, name, name, int(named))
	}
	return c, nil
}

// param returns the one value of the required query parameter key.
func param(q url.Values, key string) (string, error) {
	switch vs := q[key]; {
	case len(vs) > 1:
		return "", &paramError{key, fmt.Errorf("given %d times", len(vs))}
	case len(vs) == 0 || vs[0] == "":
		return "", &paramError{key, ErrMissing}
	default:
		return vs[0], nil
	}
}

// optionalParam returns the value of the optional query parameter key, or
// "" if the query lacks it.
func optionalParam(q url.Values, key string) (string, error) {
	if vs := q[key]; len(vs) > 1 {
		return "", &paramError{key, fmt.Errorf("given %d times", len(vs))}
	}
	return q.Get(key), nil
}

// A paramError reports a callback parameter that could not be read.
type paramError struct {
	param string
	err   error
}

func (e *paramError) Error() string {
	msg := e.err.Error()
	if pe, ok := e.err.(*ParseError); ok {
		msg = pe.message()
	}
	return "reasons: callback parameter " + e.param + ": " + msg
}

func (e *paramError) Unwrap() error { return e.err }
