// Package ownsource keeps who ended a call in a type of its own.
package ownsource

// Releaser is LINE Planet's releaser_type.
type Releaser uint8

// The releasers.
const (
	ReleaserCallee      Releaser = 1
	ReleaserCaller      Releaser = 2
	ReleaserParticipant Releaser = 3
	ReleaserCloudServer Releaser = 4
	ReleaserAppServer   Releaser = 5
)

func billed(r Releaser) bool {
	switch r { // want `^missing cases in switch of type ownsource.Releaser: ownsource.ReleaserParticipant, ownsource.ReleaserCloudServer, ownsource.ReleaserAppServer$`
	case ReleaserCallee, ReleaserCaller:
		return true
	}
	return r == 4 || r == 9 // want `^raw integer 4 used as ownsource.Releaser; use ownsource.ReleaserCloudServer$` `^9 is not a disconnect source$`
}

// Side numbers the releasers from iota, 0 left unnamed.
type Side int

const (
	_ Side = iota
	SideCallee
	SideCaller
	SideParticipant
	SideCloudServer
	SideAppServer
)

func party(s Side) bool {
	switch s { // want `^missing cases in switch of type ownsource.Side: ownsource.SideCloudServer, ownsource.SideAppServer$`
	case SideCallee, SideCaller, SideParticipant:
		return true
	}
	return s == 0
}
