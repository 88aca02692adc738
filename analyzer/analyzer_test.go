package analyzer_test

import (
	"bytes"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/reasonlint/reasonlint/analyzer"
	"github.com/reasonlint/reasonlint/internal/testutil"
)

// fixtures is the module of analysistest fixtures, one package per
// scenario.
var fixtures = testutil.Must(filepath.Abs(filepath.Join("..", "testdata", "src")))

// withFlags returns a new analyzer instance with the flags set.
func withFlags(t testing.TB, flags map[string]string) *analysis.Analyzer {
	t.Helper()
	a := analyzer.New()
	for name, value := range flags {
		if err := a.Flags.Set(name, value); err != nil {
			t.Fatal(err)
		}
	}
	return a
}

// scenarios are the fixture packages by the settings they are checked
// with. Each set is loaded once; the sets run in parallel. Fixes are
// applied and compared with the .golden files beside the sources.
var scenarios = []struct {
	name     string
	flags    map[string]string
	patterns []string
}{
	{"defaults", nil, []string{
		"./switch", "./default-case", "./typeparams", "./aliases", "./dotimport",
		"./code-switch", "./code-switch-import", "./maps", "./web-reasons-default",
		"./raw-int", "./raw-int-import/...", "./arithmetic", "./codes",
		"./callbacks", "./callbacks-untyped", "./callbacks-origins/...", "./callbacks-release",
		"./directives", "./ignore-checks", "./generated",
		"./own-int", "./own-proto", "./own-string", "./own-source", "./own-declaration",
		"./own-untyped", "./own-marked", "./own-near-miss", "./own-cross/...", "./own-blank", "./own-styles",
	}},
	{"web-reasons", map[string]string{analyzer.FlagWebReasons: "true"}, []string{"./web-reasons"}},
	{"default-signifies-exhaustive", map[string]string{analyzer.FlagDefaultSignifiesExhaustive: "true"}, []string{"./default-signifies-exhaustive"}},
	{"require-default", map[string]string{analyzer.FlagRequireDefault: "true"}, []string{"./require-default"}},
	{"check-maps", map[string]string{analyzer.FlagCheckMaps: "true"}, []string{"./check-maps"}},
	{"check-generated", map[string]string{analyzer.FlagCheckGenerated: "true"}, []string{"./check-generated", "./own-proto-generated"}},
	{"detect-own-types=false", map[string]string{analyzer.FlagDetectOwnTypes: "false"}, []string{"./own-detect-off"}},
	{"check-raw-int=false", map[string]string{analyzer.FlagCheckRawInt: "false"}, []string{"./ignore-checks-off"}},
}

func TestScenarios(t *testing.T) {
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			t.Parallel()
			results := analysistest.RunWithSuggestedFixes(t, fixtures, withFlags(t, sc.flags), sc.patterns...)
			if sc.flags == nil {
				checkFixMessages(t, results)
			}
			checkGoldensFixed(t, results)
		})
	}
	t.Run("older", func(t *testing.T) {
		// A project pinned to an older version of the reasons package is
		// held to that version's members.
		t.Parallel()
		older := testutil.Must(filepath.Abs(filepath.Join("..", "testdata", "older")))
		analysistest.Run(t, older, analyzer.New(), "./older")
	})
}

// Where a local name shadows the reasons package, whatever the file calls
// it, no fix can name a constant, and none adds a second import; where a
// package reaches the reasons package only through others, no fix names
// its constants.
func TestNoFix(t *testing.T) {
	t.Parallel()
	n := 0
	for _, r := range analysistest.Run(t, fixtures, analyzer.New(), "./raw-int-import/shadowed", "./raw-int-import/indirect") {
		for _, d := range r.Diagnostics {
			n++
			if len(d.SuggestedFixes) != 0 {
				t.Errorf("%s: %q has a fix", r.Pass.Fset.Position(d.Pos), d.Message)
			}
		}
	}
	if n != 9 {
		t.Errorf("got %d diagnostics, want 9", n)
	}
}

// A fix that writes a constant whose declaration's fix changes its value
// carries that edit: applied alone, it means what it says.
func TestFixCarriesDeclaration(t *testing.T) {
	t.Parallel()
	var rec testutil.Recorder // the expectations are TestScenarios's
	found := false
	for _, res := range analysistest.Run(&rec, fixtures, analyzer.New(), "./own-declaration") {
		for _, d := range res.Diagnostics {
			if d.Message != "raw integer 1203 used as owndeclaration.Reason; use owndeclaration.ReasonNoAnswer" {
				continue
			}
			found = true
			files := make(map[string]bool)
			for _, fix := range d.SuggestedFixes {
				for _, edit := range fix.TextEdits {
					files[filepath.Base(res.Pass.Fset.File(edit.Pos).Name())] = true
				}
			}
			if !files["dupes.go"] || !files["declaration.go"] {
				t.Errorf("the fix of %q edits %v, want dupes.go and declaration.go", d.Message, slices.Sorted(maps.Keys(files)))
			}
		}
	}
	if !found {
		t.Error("no finding for r == 1203 in own-declaration")
	}
}

