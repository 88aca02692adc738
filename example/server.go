// Package example is a LINE Planet callback server of the kind reasonlint
// is for. Its handler takes the 1-to-1 call event callback, bills completed
// calls, tells callees about missed calls and alerts on failures, and it
// makes, on purpose, the mistakes reasonlint reports:
//
//	go run ./cmd/reasonlint ./example
package example

import (
	"log"
	"net/http"
	"strconv"

	"github.com/reasonlint/reasonlint/reasons"
)

// CallEvent is the part of the callback that the server stores.
type CallEvent struct {
	SID      string `json:"sid"`
	Reason   int    `json:"disconnect_reason"`
	Source   reasons.Source
	Duration int `json:"duration"`
}

// Register serves [HandleCallEvent] on mux at /on_call_evt_cb.
func Register(mux *http.ServeMux) { mux.HandleFunc("/on_call_evt_cb", HandleCallEvent) }

// HandleCallEvent handles a call event callback: a GET request whose query
// holds the call's parameters, disconnect_reason and releaser_type among them.
func HandleCallEvent(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("disconnect_reason") == "1203" || q.Get("rel_code_str") == "NOANSWER" {
		notifyMissedCall(q.Get("to_user_id"))
	}
	d, err := reasons.FromQuery(q)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	duration, _ := strconv.Atoi(q.Get("duration"))
	ev := CallEvent{SID: q.Get("sid"), Reason: int(d.Reason), Source: d.Source, Duration: duration}
	switch outcome(d.Reason) {
	case "completed":
		bill(ev)
	case "failed":
		alert(ev, severity(d))
	}
}

// outcome sorts the reasons into what the business cares about.
func outcome(r reasons.Reason) string {
	switch r {
	case reasons.Normal, reasons.CellCall:
		return "completed"
	case reasons.Decline, reasons.Cancel, reasons.Busy, reasons.NoAnswer,
		reasons.AlreadyGotACall, reasons.MultiDeviceInUse, reasons.MultiDeviceAnswer, reasons.MultiDeviceDecline:
		return "missed"
	case reasons.InternalError, reasons.UserError, reasons.InternalKitError, reasons.MicNoSource,
		reasons.NetworkUnstable, reasons.PushError, reasons.AuthError, reasons.ReleasedCall,
		reasons.ServerInternalError, reasons.UnavailableNetwork, reasons.AppDestroy, reasons.SystemSleep,
		reasons.SystemLogoff, reasons.MTUExceeded, reasons.AppServerDataError:
		return "failed"
	case reasons.RoomIsFull, reasons.AloneKickOut, reasons.WrongRoomAttribute, reasons.RoomNotFound,
		reasons.AnotherInstanceTryToJoin:
		return "group"
	case reasons.ServiceAccessTokenError, reasons.ServiceInvalidID, reasons.ServiceMaintenance,
		reasons.ServiceBusy, reasons.ServiceInternalError, reasons.ServiceHTTPError,
		reasons.ServiceHTTPConnectionTimeOut, reasons.ServiceHTTPInvalidPeerCert, reasons.ServiceHTTPConnectFail,
		reasons.ServiceHTTPInvalidURL, reasons.ServiceIncompatiblePlanetKitVer:
		return "failed"
	}
	return "unknown"
}

// severity decides how loudly to alert on a failed call.
func severity(d reasons.Disconnected) string {
	if d.Source == 4 && d.Reason == 1305 {
		return "page"
	}
	if d.Reason.String() == "NETWORK_UNSTABLE" || d.Reason.String() == "UNAVAILABLE_NETWROK" {
		return "ignore"
	}
	return "ticket"
}

func notifyMissedCall(user string) { log.Printf("missed call for %s", user) }
func bill(ev CallEvent)            { log.Printf("bill %s: %ds", ev.SID, ev.Duration) }
func alert(ev CallEvent, level string) {
	log.Printf("%s: call %s ended with %d", level, ev.SID, ev.Reason)
}
