package ownint

import (
	"net/http"
	"strconv"
)

// A callback value parsed into an own type, which has no Category, bounds
// a range of its constants.
func released(req *http.Request) string {
	n, _ := strconv.Atoi(req.URL.Query().Get("disconnect_reason"))
	r := DisconnectReason(n)
	if r >= 1500 { // want `^1500 is not a disconnect reason; compare with the constants of ownint.DisconnectReason rather than ranges of values$`
		return "service"
	}
	if r >= 1501 { // want `^disconnect_reason compared with raw integer 1501; compare with the constants of ownint.DisconnectReason rather than ranges of values$`
		return "service"
	}
	if n >= 1300 { // want `^1300 is not a disconnect reason; compare Category\(\) rather than ranges of values$`
		return "network"
	}
	return ""
}
