package main

import (
	"bytes"
	"context"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/reasonlint/reasonlint/internal/testutil"
)

// TestRunErrors checks that bad command lines, -o files and -reasonlint
// directories fail before the build, with an error that says why, and
// write nothing.
func TestRunErrors(t *testing.T) {
	t.Parallel()
	other := t.TempDir()
	testutil.WriteFile(t, filepath.Join(other, "go.mod"), "module example.com/other\n\ngo 1.26.0\n")
	file := filepath.Join(t.TempDir(), "file")
	testutil.WriteFile(t, file, "")
	for _, tt := range []struct {
		name string
		args func(out string) []string
		want string
	}{
		{"no -o", func(string) []string { return nil }, "missing -o"},
		{"arguments", func(out string) []string { return []string{"-o", out, "extra"} }, `unexpected arguments: ["extra"]`},
		{"unknown flag", func(out string) []string { return []string{"-o", out, "-no-such-flag"} }, "flag provided but not defined: -no-such-flag"},
		{"-o a directory", func(string) []string { return []string{"-o", t.TempDir()} }, "is a directory"},
		{"-o under a file", func(string) []string { return []string{"-o", filepath.Join(file, "gopls")} }, "not a directory"},
		{"no go.mod", func(out string) []string { return []string{"-o", out, "-reasonlint", t.TempDir()} }, "no go.mod"},
		{"other module", func(out string) []string { return []string{"-o", out, "-reasonlint", other} }, `module is "example.com/other", not github.com/reasonlint/reasonlint`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			// The directory of -o is created only for a build.
			out := filepath.Join(t.TempDir(), "bin", "gopls")
			args := tt.args(out)
			var stdout, stderr bytes.Buffer
			err := run(context.Background(), args, &stdout, &stderr)
			if err == nil {
				t.Fatalf("run(%q) succeeded", args)
			}
			if got := err.Error() + "\n" + stderr.String(); !strings.Contains(got, tt.want) {
				t.Errorf("run(%q): error %q, stderr %q; want it to say %q", args, err, &stderr, tt.want)
			}
			if stdout.Len() > 0 {
				t.Errorf("run(%q) printed %q", args, &stdout)
			}
			if _, err := os.Stat(filepath.Dir(out)); err == nil {
				t.Errorf("run(%q) created %s", args, filepath.Dir(out))
			}
		})
	}
}

// TestBuildDownloadError checks that a gopls that cannot be downloaded
// fails the build with the go command's reason, after creating the
// directory of -o, and writes no gopls.
func TestBuildDownloadError(t *testing.T) {
	t.Setenv("GOMODCACHE", t.TempDir())
	t.Setenv("GOPROXY", "off")
	out := filepath.Join(t.TempDir(), "new", "dir", "gopls")
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), []string{"-o", out, "-reasonlint", testutil.RootDir(t)}, &stdout, &stderr)
	if err == nil {
		t.Fatal("the build succeeded without the module cache and proxy")
	}
	for _, want := range []string{"downloading " + goplsModule + "@" + goplsVersion, "GOPROXY=off"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("build: %v; want it to say %q", err, want)
		}
	}
	if fi, err := os.Stat(filepath.Dir(out)); err != nil || !fi.IsDir() {
		t.Errorf("the directory of -o was not created: %v", err)
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("the failed build wrote %s", out)
	}
	if stdout.Len() > 0 {
		t.Errorf("the failed build printed %q", &stdout)
	}
}

// TestContainingModule checks that the default -reasonlint is this module.
func TestContainingModule(t *testing.T) {
	t.Parallel()
	dir, err := containingModule(context.Background(), config{})
	if err != nil {
		t.Fatal(err)
	}
	if want := testutil.RootDir(t); dir != want {
		t.Errorf("containingModule() = %s, want %s", dir, want)
	}
}

// TestReasonlintVersion checks the version that the command prints.
func TestReasonlintVersion(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	cache := filepath.Join(t.TempDir(), "reasonlint@v0.1.0")
	if err := os.Mkdir(cache, 0o755); err != nil {
		t.Fatal(err)
	}
	if got := reasonlintVersion(ctx, cache); got != "v0.1.0" {
		t.Errorf("a module cache directory: %q, want v0.1.0", got)
	}
	if got := reasonlintVersion(ctx, t.TempDir()); got != "devel" {
		t.Errorf("a directory outside git: %q, want devel", got)
	}
	// A directory inside a checkout is not the checkout.
	if got := reasonlintVersion(ctx, "."); got != "devel" {
		t.Errorf("a directory inside the checkout: %q, want devel", got)
	}
	root := testutil.RootDir(t)
	want := "devel"
	if top, err := exec.Command("git", "-C", root, "rev-parse", "--show-toplevel").Output(); err == nil && sameDir(strings.TrimSpace(string(top)), root) {
		out, err := exec.Command("git", "-C", root, "describe", "--tags", "--always", "--dirty").Output()
		if err != nil {
			t.Fatal(err)
		}
		want = "devel " + strings.TrimSpace(string(out))
	}
	if got := reasonlintVersion(ctx, root); got != want {
		t.Errorf("the module's root: %q, want %q", got, want)
	}
}

// TestWriteSettings checks the file added to gopls: Go in package
// settings that imports reasonlint's analyzer and appends it to
// AllAnalyzers in an init function.
func TestWriteSettings(t *testing.T) {
	t.Parallel()
	file := filepath.Join(t.TempDir(), "reasonlint.go")
	if err := writeSettings(file); err != nil {
		t.Fatal(err)
	}
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, parser.ParseComments)
	if err != nil {
		t.Fatalf("the settings file does not parse: %v", err)
	}
	if f.Name.Name != "settings" {
		t.Errorf("package %s, want settings", f.Name.Name)
	}
	if len(f.Imports) != 1 || f.Imports[0].Path.Value != strconv.Quote(reasonlintAnalyzer) {
		t.Errorf("imports %v, want only %s", f.Imports, reasonlintAnalyzer)
	}
	src := testutil.ReadFile(t, file)
	for _, want := range []string{"// Code generated by " + reasonlintModule + "/cmd/buildgopls. DO NOT EDIT.", "func init() {", "AllAnalyzers = append(AllAnalyzers, &Analyzer{analyzer: reasonlint.Analyzer})"} {
		if !strings.Contains(src, want) {
			t.Errorf("the settings file lacks %q:\n%s", want, src)
		}
	}
	// A second write does not overwrite it.
	if err := writeSettings(file); err == nil || !strings.Contains(err.Error(), "already has") {
		t.Errorf("second writeSettings: %v, want an error that the file exists", err)
	}
}
