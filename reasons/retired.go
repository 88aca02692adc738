package reasons

// A RetiredValue is a value that older SDKs used as a disconnect reason and
// current ones no longer do. It is not a [Reason] this package knows.
type RetiredValue struct {
	Value       int
	Name        string // the name older SDKs gave it
	Replacement Reason // the reason current SDKs report instead, or 0 if none
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

// RetiredCode returns what is known of the retired value that older SDKs
// named code, INTERNAL_ERROR_BY_LOCAL, and reports whether they named one
// so.
func RetiredCode(code string) (RetiredValue, bool) {
	for _, rv := range retiredTable {
		if rv.Name == code && rv.Value > 0 {
			return rv, true
		}
	}
	return RetiredValue{}, false
}
