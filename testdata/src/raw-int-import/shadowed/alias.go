package shadowed

import rs "github.com/reasonlint/reasonlint/reasons"

// The file's name for the package is shadowed here: no fix, and no second
// import of the package.
func aliasShadowed(r rs.Reason) bool {
	rs := 3
	_ = rs
	return r == 1202 // want `^raw integer 1202 used as reasons.Reason; use reasons.Busy$`
}
