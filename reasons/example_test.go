package reasons_test

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"

	"github.com/reasonlint/reasonlint/reasons"
)

// An application server's handler for LINE Planet's 1-to-1 call event
// callback: parse the release keys once, then switch over named constants.
func Example_callback() {
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		d, err := reasons.FromQuery(r.URL.Query())
		if errors.Is(err, reasons.ErrMissing) {
			return // not a call end
		}
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		switch {
		case !d.Reason.Known():
			fmt.Println("a reason this server does not know yet:", d.Reason)
		case d.Reason == reasons.Normal:
			fmt.Println("call completed")
		case d.Reason.Category() == reasons.CategoryCommon:
			fmt.Println("call not completed:", d.Reason, "ended by", d.Source)
		default:
			fmt.Printf("call failed: %v (%s)\n", d.Reason, d.Reason.Description())
		}
	})
	for _, query := range []string{
		"disconnect_reason=1203&releaser_type=2",
		"disconnect_reason=1301&releaser_type=4",
		"disconnect_reason=1999&releaser_type=4",
	} {
		handler.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/on_call_evt_cb?"+query, nil))
	}
	// Output:
	// call not completed: NOANSWER ended by Caller
	// call failed: NETWORK_UNSTABLE (The network became too poor to keep the call going.)
	// a reason this server does not know yet: Reason(1999)
}

func ExampleParse() {
	_, err := reasons.Parse("BUSSY") //reasonlint:ignore the example shows the error
	fmt.Println(err)
	r, _ := reasons.Parse("NOANSWER")
	fmt.Println(int(r), r)
	// Output:
	// reasons: unknown disconnect reason code "BUSSY" (did you mean "BUSY"?)
	// 1203 NOANSWER
}

func ExampleParseValue() {
	for _, text := range []string{"1203", "1999", "12a3"} {
		r, err := reasons.ParseValue(text)
		fmt.Println(r, r.Known(), err)
	}
	// Output:
	// NOANSWER true <nil>
	// Reason(1999) false <nil>
	// Reason(0) false reasons: malformed disconnect reason value "12a3" (want decimal digits)
}

func ExampleFromQuery() {
	q, _ := url.ParseQuery("disconnect_reason=1202&releaser_type=1&rel_code=4&rel_code_str=USER_BUSY&terminate=17")
	d, err := reasons.FromQuery(q)
	fmt.Println(d.Reason, d.Source, d.RelCode, d.Cause, err)
	// Output:
	// BUSY Callee USER_BUSY Busy <nil>
}

func ExampleRelCode_Reason() {
	for _, c := range []reasons.RelCode{reasons.RelNoAnswer, reasons.RelDBError, 999} { //reasonlint:ignore:raw-int the example shows a value that is no rel code
		r, specific := c.Reason()
		fmt.Println(c, r, specific)
	}
	// Output:
	// NO_ANSWER NOANSWER true
	// DB_ERROR SERVER_INTERNAL_ERROR false
	// RelCode(999) Reason(0) false
}

func ExampleReason_Spelling() {
	for _, sdk := range []reasons.SDK{reasons.SDKAndroid, reasons.SDKiOS, reasons.SDKWindows, reasons.SDKWeb} {
		fmt.Printf("%s: %q\n", sdk, reasons.NoAnswer.Spelling(sdk))
	}
	// Output:
	// Android: "NO_ANSWER"
	// iOS: "noAnswer"
	// Windows: "PLNK_DISCONNECT_REASON_NOANSWER"
	// Web: "PLANETKIT_DISCONNECT_REASON_NOANSWER"
}
