package reasons

import (
	"encoding/json"
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
		{"sid=x&terminate=17&disconnect_reason=1202&releaser_type=1&rel_code=4&rel_code_str=USER_BUSY", Disconnected{Reason: Busy, Source: Callee, RelCode: RelUserBusy, Cause: CauseBusy}},
		{"disconnect_reason=1110&releaser_type=5&user_rel_code=KICKED1", Disconnected{Reason: UserError, Source: AppServer, UserCode: "KICKED1"}},
		// A value LINE Planet adds later is kept, not mapped to a known one.
		{"disconnect_reason=1999&releaser_type=6", Disconnected{Reason: 1999, Source: 6}},
		{"disconnect_reason=1001&releaser_type=2&terminate=99&rel_code=999", Disconnected{Reason: Normal, Source: Caller, RelCode: 999, Cause: 99}},
		// The optional keys, one at a time, and empty.
		{"disconnect_reason=1001&releaser_type=2&terminate=16", Disconnected{Reason: Normal, Source: Caller, Cause: CauseNormal}},
		{"disconnect_reason=1203&releaser_type=2&rel_code=5", Disconnected{Reason: NoAnswer, Source: Caller, RelCode: RelNoAnswer}},
		{"disconnect_reason=1203&releaser_type=2&rel_code=0005", Disconnected{Reason: NoAnswer, Source: Caller, RelCode: RelNoAnswer}},
		{"disconnect_reason=1203&releaser_type=2&rel_code_str=NO_ANSWER", Disconnected{Reason: NoAnswer, Source: Caller, RelCode: RelNoAnswer}},
		{"disconnect_reason=1203&releaser_type=2&rel_code=&rel_code_str=&terminate=&user_rel_code=", Disconnected{Reason: NoAnswer, Source: Caller}},
		{"disconnect_reason=1109&releaser_type=4&rel_code=0&rel_code_str=UNDEFINED", Disconnected{Reason: InternalError, Source: CloudServer, RelCode: RelUndefined}},
		// rel_code decides; a name this package does not know is accepted
		// beside it.
		{"disconnect_reason=1203&releaser_type=2&rel_code=5&rel_code_str=NO_ANSWER_V2", Disconnected{Reason: NoAnswer, Source: Caller, RelCode: RelNoAnswer}},
		{"disconnect_reason=1999&releaser_type=4&rel_code=999&rel_code_str=SOMETHING_NEW", Disconnected{Reason: 1999, Source: CloudServer, RelCode: 999}},
		{"disconnect_reason=1203&releaser_type=2&rel_code=5&rel_code_str=", Disconnected{Reason: NoAnswer, Source: Caller, RelCode: RelNoAnswer}},
		{"disconnect_reason=1203&releaser_type=2&rel_code=&rel_code_str=NO_ANSWER", Disconnected{Reason: NoAnswer, Source: Caller, RelCode: RelNoAnswer}},
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
		unknown bool // the error wraps a *ParseError of an unknown name, not of malformed text
	}{
		{"", "reasons: callback parameter disconnect_reason: missing", true, false},
		{"releaser_type=4", "reasons: callback parameter disconnect_reason: missing", true, false},
		{"disconnect_reason=&releaser_type=4", "reasons: callback parameter disconnect_reason: missing", true, false},
		{"disconnect_reason=1203", "reasons: callback parameter releaser_type: missing", true, false},
		{"releaser_type=4&rel_code=5&terminate=16", "reasons: callback parameter disconnect_reason: missing", true, false},
		{"disconnect_reason=NOANSWER&releaser_type=2", `reasons: callback parameter disconnect_reason: malformed disconnect reason value "NOANSWER" (want decimal digits)`, false, false},
		{"disconnect_reason=1203&releaser_type=caller", `reasons: callback parameter releaser_type: malformed disconnect source value "caller" (want decimal digits)`, false, false},
		{"disconnect_reason=1203&disconnect_reason=1202&releaser_type=2", "reasons: callback parameter disconnect_reason: given 2 times", false, false},
		{"disconnect_reason=1203&releaser_type=2&user_rel_code=a&user_rel_code=b", "reasons: callback parameter user_rel_code: given 2 times", false, false},
		{"disconnect_reason=&disconnect_reason=1203&releaser_type=4", "reasons: callback parameter disconnect_reason: given 2 times", false, false},
		// Malformed or repeated optional keys.
		{"disconnect_reason=1203&releaser_type=2&rel_code=NO_ANSWER", `reasons: callback parameter rel_code: malformed release code value "NO_ANSWER" (want decimal digits)`, false, false},
		{"disconnect_reason=1203&releaser_type=2&rel_code=-1", `reasons: callback parameter rel_code: malformed release code value "-1" (want decimal digits)`, false, false},
		{"disconnect_reason=1203&releaser_type=2&rel_code=5&rel_code=5", "reasons: callback parameter rel_code: given 2 times", false, false},
		{"disconnect_reason=1203&releaser_type=2&rel_code_str=NO_ANSWER&rel_code_str=", "reasons: callback parameter rel_code_str: given 2 times", false, false},
		{"disconnect_reason=1203&releaser_type=2&terminate=18&terminate=18", "reasons: callback parameter terminate: given 2 times", false, false},
		{"disconnect_reason=1203&releaser_type=2&terminate=noanswer", `reasons: callback parameter terminate: malformed Q.850 cause value "noanswer" (want decimal digits)`, false, false},
		{"disconnect_reason=1203&releaser_type=2&terminate=99999999999", `reasons: callback parameter terminate: malformed Q.850 cause value "99999999999" (out of range)`, false, false},
		// rel_code_str naming another release code than rel_code.
		{"disconnect_reason=1202&releaser_type=1&rel_code=5&rel_code_str=REJECT", `reasons: callback parameters rel_code 5 and rel_code_str "REJECT" disagree: REJECT is 3`, false, false},
		{"disconnect_reason=1999&releaser_type=1&rel_code=999&rel_code_str=REJECT", `reasons: callback parameters rel_code 999 and rel_code_str "REJECT" disagree: REJECT is 3`, false, false},
		// rel_code_str alone must name a release code.
		{"disconnect_reason=1203&releaser_type=2&rel_code_str=NOANSWER", `reasons: callback parameter rel_code_str: unknown release code name "NOANSWER" (did you mean "NO_ANSWER"?)`, false, true},
		{"disconnect_reason=1203&releaser_type=2&rel_code_str=5", `reasons: callback parameter rel_code_str: unknown release code name "5"`, false, true},
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
		if errors.As(err, &pe) && pe.Malformed == tt.unknown {
			t.Errorf("FromQuery(%s) error wraps %#v, want unknown %v", tt.query, pe, tt.unknown)
		}
	}
}

func TestDisconnectedJSON(t *testing.T) {
	for _, tt := range []struct {
		d    Disconnected
		want string
	}{
		{Disconnected{Reason: NoAnswer, Source: Caller}, `{"reason":1203,"source":2,"byRemote":false}`},
		{Disconnected{Reason: Busy, Source: Callee, RelCode: RelUserBusy, Cause: CauseBusy}, `{"reason":1202,"source":1,"byRemote":false,"relCode":4,"cause":17}`},
	} {
		data, err := json.Marshal(tt.d)
		if err != nil || string(data) != tt.want {
			t.Errorf("Marshal(%+v) = %s, %v; want %s", tt.d, data, err, tt.want)
		}
		var back Disconnected
		if err := json.Unmarshal(data, &back); err != nil || back != tt.d {
			t.Errorf("Unmarshal(%s) = %+v, %v", data, back, err)
		}
	}
}
