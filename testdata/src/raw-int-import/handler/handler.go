package handler

import (
	"fmt"

	"example.com/fixtures/raw-int-import/events"
)

// The fix adds the import.
func missed(e events.Ended) bool {
	fmt.Println(e)
	return e.Reason == 1203 // want `raw integer 1203 used as reasons.Reason; use reasons.NoAnswer`
}
