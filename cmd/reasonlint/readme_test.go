package main

import (
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/reasonlint/reasonlint/analyzer"
	"github.com/reasonlint/reasonlint/internal/testutil"
)

// The README shows real output and recipes that work: these tests run
// what it shows and compare.

func TestReadmeExampleOutput(t *testing.T) {
	t.Parallel()
	const command = "$ go run ./cmd/reasonlint ./example\n"
	want := strings.TrimPrefix(testutil.CodeBlockStarting(t, testutil.Readme(t), command), command)
	r := testutil.MustRun(t, 3, repoDir, nil, reasonlintBin, "./example")
	// go run reports the exit status; the README shows paths relative to
	// the repository.
	got := strings.ReplaceAll(r.Stderr+r.Stdout, repoDir+string(filepath.Separator), "") + "exit status 3\n"
	if got != want {
		t.Errorf("README shows:\n%s\nreasonlint prints:\n%s", want, got)
	}
}

func TestReadmeJSON(t *testing.T) {
	t.Parallel()
	const start = "{\n\t\"github.com/reasonlint/reasonlint/example\""
	shown := testutil.CodeBlockStarting(t, testutil.Readme(t), start)
	shown = strings.ReplaceAll(shown, "/…/", repoDir+"/")
	type output map[string]map[string][]json.RawMessage
	var want output
	if err := json.Unmarshal([]byte(shown), &want); err != nil {
		t.Fatalf("README's JSON: %v", err)
	}
	r := testutil.MustRun(t, 0, repoDir, nil, reasonlintBin, "-json", "./example")
	var got output
	if err := json.Unmarshal([]byte(r.Stdout), &got); err != nil {
		t.Fatal(err)
	}
	n := 0
	for pkg, byAnalyzer := range want {
		for name, diags := range byAnalyzer {
			for _, d := range diags {
				n++
				if !containsJSON(got[pkg][name], d) {
					t.Errorf("README's finding is not in the output: %s", d)
				}
			}
		}
	}
	if n == 0 {
		t.Error("README's JSON shows no finding")
	}
}

// containsJSON reports whether list holds a value equal to v.
func containsJSON(list []json.RawMessage, v json.RawMessage) bool {
	var want any
	if json.Unmarshal(v, &want) != nil {
		return false
	}
	for _, item := range list {
		var got any
		if json.Unmarshal(item, &got) == nil && reflect.DeepEqual(got, want) {
			return true
		}
	}
	return false
}

// flagRow matches a row of the README's table of flags.
var flagRow = regexp.MustCompile("(?m)^\\| `-([a-z-]+)` \\| `([^`]*)` \\|")

func TestReadmeFlags(t *testing.T) {
	t.Parallel()
	shown := make(map[string]string)
	for _, m := range flagRow.FindAllStringSubmatch(testutil.Readme(t), -1) {
		shown[m[1]] = m[2]
	}
	actual := make(map[string]string)
	analyzer.New().Flags.VisitAll(func(f *flag.Flag) { actual[f.Name] = f.DefValue })
	if !reflect.DeepEqual(shown, actual) {
		t.Errorf("README's flags %v, the analyzer's %v", shown, actual)
	}
}

// How a recipe finds reasonlint.
const (
	viaPath     = "on PATH"
	viaGoTool   = "as a go tool"
	viaGolangci = "in golangci-lint"
)

// recipeKind returns how the recipe finds reasonlint.
func recipeKind(recipe string) string {
	switch {
	case strings.Contains(recipe, "custom-gcl"):
		return viaGolangci
	case strings.Contains(recipe, "go tool"):
		return viaGoTool
	}
	return viaPath
}

// clean is a package without findings.
var clean = map[string]string{"calls/calls.go": `package calls

import "github.com/reasonlint/reasonlint/reasons"

// Paged reports whether r pages someone.
func Paged(r reasons.Reason) bool { return r == reasons.ServerInternalError }
`}

// bareDir returns a directory that holds the go command alone, for a PATH
// on which reasonlint is not.
func bareDir(t *testing.T) string {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Fatal(err)
	}
	if goBin, err = filepath.EvalSymlinks(goBin); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.Symlink(goBin, filepath.Join(dir, "go")); err != nil {
		t.Fatal(err)
	}
	return dir
}

// barePath returns a PATH that has the go command and the system's
// commands, but neither reasonlint nor golangci-lint.
func barePath(t *testing.T) string {
	t.Helper()
	path := strings.Join([]string{bareDir(t), "/usr/bin", "/bin"}, string(filepath.ListSeparator))
	for _, dir := range filepath.SplitList(path) {
		for _, name := range []string{"reasonlint", "custom-gcl"} {
			if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
				t.Fatalf("%s is in %s: the test cannot run without it", name, dir)
			}
		}
	}
	return path
}

// runRecipe runs the recipe with bash -euo pipefail in dir, with PATH
// path, and returns what it did.
func runRecipe(t *testing.T, dir, path, recipe string) testutil.Result {
	t.Helper()
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Fatal(err)
	}
	env := append(slices.Clone(testutil.Offline), "PATH="+path)
	return testutil.Run(t, dir, env, bash, "-euo", "pipefail", "-c", recipe)
}

