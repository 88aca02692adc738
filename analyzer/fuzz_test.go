package analyzer_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/reasonlint/reasonlint/analyzer"
	"github.com/reasonlint/reasonlint/internal/testutil"
)

// The imports that fixture sources use, type-checked once.
var (
	importsOnce sync.Once
	imported    map[string]*types.Package
	importsErr  error
)

func fixtureImports(t testing.TB) map[string]*types.Package {
	importsOnce.Do(func() {
		cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes | packages.NeedImports | packages.NeedDeps, Dir: fixtures}
		var pkgs []*packages.Package
		pkgs, importsErr = packages.Load(cfg, "github.com/reasonlint/reasonlint/reasons", "net/http", "net/url", "strconv", "encoding/json", "fmt", "os", "testing")
		imported = make(map[string]*types.Package)
		packages.Visit(pkgs, nil, func(p *packages.Package) {
			if p.Types != nil {
				imported[p.PkgPath] = p.Types
			}
		})
	})
	if importsErr != nil {
		t.Fatal(importsErr)
	}
	return imported
}

// analyze runs a on one file of source, however broken: parse and type
// errors leave parts of the syntax tree and type information missing,
// which the analyzer must survive. It returns the diagnostics.
func analyze(t testing.TB, a *analysis.Analyzer, src string) []analysis.Diagnostic {
	return analyzeWith(t, a, src, true)
}

// analyzeWith is analyze, with a Pass that lacks ReadFile unless
// readFile, as some drivers' do.
func analyzeWith(t testing.TB, a *analysis.Analyzer, src string, readFile bool) []analysis.Diagnostic {
	imports := fixtureImports(t)
	fset := token.NewFileSet()
	const name = "fuzz.go"
	file, _ := parser.ParseFile(fset, name, src, parser.ParseComments|parser.SkipObjectResolution)
	if file == nil || file.Name == nil {
		return nil
	}
	info := &types.Info{
		Types:      make(map[ast.Expr]types.TypeAndValue),
		Defs:       make(map[*ast.Ident]types.Object),
		Uses:       make(map[*ast.Ident]types.Object),
		Implicits:  make(map[ast.Node]types.Object),
		Selections: make(map[*ast.SelectorExpr]*types.Selection),
		Scopes:     make(map[ast.Node]*types.Scope),
		Instances:  make(map[*ast.Ident]types.Instance),
	}
	conf := types.Config{
		Importer: testutil.ImporterFunc(func(path string) (*types.Package, error) {
			if p, ok := imports[path]; ok {
				return p, nil
			}
			return nil, os.ErrNotExist
		}),
		Error: func(error) {}, // keep going
	}
	files := []*ast.File{file}
	pkg, _ := conf.Check(file.Name.Name, fset, files, info)
	var diags []analysis.Diagnostic
	pass := &analysis.Pass{
		Analyzer:   a,
		Fset:       fset,
		Files:      files,
		Pkg:        pkg,
		TypesInfo:  info,
		TypesSizes: types.SizesFor("gc", "amd64"),
		Report:     func(d analysis.Diagnostic) { diags = append(diags, d) },
		ReadFile: func(filename string) ([]byte, error) {
			if filename == name {
				return []byte(src), nil
			}
			return nil, os.ErrNotExist
		},
	}
	if !readFile {
		pass.ReadFile = nil
	}
	if _, err := a.Run(pass); err != nil {
		t.Errorf("Run: %v", err)
	}
	for _, d := range diags {
		if !d.Pos.IsValid() || d.End.IsValid() && d.End < d.Pos {
			t.Errorf("diagnostic %q has an invalid range", d.Message)
		}
		for _, fix := range d.SuggestedFixes {
			for _, e := range fix.TextEdits {
				if !e.Pos.IsValid() || e.End.IsValid() && e.End < e.Pos {
					t.Errorf("fix %q has an invalid edit", fix.Message)
				}
			}
		}
	}
	return diags
}

