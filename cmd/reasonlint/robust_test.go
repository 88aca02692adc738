package main

import (
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/reasonlint/reasonlint/internal/testutil"
)

// The command on code of every shape it meets in real projects: broken
// code gets the driver's message and never a panic (testutil.Run checks
// every command's output for one), and unusual but valid code is checked.

// module writes a scratch module, example.com/robust, that requires
// reasonlint from this repository, with files (path -> content), and
// returns its directory.
func module(t *testing.T, files map[string]string) string {
	t.Helper()
	return testutil.Module(t, "example.com/robust", files)
}

// offline keeps the go command from looking anything up: everything
// comes from the replacement and the module cache.
var offline = testutil.Offline

func TestBrokenCode(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name, src, message string
	}{
		{"syntax", "package p\n\nfunc f( {\n", "expected"},
		{"types", "package p\n\nimport \"github.com/reasonlint/reasonlint/reasons\"\n\nvar r reasons.Reason = \"BUSY\"\n", "cannot use"},
		{"import", "package p\n\nimport \"github.com/reasonlint/reasonlint/nothing\"\n", "nothing"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := module(t, map[string]string{"p/p.go": tt.src})
			r := testutil.Run(t, dir, offline, reasonlintBin, "./...")
			if r.Code != 1 || !strings.Contains(r.Stderr, tt.message) {
				t.Errorf("exit status %d, want 1, and a message with %q:\n%s", r.Code, tt.message, r.Stderr)
			}
		})
	}
}

func TestUnusualCode(t *testing.T) {
	t.Parallel()
	const use = "import \"github.com/reasonlint/reasonlint/reasons\"\n\nfunc Missed(r reasons.Reason) bool { return r == 1203 }\n"
	files := map[string]string{
		// A build tag for this platform is checked; one for no platform
		// is not built at all.
		"tags/linux.go":      "//go:build linux || darwin || windows\n\npackage tags\n\n" + use,
		"tags/never.go":      "//go:build never\n\npackage tags\n\nfunc Never() int { return 1 }\n",
		"generic/g.go":       "package generic\n\nimport \"github.com/reasonlint/reasonlint/reasons\"\n\nfunc Missed[R interface{ reasons.Reason }](r R) bool { return r == 1203 }\n",
		"cgo/cgo.go":         "package cgo\n\n// int answer(void) { return 1203; }\nimport \"C\"\n\n" + strings.Replace(use, "import", "import (\n\t\"fmt\"\n)\n\nimport", 1) + "\nfunc Answer() { fmt.Println(C.answer()) }\n",
		"external/x.go":      "package external\n\n" + use,
		"external/x_test.go": "package external_test\n\nimport (\n\t\"testing\"\n\n\t\"github.com/reasonlint/reasonlint/reasons\"\n)\n\nfunc TestX(t *testing.T) { _ = reasons.Reason(1203) }\n",
	}
	dir := module(t, files)
	if _, err := exec.LookPath("gcc"); err != nil {
		t.Log("no C compiler: the cgo package is left out")
		delete(files, "cgo/cgo.go")
	}
	r := testutil.MustRun(t, 3, dir, offline, reasonlintBin, "./...")
	for _, file := range []string{"tags/linux.go", "generic/g.go", "cgo/cgo.go", "external/x.go", "external/x_test.go"} {
		if _, ok := files[file]; ok && !strings.Contains(r.Stderr, filepath.Join(dir, file)+":") {
			t.Errorf("no finding in %s:\n%s", file, r.Stderr)
		}
	}
	if n := strings.Count(r.Stderr, "reasons.NoAnswer"); n != len(files)-1 {
		t.Errorf("%d findings, want %d:\n%s", n, len(files)-1, r.Stderr)
	}
}

