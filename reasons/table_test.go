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
	"regexp"
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
		for _, c := range []struct {
			sdk SDK
			col string
		}{
			{SDKiOS, "ios_case"},
			{SDKAndroid, "android"},
			{SDKWindows, "windows"},
			{SDKWeb, "web_constant"},
		} {
			want := row[c.col]
			if want == "-" || want == "?" {
				want = ""
			}
			if got := r.Spelling(c.sdk); got != want {
				t.Errorf("%v.Spelling(%s) = %q, want %q", r, c.sdk, got, want)
			}
		}
		if got, want := r.Since(), sinceColumn(t, row["since"]); got != want {
			t.Errorf("%v.Since() = %+v, want %+v (from %q)", r, got, want, row["since"])
		}
		if d := r.Description(); d == "" || d == row["gist"] || !strings.HasSuffix(d, ".") {
			t.Errorf("%v.Description() = %q: want a sentence of our own", r, d)
		}
	}
}

var version = regexp.MustCompile(`^[0-9]+(\.[0-9]+)+$`)

// sinceColumn parses the since column of reasons.tsv, free text such as
// "native 5.1 (docs; ...); web 5.2.0", "web n/a (absent in 5.4.0)" or
// "listed in the 5.5 docs; commented out in SDK code": the version after
// "native" or "web", and "" where there is none.
func sinceColumn(t *testing.T, text string) Versions {
	t.Helper()
	var v Versions
	plain := regexp.MustCompile(`\([^)]*\)`).ReplaceAllString(text, "")
	for _, part := range strings.Split(plain, ";") {
		family, ver, _ := strings.Cut(strings.TrimSpace(part), " ")
		ver = strings.TrimSpace(ver)
		var field *string
		switch family {
		case "native":
			field = &v.Native
		case "web":
			field = &v.Web
		default:
			continue // prose, without a version of either family
		}
		switch {
		case ver == "n/a":
		case version.MatchString(ver):
			*field = ver
		default:
			t.Fatalf("since %q: cannot read %q", text, part)
		}
	}
	return v
}

func TestSince(t *testing.T) {
	for _, tt := range []struct {
		r    Reason
		want Versions
	}{
		{Normal, Versions{"5.1", "5.2.0"}},
		{MaxCallTimeExceeded, Versions{"5.4.5", "5.2.1"}},
		{DesktopScreenLocked, Versions{"5.5.0", ""}},
		{WebRTCAbort, Versions{"", "5.2.0"}},
		{WrongRoomAttribute, Versions{"", ""}},
		{1999, Versions{}},
	} {
		if got := tt.r.Since(); got != tt.want {
			t.Errorf("%v.Since() = %+v, want %+v", tt.r, got, tt.want)
		}
	}
}

func TestSpelling(t *testing.T) {
	for _, tt := range []struct {
		r    Reason
		sdk  SDK
		want string
	}{
		{NoAnswer, SDKiOS, "noAnswer"},
		{NoAnswer, SDKAndroid, "NO_ANSWER"},
		{NoAnswer, SDKWindows, "PLNK_DISCONNECT_REASON_NOANSWER"},
		{NoAnswer, SDKWeb, "PLANETKIT_DISCONNECT_REASON_NOANSWER"},
		{Normal, SDKAndroid, "NORMAL"},
		{RoomNotFound, SDKAndroid, "REASON_ROOM_NOT_FOUND"},
		{SystemLogoff, SDKiOS, "systemLogOff"},
		{DesktopScreenLocked, SDKWeb, ""},
		{WebRTCAbort, SDKWindows, ""},
		{WebRTCAbort, SDKWeb, "PLANETKIT_DISCONNECT_REASON_WEB_RTC_ABORT"},
		{WrongRoomAttribute, SDKiOS, "wrongRoomAttribute"},
		{WrongRoomAttribute, SDKAndroid, ""}, // not known
		{NoAnswer, "Flutter", ""},
		{NoAnswer, "", ""},
		{1999, SDKiOS, ""},
	} {
		if got := tt.r.Spelling(tt.sdk); got != tt.want {
			t.Errorf("%v.Spelling(%q) = %q, want %q", tt.r, tt.sdk, got, tt.want)
		}
	}
}

func TestCommon(t *testing.T) {
	rows := readTSV(t, "reasons.tsv")
	webOnly := 0
	for _, row := range rows {
		if row["web_only"] == "yes" {
			webOnly++
		}
	}
	common := Common()
	if len(common) != len(rows)-webOnly {
		t.Errorf("len(Common()) = %d, want %d", len(common), len(rows)-webOnly)
	}
	if len(All()) != len(rows) {
		t.Errorf("len(All()) = %d, want %d", len(All()), len(rows))
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
		if byCode, ok := RetiredCode(row["name"]); v > 0 && (!ok || byCode != rv) {
			t.Errorf("RetiredCode(%q) = %v, %v, want %v, true", row["name"], byCode, ok, rv)
		}
	}
	if _, ok := Retired(int(NoAnswer)); ok {
		t.Error("Retired(1203) = true")
	}
	for _, code := range []string{"NOANSWER", "unknown", ""} {
		if _, ok := RetiredCode(code); ok {
			t.Errorf("RetiredCode(%q) = true", code)
		}
	}
}

