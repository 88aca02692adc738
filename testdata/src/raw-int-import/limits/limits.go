// Package limits holds untyped constants that other packages compare with
// reasons and sources: each is a raw value where it stands for one.
package limits

const (
	Busy     = 1202
	Declined = 1203.0 // of integer value: an integer type takes it as 1203
	Cloud    = 4
)
