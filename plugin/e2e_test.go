package plugin_test

// The end-to-end test: golangci-lint with the plugin built in, by the
// module in golangci/, run on a copy of the example.

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/reasonlint/reasonlint/analyzer"
	"github.com/reasonlint/reasonlint/internal/testutil"
)

// e2eSettings are the settings of the end-to-end test, as YAML values. Not
// the defaults, so that the findings show whether golangci-lint passed
// them on.
var e2eSettings = map[string]string{analyzer.FlagWebReasons: "true"}

func TestGolangciLint(t *testing.T) {
	testutil.E2E(t, "builds golangci-lint, minutes when the build cache is cold")
	t.Parallel()
	gcl := buildGolangciLint(t)

	t.Run("findings", func(t *testing.T) {
		t.Parallel()
		dir := copyModule(t)
		writeConfig(t, dir, e2eSettings)
		want := analyze(t, dir, e2eSettings)
		if defaults := analyze(t, dir, nil); equal(want, defaults) {
			t.Fatalf("the settings %v change nothing in the findings on the example", e2eSettings)
		}
		got := runGolangciLint(t, gcl, dir)
		if !equal(got, want) {
			t.Errorf("golangci-lint findings differ from reasonlint's:\n%s", diff(got, want))
		}
	})

	t.Run("nolint", func(t *testing.T) {
		t.Parallel()
		dir := copyModule(t)
		writeConfig(t, dir, e2eSettings)
		all := analyze(t, dir, e2eSettings)
		i := slices.IndexFunc(all, func(f finding) bool { return f.category == analyzer.CategoryRawInt })
		if i < 0 {
			t.Fatal("no raw-int finding on the example")
		}
		file, line := all[i].file, all[i].line
		appendToLine(t, filepath.Join(dir, file), line, " //nolint:reasonlint // deliberate")
		if got := analyze(t, dir, e2eSettings); !equal(got, all) {
			t.Fatalf("the nolint comment changed reasonlint's own findings:\n%s", diff(got, all))
		}
		want := slices.DeleteFunc(slices.Clone(all), func(f finding) bool { return f.file == file && f.line == line })
		if len(want) == len(all) || len(want) == 0 {
			t.Fatalf("line %d holds %d of the %d findings; want some but not all", line, len(all)-len(want), len(all))
		}
		got := runGolangciLint(t, gcl, dir)
		if !equal(got, want) {
			t.Errorf("with //nolint:reasonlint on %s:%d, golangci-lint findings differ:\n%s", file, line, diff(got, want))
		}
	})

	t.Run("fix", func(t *testing.T) {
		t.Parallel()
		dir := copyModule(t)
		writeConfig(t, dir, e2eSettings)
		findings := analyze(t, dir, e2eSettings)
		for _, c := range []string{analyzer.CategoryRawInt, analyzer.CategoryCode} {
			if !slices.ContainsFunc(findings, func(f finding) bool { return f.category == c && f.fixes > 0 }) {
				t.Fatalf("no %s finding with a fix on the example", c)
			}
		}
		// A fixed line can have a finding of its own (a misspelled code,
		// once corrected, is a code compared as a string), as with
		// reasonlint -fix: fix until no finding has a fix.
		const maxRounds = 3
		for round := 1; slices.ContainsFunc(findings, fixable); round++ {
			t.Logf("golangci-lint --fix, run %d", round)
			if round > maxRounds {
				t.Fatalf("findings with a fix after %d runs of golangci-lint --fix:\n%s", maxRounds, diff(nil, findings))
			}
			// golangci-lint applies the fixes and prints the findings
			// without one.
			unfixable := slices.DeleteFunc(slices.Clone(findings), fixable)
			if got := runGolangciLint(t, gcl, dir, "--fix"); !equal(got, unfixable) {
				t.Errorf("golangci-lint --fix printed other findings than those without a fix:\n%s", diff(got, unfixable))
			}
			if r := testutil.Run(t, dir, nil, "go", "build", "./example"); r.Code != 0 {
				t.Fatalf("the example fixed by golangci-lint --fix does not build:\n%s", r.Stderr)
			}
			findings = analyze(t, dir, e2eSettings)
		}
		for _, f := range findings {
			if f.category == analyzer.CategoryRawInt || f.category == analyzer.CategoryCode {
				t.Errorf("after golangci-lint --fix: %v", f)
			}
		}
		if got := runGolangciLint(t, gcl, dir); !equal(got, findings) {
			t.Errorf("after --fix, golangci-lint findings differ from reasonlint's:\n%s", diff(got, findings))
		}
	})

	t.Run("bad settings", func(t *testing.T) {
		t.Parallel()
		for _, test := range []struct {
			settings map[string]string
			want     string
		}{
			{map[string]string{"web-reason": "true"}, `plugin: unknown setting "web-reason"`},
			{map[string]string{analyzer.FlagWebReasons: "yes"}, `plugin: setting "web-reasons" must be bool; got "yes"`},
		} {
			dir := copyModule(t)
			writeConfig(t, dir, test.settings)
			stdout, stderr, code := golangciLint(t, gcl, dir, "./example")
			if code != 3 || !strings.Contains(stderr, test.want) {
				t.Errorf("settings %v: exit status %d, want 3 with %q; stdout:\n%s\nstderr:\n%s", test.settings, code, test.want, stdout, stderr)
			}
		}
	})

	// The example configuration sets every setting to its default (see
	// TestExampleConfig), and enables the standard linters too.
	t.Run("example config", func(t *testing.T) {
		t.Parallel()
		dir := copyModule(t)
		cfg, err := os.ReadFile(filepath.Join("..", ".golangci.example.yml"))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, ".golangci.yml"), cfg, 0o666); err != nil {
			t.Fatal(err)
		}
		want := analyze(t, dir, nil)
		if got := runGolangciLint(t, gcl, dir, "--enable-only=reasonlint"); !equal(got, want) {
			t.Errorf("with .golangci.example.yml, golangci-lint findings differ from reasonlint's:\n%s", diff(got, want))
		}
	})

	t.Run("exit codes", func(t *testing.T) {
		t.Parallel()
		testExitCodes(t, gcl)
	})

	t.Run("recipes", func(t *testing.T) {
		t.Parallel()
		testRecipes(t, gcl)
	})
}

