package main

import (
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The command on code of every shape it meets in real projects: broken
// code gets the driver's message and never a panic (run checks every
// command's output for one), and unusual but valid code is checked.

// module writes a module that requires reasonlint from this repository,
// with files (path -> content), and returns its directory.
func module(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "go.mod"), `module example.com/robust

go 1.26.0

require github.com/reasonlint/reasonlint v0.0.0-00010101000000-000000000000

replace github.com/reasonlint/reasonlint => `+strconv.Quote(repoDir)+"\n")
	for name, content := range files {
		writeFile(t, filepath.Join(dir, name), content)
	}
	return dir
}

// offline keeps the go command from looking anything up: everything
// comes from the replacement and the module cache.
var offline = []string{"GOWORK=off", "GOPROXY=off", "GOFLAGS=-mod=mod"}

const rawInt = "raw integer 1203 used as reasons.Reason; use reasons.NoAnswer"

func TestBrokenCode(t *testing.T) {
	for _, tt := range []struct {
		name, src, message string
	}{
		{"syntax", "package p\n\nfunc f( {\n", "expected"},
		{"types", "package p\n\nimport \"github.com/reasonlint/reasonlint/reasons\"\n\nvar r reasons.Reason = \"BUSY\"\n", "cannot use"},
		{"import", "package p\n\nimport \"github.com/reasonlint/reasonlint/nothing\"\n", "nothing"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := module(t, map[string]string{"p/p.go": tt.src})
			r := run(t, dir, offline, reasonlintBin, "./...")
			if r.code != 1 || !strings.Contains(r.stderr, tt.message) {
				t.Errorf("exit status %d, want 1, and a message with %q:\n%s", r.code, tt.message, r.stderr)
			}
		})
	}
}

func TestUnusualCode(t *testing.T) {
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
	r := mustRun(t, 3, dir, offline, reasonlintBin, "./...")
	for _, file := range []string{"tags/linux.go", "generic/g.go", "cgo/cgo.go", "external/x.go", "external/x_test.go"} {
		if _, ok := files[file]; ok && !strings.Contains(r.stderr, filepath.Join(dir, file)+":") {
			t.Errorf("no finding in %s:\n%s", file, r.stderr)
		}
	}
	if n := strings.Count(r.stderr, "reasons.NoAnswer"); n != len(files)-1 {
		t.Errorf("%d findings, want %d:\n%s", n, len(files)-1, r.stderr)
	}
}

// A vendored copy of the reasons package is the reasons package.
func TestVendored(t *testing.T) {
	dir := module(t, map[string]string{"p/p.go": "package p\n\nimport \"github.com/reasonlint/reasonlint/reasons\"\n\nfunc Missed(r reasons.Reason) bool { return r == 1203 }\n"})
	mustRun(t, 0, dir, []string{"GOWORK=off", "GOPROXY=off", "GOFLAGS=-mod=mod"}, "go", "mod", "tidy")
	mustRun(t, 0, dir, []string{"GOWORK=off", "GOPROXY=off"}, "go", "mod", "vendor")
	r := mustRun(t, 3, dir, []string{"GOWORK=off", "GOPROXY=off", "GOFLAGS=-mod=vendor"}, reasonlintBin, "./...")
	if want := filepath.Join(dir, "p", "p.go") + ":5:50: " + rawInt; strings.TrimSpace(r.stderr) != want {
		t.Errorf("got\n%s\nwant\n%s", r.stderr, want)
	}
}
