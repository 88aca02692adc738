// Package testutil holds what the tests of several of reasonlint's
// packages share: running commands and checking what they did, scratch
// modules that use reasonlint from this checkout, the findings that the
// reasonlint command prints as text and as JSON, the sections of the
// README that tests hold to the truth, and the switch that turns the
// end-to-end tests on.
//
// It depends on the standard library alone, so that the tests of every
// package of the module, the reasons and analyzer packages' own among
// them, can use it.
package testutil

import (
	"fmt"
	"go/types"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// E2EEnv is the environment variable that turns on the end-to-end tests:
// those that build golangci-lint or gopls, run go vet -vettool over the
// dependencies of a package, or drive an editor session. They run when it
// is "1".
const E2EEnv = "REASONLINT_E2E"

// E2E skips t unless the end-to-end tests are on (see [E2EEnv]). what
// says what makes the test slow, as in "builds gopls".
func E2E(t testing.TB, what string) {
	t.Helper()
	if os.Getenv(E2EEnv) != "1" {
		t.Skipf("end-to-end test (%s); run it with %s=1 go test ./...", what, E2EEnv)
	}
}

// Must returns v, and panics if err is not nil. It is for values that a
// test cannot do without, computed where there is no *testing.T, such as
// package-level variables.
func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// A Recorder is an analysistest.Testing that keeps the errors instead of
// failing a test, for tests that examine the errors themselves.
type Recorder struct {
	Errors []string // the errors, formatted, in the order reported
}

// Errorf records an error.
func (r *Recorder) Errorf(format string, args ...any) {
	r.Errors = append(r.Errors, fmt.Sprintf(format, args...))
}

// String returns the errors, one a line.
func (r *Recorder) String() string { return strings.Join(r.Errors, "\n") }

// An ImporterFunc is a function that is a types.Importer.
type ImporterFunc func(path string) (*types.Package, error)

// Import returns f(path).
func (f ImporterFunc) Import(path string) (*types.Package, error) { return f(path) }

// ReadFile returns the content of the file name; an error is fatal.
func ReadFile(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// WriteFile writes content to the file name, creating the directories it
// is in; an error is fatal.
func WriteFile(t testing.TB, name, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
