package pkgcomment

import "github.com/reasonlint/reasonlint/reasons"

// Ended is a call's end.
type Ended struct{ Reason reasons.Reason }
