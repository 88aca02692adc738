// Package owndeclaration holds own types whose declarations do not match
// LINE Planet's table.
package owndeclaration

// Reason is a disconnect reason.
type Reason int32

// The reasons, some of them wrong.
const (
	ReasonNormal             Reason = 1001
	ReasonDecline            Reason = 1002
	ReasonCellCall           Reason = 1003
	ReasonInternalError      Reason = 1109
	ReasonUserError          Reason = 1110
	ReasonInternalKitError   Reason = 1111
	ReasonMicNoSource        Reason = 1101 // want `^owndeclaration.ReasonMicNoSource is 1101, a retired disconnect reason \(AUDIO_TX_NO_SRC_BY_LOCAL\); use 1112 AUDIO_TX_NO_SRC$`
	ReasonCancel             Reason = 1201
	ReasonBusy               Reason = 1203 // want `^owndeclaration.ReasonBusy is 1203, the value of NOANSWER; BUSY is 1202$`
	ReasonNoAnswer           Reason = 1202 // want `^owndeclaration.ReasonNoAnswer is 1202, the value of BUSY; NOANSWER is 1203$`
	ReasonAlreadyGotACall    Reason = 1204
	ReasonMultiDeviceInUse   Reason = 1205
	ReasonMultiDeviceAnswer  Reason = 1206
	ReasonMultiDeviceDecline Reason = 1207
	ReasonMaxCallTime        Reason = 1208
	ReasonNetworkUnstable    Reason = 1301
	ReasonPushError          Reason = 1302
	ReasonAuthError          Reason = 1303
	ReasonReleasedCall       Reason = 1304
	ReasonServerError        Reason = 1305
	ReasonUnavailableNetwork Reason = 1308
	ReasonAppDestroy         Reason = 1309
	ReasonSystemSleep        Reason = 1310
	ReasonSystemLogoff       Reason = 1311
	ReasonMTUExceeded        Reason = 1312
	ReasonAppServerDataError Reason = 1313
	ReasonScreenLocked       Reason = 1314
	ReasonRoomIsFull         Reason = 1401
	ReasonAloneKickOut       Reason = 1402
	ReasonWrongRoomAttribute Reason = 1403
	ReasonRoomNotFound       Reason = 1404
	ReasonAnotherInstance    Reason = 1405
	ReasonServiceTokenError  Reason = 1501
	ReasonServiceInvalidID   Reason = 1502
	ReasonServiceMaintenance Reason = 1503
	ReasonServiceBusy        Reason = 1504
	ReasonServiceInternal    Reason = 1505
	ReasonServiceHTTPError   Reason = 1506
	ReasonServiceHTTPTimeout Reason = 1507
	ReasonServiceHTTPCert    Reason = 1508
	ReasonServiceHTTPConnect Reason = 1509
	ReasonServiceHTTPURL     Reason = 1510
	ReasonServiceVersion     Reason = 1511
	ReasonServiceThrottled   Reason = 1512
	ReasonUnknown            Reason = -1   // want `^owndeclaration.ReasonUnknown is -1, the iOS SDK's sentinel for an unknown reason, not a disconnect reason$`
	ReasonLocalTimeout       Reason = 9001 // want `^owndeclaration.ReasonLocalTimeout is 9001, which is not a disconnect reason$`
)
