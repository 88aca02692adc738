package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/reasonlint/reasonlint/analyzer"
	"github.com/reasonlint/reasonlint/internal/testutil"
)

// The tests run the reasonlint command the way its users do: directly, as
// go vet's -vettool, as a go tool of another module, with -json and with
// -fix. They build it once, in TestMain.

var (
	reasonlintBin string // the built command
	repoDir       string // the module's root
)

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "reasonlint-test-")
	if err != nil {
		fmt.Fprintf(os.Stderr, "reasonlint test: %v\n", err)
		os.Exit(1)
	}
	code, err := buildAndRun(m, dir)
	os.RemoveAll(dir)
	if err != nil {
		fmt.Fprintf(os.Stderr, "reasonlint test: %v\n", err)
		os.Exit(1)
	}
	os.Exit(code)
}

// buildAndRun builds the command into dir and runs the tests.
func buildAndRun(m *testing.M, dir string) (int, error) {
	var err error
	if repoDir, err = testutil.Root(); err != nil {
		return 0, err
	}
	reasonlintBin = filepath.Join(dir, "reasonlint")
	if err := testutil.Build(reasonlintBin, "./cmd/reasonlint"); err != nil {
		return 0, err
	}
	return m.Run(), nil
}

// categories are the categories of the analyzer's diagnostics.
var categories = analyzer.Categories

// reasonlintJSON runs reasonlint -json with args in dir, checks that it
// exits with status 0 and prints well-formed diagnostics of the analyzer's
// categories, and returns them.
func reasonlintJSON(t *testing.T, dir string, env []string, args ...string) []testutil.Diagnostic {
	t.Helper()
	r := testutil.MustRun(t, 0, dir, env, reasonlintBin, append([]string{"-json"}, args...)...)
	return checkJSON(t, r.Stdout)
}

// checkJSON parses what -json printed, checks that it is well formed and
// of the analyzer's categories, and returns the diagnostics.
func checkJSON(t *testing.T, out string) []testutil.Diagnostic {
	t.Helper()
	diags := testutil.ParseJSON(t, []byte(out))
	for _, d := range diags {
		if !slices.Contains(categories, d.Category) {
			t.Errorf("%s: category %q is not one of %q", d.Posn, d.Category, categories)
		}
	}
	return diags
}

// countCategory returns how many of diags are of category c.
func countCategory(diags []testutil.Diagnostic, c string) int {
	n := 0
	for _, d := range diags {
		if d.Category == c {
			n++
		}
	}
	return n
}

// logFindings logs findings under a heading.
func logFindings(t *testing.T, heading string, diags []testutil.Diagnostic) {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d finding(s)", heading, len(diags))
	for _, d := range diags {
		fmt.Fprintf(&b, "\n\t[%s] %s: %s", d.Category, d.Posn, d.Message)
	}
	t.Log(b.String())
}

