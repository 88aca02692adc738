package main

import (
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/reasonlint/reasonlint/internal/testutil"
)

// TestBuild builds gopls with reasonlint as the README says, into a
// directory that does not exist yet, and runs it: gopls check reports
// every finding that the reasonlint command reports for example/server.go,
// and an editor session gets them as diagnostics and applies the quick
// fixes (see testEditor).
func TestBuild(t *testing.T) {
	testutil.E2E(t, "builds gopls, minutes when the build cache is cold")
	t.Parallel()
	root := testutil.RootDir(t)
	bin := t.TempDir()
	gopls := filepath.Join(bin, "new", "gopls")
	// In the module of the current directory, as go run ./cmd/buildgopls
	// in the README.
	built := testutil.MustRun(t, 0, ".", nil, "go", "run", ".", "-o", gopls)
	if want := regexp.MustCompile(`^built ` + regexp.QuoteMeta(gopls) + `: gopls ` + regexp.QuoteMeta(goplsVersion) +
		` with reasonlint (v\S+|devel|devel \S+) \(` + regexp.QuoteMeta(root) + `\)\n$`); !want.MatchString(built.Stdout) {
		t.Errorf("buildgopls printed %q, want it to match %s", built.Stdout, want)
	}
	t.Log(strings.TrimSpace(built.Stdout))

	reasonlint := filepath.Join(bin, "reasonlint")
	testutil.MustRun(t, 0, root, nil, "go", "build", "-o", reasonlint, "./cmd/reasonlint")
	// gopls keeps a cache of its analyses; the test leaves none behind.
	env := []string{"GOPLSCACHE=" + t.TempDir()}

	t.Run("version", func(t *testing.T) {
		t.Parallel()
		if out := testutil.MustRun(t, 0, root, env, gopls, "version").Stdout; !strings.Contains(out, goplsVersion) {
			t.Errorf("gopls version: %q does not mention %s", out, goplsVersion)
		}
	})

	t.Run("check", func(t *testing.T) {
		t.Parallel()
		dir := testutil.CopyModule(t, "./example")
		const file = "example/server.go"
		diags := diagnosticsIn(t, dir, reasonlint, "./example", filepath.Join(dir, file))
		out := testutil.MustRun(t, 0, dir, env, gopls, "check", file).Stdout
		got := parseCheck(t, dir, out)
		for _, d := range diags {
			if !slices.Contains(got, d.Posn+": "+d.Message) {
				t.Errorf("gopls check %s lacks reasonlint's %s: %s\ngopls check printed:\n%s", file, d.Posn, d.Message, out)
			}
		}
	})

	t.Run("editor", func(t *testing.T) {
		t.Parallel()
		testEditor(t, gopls, reasonlint, env)
	})
}

// diagnosticsIn runs reasonlint -json on pattern in dir and returns its
// diagnostics in file; there being none is fatal.
func diagnosticsIn(t *testing.T, dir, reasonlint, pattern, file string) []testutil.Diagnostic {
	t.Helper()
	out := testutil.MustRun(t, 0, dir, nil, reasonlint, "-json", pattern).Stdout
	var diags []testutil.Diagnostic
	for _, d := range testutil.ParseJSON(t, []byte(out)) {
		if f, _, _, _ := testutil.SplitPosn(d.Posn); f == file {
			diags = append(diags, d)
		}
	}
	if len(diags) == 0 {
		t.Fatalf("reasonlint reports nothing in %s", file)
	}
	return diags
}

// checkRE matches a line of gopls check: file:line:col[-[line:]col]: message.
var checkRE = regexp.MustCompile(`^(.+?:\d+:\d+)(?:-(?:\d+:)?\d+)?: (.*)$`)

// parseCheck parses gopls check's output into "file:line:col: message"
// lines, with absolute file names.
func parseCheck(t *testing.T, dir, out string) []string {
	t.Helper()
	var got []string
	for line := range strings.Lines(out) {
		line = strings.TrimRight(line, "\n")
		if line == "" {
			continue
		}
		m := checkRE.FindStringSubmatch(line)
		if m == nil {
			t.Errorf("gopls check: unexpected line %q", line)
			continue
		}
		posn := m[1]
		if !filepath.IsAbs(posn) {
			posn = filepath.Join(dir, posn)
		}
		got = append(got, fmt.Sprintf("%s: %s", posn, m[2]))
	}
	return got
}