// checkFixMessages checks that the fixtures have a fix of every kind, with
// the message it must have.
func checkFixMessages(t *testing.T, results []*analysistest.Result) {
	got := make(map[string]bool)
	for _, res := range results {
		for _, d := range res.Diagnostics {
			for _, fix := range d.SuggestedFixes {
				got[fix.Message] = true
			}
		}
	}
	for _, want := range []string{
		"Add missing cases",
		"Replace 1203 with reasons.NoAnswer",
		"Replace 4 with reasons.CloudServer",
		"Replace 1203 with ownint.ReasonNoAnswer",
		"Replace 1208 with ownint.ReasonMaxCallTimeExceeded",
		`Replace "BUSSY" with "BUSY"`,
		`Replace "NO_ANSWER" with "NOANSWER"`,
		`Replace "NOANSWER" with ownstring.CodeNoAnswer`,
		"Replace 1203 with 1202",
		"Replace 1203 with int(reasons.NoAnswer)",
		"Compare with reasons.Busy",
		"Switch on the reasons.Source",
		"Add the missing constants",
	} {
		if !got[want] {
			t.Errorf("no fix %q among %q", want, slices.Sorted(maps.Keys(got)))
		}
	}
}

// checkGoldensFixed checks that every file whose .golden file differs
// from it gets fixes: analysistest compares only the files that fixes
// edit with their golden files.
func checkGoldensFixed(t *testing.T, results []*analysistest.Result) {
	t.Helper()
	edited := make(map[string]bool)
	for _, res := range results {
		for _, d := range res.Diagnostics {
			for _, fix := range d.SuggestedFixes {
				for _, edit := range fix.TextEdits {
					edited[res.Pass.Fset.File(edit.Pos).Name()] = true
				}
			}
		}
	}
	for _, res := range results {
		for _, f := range res.Pass.Files {
			name := res.Pass.Fset.File(f.Pos()).Name()
			golden, err := os.ReadFile(name + ".golden")
			if err != nil || edited[name] {
				continue
			}
			if src, err := os.ReadFile(name); err == nil && !bytes.Equal(src, golden) {
				t.Errorf("%s differs from its .golden file, but no fix edits it", name)
			}
		}
	}
}

// categories runs a on the fixture package and counts its diagnostics by
// category.
func categories(t *testing.T, a *analysis.Analyzer, pkg string) map[string]int {
	t.Helper()
	var rec testutil.Recorder // the fixture has no expectations: ignore "unexpected diagnostic"
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

// Each flag that turns a check off turns off its categories, and only
// them; instances keep their settings to themselves.
func TestEachCheckCanBeTurnedOff(t *testing.T) {
	t.Parallel()
	want := map[string]int{
		analyzer.CategorySwitch: 1, analyzer.CategoryMap: 1, analyzer.CategoryRawInt: 1, analyzer.CategoryArithmetic: 1,
		analyzer.CategoryCode: 1, analyzer.CategoryCallback: 1, analyzer.CategoryDeclaration: 1, analyzer.CategoryDirective: 1,
	}
	if got := categories(t, analyzer.New(), "./all-checks"); !maps.Equal(got, want) {
		t.Fatalf("default settings: got %v, want %v", got, want)
	}
	if got := categories(t, analyzer.Analyzer, "./all-checks"); !maps.Equal(got, want) {
		t.Fatalf("analyzer.Analyzer: got %v, want %v", got, want)
	}
	if got := slices.Sorted(maps.Keys(want)); !slices.Equal(got, slices.Sorted(slices.Values(analyzer.Categories))) {
		t.Errorf("./all-checks has findings of %v, want one of each of %v", got, analyzer.Categories)
	}
	for flag, gone := range map[string][]string{
		analyzer.FlagCheckSwitch:    {analyzer.CategorySwitch, analyzer.CategoryMap},
		analyzer.FlagCheckRawInt:    {analyzer.CategoryRawInt, analyzer.CategoryArithmetic},
		analyzer.FlagCheckCodes:     {analyzer.CategoryCode},
		analyzer.FlagCheckCallbacks: {analyzer.CategoryCallback},
	} {
		t.Run(flag, func(t *testing.T) {
			t.Parallel()
			got := categories(t, withFlags(t, map[string]string{flag: "false"}), "./all-checks")
			want := maps.Clone(want)
			for _, cat := range gone {
				delete(want, cat)
			}
			if !maps.Equal(got, want) {
				t.Errorf("-%s=false: got %v, want %v", flag, got, want)
			}
		})
	}
}

// The golden files are compared once gofmt has formatted them; the white
// space that fixes insert, which an editor applies as it is, is checked
// here: as the file indents its lines, told from the syntax where gofmt
// has formatted it, and read from the source where not.
func TestFixIndentation(t *testing.T) {
	t.Parallel()
	want := map[int]string{ // the line of a switch: the text its fix inserts
		8:  "case reasons.CloudServer:\n    case reasons.AppServer:\n    ",
		19: "case reasons.AppServer:\n\t",
		30: "case reasons.AppServer:\n\t\t",
	}
	got := make(map[int]string)
	for _, res := range analysistest.Run(t, fixtures, analyzer.New(), "./switch") {
		for _, d := range res.Diagnostics {
			posn := res.Pass.Fset.Position(d.Pos)
			if filepath.Base(posn.Filename) != "spaces.go" || len(d.SuggestedFixes) == 0 {
				continue
			}
			for _, e := range d.SuggestedFixes[0].TextEdits {
				got[posn.Line] += string(e.NewText)
			}
		}
	}
	for line, text := range want {
		if got[line] != text {
			t.Errorf("spaces.go:%d: the fix inserts %q, want %q", line, got[line], text)
		}
	}
}
