package grouped

import (
	"fmt"
	"os"

	"example.com/fixtures/raw-int-import/events"
	"example.com/fixtures/raw-int-import/shadowed"
)

func busy(e events.Ended) bool {
	fmt.Fprintln(os.Stderr, shadowed.Name)
	return e.Reason == 1202 // want `raw integer 1202`
}
