// Package ledger uses the types of package dialer, whose declarations the
// fixes of that package change: here, a constant whose name says one value
// and whose value is another's stands for neither, and no fix names it.
package ledger

import "example.com/fixtures/own-cross/dialer"

func missed(r dialer.EndReason, l dialer.Lost, s dialer.Side) bool {
	return r == 1203 || // want `^raw integer 1203 used as dialer.EndReason, which declares no constant for NOANSWER$`
		l == 1203 || // want `^raw integer 1203 used as dialer.Lost; use dialer.LostNoAnswer$`
		s == 2 || // want `^raw integer 2 used as dialer.Side, which declares no constant for Caller$`
		s == 1 // want `^raw integer 1 used as dialer.Side, which declares no constant for Callee$`
}
