package commented

import "github.com/reasonlint/reasonlint/reasons"

// The package imports the reasons package; the file with the finding does
// not yet.
var _ = reasons.Busy
