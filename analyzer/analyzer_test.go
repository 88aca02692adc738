package analyzer_test

import (
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/reasonlint/reasonlint/analyzer"
)

// fixtures is the module of analysistest fixtures, one package per
// scenario.
var fixtures = must(filepath.Abs(filepath.Join("..", "testdata", "src")))

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// withFlags returns a new analyzer instance with the flags set.
func withFlags(t *testing.T, flags map[string]string) *analysis.Analyzer {
	t.Helper()
	a := analyzer.New()
	for name, value := range flags {
		if err := a.Flags.Set(name, value); err != nil {
			t.Fatal(err)
		}
	}
	return a
}

func TestSwitch(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, fixtures, analyzer.New(), "./switch")
}

func TestDefaultCase(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, fixtures, analyzer.New(), "./default-case")
}

func TestTypeParams(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, fixtures, analyzer.New(), "./typeparams")
}

func TestAliases(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, fixtures, analyzer.New(), "./aliases", "./dotimport")
}

func TestWebReasons(t *testing.T) {
	analysistest.Run(t, fixtures, withFlags(t, map[string]string{analyzer.FlagWebReasons: "true"}), "./web-reasons")
	analysistest.Run(t, fixtures, analyzer.New(), "./web-reasons-default")
}

func TestDefaultSignifiesExhaustive(t *testing.T) {
	analysistest.Run(t, fixtures, withFlags(t, map[string]string{analyzer.FlagDefaultSignifiesExhaustive: "true"}), "./default-signifies-exhaustive")
}

func TestCodeSwitch(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, fixtures, analyzer.New(), "./code-switch")
}

func TestMaps(t *testing.T) {
	analysistest.Run(t, fixtures, analyzer.New(), "./maps")
	analysistest.Run(t, fixtures, withFlags(t, map[string]string{analyzer.FlagCheckMaps: "true"}), "./check-maps")
}

func TestDirectives(t *testing.T) {
	analysistest.Run(t, fixtures, analyzer.New(), "./directives")
}

func TestGenerated(t *testing.T) {
	analysistest.Run(t, fixtures, analyzer.New(), "./generated")
	analysistest.Run(t, fixtures, withFlags(t, map[string]string{analyzer.FlagCheckGenerated: "true"}), "./check-generated")
}

// A project pinned to an older version of the reasons package is held to
// that version's members.
func TestOlderReasonsPackage(t *testing.T) {
	older := must(filepath.Abs(filepath.Join("..", "testdata", "older")))
	analysistest.Run(t, older, analyzer.New(), "./older")
}

func TestRawInt(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, fixtures, analyzer.New(), "./raw-int", "./raw-int-import/...")
}

// Where a local name shadows the reasons package, whatever the file calls
// it, no fix can name a constant, and none adds a second import.
func TestNoFixWhereShadowed(t *testing.T) {
	n := 0
	for _, r := range analysistest.Run(t, fixtures, analyzer.New(), "./raw-int-import/shadowed") {
		for _, d := range r.Diagnostics {
			n++
			if len(d.SuggestedFixes) != 0 {
				t.Errorf("%s: %q has a fix", r.Pass.Fset.Position(d.Pos), d.Message)
			}
		}
	}
	if n != 2 {
		t.Errorf("got %d diagnostics, want 2", n)
	}
}

func TestCodes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, fixtures, analyzer.New(), "./codes")
}

func TestCallbacks(t *testing.T) {
	analysistest.Run(t, fixtures, analyzer.New(), "./callbacks", "./callbacks-untyped")
}

// recorder is an analysistest.Testing that keeps the errors, for tests
// that examine the diagnostics themselves.
type recorder struct{ errors []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

// categories runs a on the fixture package and counts its diagnostics by
// category.
func categories(t *testing.T, a *analysis.Analyzer, pkg string) map[string]int {
	t.Helper()
	var rec recorder // the fixture has no expectations: ignore "unexpected diagnostic"
	counts := make(map[string]int)
	for _, res := range analysistest.Run(&rec, fixtures, a, pkg) {
		if res.Err != nil {
			t.Fatal(res.Err)
		}
		for _, d := range res.Diagnostics {
			counts[d.Category]++
		}
	}
	return counts
}

func TestEachCheckCanBeTurnedOff(t *testing.T) {
	all := categories(t, analyzer.New(), "./all-checks")
	want := map[string]int{
		analyzer.CategorySwitch: 1, analyzer.CategoryMap: 1, analyzer.CategoryRawInt: 1,
		analyzer.CategoryCode: 1, analyzer.CategoryCallback: 1, analyzer.CategoryDirective: 1,
	}
	if !maps.Equal(all, want) {
		t.Fatalf("default settings: got %v, want %v", all, want)
	}
	for flag, gone := range map[string][]string{
		analyzer.FlagCheckSwitch:    {analyzer.CategorySwitch, analyzer.CategoryMap},
		analyzer.FlagCheckRawInt:    {analyzer.CategoryRawInt},
		analyzer.FlagCheckCodes:     {analyzer.CategoryCode},
		analyzer.FlagCheckCallbacks: {analyzer.CategoryCallback},
	} {
		got := categories(t, withFlags(t, map[string]string{flag: "false"}), "./all-checks")
		want := maps.Clone(all)
		for _, cat := range gone {
			delete(want, cat)
		}
		if !maps.Equal(got, want) {
			t.Errorf("-%s=false: got %v, want %v", flag, got, want)
		}
	}
}

// Two instances with different settings do not share them.
func TestInstancesAreIndependent(t *testing.T) {
	off := withFlags(t, map[string]string{analyzer.FlagCheckRawInt: "false"})
	if got := categories(t, off, "./all-checks")[analyzer.CategoryRawInt]; got != 0 {
		t.Errorf("instance with -check-raw-int=false reported %d raw integers", got)
	}
	if got := categories(t, analyzer.New(), "./all-checks")[analyzer.CategoryRawInt]; got != 1 {
		t.Errorf("a new instance reported %d raw integers, want 1", got)
	}
	if got := categories(t, analyzer.Analyzer, "./all-checks")[analyzer.CategoryRawInt]; got != 1 {
		t.Errorf("analyzer.Analyzer reported %d raw integers, want 1", got)
	}
}

// TestFixMessages pins the message of every kind of suggested fix.
func TestFixMessages(t *testing.T) {
	got := make(map[string]bool)
	for _, pkg := range []string{"./default-case", "./raw-int", "./codes", "./code-switch"} {
		var rec recorder
		for _, res := range analysistest.Run(&rec, fixtures, analyzer.New(), pkg) {
			for _, d := range res.Diagnostics {
				for _, fix := range d.SuggestedFixes {
					got[fix.Message] = true
				}
			}
		}
	}
	for _, want := range []string{
		"Add missing cases",
		"Replace 1203 with reasons.NoAnswer",
		"Replace 4 with reasons.CloudServer",
		`Replace "BUSSY" with "BUSY"`,
		`Replace "NO_ANSWER" with "NOANSWER"`,
		"Compare with reasons.Busy",
		"Switch on the reasons.Source",
	} {
		if !got[want] {
			t.Errorf("no fix %q among %q", want, slices.Sorted(maps.Keys(got)))
		}
	}
}
