// Package events holds reasons without its users importing the reasons
// package.
package events

import "github.com/reasonlint/reasonlint/reasons"

type Ended struct {
	Reason reasons.Reason
	Source reasons.Source
}

type Source = reasons.Source
