package rawint

import (
	"slices"
	"strings"

	"github.com/reasonlint/reasonlint/reasons"
)

var missedValues = []int{1201, 1203} // want `^raw integer 1201 compared with reasons.Reason; use reasons.Cancel$` `^raw integer 1203 compared with reasons.Reason; use reasons.NoAnswer$`

var missedCodes = []string{"NOANSWER", "BUSSY"} // want `^reasons.Reason compared by its code "NOANSWER"; compare with reasons.NoAnswer$` `^unknown disconnect reason code "BUSSY"; did you mean "BUSY"\?$`

var blocked = []reasons.Reason{reasons.Busy, reasons.NoAnswer}

// Sets of raw values searched with a reason converted to an integer, or
// with its code, hold raw values.
func sets(r reasons.Reason, s reasons.Source) bool {
	if slices.Contains([]int{1202, int(reasons.NoAnswer)}, int(r)) { // want `^raw integer 1202 compared with reasons.Reason; use reasons.Busy$`
		return true
	}
	if slices.Contains(missedValues, int(r)) || slices.Index(missedCodes, r.String()) >= 0 {
		return true
	}
	local := map[int64]bool{4: true, 5: false} // want `^raw integer 4 compared with reasons.Source; use reasons.CloudServer$` `^raw integer 5 compared with reasons.Source; use reasons.AppServer$`
	if local[int64(s)] {
		return true
	}
	if map[int]string{1999: "later"}[int(r)] != "" { // want `^1999 is not a disconnect reason$`
		return true
	}
	// A set of the reasons themselves holds what it searches for.
	return slices.Contains(blocked, 1208) // want `^raw integer 1208 used as reasons.Reason; use reasons.MaxCallTimeExceeded$`
}

// Arithmetic on a reason converted to an integer, compared with a
// constant, groups reasons by their numbers; so do the words of codes.
func groups(r reasons.Reason) string {
	if int(r)/100 == 15 { // want `^arithmetic on reasons.Reason; compare with its constants, or its Category\(\) for a group of reasons$`
		return "service"
	}
	switch (int(r) - 1000) / 100 { // want `^arithmetic on reasons.Reason; compare with its constants, or its Category\(\) for a group of reasons$`
	case 4:
		return "group"
	}
	if strings.HasPrefix(r.String(), "SERVICE_") { // want `^reasons.Reason compared by the prefix of its code, "SERVICE_"; compare Category\(\) rather than groups of codes$`
		return "service"
	}
	_ = int(r) - 1000 // an int: what the code asked for
	return ""
}