// clean is a package without findings.
var clean = map[string]string{"calls/calls.go": `package calls

import "github.com/reasonlint/reasonlint/reasons"

// Paged reports whether r pages someone.
func Paged(r reasons.Reason) bool { return r == reasons.ServerInternalError }
`}

// broken is a package with a type error.
var broken = map[string]string{"p/p.go": "package p\n\nimport \"github.com/reasonlint/reasonlint/reasons\"\n\nvar r reasons.Reason = \"BUSY\"\n"}

// testExitCodes runs golangci-lint's commands of the README's table of
// exit codes in each case of the table (see cmd/reasonlint's
// TestReadmeExitCodes for the others), and checks the exit status it
// shows.
func testExitCodes(t *testing.T, gcl string) {
	columns, rows := testutil.ReadmeExitCodes(t)
	path := filepath.Dir(gcl) + string(filepath.ListSeparator) + os.Getenv("PATH")
	n := 0
	for _, row := range rows {
		if !strings.HasPrefix(row.Command, "custom-gcl run ") || strings.Count(row.Command, "./...") != 1 {
			continue
		}
		n++
		for _, col := range columns {
			t.Run(row.Command+"/"+col, func(t *testing.T) {
				t.Parallel()
				var dir, pkgs string
				switch col {
				case "No findings":
					dir, pkgs = testutil.Module(t, "example.com/calls", clean), "./..."
				case "Findings":
					dir, pkgs = copyModule(t), "./example"
				case "Code that does not compile":
					dir, pkgs = testutil.Module(t, "example.com/calls", broken), "./..."
				case "Unknown flag":
					dir, pkgs = testutil.Module(t, "example.com/calls", clean), "--no-such-flag ./..."
				default:
					t.Fatalf("README's exit codes: no case for the column %q", col)
				}
				writeConfig(t, dir, nil)
				command := strings.Replace(row.Command, "./...", pkgs, 1)
				env := append(slices.Concat(testutil.Offline, gclEnv(t)), "PATH="+path)
				r := testutil.Run(t, dir, env, "bash", "-euo", "pipefail", "-c", command)
				if want := row.Status[col]; r.Code != want {
					t.Errorf("%s: exit status %d, README says %d\nstdout:\n%s\nstderr:\n%s", command, r.Code, want, r.Stdout, r.Stderr)
				}
			})
		}
	}
	if n == 0 {
		t.Error("README's exit codes: no row for custom-gcl run ./...")
	}
}

