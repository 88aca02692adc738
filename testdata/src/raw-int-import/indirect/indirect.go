// Package indirect reaches the reasons package only through another
// package. Its members are those of the reasons package that reasonlint is
// built with, and no fix names one, whatever else is analyzed with it: the
// version the module requires may lack it.
package indirect

import "example.com/fixtures/raw-int-import/events"

func route(e events.Ended) bool {
	switch e.Source { // want `^missing cases in switch of type reasons.Source: reasons.AppServer$`
	case 1, 2, 3, 4: // want `^raw integer 1 used as reasons.Source; use reasons.Callee$` `raw integer 2` `raw integer 3` `raw integer 4`
	}
	return e.Reason == 1202 || e.Reason.String() == "BUSY" // want `^raw integer 1202 used as reasons.Reason; use reasons.Busy$` `^reasons.Reason compared by its code "BUSY"; compare with reasons.Busy$`
}
