// Package requiredefault is checked with -require-default: values arrive
// from the wire, and a reason LINE Planet adds later must reach a default
// clause.
package requiredefault

import "github.com/reasonlint/reasonlint/reasons"

func every(r reasons.Reason) string {
	switch r { // want `^switch of type reasons.Reason has no default clause for reasons LINE Planet adds later$`
	case reasons.Normal, reasons.Decline, reasons.CellCall, reasons.InternalError, reasons.UserError, reasons.InternalKitError, reasons.MicNoSource, reasons.Cancel, reasons.Busy, reasons.NoAnswer, reasons.AlreadyGotACall, reasons.MultiDeviceInUse, reasons.MultiDeviceAnswer, reasons.MultiDeviceDecline, reasons.MaxCallTimeExceeded, reasons.NetworkUnstable, reasons.PushError, reasons.AuthError, reasons.ReleasedCall, reasons.ServerInternalError, reasons.UnavailableNetwork, reasons.AppDestroy, reasons.SystemSleep, reasons.SystemLogoff, reasons.MTUExceeded, reasons.AppServerDataError, reasons.DesktopScreenLocked, reasons.RoomIsFull, reasons.AloneKickOut, reasons.WrongRoomAttribute, reasons.RoomNotFound, reasons.AnotherInstanceTryToJoin, reasons.ServiceAccessTokenError, reasons.ServiceInvalidID, reasons.ServiceMaintenance, reasons.ServiceBusy, reasons.ServiceInternalError, reasons.ServiceHTTPError, reasons.ServiceHTTPConnectionTimeOut, reasons.ServiceHTTPInvalidPeerCert, reasons.ServiceHTTPConnectFail, reasons.ServiceHTTPInvalidURL, reasons.ServiceIncompatiblePlanetKitVer, reasons.ServiceTooManyRequests:
		return "known"
	}
	return ""
}

func some(s reasons.Source) string {
	switch s { // want `^missing cases in switch of type reasons.Source: reasons.Participant, reasons.CloudServer, reasons.AppServer, and no default clause for sources LINE Planet adds later$`
	case reasons.Callee, reasons.Caller:
		return "1-to-1"
	}
	return ""
}

func withDefault(s reasons.Source) string {
	switch s { // want `^missing cases in switch of type reasons.Source: reasons.AppServer$`
	case reasons.Callee, reasons.Caller, reasons.Participant, reasons.CloudServer:
		return "known"
	default:
		return "later"
	}
}

func complete(s reasons.Source) {
	switch s {
	case reasons.Callee, reasons.Caller, reasons.Participant, reasons.CloudServer, reasons.AppServer:
	default:
	}
}
