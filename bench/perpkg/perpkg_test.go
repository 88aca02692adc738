package perpkg_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/reasonlint/reasonlint/analyzer"
	"github.com/reasonlint/reasonlint/bench/internal/corpus"
	"github.com/reasonlint/reasonlint/bench/internal/repo"
)

// noop does nothing: what running an analyzer costs the driver. The
// difference between it and reasonlint is reasonlint's own work.
var noop = &analysis.Analyzer{
	Name: "noop",
	Doc:  "do nothing",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

// BenchmarkCorpus measures the per-package work on the generated corpus,
// whose packages use the reasons package heavily: the corpus is generated
// and loaded once, then each iteration runs the analyzer over every
// package, one at a time.
func BenchmarkCorpus(b *testing.B) { benchmarkCorpus(b, corpus.Default) }

// BenchmarkDense does the same on the dense corpus, with a mistake in most
// constructs: the worst case for reasonlint's own work.
func BenchmarkDense(b *testing.B) { benchmarkCorpus(b, corpus.Dense) }

func benchmarkCorpus(b *testing.B, cfg corpus.Config) {
	dir := b.TempDir()
	rl, err := repo.Dir()
	if err != nil {
		b.Fatal(err)
	}
	cfg.Reasonlint = rl
	if _, err := corpus.Generate(dir, cfg); err != nil {
		b.Fatal(err)
	}
	benchmarkPackages(b, load(b, dir, "./..."))
}

// BenchmarkStd measures the per-package work on standard library packages,
// which never mention reasons: what every package of a large program that
// does not handle reasons costs.
func BenchmarkStd(b *testing.B) {
	benchmarkPackages(b, load(b, "", "net/http", "go/types", "encoding/json", "runtime", "fmt"))
}

// load loads the packages that match patterns in dir, with syntax and
// types; an error is fatal.
func load(b *testing.B, dir string, patterns ...string) []*packages.Package {
	b.Helper()
	cfg := &packages.Config{Mode: packages.LoadSyntax, Dir: dir}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		b.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		b.Fatal("packages with errors")
	}
	return pkgs
}

// benchmarkPackages runs noop and reasonlint on pkgs, one package at a
// time, in sub-benchmarks named after them. Each iteration is a new
// instance of reasonlint, as each run of a driver is, so that what it
// keeps from package to package is found anew.
func benchmarkPackages(b *testing.B, pkgs []*packages.Package) {
	for _, newAnalyzer := range []func() *analysis.Analyzer{func() *analysis.Analyzer { return noop }, analyzer.New} {
		b.Run(newAnalyzer().Name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				a := newAnalyzer()
				if _, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, &checker.Options{Sequential: true}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(pkgs)), "ns/pkg")
		})
	}
}