// testRecipes runs the README's recipes for CI that run golangci-lint,
// with it at ./custom-gcl, on the example and on a clean package: they
// report the findings and fail, and pass. (cmd/reasonlint's
// TestReadmeRecipes runs them without it.)
func testRecipes(t *testing.T, gcl string) {
	n := 0
	for _, recipe := range testutil.ReadmeRecipes(t) {
		if !strings.Contains(recipe, "custom-gcl") {
			continue
		}
		n++
		run := func(t *testing.T, dir string) testutil.Result {
			t.Helper()
			writeConfig(t, dir, nil)
			if err := os.Symlink(gcl, filepath.Join(dir, "custom-gcl")); err != nil {
				t.Fatal(err)
			}
			env := slices.Concat(testutil.Offline, gclEnv(t))
			return testutil.Run(t, dir, env, "bash", "-euo", "pipefail", "-c", recipe)
		}
		dir := copyModule(t)
		want := analyze(t, dir, nil)
		r := run(t, dir)
		if r.Code == 0 {
			t.Errorf("on the example, the recipe exits with status 0:\n%s", recipe)
		}
		for _, f := range want {
			if !strings.Contains(r.Stdout, f.message) {
				t.Errorf("the recipe does not report %s\nstdout:\n%s\nstderr:\n%s", f, r.Stdout, r.Stderr)
			}
		}
		if r := run(t, testutil.Module(t, "example.com/calls", clean)); r.Code != 0 {
			t.Errorf("on a clean package, the recipe exits with status %d:\n%s\nstdout:\n%s\nstderr:\n%s", r.Code, recipe, r.Stdout, r.Stderr)
		}
	}
	if n == 0 {
		t.Error("README has no recipe for CI that runs custom-gcl")
	}
}

// buildGolangciLint builds the golangci-lint of the module in golangci/
// and returns its path.
func buildGolangciLint(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "custom-gcl") // as the README names it
	// Stop the build a little before the test times out, to say why.
	ctx := context.Background()
	if deadline, ok := t.Deadline(); ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithDeadline(ctx, deadline.Add(-time.Minute))
		defer cancel()
	}
	cmd := exec.CommandContext(ctx, "go", "build", "-o", bin, ".")
	cmd.Dir = "golangci"
	out, err := cmd.CombinedOutput()
	if ctx.Err() != nil {
		t.Fatalf("building golangci-lint: not done a minute before the test's timeout; with an empty build cache, run go test with -timeout 20m")
	}
	if err != nil {
		t.Fatalf("building golangci-lint: %v\n%s\n(after a change of requirements, run go mod tidy in plugin/golangci)", err, out)
	}
	return bin
}

// copyModule returns a temporary copy of the parts of the module that the
// example needs.
func copyModule(t *testing.T) string {
	t.Helper()
	return testutil.CopyModule(t, "./example")
}

// writeConfig writes a golangci-lint configuration to dir that runs
// reasonlint alone with the settings, given as YAML values.
func writeConfig(t *testing.T, dir string, settings map[string]string) {
	t.Helper()
	var b strings.Builder
	b.WriteString(`version: "2"
linters:
  default: none
  enable:
    - reasonlint
  settings:
    custom:
      reasonlint:
        type: module
        settings:
`)
	for _, name := range slices.Sorted(maps.Keys(settings)) {
		fmt.Fprintf(&b, "          %s: %s\n", name, settings[name])
	}
	b.WriteString(`issues:
  max-issues-per-linter: 0
  max-same-issues: 0
  uniq-by-line: false
`)
	testutil.WriteFile(t, filepath.Join(dir, ".golangci.yml"), b.String())
}

// A finding is a diagnostic of reasonlint.
type finding struct {
	file      string // relative to the module
	line, col int
	message   string
	category  string // reasonlint's findings only
	fixes     int    // reasonlint's findings only: how many fixes it suggests
}

// fixable reports whether reasonlint suggests a fix for f.
func fixable(f finding) bool { return f.fixes > 0 }

// String returns what two findings must agree on, whoever reported them.
func (f finding) String() string {
	return fmt.Sprintf("%s:%d:%d: %s", f.file, f.line, f.col, f.message)
}

// equal reports whether x and y hold the same findings.
func equal(x, y []finding) bool {
	return slices.Equal(strs(x), strs(y))
}

// diff shows the findings of got and want that the other lacks.
func diff(got, want []finding) string {
	var b strings.Builder
	g, w := strs(got), strs(want)
	for _, s := range g {
		if !slices.Contains(w, s) {
			fmt.Fprintf(&b, "unexpected: %s\n", s)
		}
	}
	for _, s := range w {
		if !slices.Contains(g, s) {
			fmt.Fprintf(&b, "missing: %s\n", s)
		}
	}
	if b.Len() == 0 {
		fmt.Fprintf(&b, "got  %q\nwant %q\n", g, w) // duplicates differ
	}
	return b.String()
}

