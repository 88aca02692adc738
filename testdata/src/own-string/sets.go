package ownstring

import (
	"slices"
	"strings"
)

// The code of a ReasonCode, string(c), searched in a set or compared by
// its prefix, is compared as the code of a reason is.
func groups(c ReasonCode, name string) bool {
	return strings.HasPrefix(string(c), "SERVICE_") || // want `^ownstring.ReasonCode compared by the prefix of its code, "SERVICE_"; compare with the constants of ownstring.ReasonCode rather than groups of codes$`
		slices.Contains([]string{"CANCEL", "DECLINED"}, string(c)) || // want `^ownstring.ReasonCode compared by its code "CANCEL"; compare with ownstring.CodeCancel$` `^unknown disconnect reason code "DECLINED"; did you mean "DECLINE"\?$`
		strings.HasPrefix(name, "SERVICE_") ||
		slices.Contains([]string{"CANCEL"}, name)
}
