package grouped

import "github.com/reasonlint/reasonlint/reasons"

// The package imports the reasons package here: fixes in its other files
// add the import where they need it.
var _ reasons.Reason
