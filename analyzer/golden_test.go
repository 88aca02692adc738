package analyzer_test

import (
	"bytes"
	"go/format"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/reasonlint/reasonlint/internal/testutil"
)

// TestFixedCode proves what the suggested fixes of each scenario yield,
// as its .golden files hold it: code that type-checks, and that needs no
// second run of the fixes, since reasonlint suggests none there. The
// fixtures are copied with the golden files in place of the sources they
// fix, and each scenario's packages are loaded from the copy once. A
// golden file is also gofmt-clean where its source is.
func TestFixedCode(t *testing.T) {
	fixed := t.TempDir()
	goldens := 0
	err := filepath.WalkDir(fixtures, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(fixtures, path)
		if err != nil {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		switch {
		case strings.HasSuffix(path, ".go.golden"):
			goldens++
			rel = strings.TrimSuffix(rel, ".golden")
			if original, err := os.ReadFile(strings.TrimSuffix(path, ".golden")); err == nil && isFormatted(original) && !isFormatted(src) {
				t.Errorf("%s is not gofmt-clean", path)
			}
		case rel == "go.mod":
			src = bytes.ReplaceAll(src, []byte("=> ../.."), []byte("=> "+filepath.Dir(filepath.Dir(fixtures))))
		}
		if _, err := os.Stat(path + ".golden"); err == nil {
			return nil // the fixed file takes its place
		}
		testutil.WriteFile(t, filepath.Join(fixed, rel), string(src))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if goldens == 0 {
		t.Fatal("no golden files found")
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			t.Parallel()
			cfg := &packages.Config{
				Mode:  packages.LoadAllSyntax,
				Dir:   fixed,
				Tests: true,
				Env:   append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GOPROXY=off"),
			}
			pkgs, err := packages.Load(cfg, sc.patterns...)
			if err != nil {
				t.Fatal(err)
			}
			if n := packages.PrintErrors(pkgs); n > 0 {
				t.Fatalf("%d errors in the fixed packages", n)
			}
			a := withFlags(t, sc.flags)
			graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
			if err != nil {
				t.Fatal(err)
			}
			for act := range graph.All() {
				if !act.IsRoot {
					continue
				}
				if act.Err != nil {
					t.Errorf("%s: %v", act.Package.PkgPath, act.Err)
				}
				for _, d := range act.Diagnostics {
					if len(d.SuggestedFixes) > 0 {
						t.Errorf("%s: after the fixes, a second run fixes %q again (%s)", act.Package.Fset.Position(d.Pos), d.SuggestedFixes[0].Message, d.Message)
					}
				}
			}
		})
	}
}

func isFormatted(src []byte) bool {
	formatted, err := format.Source(src)
	return err == nil && bytes.Equal(formatted, src)
}
