package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/reasonlint/reasonlint/analyzer"
)

// The tests run the reasonlint command the way its users do: directly, as
// go vet's -vettool, as a go tool of another module, with -json and with
// -fix. They build it once, in TestMain.

var (
	reasonlintBin string // the built command
	repoDir       string // the module's root
)

func TestMain(m *testing.M) {
	flag.Parse()
	code, err := buildAndRun(m)
	if err != nil {
		fmt.Fprintf(os.Stderr, "reasonlint test: %v\n", err)
		os.Exit(1)
	}
	os.Exit(code)
}

// buildAndRun builds the command into a temporary directory and runs the
// tests.
func buildAndRun(m *testing.M) (int, error) {
	var err error
	if repoDir, err = filepath.Abs(filepath.Join("..", "..")); err != nil {
		return 0, err
	}
	dir, err := os.MkdirTemp("", "reasonlint-test-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(dir)
	reasonlintBin = filepath.Join(dir, "reasonlint")
	if out, err := exec.Command("go", "build", "-o", reasonlintBin, ".").CombinedOutput(); err != nil {
		return 0, fmt.Errorf("go build: %v\n%s", err, out)
	}
	return m.Run(), nil
}

// A result is what a command did.
type result struct {
	stdout, stderr string
	code           int // exit status
}

// run runs name with args in dir, with the test's environment plus env,
// and returns what it did. Failing to start is fatal; a non-zero exit
// status is not.
func run(t *testing.T, dir string, env []string, name string, args ...string) result {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := result{stdout: stdout.String(), stderr: stderr.String()}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		r.code = exit.ExitCode()
	case err != nil:
		t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	}
	if strings.Contains(r.stderr, "panic:") || strings.Contains(r.stderr, "goroutine ") {
		t.Errorf("%s %s panicked:\n%s", name, strings.Join(args, " "), r.stderr)
	}
	return r
}

// mustRun is run that fails the test unless the exit status is want.
func mustRun(t *testing.T, want int, dir string, env []string, name string, args ...string) result {
	t.Helper()
	r := run(t, dir, env, name, args...)
	if r.code != want {
		t.Fatalf("%s %s: exit status %d, want %d\nstdout:\n%s\nstderr:\n%s",
			name, strings.Join(args, " "), r.code, want, r.stdout, r.stderr)
	}
	return r
}

// A finding is one diagnostic as printed: an absolute position
// (file:line:col) and the message.
type finding struct{ posn, message string }

func (f finding) String() string { return f.posn + ": " + f.message }

// findingRE matches a finding printed as text.
var findingRE = regexp.MustCompile(`^(.+?:\d+:\d+): (.+)$`)

// parseText parses findings printed as text by a command run in dir.
// Lines starting with "# " (go vet's package headers) are skipped; any
// other line is an error.
func parseText(t *testing.T, dir, out string) []finding {
	t.Helper()
	var fs []finding
	for line := range strings.Lines(out) {
		line = strings.TrimRight(line, "\n")
		if line == "" || strings.HasPrefix(line, "# ") {
			continue
		}
		m := findingRE.FindStringSubmatch(line)
		if m == nil {
			t.Errorf("unexpected output line: %q", line)
			continue
		}
		posn := m[1]
		if !filepath.IsAbs(posn) {
			posn = filepath.Join(dir, posn)
		}
		fs = append(fs, finding{posn, m[2]})
	}
	return sortFindings(fs)
}

func sortFindings(fs []finding) []finding {
	slices.SortFunc(fs, func(a, b finding) int { return strings.Compare(a.String(), b.String()) })
	return fs
}

// The JSON that -json prints: package path -> analyzer name -> diagnostics.
type (
	jsonTree       map[string]map[string]json.RawMessage
	jsonDiagnostic struct {
		Category       string
		Posn           string
		End            string
		Message        string
		SuggestedFixes []jsonFix `json:"suggested_fixes"`
	}
	jsonFix struct {
		Message string
		Edits   []jsonEdit
	}
	jsonEdit struct {
		Filename   string
		Start, End int
		New        string
	}
)

