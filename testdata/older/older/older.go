package older

import "github.com/reasonlint/reasonlint/reasons"

// Every reason of this version of the reasons package: exhaustive, though
// the current version has three more.
func all(r reasons.Reason) {
	switch r {
	case reasons.Normal, reasons.Decline, reasons.CellCall, reasons.InternalError, reasons.UserError,
		reasons.InternalKitError, reasons.MicNoSource, reasons.Cancel, reasons.Busy, reasons.NoAnswer,
		reasons.AlreadyGotACall, reasons.MultiDeviceInUse, reasons.MultiDeviceAnswer, reasons.MultiDeviceDecline,
		reasons.NetworkUnstable, reasons.PushError, reasons.AuthError, reasons.ReleasedCall,
		reasons.ServerInternalError, reasons.UnavailableNetwork, reasons.AppDestroy, reasons.SystemSleep,
		reasons.SystemLogoff, reasons.MTUExceeded, reasons.AppServerDataError, reasons.RoomIsFull,
		reasons.AloneKickOut, reasons.WrongRoomAttribute, reasons.RoomNotFound, reasons.AnotherInstanceTryToJoin,
		reasons.ServiceAccessTokenError, reasons.ServiceInvalidID, reasons.ServiceMaintenance, reasons.ServiceBusy,
		reasons.ServiceInternalError, reasons.ServiceHTTPError, reasons.ServiceHTTPConnectionTimeOut,
		reasons.ServiceHTTPInvalidPeerCert, reasons.ServiceHTTPConnectFail, reasons.ServiceHTTPInvalidURL,
		reasons.ServiceIncompatiblePlanetKitVer:
	}
}

// Missing members are this version's.
func some(r reasons.Reason) {
	switch r { // want `^missing cases in switch of type reasons.Reason: reasons.InternalError, reasons.UserError, reasons.InternalKitError, reasons.MicNoSource, reasons.Cancel, reasons.Busy, reasons.NoAnswer, reasons.AlreadyGotACall, reasons.MultiDeviceInUse, reasons.MultiDeviceAnswer, reasons.MultiDeviceDecline, reasons.NetworkUnstable, reasons.PushError, reasons.AuthError, reasons.ReleasedCall, reasons.ServerInternalError, reasons.UnavailableNetwork, reasons.AppDestroy, reasons.SystemSleep, reasons.SystemLogoff, reasons.MTUExceeded, reasons.AppServerDataError, reasons.RoomIsFull, reasons.AloneKickOut, reasons.WrongRoomAttribute, reasons.RoomNotFound, reasons.AnotherInstanceTryToJoin, reasons.ServiceAccessTokenError, reasons.ServiceInvalidID, reasons.ServiceMaintenance, reasons.ServiceBusy, reasons.ServiceInternalError, reasons.ServiceHTTPError, reasons.ServiceHTTPConnectionTimeOut, reasons.ServiceHTTPInvalidPeerCert, reasons.ServiceHTTPConnectFail, reasons.ServiceHTTPInvalidURL, reasons.ServiceIncompatiblePlanetKitVer$`
	case reasons.Normal, reasons.Decline, reasons.CellCall:
	}
}

// A reason this version lacks cannot be named.
func newer(r reasons.Reason) bool {
	if r.String() == "MAX_CALL_TIME_EXCEEDED" { // want `^disconnect reason code "MAX_CALL_TIME_EXCEEDED" needs a newer version of the reasons package$`
	}
	return r == 1208 // want `^raw integer 1208 used as reasons.Reason; reasons.MaxCallTimeExceeded needs a newer version of the reasons package$`
}
