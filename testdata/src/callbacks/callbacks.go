package callbacks

import (
	"log"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"

	"github.com/reasonlint/reasonlint/reasons"
)

func direct(r *http.Request, q url.Values) {
	if r.URL.Query().Get("disconnect_reason") == "1203" { // want `^disconnect_reason compared with "1203"; parse it into a reasons.Reason and compare with reasons.NoAnswer$`
	}
	if q.Get("releaser_type") != "4" { // want `^releaser_type compared with "4"; parse it into a reasons.Source and compare with reasons.CloudServer$`
	}
	if r.FormValue("disconnect_reason") == "NOANSWER" { // want `^disconnect_reason carries decimal wire values, never "NOANSWER"; parse it into a reasons.Reason and compare with reasons.NoAnswer$`
	}
	if "1999" == q.Get("disconnect_reason") { // want `^1999 is not a disconnect reason$`
	}
	if q.Get("disconnect_reason") == "abc" { // want `^disconnect_reason carries decimal wire values, never "abc"$`
	}
	if q.Get("releaser_type") == "cloud_server" { // want `^releaser_type carries decimal wire values, never "cloud_server"; parse it into a reasons.Source and compare with reasons.CloudServer$`
	}
	if q.Get("disconnect_reason") == "1101" { // want `^1101 is a retired disconnect reason \(AUDIO_TX_NO_SRC_BY_LOCAL\); use reasons.MicNoSource$`
	}
}

func throughVariables(q url.Values) {
	text := q.Get("disconnect_reason")
	if text == "1202" { // want `disconnect_reason compared with "1202"; parse it into a reasons.Reason and compare with reasons.Busy`
	}
	switch text {
	case "1203": // want `disconnect_reason compared with "1203"`
	case "": // not set
	}
	n, err := strconv.Atoi(text)
	if err == nil && n == 1203 { // want `^disconnect_reason compared with raw integer 1203; parse it into a reasons.Reason and compare with reasons.NoAnswer$`
	}
	var src, _ = strconv.ParseInt(q.Get("releaser_type"), 10, 64)
	switch src {
	case 4: // want `releaser_type compared with raw integer 4; parse it into a reasons.Source and compare with reasons.CloudServer`
	case 7: // want `^7 is not a disconnect source$`
	}
	if n > 1300 { // want `^1300 is not a disconnect reason; compare Category\(\) rather than ranges of values$`
	}
	if text == "0" || n == 0 { // 0: not set
	}
}

// Leading zeros never match the callbacks' values; reasons constants are
// not raw integers.
func spelled(q url.Values) {
	if q.Get("disconnect_reason") == "01203" { // want `^disconnect_reason carries decimal wire values, never "01203"$`
	}
	reasons.ParseValue("01203")                                  // accepted by the parse functions
	if strings.TrimSpace(q.Get("disconnect_reason")) == "1202" { // want `^disconnect_reason compared with "1202"; parse it into a reasons.Reason and compare with reasons.Busy$`
	}
	if q["releaser_type"][0] == "4" { // want `^releaser_type compared with "4"; parse it into a reasons.Source and compare with reasons.CloudServer$`
	}
	if hex, _ := strconv.ParseUint(q.Get("disconnect_reason"), 16, 64); hex == 0x4b3 { // not the callbacks' decimal
	}
	if dec, _ := strconv.ParseInt(q.Get("releaser_type"), 0, 64); dec == 4 { // want `^releaser_type compared with raw integer 4; parse it into a reasons.Source and compare with reasons.CloudServer$`
	}
	n, _ := strconv.Atoi(q.Get("disconnect_reason"))
	if n == int(reasons.NoAnswer) {
	}
}

// url tags are go-querystring's, which encodes through fmt: a reasons type
// would go out as its code, so plain types are right there.
type Outgoing struct {
	Reason int `url:"disconnect_reason"`
}

