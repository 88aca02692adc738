// Package reasons is an older, smaller version of the reasons package:
// it predates MAX_CALL_TIME_EXCEEDED (1208), DESKTOP_SCREEN_LOCKED (1314)
// and SERVICE_TOO_MANY_REQUESTS (1512), and has no web-only reasons.
package reasons

import "strconv"

type Reason int

const (
	Normal                          Reason = 1001
	Decline                         Reason = 1002
	CellCall                        Reason = 1003
	InternalError                   Reason = 1109
	UserError                       Reason = 1110
	InternalKitError                Reason = 1111
	MicNoSource                     Reason = 1112
	Cancel                          Reason = 1201
	Busy                            Reason = 1202
	NoAnswer                        Reason = 1203
	AlreadyGotACall                 Reason = 1204
	MultiDeviceInUse                Reason = 1205
	MultiDeviceAnswer               Reason = 1206
	MultiDeviceDecline              Reason = 1207
	NetworkUnstable                 Reason = 1301
	PushError                       Reason = 1302
	AuthError                       Reason = 1303
	ReleasedCall                    Reason = 1304
	ServerInternalError             Reason = 1305
	UnavailableNetwork              Reason = 1308
	AppDestroy                      Reason = 1309
	SystemSleep                     Reason = 1310
	SystemLogoff                    Reason = 1311
	MTUExceeded                     Reason = 1312
	AppServerDataError              Reason = 1313
	RoomIsFull                      Reason = 1401
	AloneKickOut                    Reason = 1402
	WrongRoomAttribute              Reason = 1403
	RoomNotFound                    Reason = 1404
	AnotherInstanceTryToJoin        Reason = 1405
	ServiceAccessTokenError         Reason = 1501
	ServiceInvalidID                Reason = 1502
	ServiceMaintenance              Reason = 1503
	ServiceBusy                     Reason = 1504
	ServiceInternalError            Reason = 1505
	ServiceHTTPError                Reason = 1506
	ServiceHTTPConnectionTimeOut    Reason = 1507
	ServiceHTTPInvalidPeerCert      Reason = 1508
	ServiceHTTPConnectFail          Reason = 1509
	ServiceHTTPInvalidURL           Reason = 1510
	ServiceIncompatiblePlanetKitVer Reason = 1511
)

func (r Reason) String() string { return "Reason(" + strconv.Itoa(int(r)) + ")" }

type Source int

const (
	Callee      Source = 1
	Caller      Source = 2
	Participant Source = 3
	CloudServer Source = 4
	AppServer   Source = 5
)

func (s Source) String() string { return "Source(" + strconv.Itoa(int(s)) + ")" }
