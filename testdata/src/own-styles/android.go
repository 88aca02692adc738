// Package ownstyles names the constants of its own types in the styles
// of LINE Planet's SDKs, some of them off the style of the others: the
// fix that adds the missing constants names them as most are named.
package ownstyles

// AndroidReason copies the enum of the Android SDK, whose names are the
// codes but for NO_ANSWER and REASON_ROOM_NOT_FOUND.
type AndroidReason int // want `^ownstyles.AndroidReason lacks 3 disconnect reasons of LINE Planet's: 1208 MAX_CALL_TIME_EXCEEDED, 1314 DESKTOP_SCREEN_LOCKED, 1512 SERVICE_TOO_MANY_REQUESTS$`

const (
	NORMAL                             AndroidReason = 1001
	DECLINE                            AndroidReason = 1002
	CELL_CALL                          AndroidReason = 1003
	INTERNAL_ERROR                     AndroidReason = 1109
	USER_ERROR                         AndroidReason = 1110
	INTERNAL_KIT_ERROR                 AndroidReason = 1111
	AUDIO_TX_NO_SRC                    AndroidReason = 1112
	CANCEL                             AndroidReason = 1201
	BUSY                               AndroidReason = 1202
	NO_ANSWER                          AndroidReason = 1203
	ALREADY_GOT_A_CALL                 AndroidReason = 1204
	MULTIDEV_IN_USE                    AndroidReason = 1205
	MULTIDEV_ANSWER                    AndroidReason = 1206
	MULTIDEV_DECLINE                   AndroidReason = 1207
	NETWORK_UNSTABLE                   AndroidReason = 1301
	PUSH_ERROR                         AndroidReason = 1302
	AUTH_ERROR                         AndroidReason = 1303
	RELEASED_CALL                      AndroidReason = 1304
	SERVER_INTERNAL_ERROR              AndroidReason = 1305
	UNAVAILABLE_NETWORK                AndroidReason = 1308
	APP_DESTROY                        AndroidReason = 1309
	SYSTEM_SLEEP                       AndroidReason = 1310
	SYSTEM_LOGOFF                      AndroidReason = 1311
	MTU_EXCEEDED                       AndroidReason = 1312
	APP_SERVER_DATA_ERROR              AndroidReason = 1313
	ROOM_IS_FULL                       AndroidReason = 1401
	ALONE_KICK_OUT                     AndroidReason = 1402
	WRONG_ROOM_ATTR                    AndroidReason = 1403
	REASON_ROOM_NOT_FOUND              AndroidReason = 1404
	ANOTHER_INSTANCE_TRY_TO_JOIN       AndroidReason = 1405
	SERVICE_ACCESS_TOKEN_ERROR         AndroidReason = 1501
	SERVICE_INVALID_ID                 AndroidReason = 1502
	SERVICE_MAINTENANCE                AndroidReason = 1503
	SERVICE_BUSY                       AndroidReason = 1504
	SERVICE_INTERNAL_ERROR             AndroidReason = 1505
	SERVICE_HTTP_ERROR                 AndroidReason = 1506
	SERVICE_HTTP_CONNECTION_TIME_OUT   AndroidReason = 1507
	SERVICE_HTTP_INVALID_PEER_CERT     AndroidReason = 1508
	SERVICE_HTTP_CONNECT_FAIL          AndroidReason = 1509
	SERVICE_HTTP_INVALID_URL           AndroidReason = 1510
	SERVICE_INCOMPATIBLE_PLANETKIT_VER AndroidReason = 1511
)
