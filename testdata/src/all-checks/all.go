// Package allchecks makes one mistake of every category.
package allchecks

import (
	"net/url"

	"github.com/reasonlint/reasonlint/reasons"
)

func f(s reasons.Source, q url.Values) bool {
	switch s {
	case reasons.Callee:
	}
	_ = map[reasons.Source]int{} //reasonlint:exhaustive
	//reasonlint:bogus
	return s == 4 || s.String() == "Caler" || q.Get("releaser_type") == "4"
}
