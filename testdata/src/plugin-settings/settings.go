package pluginsettings

import "github.com/reasonlint/reasonlint/reasons"

// With default-signifies-exhaustive, a default clause covers the sources
// the cases leave out.
func bySource(s reasons.Source) string {
	switch s {
	case reasons.Callee, reasons.Caller:
		return "user"
	default:
		return "other"
	}
}

// With check-raw-int off, a raw integer used as a reason goes unreported.
func missed(r reasons.Reason) bool {
	return r == 1203
}

// With web-reasons, a switch over the common reasons misses the web-only
// ones too.
func outcome(r reasons.Reason) string {
	switch r { // want `^missing cases in switch of type reasons.Reason: reasons.Busy, reasons.WebRTCAbort, reasons.WebRTCNotAllowed, reasons.WebRTCNotFound, reasons.WebRTCNotReadable, reasons.WebRTCOverconstrained, reasons.WebRTCSecurityError, reasons.WebRTCTypeError, reasons.WebNoMediaPacket, reasons.WebCallConnectFailByServer, reasons.WebCallConnectFailByClient, reasons.WebSignalingUnexpectedDisconnected, reasons.WebBrowserNotSupported$`
	case reasons.Normal, reasons.CellCall:
		return "completed"
	case reasons.Decline, reasons.Cancel, reasons.NoAnswer, reasons.AlreadyGotACall,
		reasons.MultiDeviceInUse, reasons.MultiDeviceAnswer, reasons.MultiDeviceDecline:
		return "missed"
	case reasons.InternalError, reasons.UserError, reasons.InternalKitError, reasons.MicNoSource,
		reasons.MaxCallTimeExceeded, reasons.NetworkUnstable, reasons.PushError, reasons.AuthError,
		reasons.ReleasedCall, reasons.ServerInternalError, reasons.UnavailableNetwork, reasons.AppDestroy,
		reasons.SystemSleep, reasons.SystemLogoff, reasons.MTUExceeded, reasons.AppServerDataError,
		reasons.DesktopScreenLocked:
		return "failed"
	case reasons.RoomIsFull, reasons.AloneKickOut, reasons.WrongRoomAttribute, reasons.RoomNotFound,
		reasons.AnotherInstanceTryToJoin:
		return "group"
	case reasons.ServiceAccessTokenError, reasons.ServiceInvalidID, reasons.ServiceMaintenance,
		reasons.ServiceBusy, reasons.ServiceInternalError, reasons.ServiceHTTPError,
		reasons.ServiceHTTPConnectionTimeOut, reasons.ServiceHTTPInvalidPeerCert, reasons.ServiceHTTPConnectFail,
		reasons.ServiceHTTPInvalidURL, reasons.ServiceIncompatiblePlanetKitVer, reasons.ServiceTooManyRequests:
		return "service"
	}
	return "unknown"
}
