// Package calls declares the application's own reason and source types,
// complete.
package calls

// DisconnectReason is why LINE Planet ended a call.
type DisconnectReason int

// The reasons.
const (
	ReasonNormal                          DisconnectReason = 1001
	ReasonDecline                         DisconnectReason = 1002
	ReasonCellCall                        DisconnectReason = 1003
	ReasonInternalError                   DisconnectReason = 1109
	ReasonUserError                       DisconnectReason = 1110
	ReasonInternalKitError                DisconnectReason = 1111
	ReasonMicNoSource                     DisconnectReason = 1112
	ReasonCancel                          DisconnectReason = 1201
	ReasonBusy                            DisconnectReason = 1202
	ReasonNoAnswer                        DisconnectReason = 1203
	ReasonAlreadyGotACall                 DisconnectReason = 1204
	ReasonMultiDeviceInUse                DisconnectReason = 1205
	ReasonMultiDeviceAnswer               DisconnectReason = 1206
	ReasonMultiDeviceDecline              DisconnectReason = 1207
	ReasonMaxCallTimeExceeded             DisconnectReason = 1208
	ReasonNetworkUnstable                 DisconnectReason = 1301
	ReasonPushError                       DisconnectReason = 1302
	ReasonAuthError                       DisconnectReason = 1303
	ReasonReleasedCall                    DisconnectReason = 1304
	ReasonServerInternalError             DisconnectReason = 1305
	ReasonUnavailableNetwork              DisconnectReason = 1308
	ReasonAppDestroy                      DisconnectReason = 1309
	ReasonSystemSleep                     DisconnectReason = 1310
	ReasonSystemLogoff                    DisconnectReason = 1311
	ReasonMTUExceeded                     DisconnectReason = 1312
	ReasonAppServerDataError              DisconnectReason = 1313
	ReasonDesktopScreenLocked             DisconnectReason = 1314
	ReasonRoomIsFull                      DisconnectReason = 1401
	ReasonAloneKickOut                    DisconnectReason = 1402
	ReasonWrongRoomAttribute              DisconnectReason = 1403
	ReasonRoomNotFound                    DisconnectReason = 1404
	ReasonAnotherInstanceTryToJoin        DisconnectReason = 1405
	ReasonServiceAccessTokenError         DisconnectReason = 1501
	ReasonServiceInvalidID                DisconnectReason = 1502
	ReasonServiceMaintenance              DisconnectReason = 1503
	ReasonServiceBusy                     DisconnectReason = 1504
	ReasonServiceInternalError            DisconnectReason = 1505
	ReasonServiceHTTPError                DisconnectReason = 1506
	ReasonServiceHTTPConnectionTimeOut    DisconnectReason = 1507
	ReasonServiceHTTPInvalidPeerCert      DisconnectReason = 1508
	ReasonServiceHTTPConnectFail          DisconnectReason = 1509
	ReasonServiceHTTPInvalidURL           DisconnectReason = 1510
	ReasonServiceIncompatiblePlanetKitVer DisconnectReason = 1511
	ReasonServiceTooManyRequests          DisconnectReason = 1512
)

// Releaser is who ended it.
type Releaser string

// The releasers, in WebPlanetKit's spelling.
const (
	ReleaserCallee      Releaser = "Callee"
	ReleaserCaller      Releaser = "Caller"
	ReleaserParticipant Releaser = "Participant"
	ReleaserCloudServer Releaser = "cloud_server"
	ReleaserAppServer   Releaser = "app_server"
)

// Event is a call's end.
type Event struct {
	Reason DisconnectReason
	By     *Releaser
}

// Last returns the event's reason.
func (e Event) Last() DisconnectReason { return e.Reason }