// A variable assigned something else holds no callback value any more.
func reassigned(r *http.Request, names []string) {
	name := r.FormValue("releaser_type")
	for _, name = range names {
		if name == "admin" {
		}
	}
	m, _ := strconv.Atoi(r.FormValue("releaser_type"))
	m++
	if m == 3 {
	}
	s := r.FormValue("disconnect_reason")
	n, _ := strconv.Atoi(s)
	s = r.FormValue("mode")
	if s == "debug" {
	}
	n = len(s)
	if n == 5 {
	}
}

// Struct fields that decode the parameters should have the reasons types.
type Event struct {
	SID      string         `json:"sid"`
	Reason   int            `json:"disconnect_reason"`       // want `^field Reason holds disconnect_reason as int; use reasons.Reason$`
	Source   string         `form:"releaser_type" json:"rt"` // want `^field Source holds releaser_type as string; use reasons.Source$`
	Typed    reasons.Reason `query:"disconnect_reason"`
	Pointer  *int64         `schema:"releaser_type,omitempty"` // want `field Pointer holds releaser_type as \*int64; use reasons.Source`
	Duration int            `json:"duration"`
}

func fields(e Event, p *Event) {
	if e.Reason == 1203 { // want `^field Reason \(disconnect_reason\) compared with raw integer 1203; make the field a reasons.Reason and compare with reasons.NoAnswer$`
	}
	if p.Source == "4" { // want `field Source \(releaser_type\) compared with "4"; make the field a reasons.Source and compare with reasons.CloudServer`
	}
	if e.Typed == reasons.Busy || e.Duration == 1203 {
	}
	if *p.Pointer == 4 { // want `^field Pointer \(releaser_type\) compared with raw integer 4; make the field a reasons.Source and compare with reasons.CloudServer$`
	}
}

type Pair struct {
	Old, New int `json:"disconnect_reason"` // want `^fields Old, New hold disconnect_reason as int; use reasons.Reason$`
}

// Other parameters and other strings are not reported.
func negatives(q url.Values, r *http.Request) {
	if q.Get("duration") == "1203" || q.Get("user_rel_code") == "1203" || r.FormValue("disconnect_reason_text") == "5" {
	}
	reason := q.Get("disconnect_reason")
	if reason == "" {
	}
	n, _ := strconv.Atoi(q.Get("duration"))
	if n == 1203 {
	}
	// Only reads of the request count: not the environment, not a
	// function that happens to take the parameter's name.
	if os.Getenv("releaser_type") == "prod" || strings.ToUpper("disconnect_reason") == "DISCONNECT_REASON" {
	}
	log.Printf("disconnect_reason %s", "1203")
}

// The values of a parameter held in a variable hold it, each of them.
func values(r *http.Request) {
	q := r.URL.Query()
	if v, ok := q["disconnect_reason"]; ok && v[0] == "1203" { // want `^disconnect_reason compared with "1203"; parse it into a reasons.Reason and compare with reasons.NoAnswer$`
	}
	vals := r.URL.Query()["releaser_type"]
	if len(vals) > 0 && vals[len(vals)-1] == "4" { // want `^releaser_type compared with "4"; parse it into a reasons.Source and compare with reasons.CloudServer$`
	}
	vals = q["duration"]
	if vals[0] == "1203" {
	}
	if modes := q["mode"]; modes[0] == "1203" {
	}
}

// A tuple assignment evaluates its right-hand sides before it assigns.
func swapped(q url.Values) {
	a, b := q.Get("disconnect_reason"), q.Get("releaser_type")
	a, b = b, a
	if b == "1203" || a == "4" { // want `^disconnect_reason compared with "1203"; parse it into a reasons.Reason and compare with reasons.NoAnswer$` `^releaser_type compared with "4"; parse it into a reasons.Source and compare with reasons.CloudServer$`
	}
	c, d := q.Get("disconnect_reason"), q.Get("mode")
	c, d = d, c
	if c == "1203" {
	}
	_ = d
}
