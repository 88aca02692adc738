package pkgcomment // billing

func busy(e Ended) bool {
	return e.Reason == 1202 // want `^raw integer 1202 used as reasons.Reason; use reasons.Busy$`
}
