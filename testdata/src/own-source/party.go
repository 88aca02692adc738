package ownsource

// Party names the releasers as LINE Planet does.
type Party string

const (
	PartyCallee      Party = "Callee"
	PartyCaller      Party = "Caller"
	PartyParticipant Party = "Participant"
	PartyCloudServer Party = "CloudServer"
	PartyAppServer   Party = "AppServer"
)

// A case that a fix rewrites covers what it names, and the fix that adds
// the missing cases does not add it again; one fix writes a constant once
// in a switch, and in a chain of || and &&.
func releasedBy(p Party) bool {
	switch p { // want `^missing cases in switch of type ownsource.Party: ownsource.PartyParticipant, ownsource.PartyCloudServer, ownsource.PartyAppServer$`
	case "Calee": // want `^unknown disconnect source "Calee"; did you mean "Callee"\?; use ownsource.PartyCallee$`
		return true
	case "Caller", "caller": // want `^raw name "Caller" used as ownsource.Party; use ownsource.PartyCaller$` `^"caller" is the Web spelling; the disconnect source name is "Caller"; use ownsource.PartyCaller$`
		return false
	}
	return p == "CloudServer" || p == "cloud_server" // want `^raw name "CloudServer" used as ownsource.Party; use ownsource.PartyCloudServer$` `^"cloud_server" is the Web spelling; the disconnect source name is "CloudServer"; use ownsource.PartyCloudServer$`
}
