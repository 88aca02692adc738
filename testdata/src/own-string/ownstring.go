// Package ownstring keeps disconnect reasons as their codes, in a string
// type of its own.
package ownstring

// ReasonCode is a disconnect reason's code.
type ReasonCode string // want `^ownstring.ReasonCode lacks 3 disconnect reasons of LINE Planet's: 1208 MAX_CALL_TIME_EXCEEDED, 1314 DESKTOP_SCREEN_LOCKED, 1512 SERVICE_TOO_MANY_REQUESTS$`

// The codes.
const (
	CodeNone                            ReasonCode = ""
	CodeNormal                          ReasonCode = "NORMAL"
	CodeDecline                         ReasonCode = "DECLINE"
	CodeCellCall                        ReasonCode = "CELL_CALL"
	CodeInternalError                   ReasonCode = "INTERNAL_ERROR"
	CodeUserError                       ReasonCode = "USER_ERROR"
	CodeInternalKitError                ReasonCode = "INTERNAL_KIT_ERROR"
	CodeMicNoSource                     ReasonCode = "AUDIO_TX_NO_SRC"
	CodeAlreadyGotACall                 ReasonCode = "ALREADY_GOT_A_CALL"
	CodeMultiDeviceInUse                ReasonCode = "MULTIDEV_IN_USE"
	CodeMultiDeviceAnswer               ReasonCode = "MULTIDEV_ANSWER"
	CodeMultiDeviceDecline              ReasonCode = "MULTIDEV_DECLINE"
	CodeNetworkUnstable                 ReasonCode = "NETWORK_UNSTABLE"
	CodePushError                       ReasonCode = "PUSH_ERROR"
	CodeAuthError                       ReasonCode = "AUTH_ERROR"
	CodeReleasedCall                    ReasonCode = "RELEASED_CALL"
	CodeServerInternalError             ReasonCode = "SERVER_INTERNAL_ERROR"
	CodeUnavailableNetwork              ReasonCode = "UNAVAILABLE_NETWORK"
	CodeAppDestroy                      ReasonCode = "APP_DESTROY"
	CodeSystemSleep                     ReasonCode = "SYSTEM_SLEEP"
	CodeSystemLogoff                    ReasonCode = "SYSTEM_LOGOFF"
	CodeMTUExceeded                     ReasonCode = "MTU_EXCEEDED"
	CodeAppServerDataError              ReasonCode = "APP_SERVER_DATA_ERROR"
	CodeRoomIsFull                      ReasonCode = "ROOM_IS_FULL"
	CodeAloneKickOut                    ReasonCode = "ALONE_KICK_OUT"
	CodeWrongRoomAttribute              ReasonCode = "WRONG_ROOM_ATTR"
	CodeRoomNotFound                    ReasonCode = "ROOM_NOT_FOUND"
	CodeAnotherInstanceTryToJoin        ReasonCode = "ANOTHER_INSTANCE_TRY_TO_JOIN"
	CodeServiceAccessTokenError         ReasonCode = "SERVICE_ACCESS_TOKEN_ERROR"
	CodeServiceInvalidID                ReasonCode = "SERVICE_INVALID_ID"
	CodeServiceMaintenance              ReasonCode = "SERVICE_MAINTENANCE"
	CodeServiceBusy                     ReasonCode = "SERVICE_BUSY"
	CodeServiceInternalError            ReasonCode = "SERVICE_INTERNAL_ERROR"
	CodeServiceHTTPError                ReasonCode = "SERVICE_HTTP_ERROR"
	CodeServiceHTTPConnectionTimeOut    ReasonCode = "SERVICE_HTTP_CONNECTION_TIME_OUT"
	CodeServiceHTTPInvalidPeerCert      ReasonCode = "SERVICE_HTTP_INVALID_PEER_CERT"
	CodeServiceHTTPConnectFail          ReasonCode = "SERVICE_HTTP_CONNECT_FAIL"
	CodeServiceHTTPInvalidURL           ReasonCode = "SERVICE_HTTP_INVALID_URL"
	CodeServiceIncompatiblePlanetKitVer ReasonCode = "SERVICE_INCOMPATIBLE_PLANETKIT_VER"
	CodeCancel                          ReasonCode = "CANCEL"
	CodeBusy                            ReasonCode = "BUSSY"     // want `^ownstring.CodeBusy is "BUSSY", an unknown disconnect reason code; did you mean "BUSY"\?$`
	CodeNoAnswer                        ReasonCode = "NO_ANSWER" // want `^ownstring.CodeNoAnswer is "NO_ANSWER", the Android spelling; the disconnect reason code is "NOANSWER"$`
)

// Codes compared with or converted to the type must be codes, and are
// better written as its constants.
func missed(c ReasonCode) bool {
	if c == "NOANSWER" { // want `^raw code "NOANSWER" used as ownstring.ReasonCode; use ownstring.CodeNoAnswer$`
		return true
	}
	if c == "DECLINED" { // want `^unknown disconnect reason code "DECLINED"; did you mean "DECLINE"\?; use ownstring.CodeDecline$`
		return false
	}
	if c == ReasonCode("noAnswer") { // want `^"noAnswer" is the iOS spelling; the disconnect reason code is "NOANSWER"; use ownstring.CodeNoAnswer$`
		return true
	}
	if c == "HANGUP" { // want `^unknown disconnect reason code "HANGUP"$`
		return false
	}
	return c == CodeCancel || c == ""
}

// A switch over the type covers codes.
func route(c ReasonCode) int {
	switch c { // want `^missing cases in switch of type ownstring.ReasonCode: ownstring.CodeNormal, ownstring.CodeDecline, .*, and 1208 MAX_CALL_TIME_EXCEEDED, 1314 DESKTOP_SCREEN_LOCKED, 1512 SERVICE_TOO_MANY_REQUESTS, for which ownstring.ReasonCode declares no constants$`
	case CodeCancel, CodeBusy, CodeNoAnswer:
		return 1
	}
	return 0
}
