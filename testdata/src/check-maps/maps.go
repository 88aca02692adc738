package checkmaps

import "github.com/reasonlint/reasonlint/reasons"

// With -check-maps every map literal keyed by a reason or source must be
// exhaustive.
var unmarked = map[reasons.Source]bool{ // want `^missing keys in map of reasons.Source: reasons.Caller, reasons.Participant, reasons.CloudServer, reasons.AppServer$`
	reasons.Callee: true,
}

type table map[reasons.Source]string

var named = table{ // want `missing keys in map of reasons.Source: reasons.AppServer$`
	reasons.Callee: "a", reasons.Caller: "b", reasons.Participant: "c", reasons.CloudServer: "d",
}

var complete = map[reasons.Source]int{
	reasons.Callee: 1, reasons.Caller: 2, reasons.Participant: 3, reasons.CloudServer: 4, reasons.AppServer: 5,
}

var values = map[string]reasons.Source{}

// An empty literal is an allocation, not a table.
var filled = map[reasons.Reason]int{}

func fill() map[reasons.Source]bool { return map[reasons.Source]bool{} }
