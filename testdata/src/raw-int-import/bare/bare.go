package bare

func lastMissed() bool {
	return last.Reason == 1203 // want `raw integer 1203 used as reasons.Reason; use reasons.NoAnswer`
}
