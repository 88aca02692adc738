package blank

import (
	"fmt"

	_ "github.com/reasonlint/reasonlint/reasons"

	"example.com/fixtures/raw-int-import/events"
)

// The file imports the reasons package for its side effects only: the fix
// names it there rather than importing it twice.
func busy(e events.Ended) bool {
	fmt.Println(e)
	return e.Source == 4 // want `^raw integer 4 used as reasons.Source; use reasons.CloudServer$`
}
