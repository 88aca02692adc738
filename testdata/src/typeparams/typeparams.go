package typeparams

import "github.com/reasonlint/reasonlint/reasons"

// A type parameter whose constraint admits only reasons.Reason is a
// reason.
func onlyReason[R interface{ reasons.Reason }](r R) {
	switch r { // want `^missing cases in switch of type reasons.Reason: reasons.Normal, `
	case R(reasons.Busy), R(reasons.NoAnswer):
	}
	if r == 1203 { // want `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$`
	}
	if r != R(1202) { // want `^raw integer 1202 used as reasons.Reason; use reasons.Busy$`
	}
	if int(r) == 1203 { // want `^raw integer 1203 compared with reasons.Reason; use reasons.NoAnswer$`
	}
}

type sourceLike interface {
	reasons.Source
	String() string
}

func onlySource[S sourceLike](s S) {
	switch s { // want `^missing cases in switch of type reasons.Source: reasons.Participant, reasons.CloudServer, reasons.AppServer$`
	case S(reasons.Callee), S(reasons.Caller):
	}
}

// Wider constraints are not reasons.
func either[T reasons.Reason | reasons.Source](t T) {
	switch t {
	case 1:
	}
}

func anyInt[T ~int](t T) {
	switch t {
	case 1203:
	}
}

// A number passed as T is no reason; one converted to a reason is.
func anyInts() {
	anyInt(1203)
	anyInt(reasons.Reason(1203)) // want `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$`
}

type holder[T any] struct{ v T }

func generic(h holder[reasons.Source]) {
	switch h.v { // want `missing cases in switch of type reasons.Source: reasons.AppServer$`
	case reasons.Callee, reasons.Caller, reasons.Participant, reasons.CloudServer:
	}
}

// A code compared through a type parameter has no fix: the constants do
// not have the parameter's type.
func codes[R interface {
	reasons.Reason
	String() string
}](r R) bool {
	switch r.String() { // want `^missing cases in switch of reasons.Reason codes: .*; switch on the code of a reasons.Reason; switch on the value and compare with its constants$`
	case "BUSY":
	}
	return r.String() == "NOANSWER" // want `reasons.Reason compared by its code "NOANSWER"; compare with reasons.NoAnswer`
}

// Where the type parameter's name is shadowed, no fix can name it.
func shadowed[S interface{ reasons.Source }](s S) {
	{
		type S int
		_ = S(0)
		switch s { // want `^missing cases in switch of type reasons.Source: reasons.Caller, reasons.Participant, reasons.CloudServer, reasons.AppServer$`
		case 1: // want `^raw integer 1 used as reasons.Source; use reasons.Callee$`
		}
	}
}

// A union whose type set is still one type: only reasons.Source.
type onlySources interface{ reasons.Source }

func union[T onlySources | reasons.Source](v T) {
	switch v { // want `^missing cases in switch of type reasons.Source: reasons.Caller, reasons.Participant, reasons.CloudServer, reasons.AppServer$`
	case T(reasons.Callee):
	}
}

// ~int intersected with reasons.Reason is reasons.Reason.
func intersected[T interface {
	~int
	reasons.Reason
}](v T) bool {
	return v == 1203 // want `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$`
}
