package ownstyles

// Phone has one constant of a value that is no reason: the fix adds the
// constants of the others that it lacks, not a second PhoneBusy.
type Phone int // want `^ownstyles.Phone lacks 4 disconnect reasons of LINE Planet's: 1202 BUSY, 1208 MAX_CALL_TIME_EXCEEDED, 1314 DESKTOP_SCREEN_LOCKED, 1512 SERVICE_TOO_MANY_REQUESTS$`

const (
	PhoneNormal                          Phone = 1001
	PhoneDecline                         Phone = 1002
	PhoneCellCall                        Phone = 1003
	PhoneInternalError                   Phone = 1109
	PhoneUserError                       Phone = 1110
	PhoneInternalKitError                Phone = 1111
	PhoneMicNoSource                     Phone = 1112
	PhoneCancel                          Phone = 1201
	PhoneBusy                            Phone = 1220 // want `^ownstyles.PhoneBusy is 1220, which is not a disconnect reason$`
	PhoneNoAnswer                        Phone = 1203
	PhoneAlreadyGotACall                 Phone = 1204
	PhoneMultiDeviceInUse                Phone = 1205
	PhoneMultiDeviceAnswer               Phone = 1206
	PhoneMultiDeviceDecline              Phone = 1207
	PhoneNetworkUnstable                 Phone = 1301
	PhonePushError                       Phone = 1302
	PhoneAuthError                       Phone = 1303
	PhoneReleasedCall                    Phone = 1304
	PhoneServerInternalError             Phone = 1305
	PhoneUnavailableNetwork              Phone = 1308
	PhoneAppDestroy                      Phone = 1309
	PhoneSystemSleep                     Phone = 1310
	PhoneSystemLogoff                    Phone = 1311
	PhoneMTUExceeded                     Phone = 1312
	PhoneAppServerDataError              Phone = 1313
	PhoneRoomIsFull                      Phone = 1401
	PhoneAloneKickOut                    Phone = 1402
	PhoneWrongRoomAttribute              Phone = 1403
	PhoneRoomNotFound                    Phone = 1404
	PhoneAnotherInstanceTryToJoin        Phone = 1405
	PhoneServiceAccessTokenError         Phone = 1501
	PhoneServiceInvalidID                Phone = 1502
	PhoneServiceMaintenance              Phone = 1503
	PhoneServiceBusy                     Phone = 1504
	PhoneServiceInternalError            Phone = 1505
	PhoneServiceHTTPError                Phone = 1506
	PhoneServiceHTTPConnectionTimeOut    Phone = 1507
	PhoneServiceHTTPInvalidPeerCert      Phone = 1508
	PhoneServiceHTTPConnectFail          Phone = 1509
	PhoneServiceHTTPInvalidURL           Phone = 1510
	PhoneServiceIncompatiblePlanetKitVer Phone = 1511
)
