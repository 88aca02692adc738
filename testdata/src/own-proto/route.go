package ownproto

// The declaration is generated, from calls.proto: it is not reported. Uses
// of the type are checked like any other's.
func route(ev *CallEvent) bool {
	switch ev.GetReason() { // want `^missing cases in switch of type ownproto.DisconnectReason: ownproto.DisconnectReason_BUSY, and 1208 MAX_CALL_TIME_EXCEEDED, 1314 DESKTOP_SCREEN_LOCKED, 1512 SERVICE_TOO_MANY_REQUESTS, for which ownproto.DisconnectReason declares no constants$`
	case DisconnectReason_NORMAL, DisconnectReason_DECLINE, DisconnectReason_CELL_CALL, DisconnectReason_INTERNAL_ERROR,
		DisconnectReason_USER_ERROR, DisconnectReason_INTERNAL_KIT_ERROR, DisconnectReason_AUDIO_TX_NO_SRC, DisconnectReason_CANCEL,
		DisconnectReason_NOANSWER, DisconnectReason_ALREADY_GOT_A_CALL, DisconnectReason_MULTIDEV_IN_USE, DisconnectReason_MULTIDEV_ANSWER,
		DisconnectReason_MULTIDEV_DECLINE, DisconnectReason_NETWORK_UNSTABLE, DisconnectReason_PUSH_ERROR, DisconnectReason_AUTH_ERROR,
		DisconnectReason_RELEASED_CALL, DisconnectReason_SERVER_INTERNAL_ERROR, DisconnectReason_UNAVAILABLE_NETWORK,
		DisconnectReason_APP_DESTROY, DisconnectReason_SYSTEM_SLEEP, DisconnectReason_SYSTEM_LOGOFF, DisconnectReason_MTU_EXCEEDED,
		DisconnectReason_APP_SERVER_DATA_ERROR, DisconnectReason_ROOM_IS_FULL, DisconnectReason_ALONE_KICK_OUT,
		DisconnectReason_WRONG_ROOM_ATTR, DisconnectReason_ROOM_NOT_FOUND, DisconnectReason_ANOTHER_INSTANCE_TRY_TO_JOIN,
		DisconnectReason_SERVICE_ACCESS_TOKEN_ERROR, DisconnectReason_SERVICE_INVALID_ID, DisconnectReason_SERVICE_MAINTENANCE,
		DisconnectReason_SERVICE_BUSY, DisconnectReason_SERVICE_INTERNAL_ERROR, DisconnectReason_SERVICE_HTTP_ERROR,
		DisconnectReason_SERVICE_HTTP_CONNECTION_TIME_OUT, DisconnectReason_SERVICE_HTTP_INVALID_PEER_CERT,
		DisconnectReason_SERVICE_HTTP_CONNECT_FAIL, DisconnectReason_SERVICE_HTTP_INVALID_URL,
		DisconnectReason_SERVICE_INCOMPATIBLE_PLANETKIT_VER:
		return true
	}
	return ev.Reason == 1203 || ev.GetReason() == DisconnectReason(1202) // want `^raw integer 1203 used as ownproto.DisconnectReason; use ownproto.DisconnectReason_NOANSWER$` `^raw integer 1202 used as ownproto.DisconnectReason; use ownproto.DisconnectReason_BUSY$`
}