// parseJSON decodes what -json prints and checks its structure: every
// package has results of reasonlint only, every diagnostic a position, a
// message, one of the analyzer's categories, and fixes with edits inside
// the file they edit. It returns the diagnostics in order.
func parseJSON(t *testing.T, out []byte) []jsonDiagnostic {
	t.Helper()
	var tree jsonTree
	if err := json.Unmarshal(out, &tree); err != nil {
		t.Fatalf("-json printed invalid JSON: %v\n%s", err, out)
	}
	categories := []string{analyzer.CategorySwitch, analyzer.CategoryMap, analyzer.CategoryRawInt,
		analyzer.CategoryCode, analyzer.CategoryCallback, analyzer.CategoryDirective}
	var all []jsonDiagnostic
	for pkg, byAnalyzer := range tree {
		for name, raw := range byAnalyzer {
			if name != analyzer.Analyzer.Name {
				t.Errorf("package %s: results of analyzer %q, want only %q: %s", pkg, name, analyzer.Analyzer.Name, raw)
				continue
			}
			var diags []jsonDiagnostic
			if err := json.Unmarshal(raw, &diags); err != nil {
				t.Errorf("package %s: diagnostics are not a list: %v: %s", pkg, err, raw)
				continue
			}
			for _, d := range diags {
				if !findingRE.MatchString(d.Posn+": x") || d.Message == "" {
					t.Errorf("package %s: diagnostic without position or message: %+v", pkg, d)
				}
				if !slices.Contains(categories, d.Category) {
					t.Errorf("%s: category %q is not one of %q", d.Posn, d.Category, categories)
				}
				for _, fix := range d.SuggestedFixes {
					if fix.Message == "" || len(fix.Edits) == 0 {
						t.Errorf("%s: fix without message or edits: %+v", d.Posn, fix)
					}
					for _, e := range fix.Edits {
						src, err := os.ReadFile(e.Filename)
						if err != nil || e.Start < 0 || e.Start > e.End || e.End > len(src) {
							t.Errorf("%s: fix %q: edit %d-%d outside %s (%d bytes, %v)", d.Posn, fix.Message, e.Start, e.End, e.Filename, len(src), err)
						}
					}
				}
			}
			all = append(all, diags...)
		}
	}
	return all
}

// findingsOf returns the findings of JSON diagnostics, sorted.
func findingsOf(diags []jsonDiagnostic) []finding {
	var fs []finding
	for _, d := range diags {
		fs = append(fs, finding{d.Posn, d.Message})
	}
	return sortFindings(fs)
}

// countCategory returns how many of diags are of category c.
func countCategory(diags []jsonDiagnostic, c string) int {
	n := 0
	for _, d := range diags {
		if d.Category == c {
			n++
		}
	}
	return n
}

// logFindings logs findings under a heading.
func logFindings(t *testing.T, heading string, diags []jsonDiagnostic) {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d finding(s)", heading, len(diags))
	for _, d := range diags {
		fmt.Fprintf(&b, "\n\t[%s] %s: %s", d.Category, d.Posn, d.Message)
	}
	t.Log(b.String())
}