func TestRelCodeTableMatchesReference(t *testing.T) {
	rows := readTSV(t, "rel_codes.tsv")
	consts := declaredConstants(t, "RelCode")
	var want []RelCode
	for _, row := range rows {
		v, err := strconv.Atoi(row["rel_code"])
		if err != nil {
			t.Fatal(err)
		}
		c, name := RelCode(v), row["rel_code_str"]
		want = append(want, c)
		if !c.Known() || c.String() != name {
			t.Errorf("RelCode(%d) = %v, known %v; want %s", v, c, c.Known(), name)
		}
		if got, ok := LookupRelCode(name); !ok || got != c {
			t.Errorf("LookupRelCode(%q) = %d, %v; want %d", name, int(got), ok, v)
		}
		// The constant is "Rel" and the name in CamelCase.
		goName, _ := strings.CutPrefix(c.GoString(), "reasons.")
		if camel, ok := strings.CutPrefix(goName, "Rel"); !ok || !strings.EqualFold(camel, strings.ReplaceAll(name, "_", "")) {
			t.Errorf("%s is named %s", name, goName)
		}
		if got, ok := consts[goName]; !ok || got != int64(v) {
			t.Errorf("constant %s = %d, declared: %v; want %d", goName, got, ok, v)
		}
		// "NOANSWER", or "INTERNAL_ERROR (default branch)".
		code, branch, _ := strings.Cut(row["web_sdk_maps_to_disconnect_reason"], " ")
		reason, err := Parse(code)
		if err != nil {
			t.Fatal(err)
		}
		if branch != "" && !strings.HasPrefix(branch, "(default branch") {
			t.Fatalf("rel_code %d: cannot read %q", v, row["web_sdk_maps_to_disconnect_reason"])
		}
		if got, specific := c.Reason(); got != reason || specific != (branch == "") {
			t.Errorf("%v.Reason() = %v, %v; want %v, %v", c, got, specific, reason, branch == "")
		}
		// The default branch is as RelCode.Reason documents it.
		if branch != "" {
			wantDefault := InternalError
			if 200 <= v && v < 500 {
				wantDefault = ServerInternalError
			}
			if reason != wantDefault {
				t.Errorf("rel_code %d: default branch %v, want %v", v, reason, wantDefault)
			}
		}
	}
	if got := AllRelCodes(); !slices.Equal(got, want) {
		t.Errorf("AllRelCodes() = %v,\nwant %v", got, want)
	}
	if len(consts) != len(rows) {
		t.Errorf("reference has %d release codes, the source declares %d RelCode constants", len(rows), len(consts))
	}
}

// causes are the Q.850 causes that ../shared/planet/callbacks.md lists for
// terminate: "16 normal release (always when duration > 0), 77 canceled,
// 21 rejected, 17 busy, 18 no answer, 127 anything else".
var causes = []struct {
	value int
	name  string
}{
	{16, "Normal"},
	{17, "Busy"},
	{18, "NoAnswer"},
	{21, "Rejected"},
	{77, "Canceled"},
	{127, "Other"},
}

func TestCauseTableMatchesReference(t *testing.T) {
	consts := declaredConstants(t, "Cause")
	var want []Cause
	descriptions := make(map[string]bool)
	for _, tt := range causes {
		c := Cause(tt.value)
		want = append(want, c)
		if !c.Known() || c.String() != tt.name || c.GoString() != "reasons.Cause"+tt.name {
			t.Errorf("Cause(%d) = %v (%#v), known %v; want %s", tt.value, c, c, c.Known(), tt.name)
		}
		if got, ok := consts["Cause"+tt.name]; !ok || got != int64(tt.value) {
			t.Errorf("constant Cause%s = %d, declared: %v; want %d", tt.name, got, ok, tt.value)
		}
		if d := c.Description(); d == "" || !strings.HasSuffix(d, ".") || descriptions[d] {
			t.Errorf("%v.Description() = %q: want a sentence of its own", c, d)
		}
		descriptions[c.Description()] = true
	}
	if got := AllCauses(); !slices.Equal(got, want) {
		t.Errorf("AllCauses() = %v, want %v", got, want)
	}
	if len(consts) != len(causes) {
		t.Errorf("the source declares %d Cause constants, want %d", len(consts), len(causes))
	}
}

// The package derives its lookups in variable declarations, which Go
// initializes in the order of their dependencies: no init function, whose
// order would follow the names of the files, and so the order of the
// files does not matter.
func TestNoInitFunctions(t *testing.T) {
	fset := token.NewFileSet()
	err := filepath.WalkDir(".", func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		for _, decl := range f.Decls {
			if fn, ok := decl.(*ast.FuncDecl); ok && fn.Recv == nil && fn.Name.Name == "init" {
				t.Errorf("%s: func init", fset.Position(fn.Pos()))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