// TestVet runs reasonlint as go vet's -vettool and checks that go vet
// reports what the command reports, with and without a flag, and that both
// reject a bad flag alike.
func TestVet(t *testing.T) {
	// go vet runs the tool on every dependency of ./example, the
	// standard library included, whenever the tool changes.
	testutil.E2E(t, "runs go vet -vettool over the dependencies of the example")
	t.Parallel()
	all := reasonlintJSON(t, repoDir, nil, "./example")
	if len(all) == 0 {
		t.Fatal("reasonlint -json ./example: no findings")
	}
	vet := testutil.MustRun(t, 1, repoDir, nil, "go", "vet", "-vettool="+reasonlintBin, "./example")
	if got, want := testutil.ParseText(t, repoDir, vet.Stderr), testutil.FindingsOf(all); !slices.Equal(got, want) {
		t.Errorf("go vet -vettool: findings differ from reasonlint's\ngo vet:\n%s\nreasonlint:\n%s", got, want)
	}

	t.Run("flag", func(t *testing.T) {
		t.Parallel()
		if countCategory(all, analyzer.CategoryRawInt) == 0 {
			t.Fatalf("./example has no %s finding: nothing for -%s=false to turn off", analyzer.CategoryRawInt, analyzer.FlagCheckRawInt)
		}
		off := "-" + analyzer.FlagCheckRawInt + "=false"
		directOff := reasonlintJSON(t, repoDir, nil, off, "./example")
		if n := countCategory(directOff, analyzer.CategoryRawInt); n > 0 {
			t.Errorf("reasonlint %s: %d finding(s) of category %s", off, n, analyzer.CategoryRawInt)
		}
		// Turning one check off leaves the others' findings.
		for _, d := range all {
			if d.Category != analyzer.CategoryRawInt && !slices.Contains(testutil.FindingsOf(directOff), testutil.Finding{Posn: d.Posn, Message: d.Message}) {
				t.Errorf("reasonlint %s lost a finding of category %s: %s: %s", off, d.Category, d.Posn, d.Message)
			}
		}
		vetOff := testutil.MustRun(t, 1, repoDir, nil, "go", "vet", "-vettool="+reasonlintBin, off, "./example")
		if got, want := testutil.ParseText(t, repoDir, vetOff.Stderr), testutil.FindingsOf(directOff); !slices.Equal(got, want) {
			t.Errorf("go vet -vettool %s: findings differ from reasonlint's\ngo vet:\n%s\nreasonlint:\n%s", off, got, want)
		}
	})

	t.Run("bad-flag", func(t *testing.T) {
		t.Parallel()
		for _, tt := range []struct{ flag, want string }{
			{"-no-such-flag", "flag provided but not defined: -no-such-flag"},
			{"-" + analyzer.FlagCheckRawInt + "=maybe", `invalid boolean value "maybe" for -` + analyzer.FlagCheckRawInt},
		} {
			for _, tool := range [][]string{
				{"go", "vet", "-vettool=" + reasonlintBin, tt.flag, "./example"},
				{reasonlintBin, tt.flag, "./example"},
			} {
				// Both exit with the flag package's usage status.
				r := testutil.MustRun(t, 2, repoDir, nil, tool[0], tool[1:]...)
				if !strings.Contains(r.Stderr, tt.want) {
					t.Errorf("%s: stderr does not say %q:\n%s", strings.Join(tool, " "), tt.want, r.Stderr)
				}
			}
		}
	})
}

// toolModule writes a scratch module with files, makes reasonlint a tool
// of it with go get -tool, and returns its directory.
func toolModule(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := testutil.Module(t, "example.com/calls", files)
	// reasonlint comes from the replacement, and its requirements from
	// the module cache, where building the command put them. The proxy
	// is off because go get looks up the tool's package path as a module
	// path first (github.com/reasonlint/reasonlint/cmd/reasonlint), and
	// a proxy that answers anything but "not found" for it fails the
	// command.
	const tool = testutil.ModulePath + "/cmd/reasonlint"
	testutil.MustRun(t, 0, dir, testutil.Offline, "go", "get", "-tool", tool)
	gomod := testutil.ReadFile(t, filepath.Join(dir, "go.mod"))
	if !regexp.MustCompile(`(?m)^tool ` + regexp.QuoteMeta(tool) + `$`).MatchString(gomod) {
		t.Fatalf("go get -tool did not add the tool directive:\n%s", gomod)
	}
	return dir
}

// paged is a package with a finding.
var paged = map[string]string{"calls/calls.go": `package calls

import "github.com/reasonlint/reasonlint/reasons"

// Paged reports whether r pages someone.
func Paged(r reasons.Reason) bool { return r == 1305 }
`}

// TestGoTool installs reasonlint as a tool of another module with go get
// -tool, and checks that go tool reasonlint, and go vet with the tool that
// go tool -n names, report what the command reports.
func TestGoTool(t *testing.T) {
	t.Parallel()
	dir := toolModule(t, paged)
	want := testutil.FindingsOf(reasonlintJSON(t, dir, testutil.Offline, "./..."))
	if len(want) == 0 {
		t.Fatal("reasonlint -json ./...: no findings")
	}
	r := testutil.MustRun(t, 3, dir, testutil.Offline, "go", "tool", "reasonlint", "./...")
	if got := testutil.ParseText(t, dir, r.Stderr); !slices.Equal(got, want) {
		t.Errorf("go tool reasonlint ./...: findings\n%s\nwant\n%s", got, want)
	}

	t.Run("vet", func(t *testing.T) {
		testutil.E2E(t, "runs go vet -vettool over the dependencies of a package")
		t.Parallel()
		// go tool -n prints where the tool is, for go vet -vettool.
		bin := strings.TrimSpace(testutil.MustRun(t, 0, dir, testutil.Offline, "go", "tool", "-n", "reasonlint").Stdout)
		vet := testutil.MustRun(t, 1, dir, testutil.Offline, "go", "vet", "-vettool="+bin, "./...")
		if got := testutil.ParseText(t, dir, vet.Stderr); !slices.Equal(got, want) {
			t.Errorf("go vet -vettool=$(go tool -n reasonlint) ./...: findings\n%s\nwant\n%s", got, want)
		}
	})
}