// TestVet runs reasonlint as go vet's -vettool and checks that go vet
// reports what the command reports, with and without a flag.
func TestVet(t *testing.T) {
	if testing.Short() {
		// Whenever the command changes, go vet runs it again on every
		// dependency of ./example, the standard library included.
		t.Skip("runs go vet -vettool (tens of seconds after each change to the analyzer)")
	}
	direct := mustRun(t, 3, repoDir, nil, reasonlintBin, "./example")
	want := parseText(t, repoDir, direct.stderr)
	if len(want) == 0 {
		t.Fatalf("reasonlint ./example: exit status 3 but no findings:\n%s", direct.stderr)
	}

	vet := mustRun(t, 1, repoDir, nil, "go", "vet", "-vettool="+reasonlintBin, "./example")
	if got := parseText(t, repoDir, vet.stderr); !slices.Equal(got, want) {
		t.Errorf("go vet -vettool: findings differ from reasonlint's\ngo vet:\n%s\nreasonlint:\n%s", got, want)
	}

	t.Run("flag", func(t *testing.T) {
		all := parseJSON(t, []byte(mustRun(t, 0, repoDir, nil, reasonlintBin, "-json", "./example").stdout))
		if countCategory(all, analyzer.CategoryRawInt) == 0 {
			t.Fatalf("./example has no %s finding: nothing for -%s=false to turn off", analyzer.CategoryRawInt, analyzer.FlagCheckRawInt)
		}
		off := "-" + analyzer.FlagCheckRawInt + "=false"
		directOff := parseJSON(t, []byte(mustRun(t, 0, repoDir, nil, reasonlintBin, "-json", off, "./example").stdout))
		if n := countCategory(directOff, analyzer.CategoryRawInt); n > 0 {
			t.Errorf("reasonlint %s: %d finding(s) of category %s", off, n, analyzer.CategoryRawInt)
		}
		// Turning one check off leaves the others' findings.
		for _, d := range all {
			if d.Category != analyzer.CategoryRawInt && !slices.Contains(findingsOf(directOff), finding{d.Posn, d.Message}) {
				t.Errorf("reasonlint %s lost a finding of category %s: %s: %s", off, d.Category, d.Posn, d.Message)
			}
		}

		vetOff := mustRun(t, 1, repoDir, nil, "go", "vet", "-vettool="+reasonlintBin, off, "./example")
		got := parseText(t, repoDir, vetOff.stderr)
		if want := findingsOf(directOff); !slices.Equal(got, want) {
			t.Errorf("go vet -vettool %s: findings differ from reasonlint's\ngo vet:\n%s\nreasonlint:\n%s", off, got, want)
		}
		if len(got) >= len(findingsOf(all)) {
			t.Errorf("go vet -vettool %s: %d findings, want fewer than the %d without it", off, len(got), len(all))
		}
	})

	t.Run("bad-flag", func(t *testing.T) {
		for _, tt := range []struct{ flag, want string }{
			{"-no-such-flag", "flag provided but not defined: -no-such-flag"},
			{"-" + analyzer.FlagCheckRawInt + "=maybe", `invalid boolean value "maybe" for -` + analyzer.FlagCheckRawInt},
		} {
			for _, tool := range [][]string{
				{"go", "vet", "-vettool=" + reasonlintBin, tt.flag, "./example"},
				{reasonlintBin, tt.flag, "./example"},
			} {
				// Both exit with the flag package's usage status.
				r := mustRun(t, 2, repoDir, nil, tool[0], tool[1:]...)
				if !strings.Contains(r.stderr, tt.want) {
					t.Errorf("%s: stderr does not say %q:\n%s", strings.Join(tool, " "), tt.want, r.stderr)
				}
			}
		}
	})
}

// TestGoTool installs reasonlint as a tool of another module with go get
// -tool and runs it with go tool.
func TestGoTool(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "go.mod"), `module example.com/calls

go 1.26.0

require github.com/reasonlint/reasonlint v0.0.0-00010101000000-000000000000

replace github.com/reasonlint/reasonlint => `+strconv.Quote(repoDir)+`
`)
	writeFile(t, filepath.Join(dir, "calls", "calls.go"), `package calls

import "github.com/reasonlint/reasonlint/reasons"

// Paged reports whether r pages someone.
func Paged(r reasons.Reason) bool { return r == 1305 }
`)
	// reasonlint comes from the replacement, and its requirements from
	// the module cache, where building the command put them. The proxy
	// is off because go get looks up the tool's package path as a module
	// path first (github.com/reasonlint/reasonlint/cmd/reasonlint), and
	// a proxy that answers anything but "not found" for it fails the
	// command.
	env := []string{"GOWORK=off", "GOPROXY=off"}
	const tool = "github.com/reasonlint/reasonlint/cmd/reasonlint"
	mustRun(t, 0, dir, env, "go", "get", "-tool", tool)
	gomod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`(?m)^tool ` + regexp.QuoteMeta(tool) + `$`).Match(gomod) {
		t.Errorf("go get -tool did not add the tool directive:\n%s", gomod)
	}

	r := mustRun(t, 3, dir, env, "go", "tool", "reasonlint", "./...")
	got := parseText(t, dir, r.stderr)
	want := []finding{{
		posn:    filepath.Join(dir, "calls", "calls.go") + ":6:49",
		message: "raw integer 1305 used as reasons.Reason; use reasons.ServerInternalError",
	}}
	if !slices.Equal(got, want) {
		t.Errorf("go tool reasonlint ./...: findings\n%s\nwant\n%s", got, want)
	}

	// go tool -n prints where the tool is, for go vet -vettool.
	bin := strings.TrimSpace(mustRun(t, 0, dir, env, "go", "tool", "-n", "reasonlint").stdout)
	vet := mustRun(t, 1, dir, env, "go", "vet", "-vettool="+bin, "./...")
	if got := parseText(t, dir, vet.stderr); !slices.Equal(got, want) {
		t.Errorf("go vet -vettool=$(go tool -n reasonlint) ./...: findings\n%s\nwant\n%s", got, want)
	}
}

