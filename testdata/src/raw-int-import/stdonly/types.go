package stdonly

import "example.com/fixtures/raw-int-import/events"

type Source = events.Source
