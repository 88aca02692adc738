package ownsource

// Who holds who ended a call as WebPlanetKit spells it: the constants that
// the fix adds are spelled so too, and so are the names it is compared
// with.
//
//reasonlint:source
type Who string // want `^ownsource.Who lacks 3 disconnect sources of LINE Planet's: 3 Participant, 4 CloudServer, 5 AppServer$`

const (
	WhoCallee Who = "callee"
	WhoCaller Who = "caller"
)

func byServer(w Who) bool {
	if w == "cloud_server" { // want `^raw name "cloud_server" used as ownsource.Who, which declares no constant for it$`
		return true
	}
	if w == "AppServer" { // want `^"AppServer" is the disconnect source name; ownsource.Who spells it as WebPlanetKit does, "app_server"$`
		return true
	}
	return w == "participnt" // want `^unknown disconnect source "participnt"; did you mean "participant"\?$`
}
