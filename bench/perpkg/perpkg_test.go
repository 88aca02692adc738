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

// analyzers make the analyzers that the benchmarks compare: the no-op and
// a new instance of reasonlint, as each run of a driver has.
var analyzers = []func() *analysis.Analyzer{func() *analysis.Analyzer { return noop }, analyzer.New}

// BenchmarkCorpus measures the per-package work on the generated corpus,
// whose packages use the reasons package heavily: the corpus is generated
// and loaded once, then each iteration runs the analyzer over every
// package, one at a time.
func BenchmarkCorpus(b *testing.B) { benchmarkCorpus(b, corpus.Default) }

// BenchmarkDense does the same on the dense corpus, with a mistake in most
// constructs: the worst case for reasonlint's own work.
func BenchmarkDense(b *testing.B) { benchmarkCorpus(b, corpus.Dense) }

func benchmarkCorpus(b *testing.B, cfg corpus.Config) {
	benchmarkPackages(b, corpusPackages(b, cfg))
}

// corpusPackages generates the corpus of cfg and loads its packages.
func corpusPackages(b *testing.B, cfg corpus.Config) []*packages.Package {
	dir := b.TempDir()
	rl, err := repo.Dir()
	if err != nil {
		b.Fatal(err)
	}
	cfg.Reasonlint = rl
	if _, err := corpus.Generate(dir, cfg); err != nil {
		b.Fatal(err)
	}
	return load(b, dir, "./...")
}

// BenchmarkCorpusParallel runs the analyzer over all the corpus's packages
// at once, as a driver does once it has loaded them: its time per
// iteration is how much longer than the no-op a run of the driver takes,
// all else equal.
func BenchmarkCorpusParallel(b *testing.B) {
	pkgs := corpusPackages(b, corpus.Default)
	for _, newAnalyzer := range analyzers {
		b.Run(newAnalyzer().Name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := checker.Analyze([]*analysis.Analyzer{newAnalyzer()}, pkgs, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
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
// instance of reasonlint, so that what it keeps from package to package
// is found anew, as in a run of a driver.
func benchmarkPackages(b *testing.B, pkgs []*packages.Package) {
	for _, newAnalyzer := range analyzers {
		b.Run(newAnalyzer().Name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := checker.Analyze([]*analysis.Analyzer{newAnalyzer()}, pkgs, &checker.Options{Sequential: true}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(pkgs)), "ns/pkg")
		})
	}
}
