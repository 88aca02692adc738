// Package helpers reads callback parameters in helpers: a function of the
// package that returns a callback value, and a parameter to which every
// call passes one, hold it.
package helpers

import (
	"net/http"
	"strconv"
)

func reasonOf(r *http.Request) string { return r.URL.Query().Get("disconnect_reason") }

// reasonOr returns the reason, or a default: constants returned beside a
// callback value do not change what the function returns.
func reasonOr(r *http.Request) string {
	if v := r.FormValue("disconnect_reason"); v != "" {
		return v
	}
	return "1001"
}

func sourceOf(r *http.Request) (int, error) { return strconv.Atoi(r.FormValue("releaser_type")) }

func isMissed(code string) bool {
	return code == "1203" // want `^parameter code \(disconnect_reason\) compared with "1203"; parse it into a reasons.Reason and compare with reasons.NoAnswer$`
}

// outer passes what it gets on: the chain is followed.
func outer(text string) bool { return inner(text) }

func inner(text string) bool {
	return text == "1202" // want `^parameter text \(disconnect_reason\) compared with "1202"; parse it into a reasons.Reason and compare with reasons.Busy$`
}

func handle(w http.ResponseWriter, r *http.Request) {
	if reasonOf(r) == "1202" { // want `^reasonOf\(\) \(disconnect_reason\) compared with "1202"; parse it into a reasons.Reason and compare with reasons.Busy$`
	}
	if isMissed(r.URL.Query().Get("disconnect_reason")) || outer(reasonOf(r)) {
	}
	dr := reasonOf(r)
	if isMissed(dr) {
	}
	if s, err := sourceOf(r); err == nil && s == 4 { // want `^sourceOf\(\) \(releaser_type\) compared with raw integer 4; parse it into a reasons.Source and compare with reasons.CloudServer$`
	}
	_ = reasonOr(r)
}

// inUse is called with a constant too, as a test would: a value
// that the callback may send says nothing of what the other calls pass.
func inUse(code string) bool {
	return code == "1205" // want `^parameter code \(disconnect_reason\) compared with "1205"; parse it into a reasons.Reason and compare with reasons.MultiDeviceInUse$`
}

// isTimeout is only ever called with constants: its parameter holds none.
func isTimeout(code string) bool { return code == "1206" }

func constants(r *http.Request) {
	_ = inUse(r.FormValue("disconnect_reason")) || inUse("1205") || inUse("")
	_ = isTimeout("1206") || isTimeout("1205")
}

// equal is called with other values too: its parameters hold none.
func equal(a, b string) bool { return a == "1203" || b == "x" }

// check is used as a value, and may be called with anything.
func check(code string) bool { return code == "1201" }

var checks = []func(string) bool{check}

func others(r *http.Request) {
	_ = equal(reasonOf(r), "a") || equal("b", "c") || check(reasonOf(r))
}

// release returns two callback values: each result holds its own.
func release(r *http.Request) (reason, source string) {
	q := r.URL.Query()
	return q.Get("disconnect_reason"), q.Get("releaser_type")
}

// named returns what its named result holds, with a bare return.
func named(r *http.Request) (dr string) {
	dr = r.FormValue("disconnect_reason")
	return
}

// both returns release's results, each as release does.
func both(r *http.Request) (string, string) { return release(r) }

func results(r *http.Request) {
	dr, rt := release(r)
	if dr == "1202" { // want `^release\(\) \(disconnect_reason\) compared with "1202"; parse it into a reasons.Reason and compare with reasons.Busy$`
	}
	if rt == "4" { // want `^release\(\) \(releaser_type\) compared with "4"; parse it into a reasons.Source and compare with reasons.CloudServer$`
	}
	if named(r) == "1204" { // want `^named\(\) \(disconnect_reason\) compared with "1204"; parse it into a reasons.Reason and compare with reasons.AlreadyGotACall$`
	}
	if _, rt := both(r); rt == "5" { // want `^both\(\) \(releaser_type\) compared with "5"; parse it into a reasons.Source and compare with reasons.AppServer$`
	}
}

// A method that an interface of the package names may be called through
// the interface, with anything: its parameters hold nothing.
type checker interface{ isBusy(code string) bool }

type busyChecker struct{}

func (busyChecker) isBusy(code string) bool { return code == "1202" }

func methods(r *http.Request) {
	var b busyChecker
	_ = b.isBusy(r.FormValue("disconnect_reason"))
	var c checker = b
	_ = c.isBusy("hello")
}
