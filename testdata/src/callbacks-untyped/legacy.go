// Package callbacksuntyped handles callbacks without the reasons package:
// the callback check needs no import of it, and names its constants all
// the same.
package callbacksuntyped

import "net/http"

type release struct {
	Reason int `json:"disconnect_reason"` // want `^field Reason holds disconnect_reason as int; use reasons.Reason$`
}

func handle(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("disconnect_reason") == "1203" { // want `^disconnect_reason compared with "1203"; parse it into a reasons.Reason and compare with reasons.NoAnswer$`
	}
	var rel release
	if rel.Reason == 1202 { // want `field Reason \(disconnect_reason\) compared with raw integer 1202; make the field a reasons.Reason and compare with reasons.Busy`
	}
}
