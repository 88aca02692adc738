package owndeclaration

import "math"

// Wide keeps reasons in 64 unsigned bits: values beyond those of int64
// are no reasons either.
type Wide uint64 // want `^owndeclaration.Wide lacks 41 disconnect reasons of LINE Planet's: 1109 INTERNAL_ERROR, `

const WideNormal Wide = 1001
const WideDecline Wide = 1002
const WideCellCall Wide = 1003
const WideHuge Wide = 1 << 63       // want `^owndeclaration.WideHuge is 9223372036854775808, which is not a disconnect reason$`
const WideMax Wide = math.MaxUint64 // want `^owndeclaration.WideMax is 18446744073709551615, which is not a disconnect reason$`

func wide(w Wide) bool {
	return w == 1<<63 // want `^9223372036854775808 is not a disconnect reason$`
}
