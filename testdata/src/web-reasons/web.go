package webreasons

import "github.com/reasonlint/reasonlint/reasons"

// With -web-reasons the 16xx reasons of WebPlanetKit are required too.
func common(r reasons.Reason) {
	switch r { // want `^missing cases in switch of type reasons.Reason: reasons.WebRTCAbort, reasons.WebRTCNotAllowed, reasons.WebRTCNotFound, reasons.WebRTCNotReadable, reasons.WebRTCOverconstrained, reasons.WebRTCSecurityError, reasons.WebRTCTypeError, reasons.WebNoMediaPacket, reasons.WebCallConnectFailByServer, reasons.WebCallConnectFailByClient, reasons.WebSignalingUnexpectedDisconnected, reasons.WebBrowserNotSupported$`
	case reasons.Normal, reasons.Decline, reasons.CellCall, reasons.InternalError, reasons.UserError,
		reasons.InternalKitError, reasons.MicNoSource, reasons.Cancel, reasons.Busy, reasons.NoAnswer,
		reasons.AlreadyGotACall, reasons.MultiDeviceInUse, reasons.MultiDeviceAnswer, reasons.MultiDeviceDecline,
		reasons.MaxCallTimeExceeded, reasons.NetworkUnstable, reasons.PushError, reasons.AuthError,
		reasons.ReleasedCall, reasons.ServerInternalError, reasons.UnavailableNetwork, reasons.AppDestroy,
		reasons.SystemSleep, reasons.SystemLogoff, reasons.MTUExceeded, reasons.AppServerDataError,
		reasons.DesktopScreenLocked, reasons.RoomIsFull, reasons.AloneKickOut, reasons.WrongRoomAttribute,
		reasons.RoomNotFound, reasons.AnotherInstanceTryToJoin, reasons.ServiceAccessTokenError,
		reasons.ServiceInvalidID, reasons.ServiceMaintenance, reasons.ServiceBusy, reasons.ServiceInternalError,
		reasons.ServiceHTTPError, reasons.ServiceHTTPConnectionTimeOut, reasons.ServiceHTTPInvalidPeerCert,
		reasons.ServiceHTTPConnectFail, reasons.ServiceHTTPInvalidURL, reasons.ServiceIncompatiblePlanetKitVer,
		reasons.ServiceTooManyRequests:
	}
}