// A vendored copy of the reasons package is the reasons package.
func TestVendored(t *testing.T) {
	t.Parallel()
	src := map[string]string{"p/p.go": "package p\n\nimport \"github.com/reasonlint/reasonlint/reasons\"\n\nfunc Missed(r reasons.Reason) bool { return r == 1203 }\n"}
	// The findings in the module as it is, with reasonlint from the
	// replacement.
	want := testutil.FindingsOf(reasonlintJSON(t, module(t, src), offline, "./..."))
	if len(want) == 0 {
		t.Fatal("no findings without vendoring")
	}
	dir := module(t, src)
	testutil.MustRun(t, 0, dir, offline, "go", "mod", "tidy")
	testutil.MustRun(t, 0, dir, offline, "go", "mod", "vendor")
	// A vendor directory makes -mod=vendor the default.
	r := testutil.MustRun(t, 3, dir, offline, reasonlintBin, "./...")
	got := testutil.ParseText(t, dir, r.Stderr)
	if len(got) != len(want) {
		t.Fatalf("vendored: findings\n%s\nwant\n%s", got, want)
	}
	for i := range got {
		if got[i].Message != want[i].Message || filepath.Base(got[i].Posn) != filepath.Base(want[i].Posn) {
			t.Errorf("vendored: %s, want %s", got[i], want[i])
		}
	}
}

// A package that reaches the reasons package only through another one has
// its types from that package's export data, which holds only what it
// uses: reasonlint knows the members from its own copy, and offers no fix,
// which could name a member the project's version lacks.
func TestIndirectUse(t *testing.T) {
	t.Parallel()
	dir := module(t, map[string]string{
		"calls/calls.go": "package calls\n\nimport \"github.com/reasonlint/reasonlint/reasons\"\n\ntype Ended struct{ Reason reasons.Reason }\n\nfunc (Ended) Source() reasons.Source { return reasons.Callee }\n",
		"billing/b.go": `package billing

import "example.com/robust/calls"

func Bill(e calls.Ended) bool {
	switch e.Source() {
	case 1, 2, 3, 4:
	}
	return e.Reason == 1202
}
`,
	})
	diags := reasonlintJSON(t, dir, offline, "./billing")
	b := filepath.Join(dir, "billing", "b.go")
	want := []testutil.Finding{
		{Posn: b + ":6:2", Message: "missing cases in switch of type reasons.Source: reasons.AppServer"},
		{Posn: b + ":7:7", Message: "raw integer 1 used as reasons.Source; use reasons.Callee"},
		{Posn: b + ":7:10", Message: "raw integer 2 used as reasons.Source; use reasons.Caller"},
		{Posn: b + ":7:13", Message: "raw integer 3 used as reasons.Source; use reasons.Participant"},
		{Posn: b + ":7:16", Message: "raw integer 4 used as reasons.Source; use reasons.CloudServer"},
		{Posn: b + ":9:21", Message: "raw integer 1202 used as reasons.Reason; use reasons.Busy"},
	}
	if got := testutil.FindingsOf(diags); !slices.Equal(got, testutil.SortFindings(want)) {
		t.Errorf("got\n%v\nwant\n%v", got, want)
	}
	for _, d := range diags {
		if len(d.SuggestedFixes) != 0 {
			t.Errorf("%s: %q has a fix", d.Posn, d.Message)
		}
	}
	// Whatever else is on the command line: with ./..., calls is loaded
	// from source and its import of reasons complete, which must not
	// change what billing gets.
	var all []testutil.Diagnostic
	for _, d := range reasonlintJSON(t, dir, offline, "./...") {
		if strings.HasPrefix(d.Posn, b+":") {
			all = append(all, d)
		}
	}
	if !reflect.DeepEqual(all, diags) {
		t.Errorf("reasonlint ./... reports in billing\n%+v\nreasonlint ./billing\n%+v", all, diags)
	}
}

// //line directives, which generators and cgo write, move the positions
// that messages show but not what a //reasonlint: directive covers; a
// file with them gets no fixes, which drivers would apply to the file that
// the directives name.
func TestLineDirectives(t *testing.T) {
	t.Parallel()
	dir := module(t, map[string]string{"gen/gen.go": `package gen

import "github.com/reasonlint/reasonlint/reasons"

func Route(s reasons.Source) bool {
//line route.y:100:1
	switch s {
	case reasons.Callee:
	}
	//reasonlint:ignore the grammar compares wire values
	return s == 4
}
`})
	diags := reasonlintJSON(t, dir, offline, "./gen")
	if len(diags) != 1 || !strings.HasSuffix(diags[0].Posn, "route.y:100:2") || !strings.HasPrefix(diags[0].Message, "missing cases") || len(diags[0].SuggestedFixes) != 0 {
		t.Fatalf("got %+v, want one missing-cases finding at route.y:100:2, without a fix", diags)
	}
}
