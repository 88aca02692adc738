// Package framework reads callbacks through a web framework's accessors.
package framework

import (
	"os"
	"reflect"
	"strings"

	"example.com/fixtures/callbacks-origins/web"
)

func handle(c *web.Context, tag reflect.StructTag) {
	if c.Query("disconnect_reason") == "1203" { // want `^disconnect_reason compared with "1203"; parse it into a reasons.Reason and compare with reasons.NoAnswer$`
	}
	if c.Param("releaser_type") == "cloud_server" { // want `^releaser_type carries decimal wire values, never "cloud_server"; parse it into a reasons.Source and compare with reasons.CloudServer$`
	}
	// Not a read of the request: an accessor of another name, a type of
	// the standard library, the environment, a function given the name.
	if c.Lookup("disconnect_reason") == "1203" || tag.Get("disconnect_reason") == "x" ||
		os.Getenv("releaser_type") == "prod" || strings.ToUpper("disconnect_reason") == "DISCONNECT_REASON" {
	}
}
