package generated

import "github.com/reasonlint/reasonlint/reasons"

func g(s reasons.Source) bool {
	return s == 5 // want `raw integer 5`
}
