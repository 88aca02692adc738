package example

// AppReason is the disconnect reason as the server's mobile app reports it
// in its own analytics events: a copy of LINE Planet's table kept by hand,
// as LINE's own Flutter bridge keeps one, and like it without the reasons
// that LINE Planet added in 5.4.5 and 5.5.0.
type AppReason int32

// The reasons the app knows.
const (
	AppReasonNormal                          AppReason = 1001
	AppReasonDecline                         AppReason = 1002
	AppReasonCellCall                        AppReason = 1003
	AppReasonInternalError                   AppReason = 1109
	AppReasonUserError                       AppReason = 1110
	AppReasonInternalKitError                AppReason = 1111
	AppReasonMicNoSource                     AppReason = 1112
	AppReasonCancel                          AppReason = 1201
	AppReasonBusy                            AppReason = 1202
	AppReasonNoAnswer                        AppReason = 1203
	AppReasonAlreadyGotACall                 AppReason = 1204
	AppReasonMultiDeviceInUse                AppReason = 1205
	AppReasonMultiDeviceAnswer               AppReason = 1206
	AppReasonMultiDeviceDecline              AppReason = 1207
	AppReasonNetworkUnstable                 AppReason = 1301
	AppReasonPushError                       AppReason = 1302
	AppReasonAuthError                       AppReason = 1303
	AppReasonReleasedCall                    AppReason = 1304
	AppReasonServerInternalError             AppReason = 1305
	AppReasonUnavailableNetwork              AppReason = 1308
	AppReasonAppDestroy                      AppReason = 1309
	AppReasonSystemSleep                     AppReason = 1310
	AppReasonSystemLogoff                    AppReason = 1311
	AppReasonMTUExceeded                     AppReason = 1312
	AppReasonAppServerDataError              AppReason = 1313
	AppReasonRoomIsFull                      AppReason = 1401
	AppReasonAloneKickOut                    AppReason = 1402
	AppReasonWrongRoomAttribute              AppReason = 1403
	AppReasonRoomNotFound                    AppReason = 1404
	AppReasonAnotherInstanceTryToJoin        AppReason = 1405
	AppReasonServiceAccessTokenError         AppReason = 1501
	AppReasonServiceInvalidID                AppReason = 1502
	AppReasonServiceMaintenance              AppReason = 1503
	AppReasonServiceBusy                     AppReason = 1504
	AppReasonServiceInternalError            AppReason = 1505
	AppReasonServiceHTTPError                AppReason = 1506
	AppReasonServiceHTTPConnectionTimeOut    AppReason = 1507
	AppReasonServiceHTTPInvalidPeerCert      AppReason = 1508
	AppReasonServiceHTTPConnectFail          AppReason = 1509
	AppReasonServiceHTTPInvalidURL           AppReason = 1510
	AppReasonServiceIncompatiblePlanetKitVer AppReason = 1511
)

// appGroup groups the app's reasons for the analytics dashboard.
func appGroup(r AppReason) string {
	switch r {
	case AppReasonNormal, AppReasonDecline, AppReasonCellCall, AppReasonCancel, AppReasonBusy, AppReasonNoAnswer, AppReasonAlreadyGotACall, AppReasonMultiDeviceInUse, AppReasonMultiDeviceAnswer, AppReasonMultiDeviceDecline:
		return "common"
	case AppReasonInternalError, AppReasonUserError, AppReasonInternalKitError, AppReasonMicNoSource, AppReasonNetworkUnstable, AppReasonPushError, AppReasonAuthError, AppReasonReleasedCall, AppReasonServerInternalError, AppReasonUnavailableNetwork, AppReasonAppDestroy, AppReasonSystemSleep, AppReasonSystemLogoff, AppReasonMTUExceeded, AppReasonAppServerDataError:
		return "error"
	case AppReasonRoomIsFull, AppReasonAloneKickOut, AppReasonWrongRoomAttribute, AppReasonRoomNotFound, AppReasonAnotherInstanceTryToJoin:
		return "group"
	case AppReasonServiceAccessTokenError, AppReasonServiceInvalidID, AppReasonServiceMaintenance, AppReasonServiceBusy, AppReasonServiceInternalError, AppReasonServiceHTTPError, AppReasonServiceHTTPConnectionTimeOut, AppReasonServiceHTTPInvalidPeerCert, AppReasonServiceHTTPConnectFail, AppReasonServiceHTTPInvalidURL, AppReasonServiceIncompatiblePlanetKitVer:
		return "service"
	}
	return "unknown"
}
