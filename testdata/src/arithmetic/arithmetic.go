package arithmetic

import "github.com/reasonlint/reasonlint/reasons"

// Reasons and sources are names with numbers, not quantities: arithmetic on
// them is reported as such, and its operands are no raw integers.
func arithmetic(r reasons.Reason, prev reasons.Source) {
	if reasons.Callee == prev+1 { // want `^arithmetic on reasons.Source; compare with its constants$`
	}
	if r/100 == 15 { // want `^arithmetic on reasons.Reason; compare with its constants, or its Category\(\) for a group of reasons$`
	}
	r += 1 // want `^arithmetic on reasons.Reason; compare with its constants`
	r++    // want `^arithmetic on reasons.Reason; compare with its constants`
	var next reasons.Source = reasons.Participant + 1 // want `^arithmetic on reasons.Source`
	_ = next
	_ = (r - 1000) * 2 // want `^arithmetic on reasons.Reason`
	_ = bucket(r, 100)
	_ = int(r) - 1000 // an int: what the code asked for
}

// A switch over arithmetic on a reason is arithmetic too: its cases are
// no raw integers, and it needs no case for every reason.
func grouped(r reasons.Reason) string {
	switch r / 100 { // want `^arithmetic on reasons.Reason; compare with its constants, or its Category\(\) for a group of reasons$`
	case 12:
		return "call"
	case 13:
		return "network"
	}
	return ""
}

// bucket's width is a T, which is no reason even where T is reasons.Reason.
func bucket[T ~int](v, width T) T { return v / width }

// Raw integers computed from untyped constants are raw integers.
func constants(r reasons.Reason) bool {
	return r == 1200+2 // want `^raw integer 1202 used as reasons.Reason; use reasons.Busy$`
}
