// Command golangci is golangci-lint with reasonlint built in, made without
// `golangci-lint custom` (which clones the golangci-lint repository with
// git): a module of its own that requires golangci-lint and the reasonlint
// plugin, built with the go command and the module proxy alone. From the
// root of the repository:
//
//	(cd plugin/golangci && go build -o ../../custom-gcl .)
//	./custom-gcl run --config .golangci.example.yml ./example
//
// It takes the commands, flags and configuration of golangci-lint, and
// runs reasonlint where the configuration enables it; see package plugin.
// The end-to-end test of package plugin builds it. Its go.mod replaces
// reasonlint with this checkout; a copy of this module for a project of
// your own requires a released version instead.
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	_ "github.com/reasonlint/reasonlint/plugin"
)

func main() {
	info := commands.BuildInfo{
		GoVersion: runtime.Version(),
		Version:   golangciVersion() + "-reasonlint",
		Commit:    "(unknown)",
		Date:      "(unknown)",
	}
	if err := commands.Execute(info); err != nil {
		fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}

// golangciVersion returns the version of the golangci-lint module built
// in, without its "v".
func golangciVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, m := range bi.Deps {
			if m.Path == "github.com/golangci/golangci-lint/v2" {
				return strings.TrimPrefix(m.Version, "v")
			}
		}
	}
	return "unknown"
}