func strs(fs []finding) []string {
	var s []string
	for _, f := range fs {
		s = append(s, f.String())
	}
	slices.Sort(s)
	return s
}

// rel returns file relative to the module dir.
func rel(t *testing.T, dir, file string) string {
	t.Helper()
	d, err := filepath.EvalSymlinks(dir)
	if err != nil {
		t.Fatal(err)
	}
	f, err := filepath.EvalSymlinks(file)
	if err != nil {
		t.Fatal(err)
	}
	r, err := filepath.Rel(d, f)
	if err != nil {
		t.Fatal(err)
	}
	return filepath.ToSlash(r)
}

// analyze returns reasonlint's findings on the example in the module
// dir, with the flags set to the settings.
func analyze(t *testing.T, dir string, settings map[string]string) []finding {
	t.Helper()
	a := analyzer.New()
	for name, value := range settings {
		if err := a.Flags.Set(name, value); err != nil {
			t.Fatal(err)
		}
	}
	mode := packages.LoadSyntax // the dependencies' types, from export data
	if len(a.FactTypes) > 0 {
		mode = packages.LoadAllSyntax // facts come from analyzing the dependencies
	}
	cfg := &packages.Config{Mode: mode, Dir: dir}
	pkgs, err := packages.Load(cfg, "./example")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("the example does not load")
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var fs []finding
	for _, act := range graph.Roots {
		if act.Err != nil {
			t.Fatal(act.Err)
		}
		for _, d := range act.Diagnostics {
			posn := act.Package.Fset.Position(d.Pos)
			fs = append(fs, finding{
				file:     rel(t, dir, posn.Filename),
				line:     posn.Line,
				col:      posn.Column,
				message:  d.Message,
				category: d.Category,
				fixes:    len(d.SuggestedFixes),
			})
		}
	}
	return fs
}

// runGolangciLint runs golangci-lint on the example in the module dir and
// returns its findings. It fails the test unless golangci-lint exits with
// status 1 and findings, or 0 and none.
func runGolangciLint(t *testing.T, gcl, dir string, args ...string) []finding {
	t.Helper()
	args = append(args, "--output.json.path=stdout", "--show-stats=false", "--path-mode=abs", "./example")
	stdout, stderr, code := golangciLint(t, gcl, dir, args...)
	var out struct {
		Issues []struct {
			FromLinter string
			Text       string
			Pos        struct {
				Filename     string
				Line, Column int
			}
		}
	}
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatalf("golangci-lint %s: %v; stdout:\n%s\nstderr:\n%s", args, err, stdout, stderr)
	}
	if strings.Contains(stderr, "level=warning") || strings.Contains(stderr, "level=error") {
		t.Errorf("golangci-lint %s: warnings or errors:\n%s", args, stderr)
	}
	if want := min(len(out.Issues), 1); code != want {
		t.Fatalf("golangci-lint %s: exit status %d with %d findings, want %d; stderr:\n%s", args, code, len(out.Issues), want, stderr)
	}
	var fs []finding
	for _, is := range out.Issues {
		if is.FromLinter != "reasonlint" {
			t.Errorf("finding of %s: %s", is.FromLinter, is.Text)
		}
		fs = append(fs, finding{
			file:    rel(t, dir, is.Pos.Filename),
			line:    is.Pos.Line,
			col:     is.Pos.Column,
			message: is.Text,
		})
	}
	return fs
}

// gclEnv returns the environment of one run of golangci-lint: a cache of
// its own, and a temporary directory of its own, where golangci-lint
// takes the lock that makes a second run at the same time fail ("parallel
// golangci-lint is running").
func gclEnv(t *testing.T) []string {
	return []string{"GOLANGCI_LINT_CACHE=" + t.TempDir(), "TMPDIR=" + t.TempDir()}
}

// golangciLint runs golangci-lint run with the args in dir, and returns
// its output and exit status.
func golangciLint(t *testing.T, gcl, dir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	r := testutil.Run(t, dir, gclEnv(t), gcl, append([]string{"run"}, args...)...)
	return r.Stdout, r.Stderr, r.Code
}

// appendToLine appends text to the line of file.
func appendToLine(t *testing.T, file string, line int, text string) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(data), "\n")
	if line < 1 || line > len(lines) {
		t.Fatalf("%s has no line %d", file, line)
	}
	l := lines[line-1]
	lines[line-1] = strings.TrimSuffix(l, "\n") + text + l[len(strings.TrimSuffix(l, "\n")):]
	if err := os.WriteFile(file, []byte(strings.Join(lines, "")), 0o666); err != nil {
		t.Fatal(err)
	}
}
