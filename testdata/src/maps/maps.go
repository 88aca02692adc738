package maps

import "github.com/reasonlint/reasonlint/reasons"

// Map literals are checked when marked, or everywhere with -check-maps.

//reasonlint:exhaustive
var severity = map[reasons.Source]string{ // want `^missing keys in map of reasons.Source: reasons.Participant, reasons.AppServer$`
	reasons.Callee:      "info",
	reasons.Caller:      "info",
	reasons.CloudServer: "page",
}

var complete = map[reasons.Source]int{ //reasonlint:exhaustive
	reasons.Callee: 1, reasons.Caller: 2, reasons.Participant: 3, reasons.CloudServer: 4, reasons.AppServer: 5,
}

var unmarked = map[reasons.Source]bool{
	reasons.Callee: true,
}

var otherKey = map[string]reasons.Source{
	"x": reasons.Callee,
}

func local() {
	//reasonlint:exhaustive
	m := map[reasons.Reason]string{} // want `^missing keys in map of reasons.Reason: reasons.Normal, `
	_ = m
}

// want +1 `^//reasonlint:exhaustive applies to nothing: put it on the line before a map literal keyed by reasons.Reason or reasons.Source$`
//reasonlint:exhaustive
var notAMap = []reasons.Source{reasons.Callee}

//reasonlint:ignore only callers are billed
var billed = map[reasons.Source]bool{ //reasonlint:exhaustive
	reasons.Caller: true,
}

// Inner literals whose type is elided are checked, pointers to maps too.
var nested = map[reasons.Source]*map[reasons.Source]int{
	//reasonlint:exhaustive
	reasons.Caller: {reasons.Callee: 1}, // want `^missing keys in map of reasons.Source: reasons.Caller, reasons.Participant, reasons.CloudServer, reasons.AppServer$`
}

var listed = []*map[reasons.Source]int{
	//reasonlint:exhaustive
	{reasons.Callee: 1, reasons.Caller: 2, reasons.Participant: 3, reasons.CloudServer: 4}, // want `^missing keys in map of reasons.Source: reasons.AppServer$`
}
