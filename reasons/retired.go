package reasons

// A RetiredValue is a value that older SDKs used as a disconnect reason and
// current ones no longer do. It is not a [Reason] this package knows.
type RetiredValue struct {
	Value       int
	Name        string // the name older SDKs gave it
	Replacement Reason // the reason current SDKs report instead, or 0 if none
}

// retiredTable lists the retired values in value order.
var retiredTable = []RetiredValue{
	{-1, "unknown", 0}, // the iOS and Flutter SDKs' sentinel for "no reason"; never sent on the wire
	{1101, "AUDIO_TX_NO_SRC_BY_LOCAL", MicNoSource},
	{1102, "AUDIO_TX_NO_SRC_BY_REMOTE", 0},
	{1103, "INTERNAL_ERROR_BY_LOCAL", InternalError},
	{1104, "INTERNAL_ERROR_BY_REMOTE", 0},
	{1105, "USER_ERROR_BY_LOCAL", UserError},
	{1106, "USER_ERROR_BY_REMOTE", 0},
	{1107, "INTERNAL_KIT_ERROR_BY_LOCAL", InternalKitError},
	{1108, "INTERNAL_KIT_ERROR_BY_REMOTE", 0},
	{1306, "UNAVAILABLE_BAD_NETWORK_IN_CONFERENCE", UnavailableNetwork},
	{1307, "UNAVAILABLE_NETWORK_IN_CALL", UnavailableNetwork},
}

// Retired returns what is known of value if older SDKs used it as a
// disconnect reason, and reports whether they did. -1, the iOS SDK's
// "unknown" sentinel, is included although it never appears on the wire.
func Retired(value int) (RetiredValue, bool) {
	for _, rv := range retiredTable {
		if rv.Value == value {
			return rv, true
		}
	}
	return RetiredValue{}, false
}
