package webreasonsdefault

import "github.com/reasonlint/reasonlint/reasons"

// Without -web-reasons the 44 common reasons are all a switch needs.
func common(r reasons.Reason) {
	switch r {
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
