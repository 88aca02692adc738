package ownint

// bucket rounds v down to a multiple of width. A number passed as T, which
// admits more than a reason, is no reason; a value that the code converts
// to the reason type is one, whatever the parameter.
func bucket[T ~int](v, width T) T { return v / width * width }

func buckets(r DisconnectReason) {
	_ = bucket(r, 100)
	_ = bucket(DisconnectReason(1203), r) // want `^raw integer 1203 used as ownint.DisconnectReason; use ownint.ReasonNoAnswer$`
	_ = bucket(r, DisconnectReason(ReasonBusy))
}
