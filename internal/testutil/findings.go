package testutil

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// AnalyzerName is the name of reasonlint's analyzer, under which -json
// prints its findings.
const AnalyzerName = "reasonlint"

// A Finding is one diagnostic as the reasonlint command and go vet print
// it: an absolute position (file:line:col) and the message.
type Finding struct{ Posn, Message string }

// String returns the finding as printed: "posn: message".
func (f Finding) String() string { return f.Posn + ": " + f.Message }

// findingRE matches a finding printed as text.
var findingRE = regexp.MustCompile(`^(.+?:\d+:\d+): (.+)$`)

// ParseText parses the findings that a command run in dir printed as
// text, and returns them sorted. Relative positions are made absolute;
// lines starting with "# " (go vet's package headers) are skipped; any
// other line is an error.
func ParseText(t testing.TB, dir, out string) []Finding {
	t.Helper()
	var fs []Finding
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
		fs = append(fs, Finding{posn, m[2]})
	}
	return SortFindings(fs)
}

// SortFindings sorts fs by position and message, and returns it.
func SortFindings(fs []Finding) []Finding {
	slices.SortFunc(fs, func(a, b Finding) int { return strings.Compare(a.String(), b.String()) })
	return fs
}

// A Diagnostic is one finding as -json prints it.
type Diagnostic struct {
	Category       string
	Posn           string // file:line:col
	End            string // file:line:col
	Message        string
	SuggestedFixes []Fix `json:"suggested_fixes"`
}

// A Fix is a suggested fix as -json prints it.
type Fix struct {
	Message string
	Edits   []Edit
}

// An Edit is an edit of a suggested fix as -json prints it: the bytes
// Start to End of the file replaced with New.
type Edit struct {
	Filename   string
	Start, End int
	New        string
}

// ParseJSON decodes what -json prints and checks its structure: every
// package has results of reasonlint only, every diagnostic a position, a
// message and a category, and every fix a message and edits inside the
// file they edit. It returns the diagnostics, package by package in the
// order of their paths, each package's in the order printed.
func ParseJSON(t testing.TB, out []byte) []Diagnostic {
	t.Helper()
	var tree map[string]map[string]json.RawMessage // package -> analyzer -> diagnostics
	if err := json.Unmarshal(out, &tree); err != nil {
		t.Fatalf("-json printed invalid JSON: %v\n%s", err, out)
	}
	var all []Diagnostic
	for _, pkg := range slices.Sorted(maps.Keys(tree)) {
		for name, raw := range tree[pkg] {
			if name != AnalyzerName {
				t.Errorf("package %s: results of analyzer %q, want only %q: %s", pkg, name, AnalyzerName, raw)
				continue
			}
			var diags []Diagnostic
			if err := json.Unmarshal(raw, &diags); err != nil {
				t.Errorf("package %s: diagnostics are not a list: %v: %s", pkg, err, raw)
				continue
			}
			for _, d := range diags {
				checkDiagnostic(t, pkg, d)
			}
			all = append(all, diags...)
		}
	}
	return all
}

// checkDiagnostic checks the structure of one diagnostic of package pkg.
func checkDiagnostic(t testing.TB, pkg string, d Diagnostic) {
	t.Helper()
	if _, _, _, ok := SplitPosn(d.Posn); !ok || d.Message == "" || d.Category == "" {
		t.Errorf("package %s: diagnostic without position, message or category: %+v", pkg, d)
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

// FindingsOf returns the findings of diags, sorted.
func FindingsOf(diags []Diagnostic) []Finding {
	var fs []Finding
	for _, d := range diags {
		fs = append(fs, Finding{d.Posn, d.Message})
	}
	return SortFindings(fs)
}

// posnRE matches a position: file:line:col.
var posnRE = regexp.MustCompile(`^(.+):(\d+):(\d+)$`)

// SplitPosn splits a position, file:line:col, into its parts, and
// reports whether it is one.
func SplitPosn(posn string) (file string, line, col int, ok bool) {
	m := posnRE.FindStringSubmatch(posn)
	if m == nil {
		return "", 0, 0, false
	}
	line, err1 := strconv.Atoi(m[2])
	col, err2 := strconv.Atoi(m[3])
	return m[1], line, col, err1 == nil && err2 == nil
}

// ApplyEdits applies edits, which must all be of the same file and must
// not overlap, to src, the file's content.
func ApplyEdits(src []byte, edits []Edit) ([]byte, error) {
	edits = slices.Clone(edits)
	slices.SortStableFunc(edits, func(a, b Edit) int { return b.Start - a.Start })
	out := slices.Clone(src)
	end := len(src)
	for _, e := range edits {
		if e.Filename != edits[0].Filename {
			return nil, fmt.Errorf("edits of %s and %s", edits[0].Filename, e.Filename)
		}
		if e.Start < 0 || e.Start > e.End || e.End > end {
			return nil, fmt.Errorf("edit %d-%d of %s out of range or overlapping another: %q", e.Start, e.End, e.Filename, e.New)
		}
		out = slices.Concat(out[:e.Start], []byte(e.New), out[e.End:])
		end = e.Start
	}
	return out, nil
}
