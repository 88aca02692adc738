// Package ownnearmiss has enums whose values or names merely resemble LINE
// Planet's: none of them is a reason or source type, and nothing here is
// reported.
package ownnearmiss

// ErrorCode numbers errors in the range of LINE Planet's reasons.
type ErrorCode int

const (
	ErrBadRequest   ErrorCode = 1001
	ErrUnauthorized ErrorCode = 1002
	ErrForbidden    ErrorCode = 1003
	ErrNotFound     ErrorCode = 1004
	ErrCancelled    ErrorCode = 1201
	ErrConflict     ErrorCode = 1409
)

// Party names the sides of a call, numbered from 0.
type Party int

const (
	Caller Party = iota
	Callee
	Participant
	CloudServer
	AppServer
)

// Outcome numbers the same reasons its own way.
type Outcome int

const (
	OutcomeNormal Outcome = iota + 1
	OutcomeDecline
	OutcomeCellCall
	OutcomeBusy
	OutcomeNoAnswer
)

// Shifted numbers them from 1000: its names and values never agree.
type Shifted int

const (
	ShiftedNormal Shifted = iota + 1000
	ShiftedDecline
	ShiftedCellCall
	ShiftedInternalError
)

// CloseCode is a WebSocket close code (RFC 6455).
type CloseCode int

const (
	CloseNormalClosure     CloseCode = 1000
	CloseGoingAway         CloseCode = 1001
	CloseProtocolError     CloseCode = 1002
	CloseUnsupportedData   CloseCode = 1003
	CloseInternalServerErr CloseCode = 1011
	CloseServiceRestart    CloseCode = 1012
	CloseTryAgainLater     CloseCode = 1013
)

// Status is a string type of statuses that happen to share words.
type Status string

const (
	StatusNormal  Status = "normal"
	StatusBusy    Status = "busy"
	StatusCancel  Status = "cancel"
	StatusDecline Status = "declined"
)

const (
	statusOK   = 200
	maxRetries = 3
	normal     = 1001
)

func use(e ErrorCode, p Party, o Outcome, s Shifted, c CloseCode, st Status) bool {
	switch p {
	case Caller:
	}
	switch o {
	case OutcomeBusy:
	}
	return e == 1203 || p == 4 || o == 1 || s == 1202 || c == 1001 || st == "BUSY" || normal == 1001
}
