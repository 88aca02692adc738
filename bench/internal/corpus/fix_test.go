package corpus_test

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/reasonlint/reasonlint/bench/internal/corpus"
	"github.com/reasonlint/reasonlint/internal/testutil"
)

// TestFixConverges applies reasonlint's fixes to the benchmark corpora
// twice: the first -fix leaves code that builds, and the second changes
// nothing.
func TestFixConverges(t *testing.T) {
	t.Parallel()
	bin := filepath.Join(t.TempDir(), "reasonlint")
	if err := testutil.Build(bin, "./cmd/reasonlint"); err != nil {
		t.Fatal(err)
	}
	for name, cfg := range map[string]corpus.Config{"default": corpus.Default, "dense": corpus.Dense} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			cfg.Reasonlint = small.Reasonlint
			dir := t.TempDir()
			if _, err := corpus.Generate(dir, cfg); err != nil {
				t.Fatal(err)
			}
			env := []string{"GOWORK=off", "GOFLAGS=-mod=mod"}
			testutil.MustRun(t, 0, dir, env, bin, "-fix", "./...")
			testutil.MustRun(t, 0, dir, env, "go", "build", "./...")
			once := readTree(t, dir)
			testutil.MustRun(t, 0, dir, env, bin, "-fix", "./...")
			twice := readTree(t, dir)
			for name, src := range twice {
				if !bytes.Equal(src, once[name]) {
					t.Errorf("a second -fix changed %s", name)
				}
			}
			if len(twice) != len(once) {
				t.Errorf("a second -fix made %d files of %d", len(twice), len(once))
			}
		})
	}
}
