// Package ownint handles disconnect reasons in a type of its own, kept by
// hand from LINE Planet's table, as LINE's own Flutter bridge does. The
// copy lacks the reasons LINE Planet added in 5.4.5 and 5.5.0.
package ownint

import "fmt"

// DisconnectReason is why LINE Planet ended a call.
type DisconnectReason int // want `^ownint.DisconnectReason lacks 3 disconnect reasons of LINE Planet's: 1208 MAX_CALL_TIME_EXCEEDED, 1314 DESKTOP_SCREEN_LOCKED, 1512 SERVICE_TOO_MANY_REQUESTS$`

// The reasons.
const (
	ReasonUnknown                         DisconnectReason = 0
	ReasonNormal                          DisconnectReason = 1001 // NORMAL
	ReasonDecline                         DisconnectReason = 1002 // DECLINE
	ReasonCellCall                        DisconnectReason = 1003 // CELL_CALL
	ReasonInternalError                   DisconnectReason = 1109 // INTERNAL_ERROR
	ReasonUserError                       DisconnectReason = 1110 // USER_ERROR
	ReasonInternalKitError                DisconnectReason = 1111 // INTERNAL_KIT_ERROR
	ReasonMicNoSource                     DisconnectReason = 1112 // AUDIO_TX_NO_SRC
	ReasonCancel                          DisconnectReason = 1201 // CANCEL
	ReasonBusy                            DisconnectReason = 1202 // BUSY
	ReasonNoAnswer                        DisconnectReason = 1203 // NOANSWER
	ReasonAlreadyGotACall                 DisconnectReason = 1204 // ALREADY_GOT_A_CALL
	ReasonMultiDeviceInUse                DisconnectReason = 1205 // MULTIDEV_IN_USE
	ReasonMultiDeviceAnswer               DisconnectReason = 1206 // MULTIDEV_ANSWER
	ReasonMultiDeviceDecline              DisconnectReason = 1207 // MULTIDEV_DECLINE
	ReasonNetworkUnstable                 DisconnectReason = 1301 // NETWORK_UNSTABLE
	ReasonPushError                       DisconnectReason = 1302 // PUSH_ERROR
	ReasonAuthError                       DisconnectReason = 1303 // AUTH_ERROR
	ReasonReleasedCall                    DisconnectReason = 1304 // RELEASED_CALL
	ReasonServerInternalError             DisconnectReason = 1305 // SERVER_INTERNAL_ERROR
	ReasonUnavailableNetwork              DisconnectReason = 1308 // UNAVAILABLE_NETWORK
	ReasonAppDestroy                      DisconnectReason = 1309 // APP_DESTROY
	ReasonSystemSleep                     DisconnectReason = 1310 // SYSTEM_SLEEP
	ReasonSystemLogoff                    DisconnectReason = 1311 // SYSTEM_LOGOFF
	ReasonMTUExceeded                     DisconnectReason = 1312 // MTU_EXCEEDED
	ReasonAppServerDataError              DisconnectReason = 1313 // APP_SERVER_DATA_ERROR
	ReasonRoomIsFull                      DisconnectReason = 1401 // ROOM_IS_FULL
	ReasonAloneKickOut                    DisconnectReason = 1402 // ALONE_KICK_OUT
	ReasonWrongRoomAttribute              DisconnectReason = 1403 // WRONG_ROOM_ATTR
	ReasonRoomNotFound                    DisconnectReason = 1404 // ROOM_NOT_FOUND
	ReasonAnotherInstanceTryToJoin        DisconnectReason = 1405 // ANOTHER_INSTANCE_TRY_TO_JOIN
	ReasonServiceAccessTokenError         DisconnectReason = 1501 // SERVICE_ACCESS_TOKEN_ERROR
	ReasonServiceInvalidID                DisconnectReason = 1502 // SERVICE_INVALID_ID
	ReasonServiceMaintenance              DisconnectReason = 1503 // SERVICE_MAINTENANCE
	ReasonServiceBusy                     DisconnectReason = 1504 // SERVICE_BUSY
	ReasonServiceInternalError            DisconnectReason = 1505 // SERVICE_INTERNAL_ERROR
	ReasonServiceHTTPError                DisconnectReason = 1506 // SERVICE_HTTP_ERROR
	ReasonServiceHTTPConnectionTimeOut    DisconnectReason = 1507 // SERVICE_HTTP_CONNECTION_TIME_OUT
	ReasonServiceHTTPInvalidPeerCert      DisconnectReason = 1508 // SERVICE_HTTP_INVALID_PEER_CERT
	ReasonServiceHTTPConnectFail          DisconnectReason = 1509 // SERVICE_HTTP_CONNECT_FAIL
	ReasonServiceHTTPInvalidURL           DisconnectReason = 1510 // SERVICE_HTTP_INVALID_URL
	ReasonServiceIncompatiblePlanetKitVer DisconnectReason = 1511 // SERVICE_INCOMPATIBLE_PLANETKIT_VER
)