// fixtureSources returns the Go sources of the fixtures, the seed corpus.
func fixtureSources(t testing.TB) []string {
	var srcs []string
	err := filepath.WalkDir(fixtures, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(path, ".go") {
			return err
		}
		b, err := os.ReadFile(path)
		srcs = append(srcs, string(b))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return srcs
}

// allFlags is an analyzer with every optional check on, to reach as much
// of the code as possible.
func allFlags(t testing.TB) *analysis.Analyzer {
	a := analyzer.New()
	for _, f := range []string{analyzer.FlagCheckMaps, analyzer.FlagWebReasons, analyzer.FlagCheckGenerated} {
		if err := a.Flags.Set(f, "true"); err != nil {
			t.Fatal(err)
		}
	}
	return a
}

// The analyzer runs on mutated fixture sources, most of them invalid Go,
// without panicking.
func FuzzAnalyzer(f *testing.F) {
	for _, src := range fixtureSources(f) {
		f.Add(src)
	}
	a := allFlags(f)
	fixtureImports(f) // before fuzzing: loading takes seconds
	f.Fuzz(func(t *testing.T, src string) {
		analyze(t, a, src)
	})
}

// Invalid code of every kind the analyzer meets in an editor, where
// packages are analyzed as they are typed.
func TestInvalidCode(t *testing.T) {
	a := allFlags(t)
	for _, src := range []string{
		"",
		"package",
		"package p; import \"github.com/reasonlint/reasonlint/reasons\"; func f(r reasons.Reason) { switch r {",
		"package p; import \"github.com/reasonlint/reasonlint/reasons\"; func f(r reasons.Reason) { switch r { case reasons.Nope: case 1203: } }",
		"package p; import \"github.com/reasonlint/reasonlint/reasons\"; func f(r reasons.Reason) { switch r { case \"BUSY\": } }",
		"package p; import \"github.com/reasonlint/reasonlint/reasons\"; func f(r reasons.Reason) { if r == undefined || r.String() == 1203 {} }",
		"package p; import \"github.com/reasonlint/reasonlint/reasons\"; var m = map[reasons.Source]int{1: 1, 1: 2, reasons.Nope: 3, 4}",
		"package p; import \"github.com/reasonlint/reasonlint/reasons\"; func f() { reasons.Parse(); reasons.Parse(1, 2); reasons.ParseValue(nil) }",
		"package p; import \"github.com/reasonlint/reasonlint/reasons\"; func f[T interface{ reasons.Reason | }](t T) { switch t { case 1: } }",
		"package p; import \"github.com/reasonlint/reasonlint/reasons\"; type E struct { R int `json:\"disconnect_reason` }",
		"package p; import \"net/url\"; func f(q url.Values) { n, := strconv.Atoi(q.Get(\"disconnect_reason\")); if n == 1203 {} }",
		"package p; import \"github.com/reasonlint/reasonlint/reasons\"; func f(r reasons.Reason) bool { return int(r, 2) == 1203 || int() == 3 }",
		"package p; import rs \"github.com/reasonlint/reasonlint/reasons\"; func f(rs rs.Source) { switch rs { } }",
		"package p\n//reasonlint:\n//reasonlint:ignore\nfunc f() {}",
		"package p; import \"github.com/reasonlint/reasonlint/reasons\"; func f(r *reasons.Reason) { r.UnmarshalText([]byte(1)); r.UnmarshalJSON(nil) }",
	} {
		analyze(t, a, src)
	}
}

// The harness above really runs the analyzer: on valid code it reports
// what the driver reports.
func TestAnalyzeHarness(t *testing.T) {
	src := "package p\n\nimport \"github.com/reasonlint/reasonlint/reasons\"\n\nfunc f(s reasons.Source) bool {\n\tswitch s {\n\t}\n\treturn s == 4\n}\n"
	var got []string
	for _, d := range analyze(t, analyzer.New(), src) {
		got = append(got, d.Message)
	}
	want := []string{
		"missing cases in switch of type reasons.Source: reasons.Callee, reasons.Caller, reasons.Participant, reasons.CloudServer, reasons.AppServer",
		"raw integer 4 used as reasons.Source; use reasons.CloudServer",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	// Without Pass.ReadFile (Bazel's nogo), the same, and no panic.
	got = got[:0]
	for _, d := range analyzeWith(t, analyzer.New(), src+"\n//reasonlint:ignore why\nvar _ reasons.Source = 5\n", false) {
		got = append(got, d.Message)
	}
	if !slices.Equal(got, want) {
		t.Errorf("without ReadFile: got %q, want %q", got, want)
	}
}

// A package without the reasons package is checked only if it mentions a
// callback parameter, with Pass.ReadFile and without it.
func TestCallbackPrefilter(t *testing.T) {
	src := "package p\n\nimport \"net/url\"\n\nfunc f(q url.Values) bool {\n\treturn q.Get(\"releaser_type\") == \"4\"\n}\n"
	want := []string{`releaser_type compared with "4"; parse it into a reasons.Source and compare with reasons.CloudServer`}
	for _, readFile := range []bool{true, false} {
		var got []string
		for _, d := range analyzeWith(t, analyzer.New(), src, readFile) {
			got = append(got, d.Message)
		}
		if !slices.Equal(got, want) {
			t.Errorf("with ReadFile %v: got %q, want %q", readFile, got, want)
		}
	}
	// Nothing mentions one: nothing to check.
	plain := strings.ReplaceAll(src, "releaser_type", "release_type")
	if diags := analyze(t, analyzer.New(), plain); len(diags) != 0 {
		t.Errorf("got %d diagnostics on code that mentions no callback parameter", len(diags))
	}
}