// TestReadmeRecipes runs every recipe for CI in the README where
// reasonlint is missing (not on PATH, no tool directive) and checks that
// it fails, and where reasonlint is there, on a package with a finding and
// on a clean one, and checks that it reports the finding and passes on the
// clean package. The recipes that run golangci-lint run there in the
// plugin's end-to-end test.
func TestReadmeRecipes(t *testing.T) {
	t.Parallel()
	rs := testutil.ReadmeRecipes(t)
	kinds := map[string]bool{}
	for _, r := range rs {
		kinds[recipeKind(r)] = true
	}
	for _, k := range []string{viaPath, viaGoTool, viaGolangci} {
		if !kinds[k] {
			t.Errorf("README has no recipe for CI (a sh block after %s) that finds reasonlint %s", testutil.RecipeMarker, k)
		}
	}
	bare := barePath(t)
	withTool := filepath.Dir(reasonlintBin) + string(filepath.ListSeparator) + bare
	for _, recipe := range rs {
		name, _, _ := strings.Cut(strings.TrimSpace(recipe), "\n")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			kind := recipeKind(recipe)
			missing := testutil.Module(t, "example.com/calls", paged)
			r := runRecipe(t, missing, bare, recipe)
			if r.Code == 0 {
				t.Errorf("without reasonlint, the recipe exits with status 0:\n%s\nstdout:\n%s\nstderr:\n%s", recipe, r.Stdout, r.Stderr)
			}
			t.Logf("without reasonlint: exit status %d, %s", r.Code, strings.TrimSpace(r.Stderr))

			switch {
			case kind == viaGolangci:
				t.Log("with golangci-lint: in plugin's TestGolangciLint")
				return
			case strings.Contains(recipe, "go vet"):
				testutil.E2E(t, "runs go vet -vettool over the dependencies of a package")
			}
			module, path := testutil.Module, withTool
			if kind == viaGoTool {
				module = func(t testing.TB, _ string, files map[string]string) string { return toolModule(t, files) }
				path = bare
			}
			findings := module(t, "example.com/calls", paged)
			want := reasonlintJSON(t, findings, testutil.Offline, "./...")
			if len(want) == 0 {
				t.Fatal("no findings to look for")
			}
			r = runRecipe(t, findings, path, recipe)
			if r.Code == 0 {
				t.Errorf("on a package with findings, the recipe exits with status 0")
			}
			for _, d := range want {
				if !strings.Contains(r.Stderr, d.Message) {
					t.Errorf("the recipe does not report %s: %s\nstdout:\n%s\nstderr:\n%s", d.Posn, d.Message, r.Stdout, r.Stderr)
				}
			}
			if r := runRecipe(t, module(t, "example.com/calls", clean), path, recipe); r.Code != 0 {
				t.Errorf("on a clean package, exit status %d, want 0\nstdout:\n%s\nstderr:\n%s", r.Code, r.Stdout, r.Stderr)
			}
		})
	}
}

// The columns of the README's table of exit codes: what each command runs
// on.
const (
	colNone     = "No findings"                // a clean package
	colFindings = "Findings"                   // the example, some of whose findings have no fix
	colBroken   = "Code that does not compile" // a package with a type error
	colFlag     = "Unknown flag"               // a clean package, with --no-such-flag
)

// broken is a package with a type error.
var broken = map[string]string{"p/p.go": "package p\n\nimport \"github.com/reasonlint/reasonlint/reasons\"\n\nvar r reasons.Reason = \"BUSY\"\n"}

// TestReadmeExitCodes runs each command of the README's table of exit
// codes, but golangci-lint's (see the plugin's TestGolangciLint), in each
// case of the table, and checks the exit status it shows.
func TestReadmeExitCodes(t *testing.T) {
	t.Parallel()
	columns, rows := testutil.ReadmeExitCodes(t)
	if want := []string{colNone, colFindings, colBroken, colFlag}; !slices.Equal(columns, want) {
		t.Fatalf("README's exit codes: columns %q, want %q", columns, want)
	}
	var commands []string
	for _, row := range rows {
		commands = append(commands, row.Command)
	}
	for _, want := range []string{"reasonlint ./...", "reasonlint -json ./...", "reasonlint -fix ./...", `go vet -vettool="$vettool" ./...`} {
		if !slices.Contains(commands, want) {
			t.Errorf("README's exit codes: no row for %s; rows: %q", want, commands)
		}
	}
	path := filepath.Dir(reasonlintBin) + string(filepath.ListSeparator) + os.Getenv("PATH")
	for _, row := range rows {
		if strings.HasPrefix(row.Command, "custom-gcl ") {
			continue
		}
		if !strings.HasPrefix(row.Command, "reasonlint ") && !strings.HasPrefix(row.Command, "go vet ") || strings.Count(row.Command, "./...") != 1 {
			t.Errorf("README's exit codes: %s: want a command line of reasonlint, go vet or custom-gcl, with ./...", row.Command)
			continue
		}
		t.Run(row.Command, func(t *testing.T) {
			t.Parallel()
			if strings.HasPrefix(row.Command, "go vet ") {
				testutil.E2E(t, "runs go vet -vettool over the dependencies of the example")
			}
			for _, col := range columns {
				t.Run(col, func(t *testing.T) {
					t.Parallel()
					dir, pkgs := testutil.Module(t, "example.com/calls", clean), "./..."
					switch col {
					case colFindings:
						dir, pkgs = testutil.CopyModule(t, "./example"), "./example"
					case colBroken:
						dir = testutil.Module(t, "example.com/calls", broken)
					case colFlag:
						pkgs = "--no-such-flag ./..."
					}
					command := strings.Replace(row.Command, "./...", pkgs, 1)
					env := append(slices.Clone(testutil.Offline), "PATH="+path, "vettool="+reasonlintBin)
					r := testutil.Run(t, dir, env, "bash", "-euo", "pipefail", "-c", command)
					if want := row.Status[col]; r.Code != want {
						t.Errorf("%s: exit status %d, README says %d\nstdout:\n%s\nstderr:\n%s", command, r.Code, want, r.Stdout, r.Stderr)
					}
				})
			}
		})
	}
}