// A switch over the type must cover every reason of LINE Planet's table,
// whether or not the type has a constant for it.
func bill(r DisconnectReason) string {
	switch r { // want `^missing cases in switch of type ownint.DisconnectReason: ownint.ReasonCancel, ownint.ReasonBusy, and 1208 MAX_CALL_TIME_EXCEEDED, 1314 DESKTOP_SCREEN_LOCKED, 1512 SERVICE_TOO_MANY_REQUESTS, for which ownint.DisconnectReason declares no constants$`
	case ReasonNormal, ReasonDecline, ReasonCellCall, ReasonInternalError, ReasonUserError, ReasonInternalKitError, ReasonMicNoSource:
		return "completed"
	case ReasonNoAnswer, ReasonAlreadyGotACall, ReasonMultiDeviceInUse, ReasonMultiDeviceAnswer, ReasonMultiDeviceDecline:
		return "missed"
	case ReasonNetworkUnstable, ReasonPushError, ReasonAuthError, ReasonReleasedCall, ReasonServerInternalError, ReasonUnavailableNetwork,
		ReasonAppDestroy, ReasonSystemSleep, ReasonSystemLogoff, ReasonMTUExceeded, ReasonAppServerDataError:
		return "failed"
	case ReasonRoomIsFull, ReasonAloneKickOut, ReasonWrongRoomAttribute, ReasonRoomNotFound, ReasonAnotherInstanceTryToJoin:
		return "group"
	case ReasonServiceAccessTokenError, ReasonServiceInvalidID, ReasonServiceMaintenance, ReasonServiceBusy, ReasonServiceInternalError,
		ReasonServiceHTTPError, ReasonServiceHTTPConnectionTimeOut, ReasonServiceHTTPInvalidPeerCert, ReasonServiceHTTPConnectFail,
		ReasonServiceHTTPInvalidURL, ReasonServiceIncompatiblePlanetKitVer:
		return "service"
	}
	return "unknown"
}

// Raw integers used as the type are reported with its constant.
func uses(r DisconnectReason, rs []DisconnectReason) {
	if r == 1203 { // want `^raw integer 1203 used as ownint.DisconnectReason; use ownint.ReasonNoAnswer$`
	}
	if r == 1208 { // want `^raw integer 1208 used as ownint.DisconnectReason, which declares no constant for MAX_CALL_TIME_EXCEEDED$`
	}
	if r == 1999 { // want `^1999 is not a disconnect reason$`
	}
	if r >= 1500 { // want `^1500 is not a disconnect reason; compare with the constants of ownint.DisconnectReason rather than ranges of values$`
	}
	r = 1202                                   // want `^raw integer 1202 used as ownint.DisconnectReason; use ownint.ReasonBusy$`
	fmt.Println(DisconnectReason(1201), r, rs) // want `^raw integer 1201 used as ownint.DisconnectReason; use ownint.ReasonCancel$`
	_ = []DisconnectReason{1001, ReasonBusy}   // want `^raw integer 1001 used as ownint.DisconnectReason; use ownint.ReasonNormal$`
	if r == ReasonBusy || r == 0 || r == ReasonUnknown {
	}
}

// Map literals keyed by the type, marked, are held to the table too.
//
//reasonlint:exhaustive
var labels = map[DisconnectReason]string{ // want `^missing keys in map of ownint.DisconnectReason: ownint.ReasonDecline, .*, and 1208 MAX_CALL_TIME_EXCEEDED, 1314 DESKTOP_SCREEN_LOCKED, 1512 SERVICE_TOO_MANY_REQUESTS, for which ownint.DisconnectReason declares no constants$`
	ReasonNormal: "normal",
}
