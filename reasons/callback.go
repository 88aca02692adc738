package reasons

import (
	"errors"
	"fmt"
	"net/url"
)

// Disconnected describes how a call ended, as the SDKs' disconnected
// event parameter does.
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
}

// The query parameters of LINE Planet's call event callbacks that
// FromQuery reads.
const (
	ReasonParam   = "disconnect_reason" // the reason's decimal wire value
	SourceParam   = "releaser_type"     // the source's decimal wire value
	UserCodeParam = "user_rel_code"     // the application's code, optional
)

// ErrMissing is returned, wrapped, by [FromQuery] when the query lacks the
// disconnect reason or source, as group call events do while a participant
// joins.
var ErrMissing = errors.New("missing")

// FromQuery reads the release parameters of a LINE Planet call event
// callback (on_call_evt_cb or on_gcall_evt_cb) from its query, such as
// r.URL.Query() in an http.Handler:
//
//	disconnect_reason=1203&releaser_type=2&user_rel_code=...
//
// disconnect_reason and releaser_type are required; a missing or empty one
// is an error that wraps [ErrMissing]. A malformed one, or one given twice,
// is an error too. A well-formed value this package does not know, such as
// a reason that LINE Planet added later, is returned as it is and is not
// an error: check it with [Reason.Known].
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
	if vs := q[UserCodeParam]; len(vs) > 1 {
		return d, &paramError{UserCodeParam, fmt.Errorf("given %d times", len(vs))}
	}
	d.UserCode = q.Get(UserCodeParam)
	return d, nil
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
