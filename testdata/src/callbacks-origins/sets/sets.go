// Package sets compares callback values with sets and ranges of raw
// values.
package sets

import (
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/reasonlint/reasonlint/reasons"
)

var group = []string{
	"1401", // want `^disconnect_reason compared with "1401"; parse it into a reasons.Reason and compare with reasons.RoomIsFull$`
	"1402", // want `^disconnect_reason compared with "1402"; parse it into a reasons.Reason and compare with reasons.AloneKickOut$`
}

func sets(q url.Values, r reasons.Reason) {
	dr := q.Get("disconnect_reason")
	if slices.Contains([]string{"1201", "1202"}, dr) { // want `^disconnect_reason compared with "1201"; parse it into a reasons.Reason and compare with reasons.Cancel$` `^disconnect_reason compared with "1202"; parse it into a reasons.Reason and compare with reasons.Busy$`
	}
	if slices.Index(group, dr) >= 0 {
	}
	missed := map[string]bool{"1203": true} // want `^disconnect_reason compared with "1203"; parse it into a reasons.Reason and compare with reasons.NoAnswer$`
	if missed[dr] {
	}
	if strings.HasPrefix(dr, "15") { // want `^disconnect_reason compared by its prefix with "15"; parse it into a reasons.Reason and compare Category\(\) rather than ranges of values$`
	}
	if dr[0] == '1' { // want `^disconnect_reason compared by a part of its text with '1'; parse it into a reasons.Reason and compare Category\(\) rather than ranges of values$`
	}
	if dr[:2] == "14" { // want `^disconnect_reason compared by a part of its text with "14"; parse it into a reasons.Reason and compare Category\(\) rather than ranges of values$`
	}
	n, _ := strconv.Atoi(dr)
	if n/100 == 15 { // want `^disconnect_reason compared by arithmetic on its value with 15; parse it into a reasons.Reason and compare Category\(\) rather than ranges of values$`
	}
	if n >= 1500 && n < 1600 { // want `^1500 is not a disconnect reason; compare Category\(\) rather than ranges of values$` `^1600 is not a disconnect reason; compare Category\(\) rather than ranges of values$`
	}
	if slices.Contains([]int{1301, 1308}, n) { // want `^disconnect_reason compared with raw integer 1301; parse it into a reasons.Reason and compare with reasons.NetworkUnstable$` `^disconnect_reason compared with raw integer 1308; parse it into a reasons.Reason and compare with reasons.UnavailableNetwork$`
	}
	if slices.Contains([]reasons.Reason{1201, reasons.Busy}, r) { // want `^raw integer 1201 used as reasons.Reason; use reasons.Cancel$`
	}
	if slices.Contains([]string{"a", "b"}, q.Get("mode")) || strings.HasPrefix(q.Get("sid"), "15") {
	}
}

// A range held in a variable is a range: the variable holds it until it is
// assigned anything else.
func held(q url.Values) {
	dr := q.Get("disconnect_reason")
	n, _ := strconv.Atoi(dr)
	group := n / 100
	switch group {
	case 12: // want `^disconnect_reason compared by arithmetic on its value with 12; parse it into a reasons.Reason and compare Category\(\) rather than ranges of values$`
	case 15: // want `^disconnect_reason compared by arithmetic on its value with 15; parse it into a reasons.Reason and compare Category\(\) rather than ranges of values$`
	}
	if group == 13 { // want `^disconnect_reason compared by arithmetic on its value with 13; parse it into a reasons.Reason and compare Category\(\) rather than ranges of values$`
	}
	if tens := group / 10; tens == 1 { // want `^disconnect_reason compared by arithmetic on its value with 1; parse it into a reasons.Reason and compare Category\(\) rather than ranges of values$`
	}
	prefix := dr[:2]
	if prefix == "14" { // want `^disconnect_reason compared by a part of its text with "14"; parse it into a reasons.Reason and compare Category\(\) rather than ranges of values$`
	}
	first := dr[0]
	if first == '1' { // want `^disconnect_reason compared by a part of its text with '1'; parse it into a reasons.Reason and compare Category\(\) rather than ranges of values$`
	}
	group = len(q)
	if group == 12 {
	}
	first++
	if first == '2' {
	}
	other := q.Get("mode")[:2]
	if other == "14" {
	}
}
