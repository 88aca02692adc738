package reasons

import (
	"errors"
	"net/url"
	"testing"
)

func TestFromQuery(t *testing.T) {
	for _, tt := range []struct {
		query string
		want  Disconnected
	}{
		{"disconnect_reason=1203&releaser_type=2", Disconnected{Reason: NoAnswer, Source: Caller}},
		{"sid=x&terminate=18&disconnect_reason=1202&releaser_type=1&rel_code=4&rel_code_str=USER_BUSY", Disconnected{Reason: Busy, Source: Callee}},
		{"disconnect_reason=1110&releaser_type=5&user_rel_code=KICKED1", Disconnected{Reason: UserError, Source: AppServer, UserCode: "KICKED1"}},
		// A value LINE Planet adds later is kept, not mapped to a known one.
		{"disconnect_reason=1999&releaser_type=6", Disconnected{Reason: 1999, Source: 6}},
	} {
		q, err := url.ParseQuery(tt.query)
		if err != nil {
			t.Fatal(err)
		}
		got, err := FromQuery(q)
		if err != nil || got != tt.want {
			t.Errorf("FromQuery(%s) = %+v, %v; want %+v", tt.query, got, err, tt.want)
		}
	}
}

func TestFromQueryErrors(t *testing.T) {
	for _, tt := range []struct {
		query   string
		want    string
		missing bool
	}{
		{"", "reasons: callback parameter disconnect_reason: missing", true},
		{"releaser_type=4", "reasons: callback parameter disconnect_reason: missing", true},
		{"disconnect_reason=&releaser_type=4", "reasons: callback parameter disconnect_reason: missing", true},
		{"disconnect_reason=1203", "reasons: callback parameter releaser_type: missing", true},
		{"disconnect_reason=NOANSWER&releaser_type=2", `reasons: callback parameter disconnect_reason: malformed disconnect reason value "NOANSWER" (want decimal digits)`, false},
		{"disconnect_reason=1203&releaser_type=caller", `reasons: callback parameter releaser_type: malformed disconnect source value "caller" (want decimal digits)`, false},
		{"disconnect_reason=1203&disconnect_reason=1202&releaser_type=2", "reasons: callback parameter disconnect_reason: given 2 times", false},
		{"disconnect_reason=1203&releaser_type=2&user_rel_code=a&user_rel_code=b", "reasons: callback parameter user_rel_code: given 2 times", false},
		{"disconnect_reason=&disconnect_reason=1203&releaser_type=4", "reasons: callback parameter disconnect_reason: given 2 times", false},
	} {
		q, err := url.ParseQuery(tt.query)
		if err != nil {
			t.Fatal(err)
		}
		_, err = FromQuery(q)
		if err == nil || err.Error() != tt.want {
			t.Errorf("FromQuery(%s) error = %v, want %s", tt.query, err, tt.want)
		}
		if got := errors.Is(err, ErrMissing); got != tt.missing {
			t.Errorf("FromQuery(%s): errors.Is(err, ErrMissing) = %v", tt.query, got)
		}
		var pe *ParseError
		if errors.As(err, &pe) && !pe.Malformed {
			t.Errorf("FromQuery(%s) error wraps %#v, want a malformed value", tt.query, pe)
		}
	}
}
