// Package owndetectoff is checked with -detect-own-types=false: only
// marked types are own types.
package owndetectoff

// Reason copies LINE Planet's table, but is not marked.
type Reason int

const (
	ReasonNormal  Reason = 1001
	ReasonDecline Reason = 1002
	ReasonBusy    Reason = 1203
)

// Marked is.
//
//reasonlint:reason
type Marked int // want `^owndetectoff.Marked lacks 42 disconnect reasons of LINE Planet.s: 1002 DECLINE, `

const (
	MarkedNormal Marked = 1001
	MarkedBusy   Marked = 1203 // want `^owndetectoff.MarkedBusy is 1203, the value of NOANSWER; BUSY is 1202$`
)

func use(r Reason, m Marked) bool {
	return r == 1202 || m == 1001 // want `^raw integer 1001 used as owndetectoff.Marked; use owndetectoff.MarkedNormal$`
}

// A block of untyped constants is recognized by its constants too: not
// with -detect-own-types=false.
const (
	CodeNormal   = 1001
	CodeDecline  = 1002
	CodeCellCall = 1003
	CodeBusy     = 1203
)