// TestJSON checks -json: valid JSON of the expected structure, the same
// findings as the text output, exit status 0, and the same bytes on every
// run.
func TestJSON(t *testing.T) {
	t.Parallel()
	first := testutil.MustRun(t, 0, repoDir, nil, reasonlintBin, "-json", "./example")
	diags := checkJSON(t, first.Stdout)
	text := testutil.ParseText(t, repoDir, testutil.MustRun(t, 3, repoDir, nil, reasonlintBin, "./example").Stderr)
	if got := testutil.FindingsOf(diags); !slices.Equal(got, text) {
		t.Errorf("-json findings differ from the text output\n-json:\n%s\ntext:\n%s", got, text)
	}
	if !slices.ContainsFunc(diags, func(d testutil.Diagnostic) bool { return len(d.SuggestedFixes) > 0 }) {
		t.Errorf("-json: no diagnostic has suggested_fixes")
	}
	second := testutil.MustRun(t, 0, repoDir, nil, reasonlintBin, "-json", "./example")
	if first.Stdout != second.Stdout {
		t.Errorf("-json output differs between two runs:\n%s\n---\n%s", first.Stdout, second.Stdout)
	}
}

// TestFix applies the suggested fixes to a copy of the module and checks
// that the result builds and that the fixed findings are gone.
func TestFix(t *testing.T) {
	t.Parallel()
	dir := testutil.CopyModule(t, "./example")
	before := reasonlintJSON(t, dir, nil, "./example")
	var fixed []testutil.Diagnostic
	for _, d := range before {
		if len(d.SuggestedFixes) > 0 {
			fixed = append(fixed, d)
		}
	}
	if len(fixed) == 0 {
		t.Fatal("./example has no finding with a suggested fix")
	}
	for _, c := range []string{analyzer.CategoryRawInt, analyzer.CategoryCode} {
		if countCategory(before, c) == 0 {
			t.Fatalf("./example has no finding of category %s", c)
		}
	}

	server := filepath.Join(dir, "example", "server.go")
	original := testutil.ReadFile(t, server)
	// -fix prints nothing.
	if r := testutil.MustRun(t, 0, dir, nil, reasonlintBin, "-fix", "./example"); r.Stdout+r.Stderr != "" {
		t.Errorf("-fix printed:\n%s%s", r.Stdout, r.Stderr)
	}
	fixedSrc := testutil.ReadFile(t, server)
	if fixedSrc == original {
		t.Fatalf("-fix did not change %s", server)
	}
	testutil.MustRun(t, 0, dir, nil, "go", "build", "./example")

	// The fixes removed what they fixed. (Fixes move lines, so findings
	// are matched by message.)
	after := reasonlintJSON(t, dir, nil, "./example")
	logFindings(t, "after -fix", after)
	for _, d := range fixed {
		if slices.ContainsFunc(after, func(a testutil.Diagnostic) bool { return a.Message == d.Message }) {
			t.Errorf("-fix applied %q but the finding remains: %s", d.SuggestedFixes[0].Message, d.Message)
		}
	}
	// One run is enough: the fixed code gives nothing more to fix.
	testutil.MustRun(t, 0, dir, nil, reasonlintBin, "-fix", "./example")
	if again := testutil.ReadFile(t, server); again != fixedSrc {
		t.Errorf("a second -fix changed %s again:\n%s", server, again)
	}

	// What remains without the switch check has no raw integers and no
	// codes: their fixes removed them all.
	noSwitch := "-" + analyzer.FlagCheckSwitch + "=false"
	remain := reasonlintJSON(t, dir, nil, noSwitch, "./example")
	logFindings(t, "remaining with "+noSwitch, remain)
	for _, d := range remain {
		if d.Category == analyzer.CategoryRawInt || d.Category == analyzer.CategoryCode {
			t.Errorf("after -fix: [%s] %s: %s", d.Category, d.Posn, d.Message)
		}
	}
	// The text output agrees, and its exit status tells whether anything
	// remains.
	want := 0
	if len(remain) > 0 {
		want = 3
	}
	text := testutil.MustRun(t, want, dir, nil, reasonlintBin, noSwitch, "./example")
	if got := testutil.ParseText(t, dir, text.Stderr); !slices.Equal(got, testutil.FindingsOf(remain)) {
		t.Errorf("after -fix: text findings\n%s\nwant\n%s", got, testutil.FindingsOf(remain))
	}
}
