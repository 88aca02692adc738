package analyzer_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/reasonlint/reasonlint/analyzer"
)

// fixtures is the module of analysistest fixtures, one package per
// scenario.
var fixtures = must(filepath.Abs(filepath.Join("..", "testdata", "src")))

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// withFlags returns a new analyzer instance with the flags set.
func withFlags(t *testing.T, flags map[string]string) *analysis.Analyzer {
	t.Helper()
	a := analyzer.New()
	for name, value := range flags {
		if err := a.Flags.Set(name, value); err != nil {
			t.Fatal(err)
		}
	}
	return a
}

func TestSwitch(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, fixtures, analyzer.New(), "./switch")
}

func TestDefaultCase(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, fixtures, analyzer.New(), "./default-case")
}
