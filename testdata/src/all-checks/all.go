// Package allchecks makes one mistake of every category.
package allchecks

import (
	"net/url"

	"github.com/reasonlint/reasonlint/reasons"
)

const (
	reasonNormal   = 1001
	reasonDecline  = 1002
	reasonCellCall = 1003
	reasonBusy     = 1203
)

func f(s reasons.Source, q url.Values) bool {
	switch s {
	case reasons.Callee:
	}
	_ = map[reasons.Source]int{} //reasonlint:exhaustive
	_ = s + 1
	//reasonlint:bogus
	return s == 4 || s.String() == "Caler" || q.Get("releaser_type") == "4"
}
