package switchcheck

import "github.com/reasonlint/reasonlint/reasons"

func missing(r reasons.Reason, s reasons.Source) {
	switch r { // want `^missing cases in switch of type reasons.Reason: reasons.Normal, reasons.Decline, reasons.CellCall, reasons.InternalError, reasons.UserError, reasons.InternalKitError, reasons.MicNoSource, reasons.Cancel, reasons.AlreadyGotACall, reasons.MultiDeviceInUse, reasons.MultiDeviceAnswer, reasons.MultiDeviceDecline, reasons.MaxCallTimeExceeded, reasons.NetworkUnstable, reasons.PushError, reasons.AuthError, reasons.ReleasedCall, reasons.ServerInternalError, reasons.UnavailableNetwork, reasons.AppDestroy, reasons.SystemSleep, reasons.SystemLogoff, reasons.MTUExceeded, reasons.AppServerDataError, reasons.DesktopScreenLocked, reasons.RoomIsFull, reasons.AloneKickOut, reasons.WrongRoomAttribute, reasons.RoomNotFound, reasons.AnotherInstanceTryToJoin, reasons.ServiceAccessTokenError, reasons.ServiceInvalidID, reasons.ServiceMaintenance, reasons.ServiceBusy, reasons.ServiceInternalError, reasons.ServiceHTTPError, reasons.ServiceHTTPConnectionTimeOut, reasons.ServiceHTTPInvalidPeerCert, reasons.ServiceHTTPConnectFail, reasons.ServiceHTTPInvalidURL, reasons.ServiceIncompatiblePlanetKitVer, reasons.ServiceTooManyRequests$`
	case reasons.NoAnswer, reasons.Busy:
	}

	switch s { // want `^missing cases in switch of type reasons.Source: reasons.Participant, reasons.AppServer$`
	case reasons.Caller, reasons.Callee:
	case reasons.CloudServer:
	}

	switch x := s; x { // want `missing cases in switch of type reasons.Source: reasons.Callee$`
	case reasons.Caller, reasons.Participant, reasons.CloudServer, reasons.AppServer:
	}

	switch {
	case r == reasons.Busy:
	}

	switch s { // want `missing cases in switch of type reasons.Source`
	}
}

// Exhaustive switches, and switches that are not over reasons, report
// nothing.
func exhaustive(s reasons.Source, n int, c color) {
	switch s {
	case reasons.Callee, reasons.Caller, reasons.Participant:
	case reasons.CloudServer, reasons.AppServer:
	}
	switch n {
	case 1:
	}
	switch c {
	case red:
	}
	switch s.String() + "x" {
	case "y":
	}
	switch any(s).(type) {
	case reasons.Source:
	}
}

type color int

const (
	red color = iota
	green
)

type event struct{ reason reasons.Reason }

func (e *event) Reason() reasons.Reason  { return e.reason }
func (e *event) Source() *reasons.Source { return nil }

// Tags of every shape that has the type.
func tags(e *event, p *reasons.Source) {
	switch e.Reason() { // want `missing cases in switch of type reasons.Reason`
	case reasons.Normal:
	}
	switch *e.Source() { // want `missing cases in switch of type reasons.Source: reasons.Callee, reasons.Caller, reasons.Participant, reasons.CloudServer$`
	case reasons.AppServer:
	}
	switch *p { // want `missing cases in switch of type reasons.Source: reasons.Callee, reasons.Caller, reasons.Participant, reasons.AppServer$`
	case reasons.CloudServer:
	}
	switch (e.reason) { // want `missing cases in switch of type reasons.Reason`
	}
}

// Cases that are not constants cover nothing.
func variables(s, other reasons.Source) {
	switch s { // want `missing cases in switch of type reasons.Source: reasons.AppServer$`
	case other:
	case reasons.Callee, reasons.Caller, reasons.Participant, reasons.CloudServer:
	}
}
