package analyzer_test

import (
	"bytes"
	"go/format"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestGoldenFilesCompile proves that every suggested fix yields code that
// type-checks: each fixture package is loaded with its .golden files in
// place of the sources they fix. A golden file is also gofmt-clean where
// its source is.
func TestGoldenFilesCompile(t *testing.T) {
	overlays := make(map[string]map[string][]byte) // package dir -> file -> golden content
	err := filepath.WalkDir(fixtures, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(path, ".go.golden") {
			return err
		}
		golden, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		source := strings.TrimSuffix(path, ".golden")
		dir := filepath.Dir(path)
		if overlays[dir] == nil {
			overlays[dir] = make(map[string][]byte)
		}
		overlays[dir][source] = golden
		if original, err := os.ReadFile(source); err == nil && isFormatted(original) && !isFormatted(golden) {
			t.Errorf("%s is not gofmt-clean", path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(overlays) == 0 {
		t.Fatal("no golden files found")
	}
	for dir, overlay := range overlays {
		rel, _ := filepath.Rel(fixtures, dir)
		t.Run(rel, func(t *testing.T) {
			cfg := &packages.Config{
				Mode:    packages.NeedName | packages.NeedFiles | packages.NeedSyntax | packages.NeedTypes | packages.NeedTypesInfo | packages.NeedImports | packages.NeedDeps,
				Dir:     fixtures,
				Tests:   true,
				Overlay: overlay,
				Env:     append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off"),
			}
			pkgs, err := packages.Load(cfg, "./"+rel)
			if err != nil {
				t.Fatal(err)
			}
			if n := packages.PrintErrors(pkgs); n > 0 {
				t.Errorf("%d errors in the fixed package", n)
			}
		})
	}
}

func isFormatted(src []byte) bool {
	formatted, err := format.Source(src)
	return err == nil && bytes.Equal(formatted, src)
}
