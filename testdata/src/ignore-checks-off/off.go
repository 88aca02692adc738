// Package ignorechecksoff is checked with -check-raw-int=false: an ignore
// that names the raw-int check, or names none, is not reported as
// unused, since the check it may silence did not run.
package ignorechecksoff

import "github.com/reasonlint/reasonlint/reasons"

func off(s reasons.Source) bool {
	//reasonlint:ignore:raw-int kept as it is
	if s == 4 {
	}
	//reasonlint:ignore kept too
	if s == 5 {
	}
	// want +1 `^//reasonlint:ignore:code silences nothing: no code finding on line 17$`
	//reasonlint:ignore:code nothing
	return s == reasons.Callee
}