// TestJSON checks -json: valid JSON of the expected structure, the same
// findings as the text output, exit status 0, and the same bytes on every
// run.
func TestJSON(t *testing.T) {
	first := mustRun(t, 0, repoDir, nil, reasonlintBin, "-json", "./example")
	diags := parseJSON(t, []byte(first.stdout))
	text := parseText(t, repoDir, mustRun(t, 3, repoDir, nil, reasonlintBin, "./example").stderr)
	if got := findingsOf(diags); !slices.Equal(got, text) {
		t.Errorf("-json findings differ from the text output\n-json:\n%s\ntext:\n%s", got, text)
	}
	if !slices.ContainsFunc(diags, func(d jsonDiagnostic) bool { return len(d.SuggestedFixes) > 0 }) {
		t.Errorf("-json: no diagnostic has suggested_fixes")
	}
	second := mustRun(t, 0, repoDir, nil, reasonlintBin, "-json", "./example")
	if first.stdout != second.stdout {
		t.Errorf("-json output differs between two runs:\n%s\n---\n%s", first.stdout, second.stdout)
	}
}

// TestFix applies the suggested fixes to a copy of the module and checks
// that the result builds and that the fixed findings are gone.
func TestFix(t *testing.T) {
	dir := copyModule(t, "./example")
	before := parseJSON(t, []byte(mustRun(t, 0, dir, nil, reasonlintBin, "-json", "./example").stdout))
	var fixed []jsonDiagnostic
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
	original := readFile(t, server)
	mustRun(t, 0, dir, nil, reasonlintBin, "-fix", "./example")
	fixedSrc := readFile(t, server)
	if fixedSrc == original {
		t.Fatalf("-fix did not change %s", server)
	}
	mustRun(t, 0, dir, nil, "go", "build", "-o", filepath.Join(t.TempDir(), "example"), "./example")

	// The fixes removed what they fixed. (Fixes move lines, so findings
	// are matched by message.)
	after := parseJSON(t, []byte(mustRun(t, 0, dir, nil, reasonlintBin, "-json", "./example").stdout))
	logFindings(t, "after -fix", after)
	for _, d := range fixed {
		if slices.ContainsFunc(after, func(a jsonDiagnostic) bool { return a.Message == d.Message }) {
			t.Errorf("-fix applied %q but the finding remains: %s", d.SuggestedFixes[0].Message, d.Message)
		}
	}
	// One run is enough: the fixed code gives nothing more to fix.
	mustRun(t, 0, dir, nil, reasonlintBin, "-fix", "./example")
	if again := readFile(t, server); again != fixedSrc {
		t.Errorf("a second -fix changed %s again:\n%s", server, again)
	}

	// What remains without the switch check has no raw integers and no
	// codes: their fixes removed them all.
	noSwitch := "-" + analyzer.FlagCheckSwitch + "=false"
	remain := parseJSON(t, []byte(mustRun(t, 0, dir, nil, reasonlintBin, "-json", noSwitch, "./example").stdout))
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
	text := mustRun(t, want, dir, nil, reasonlintBin, noSwitch, "./example")
	if got := parseText(t, dir, text.stderr); !slices.Equal(got, findingsOf(remain)) {
		t.Errorf("after -fix: text findings\n%s\nwant\n%s", got, findingsOf(remain))
	}
}

// copyModule copies go.mod, go.sum and the packages of this module that
// pattern depends on into a temporary directory, and returns it.
func copyModule(t *testing.T, pattern string) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{"go.mod", "go.sum"} {
		writeFile(t, filepath.Join(dir, f), readFile(t, filepath.Join(repoDir, f)))
	}
	deps := mustRun(t, 0, repoDir, nil, "go", "list", "-deps", "-f", "{{if .Module}}{{if .Module.Main}}{{.Dir}}{{end}}{{end}}", pattern)
	// A package's directory is copied whole (its embedded files may sit
	// in subdirectories), so a package under an already copied one is
	// skipped.
	rels := strings.Fields(deps.stdout)
	for i, src := range rels {
		rel, err := filepath.Rel(repoDir, src)
		if err != nil || !filepath.IsLocal(rel) {
			t.Fatalf("package directory %s is outside %s", src, repoDir)
		}
		rels[i] = rel
	}
	slices.Sort(rels)
	var copied []string
	for _, rel := range slices.Compact(rels) {
		if slices.ContainsFunc(copied, func(c string) bool { return strings.HasPrefix(rel, c+string(filepath.Separator)) }) {
			continue
		}
		if err := os.CopyFS(filepath.Join(dir, rel), os.DirFS(filepath.Join(repoDir, rel))); err != nil {
			t.Fatal(err)
		}
		copied = append(copied, rel)
	}
	return dir
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func writeFile(t *testing.T, name, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
