package ownstring

// Outcome is a copy of the codes whose misspelled constant a switch lists
// apart from the code that the fix of its declaration would give it: the
// fixed switch would repeat a case, so the declaration gets no fix.
type Outcome string //reasonlint:ignore:declaration only these reasons reach this code

const (
	OutcomeNormal    Outcome = "NORMAL"
	OutcomeDecline   Outcome = "DECLINE"
	OutcomeCancel    Outcome = "CANCEL"
	OutcomePushError Outcome = "PUSH_ERROR"
	OutcomeBusy      Outcome = "BUSSY"    // want `^ownstring.OutcomeBusy is "BUSSY", an unknown disconnect reason code; did you mean "BUSY"\? \(no fix: a switch or map literal lists both it and "BUSY"\)$`
	OutcomeCanceled  Outcome = "CANCELED" // want `^ownstring.OutcomeCanceled is "CANCELED", an unknown disconnect reason code; did you mean "CANCEL"\?$`
)

func outcome(o Outcome) bool {
	switch o { //reasonlint:ignore:switch the other reasons are handled elsewhere
	case OutcomeBusy:
		return false
	case "BUSY": // want `^raw code "BUSY" used as ownstring.Outcome, which declares no constant for it$`
		return true
	}
	return false
}
