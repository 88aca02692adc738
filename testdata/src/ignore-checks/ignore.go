package ignorechecks

import "github.com/reasonlint/reasonlint/reasons"

func checks(r reasons.Reason, s reasons.Source) {
	//reasonlint:ignore:raw-int the value comes from a legacy table
	if r == 1203 || r.String() == "BUSSY" { // want `^unknown disconnect reason code "BUSSY"; did you mean "BUSY"\?$`
	}
	if s == 4 || s.String() == "Calee" { //reasonlint:ignore:raw-int,code kept for the old report
	}

	// want +1 `^unknown check "raw_int" in "//reasonlint:ignore:raw_int why": known checks are arithmetic, callback, code, declaration, map, raw-int, switch$`
	//reasonlint:ignore:raw_int why
	if s == 3 { // want `^raw integer 3 used as reasons.Source; use reasons.Participant$`
	}

	// want +1 `^//reasonlint:ignore silences nothing: no finding on line 19$`
	//reasonlint:ignore nothing to silence here
	_ = r

	// want +1 `^//reasonlint:ignore:code silences nothing: no code finding on line 23$`
	//reasonlint:ignore:code nor here
	if s == 2 { // want `^raw integer 2 used as reasons.Source; use reasons.Caller$`
	}

	if s == reasons.Callee { // want +1 `^//reasonlint:ignore:switch,map silences nothing: no switch or map finding on line 28$`
		//reasonlint:ignore:switch,map nothing
	}

	// Needed only with -web-reasons, which an editor may not pass: not
	// reported.
	//reasonlint:ignore:switch the web-only reasons never reach this server
	switch r {
	case reasons.Normal, reasons.Decline, reasons.CellCall, reasons.InternalError, reasons.UserError, reasons.InternalKitError, reasons.MicNoSource, reasons.Cancel, reasons.Busy, reasons.NoAnswer, reasons.AlreadyGotACall, reasons.MultiDeviceInUse, reasons.MultiDeviceAnswer, reasons.MultiDeviceDecline, reasons.MaxCallTimeExceeded, reasons.NetworkUnstable, reasons.PushError, reasons.AuthError, reasons.ReleasedCall, reasons.ServerInternalError, reasons.UnavailableNetwork, reasons.AppDestroy, reasons.SystemSleep, reasons.SystemLogoff, reasons.MTUExceeded, reasons.AppServerDataError, reasons.DesktopScreenLocked, reasons.RoomIsFull, reasons.AloneKickOut, reasons.WrongRoomAttribute, reasons.RoomNotFound, reasons.AnotherInstanceTryToJoin, reasons.ServiceAccessTokenError, reasons.ServiceInvalidID, reasons.ServiceMaintenance, reasons.ServiceBusy, reasons.ServiceInternalError, reasons.ServiceHTTPError, reasons.ServiceHTTPConnectionTimeOut, reasons.ServiceHTTPInvalidPeerCert, reasons.ServiceHTTPConnectFail, reasons.ServiceHTTPInvalidURL, reasons.ServiceIncompatiblePlanetKitVer, reasons.ServiceTooManyRequests:
	}
}

// A space after a comma ends the list of checks there: an empty name is
// malformed, and silences nothing.
func emptyNames(s reasons.Source) {
	// want +1 `^malformed directive "//reasonlint:ignore:raw-int, code the old report": an empty check name; write the checks without spaces, as in //reasonlint:ignore:raw-int,code <reason>$`
	//reasonlint:ignore:raw-int, code the old report
	if s == 4 { // want `^raw integer 4 used as reasons.Source; use reasons.CloudServer$`
	}
	// want +1 `^malformed directive "//reasonlint:ignore: why": an empty check name; write the checks without spaces, as in //reasonlint:ignore:raw-int,code <reason>$`
	//reasonlint:ignore: why
	if s == 5 { // want `^raw integer 5 used as reasons.Source; use reasons.AppServer$`
	}
}
