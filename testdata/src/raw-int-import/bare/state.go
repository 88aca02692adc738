package bare

import "example.com/fixtures/raw-int-import/events"

var last events.Ended
