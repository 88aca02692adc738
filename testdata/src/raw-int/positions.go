package rawint

import "github.com/reasonlint/reasonlint/reasons"

// A raw reason is found wherever an expression can be.

func index(b bool) int {
	if b {
		return 1
	}
	return 0
}

func ptr(b bool) *bool { return &b }

func positions(r reasons.Reason, xs []int, m map[bool]int, ch chan bool) bool {
	if ok := r == 1203; ok { // want `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$`
	} else if r == 1203 { // want `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$`
	}
	for i := index(r == 1203); i < index(r == 1203); i += index(r == 1203) { // want `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$` `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$` `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$`
	}
	for range []bool{r == 1203} { // want `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$`
	}
	_ = map[bool]bool{r == 1203: r == 1203}                    // want `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$` `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$`
	_ = xs[index(r == 1203):index(r == 1203):index(r == 1203)] // want `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$` `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$` `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$`
	_ = m[r == 1203]                                           // want `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$`
	_ = any(r == 1203).(bool)                                  // want `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$`
	_ = *ptr(r == 1203)                                        // want `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$`
	_ = !(r == 1203)                                           // want `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$`
	_ = func() bool { return r == 1203 }                       // want `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$`
	go index(r == 1203)                                        // want `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$`
	defer index(r == 1203)                                     // want `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$`
	ch <- r == 1203                                            // want `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$`
	xs[index(r == 1203)]++                                     // want `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$`
	m[r == 1203] = index(r == 1203)                            // want `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$` `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$`
	var declared = r == 1203                                   // want `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$`
	_ = declared
labeled:
	for r == 1203 { // want `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$`
		break labeled
	}
	select {
	case ch <- r == 1203: // want `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$`
		_ = r == 1203 // want `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$`
	default:
	}
	switch x := any(r == 1203); y := x.(type) { // want `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$`
	case bool:
		_ = y || r == 1203 // want `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$`
	}
	switch ok := r == 1203; ok { // want `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$`
	case r == 1203: // want `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$`
		_ = r == 1203 // want `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$`
	}
	return r == 1203 // want `^raw integer 1203 used as reasons.Reason; use reasons.NoAnswer$`
}
