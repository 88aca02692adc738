package corpus_test

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/reasonlint/reasonlint/bench/internal/corpus"
	"github.com/reasonlint/reasonlint/bench/internal/repo"
	"github.com/reasonlint/reasonlint/internal/testutil"
)

// small is a corpus of a few packages, with mistakes everywhere.
var small = corpus.Config{Packages: 6, Plain: 2, Seed: 7, Mistakes: 1, Reasonlint: testutil.Must(repo.Dir())}

// readTree returns the files under dir by relative path.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := make(map[string][]byte)
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		files[rel] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestDeterministic(t *testing.T) {
	t.Parallel()
	a, b := t.TempDir(), t.TempDir()
	if _, err := corpus.Generate(a, small); err != nil {
		t.Fatal(err)
	}
	if _, err := corpus.Generate(b, small); err != nil {
		t.Fatal(err)
	}
	fa, fb := readTree(t, a), readTree(t, b)
	if len(fa) != len(fb) {
		t.Fatalf("%d files, then %d", len(fa), len(fb))
	}
	for name, src := range fa {
		if !bytes.Equal(src, fb[name]) {
			t.Errorf("%s differs between two runs", name)
		}
	}
	other := small
	other.Seed++
	c := t.TempDir()
	if _, err := corpus.Generate(c, other); err != nil {
		t.Fatal(err)
	}
	same := 0
	for name, src := range readTree(t, c) {
		if bytes.Equal(src, fa[name]) {
			same++
		}
	}
	if same == len(fa) {
		t.Errorf("seeds %d and %d generate the same files", small.Seed, other.Seed)
	}
}

// TestTypeChecks proves that the generated module loads and type checks,
// and that its packages import each other.
func TestTypeChecks(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	st, err := corpus.Generate(dir, small)
	if err != nil {
		t.Fatal(err)
	}
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadSyntax, Dir: dir}, "./...")
	if err != nil {
		t.Fatal(err)
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		t.Fatalf("%d errors", n)
	}
	if len(pkgs) != st.Packages || st.Packages != small.Packages+small.Plain+1 {
		t.Errorf("loaded %d packages, generated %d, want %d", len(pkgs), st.Packages, small.Packages+small.Plain+1)
	}
	local := 0
	for _, p := range pkgs {
		for path := range p.Imports {
			if strings.HasPrefix(path, corpus.ModulePath+"/") {
				local++
			}
		}
	}
	if local < small.Packages {
		t.Errorf("%d imports of generated packages, want at least %d", local, small.Packages)
	}
}

func TestGenerateRefusesNonEmptyDir(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "x"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := corpus.Generate(dir, small); err == nil {
		t.Error("Generate wrote into a directory that is not empty")
	}
}
