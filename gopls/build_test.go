package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestBuild builds gopls with reasonlint, and checks that gopls reports
// every finding that the reasonlint command reports for example/server.go
// and offers its suggested fixes as quick fixes that edit the file the way
// -fix would.
func TestBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("builds gopls (minutes when the build cache is cold)")
	}
	repo, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	bin := t.TempDir()
	gopls := filepath.Join(bin, "gopls")
	start := time.Now()
	runCmd(t, 0, ".", "go", "run", ".", "-o", gopls) // in the module of the current directory
	t.Logf("built gopls in %v", time.Since(start).Round(time.Second))

	if out := runCmd(t, 0, repo, gopls, "version"); !strings.Contains(out, goplsVersion) {
		t.Errorf("gopls version: %q does not mention %s", out, goplsVersion)
	}

	reasonlint := filepath.Join(bin, "reasonlint")
	runCmd(t, 0, repo, "go", "build", "-o", reasonlint, "./cmd/reasonlint")
	const file = "example/server.go"
	abs := filepath.Join(repo, file)
	diags := reasonlintJSON(t, repo, reasonlint, "./example", abs)
	if len(diags) == 0 {
		t.Fatalf("reasonlint reports nothing in %s", file)
	}

	t.Run("check", func(t *testing.T) {
		out := runCmd(t, 0, repo, gopls, "check", file)
		got := parseCheck(t, repo, out)
		for _, d := range diags {
			if !slices.Contains(got, d.Posn+": "+d.Message) {
				t.Errorf("gopls check %s lacks reasonlint's %s: %s\ngopls check printed:\n%s", file, d.Posn, d.Message, out)
			}
		}
	})

	t.Run("codeaction", func(t *testing.T) {
		src, err := os.ReadFile(abs)
		if err != nil {
			t.Fatal(err)
		}
		var target *jsonDiagnostic
		for _, d := range diags {
			if len(d.SuggestedFixes) == 0 {
				continue
			}
			// Every suggested fix is offered at the finding's range.
			span := file + ":" + d.span(t)
			out := runCmd(t, 0, repo, gopls, "codeaction", "-kind=quickfix", span)
			for _, fix := range d.SuggestedFixes {
				if want := fmt.Sprintf("edit\t%q [quickfix]", fix.Message); !strings.Contains(out, want+"\n") {
					t.Errorf("gopls codeaction %s: %s not offered; got:\n%s", span, want, out)
				}
			}
			if target == nil && d.Category == "raw-int" && len(d.SuggestedFixes) == 1 {
				target = &d
			}
		}
		if target == nil {
			t.Fatalf("reasonlint reports no raw integer with a fix in %s", file)
		}

		// Applying the quick fix gives what applying the suggested fix
		// gives. Without -write, gopls prints the edited file.
		fix := target.SuggestedFixes[0]
		want, err := applyEdits(src, abs, fix.Edits)
		if err != nil {
			t.Fatal(err)
		}
		span := file + ":" + target.span(t)
		got := runCmd(t, 0, repo, gopls, "codeaction", "-kind=quickfix", "-title=^"+regexp.QuoteMeta(fix.Message)+"$", "-exec", span)
		if got != string(want) {
			t.Errorf("gopls codeaction -exec %q %s: got\n%s\nwant\n%s", fix.Message, span, got, want)
		}
		if now, err := os.ReadFile(abs); err != nil || !bytes.Equal(now, src) {
			t.Errorf("gopls codeaction without -write changed %s (%v)", file, err)
		}
	})
}

// runCmd runs name with args in dir and returns its standard output; an
// exit status other than want is fatal.
func runCmd(t *testing.T, want int, dir, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		code = exit.ExitCode()
	case err != nil:
		t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	}
	if code != want {
		t.Fatalf("%s %s: exit status %d, want %d\nstdout:\n%s\nstderr:\n%s", name, strings.Join(args, " "), code, want, &stdout, &stderr)
	}
	return stdout.String()
}

// A jsonDiagnostic is a diagnostic as reasonlint -json prints it.
type jsonDiagnostic struct {
	Category       string
	Posn, End      string // file:line:col
	Message        string
	SuggestedFixes []struct {
		Message string
		Edits   []jsonEdit
	} `json:"suggested_fixes"`
}

type jsonEdit struct {
	Filename   string
	Start, End int
	New        string
}

// span returns the diagnostic's range as gopls takes it: line:col-line:col.
func (d *jsonDiagnostic) span(t *testing.T) string {
	t.Helper()
	_, start, ok1 := cutPosn(d.Posn)
	_, end, ok2 := cutPosn(d.End)
	if !ok1 || !ok2 {
		t.Fatalf("diagnostic %q: bad range %s-%s", d.Message, d.Posn, d.End)
	}
	return start + "-" + end
}

var posnRE = regexp.MustCompile(`^(.+):(\d+:\d+)$`)

// cutPosn splits file:line:col into file and line:col.
func cutPosn(posn string) (file, lineCol string, ok bool) {
	m := posnRE.FindStringSubmatch(posn)
	if m == nil {
		return "", "", false
	}
	return m[1], m[2], true
}

// reasonlintJSON runs reasonlint -json on pattern in dir and returns its
// diagnostics in file.
func reasonlintJSON(t *testing.T, dir, reasonlint, pattern, file string) []jsonDiagnostic {
	t.Helper()
	out := runCmd(t, 0, dir, reasonlint, "-json", pattern)
	var tree map[string]map[string][]jsonDiagnostic
	if err := json.Unmarshal([]byte(out), &tree); err != nil {
		t.Fatalf("reasonlint -json: %v\n%s", err, out)
	}
	var diags []jsonDiagnostic
	for _, byAnalyzer := range tree {
		for _, d := range byAnalyzer["reasonlint"] {
			if f, _, _ := cutPosn(d.Posn); f == file {
				diags = append(diags, d)
			}
		}
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
		got = append(got, posn+": "+m[2])
	}
	return got
}

// applyEdits applies the edits of file to src.
func applyEdits(src []byte, file string, edits []jsonEdit) ([]byte, error) {
	edits = slices.Clone(edits)
	slices.SortFunc(edits, func(a, b jsonEdit) int { return b.Start - a.Start })
	out := slices.Clone(src)
	end := len(src)
	for _, e := range edits {
		if e.Filename != file {
			return nil, fmt.Errorf("edit of %s, not %s", e.Filename, file)
		}
		if e.Start < 0 || e.Start > e.End || e.End > end {
			return nil, fmt.Errorf("edit %d-%d out of range or overlapping: %s", e.Start, e.End, strconv.Quote(e.New))
		}
		out = slices.Concat(out[:e.Start], []byte(e.New), out[e.End:])
		end = e.Start
	}
	return out, nil
}
