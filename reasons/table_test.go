package reasons

import (
	"bufio"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The files in testdata are copies of LINE Planet's reference tables; the
// tests below hold this package to them.

// readTSV returns the rows of a tab-separated file with a header line, each
// as a map from column name to value.
func readTSV(t *testing.T, name string) []map[string]string {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var header []string
	var rows []map[string]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if header == nil {
			header = fields
			continue
		}
		if len(fields) != len(header) {
			t.Fatalf("%s: row %q has %d fields, want %d", name, fields[0], len(fields), len(header))
		}
		row := make(map[string]string, len(header))
		for i, h := range header {
			row[h] = fields[i]
		}
		rows = append(rows, row)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 {
		t.Fatalf("%s: no rows", name)
	}
	return rows
}

// declaredConstants returns the constants of the named type that this
// package's source declares, by name, read with go/types so that the
// identifiers themselves are checked against the reference table.
func declaredConstants(t *testing.T, typeName string) map[string]int64 {
	t.Helper()
	fset := token.NewFileSet()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var files []*ast.File
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	conf := types.Config{Importer: importerFunc(func(path string) (*types.Package, error) {
		return types.NewPackage(path, filepath.Base(path)), nil
	}), Error: func(error) {}}
	pkg, _ := conf.Check("reasons", fset, files, nil)
	typ := pkg.Scope().Lookup(typeName).Type()
	consts := make(map[string]int64)
	for _, name := range pkg.Scope().Names() {
		c, ok := pkg.Scope().Lookup(name).(*types.Const)
		if !ok || !types.Identical(c.Type(), typ) || !c.Exported() {
			continue
		}
		v, _ := constant.Int64Val(c.Val())
		consts[name] = v
	}
	return consts
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

var callTypeColumn = map[string]CallType{"1to1": OneToOne, "group": GroupCall, "both": OneToOne | GroupCall}

func TestReasonTableMatchesReference(t *testing.T) {
	rows := readTSV(t, "reasons.tsv")
	consts := declaredConstants(t, "Reason")
	if len(rows) != len(reasonTable) || len(consts) != len(reasonTable) {
		t.Fatalf("reference has %d reasons, the table %d, the source declares %d constants", len(rows), len(reasonTable), len(consts))
	}
	for _, row := range rows {
		value, err := strconv.Atoi(row["value"])
		if err != nil {
			t.Fatal(err)
		}
		r := Reason(value)
		if got, ok := consts[row["go_name"]]; !ok || got != int64(value) {
			t.Errorf("constant %s = %d, declared: %v; want %d", row["go_name"], got, ok, value)
		}
		if !r.Known() {
			t.Errorf("%d (%s) is not in the table", value, row["code"])
			continue
		}
		if got, want := r.GoString(), "reasons."+row["go_name"]; got != want {
			t.Errorf("%d.GoString() = %q, want %q", value, got, want)
		}
		if got := r.String(); got != row["code"] {
			t.Errorf("%d.String() = %q, want %q", value, got, row["code"])
		}
		if got, want := r.CallTypes(), callTypeColumn[row["call_type"]]; got != want {
			t.Errorf("%v.CallTypes() = %b, want %b", r, got, want)
		}
		var wantSources []Source
		if row["sources"] != "?" {
			for _, name := range strings.Split(row["sources"], ",") {
				s, err := ParseSource(name)
				if err != nil {
					t.Fatal(err)
				}
				wantSources = append(wantSources, s)
			}
			slices.Sort(wantSources)
		}
		if got := r.Sources(); !slices.Equal(got, wantSources) {
			t.Errorf("%v.Sources() = %v, want %v", r, got, wantSources)
		}
		if got := r.Category().String(); got != row["group"] {
			t.Errorf("%v.Category() = %q, want %q", r, got, row["group"])
		}
		if got, want := r.WebOnly(), row["web_only"] == "yes"; got != want {
			t.Errorf("%v.WebOnly() = %v, want %v", r, got, want)
		}
		sdk := reasonTable[r].sdk
		for _, c := range []struct{ got, col string }{
			{sdk.iOS, "ios_case"},
			{sdk.android, "android"},
			{spelled(sdk.windows, windowsPrefix+row["code"]), "windows"},
			{spelled(sdk.web, webPrefix+row["code"]), "web_constant"},
		} {
			want := row[c.col]
			if want == "-" || want == "?" {
				want = ""
			}
			if c.got != want {
				t.Errorf("%v: %s spelling %q, want %q", r, c.col, c.got, want)
			}
		}
		if d := r.Description(); d == "" || d == row["gist"] || !strings.HasSuffix(d, ".") {
			t.Errorf("%v.Description() = %q: want a sentence of our own", r, d)
		}
	}
}

func spelled(ok bool, s string) string {
	if ok {
		return s
	}
	return ""
}

func TestReasonValuesAndCodesUnique(t *testing.T) {
	codes := make(map[string]Reason)
	descriptions := make(map[string]Reason)
	all := All()
	for i, r := range all {
		if i > 0 && all[i-1] >= r {
			t.Errorf("All() not in strictly increasing value order at %v", r)
		}
		if other, dup := codes[r.String()]; dup {
			t.Errorf("%v and %d share the code %q", other, int(r), r.String())
		}
		codes[r.String()] = r
		if other, dup := descriptions[r.Description()]; dup {
			t.Errorf("%v and %v share a description", other, r)
		}
		descriptions[r.Description()] = r
	}
}

func TestCommon(t *testing.T) {
	common := Common()
	if len(common) != 44 {
		t.Errorf("len(Common()) = %d, want 44", len(common))
	}
	if len(All()) != 56 {
		t.Errorf("len(All()) = %d, want 56", len(All()))
	}
	for _, r := range All() {
		if got, want := slices.Contains(common, r), !r.WebOnly(); got != want {
			t.Errorf("%v in Common() = %v, want %v", r, got, want)
		}
		// LINE Planet numbers web-only reasons 16xx.
		if got, want := r.WebOnly(), r/100 == 16; got != want {
			t.Errorf("%v.WebOnly() = %v; value %d", r, got, int(r))
		}
	}
	// The lists are copies.
	common[0] = 0
	if Common()[0] != Normal {
		t.Error("Common() returned the package's own slice")
	}
}

func TestSourceTableMatchesReference(t *testing.T) {
	consts := declaredConstants(t, "Source")
	var want []Source
	for _, row := range readTSV(t, "sources.tsv") {
		v, err := strconv.Atoi(row["value"])
		if err != nil {
			t.Fatal(err)
		}
		s := Source(v)
		if v == 0 {
			// Undefined is the zero value: not a source.
			if s.Known() {
				t.Error("Source(0) is known")
			}
			continue
		}
		want = append(want, s)
		if got := s.String(); got != row["name"] {
			t.Errorf("Source(%d).String() = %q, want %q", v, got, row["name"])
		}
		if got, want := s.GoString(), "reasons."+row["name"]; got != want {
			t.Errorf("Source(%d).GoString() = %q, want %q", v, got, want)
		}
		if got := s.WebName(); got != row["web_value"] {
			t.Errorf("%v.WebName() = %q, want %q", s, got, row["web_value"])
		}
		if got, ok := consts[row["name"]]; !ok || got != int64(v) {
			t.Errorf("constant %s = %d, declared: %v; want %d", row["name"], got, ok, v)
		}
	}
	if got := AllSources(); !slices.Equal(got, want) {
		t.Errorf("AllSources() = %v, want %v", got, want)
	}
	if len(consts) != len(want) {
		t.Errorf("the source declares %d Source constants, want %d", len(consts), len(want))
	}
}

func TestRetiredMatchesReference(t *testing.T) {
	rows := readTSV(t, "retired.tsv")
	if len(rows) != len(retiredTable) {
		t.Errorf("reference has %d retired values, the table %d", len(rows), len(retiredTable))
	}
	for _, row := range rows {
		v, err := strconv.Atoi(row["value"])
		if err != nil {
			t.Fatal(err)
		}
		rv, ok := Retired(v)
		if !ok {
			t.Errorf("Retired(%d) not found", v)
			continue
		}
		if rv.Name != row["name"] {
			t.Errorf("Retired(%d).Name = %q, want %q", v, rv.Name, row["name"])
		}
		if Reason(v).Known() {
			t.Errorf("retired value %d is a known reason", v)
		}
		// "superseded by 1112" names the replacement.
		var want Reason
		if _, after, ok := strings.Cut(row["status"], "superseded by "); ok {
			n, err := strconv.Atoi(strings.Fields(after)[0])
			if err != nil {
				t.Fatal(err)
			}
			want = Reason(n)
		}
		if rv.Replacement != want {
			t.Errorf("Retired(%d).Replacement = %v, want %v", v, rv.Replacement, want)
		}
	}
	if _, ok := Retired(int(NoAnswer)); ok {
		t.Error("Retired(1203) = true")
	}
}
