package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// small is a data file with a few rows of each section.
const small = `# A comment.
[categories]
value	go_name	name	doc
1	CategoryCommon	common	Calls that end as calls do.
5	CategoryWeb	web	Only the web.

[sources]
value	go_name	web	doc
1	Callee	callee	The callee ended it.
2	Caller	caller	The caller ended it.

# Comments and empty lines may be anywhere.

[reasons]
value	code	go_name	calls	sources	category	ios	android	windows	web	since_native	since_web	doc
1001	NORMAL	Normal	both	Callee,Caller	common	normal	NORMAL	yes	yes	5.1	5.2.0	It ended.
1203	NOANSWER	NoAnswer	1to1	Caller	common	noAnswer	?	yes	no	5.1	-	Nobody answered.
1601	WEB_ONE	WebOne	group	?	web	-	-	no	yes	-	5.2.0	The web failed.
1602	WEB_TWO	WebTwo	group	?	web	-	-	no	yes	-	5.2.0	The web failed again.

[retired]
value	name	replacement
-1	unknown	-
1101	OLD_ONE	NORMAL
1102	OLD_TWO	-
1103	OLD_THREE	-
1306	OLD_FOUR	NOANSWER

[rel_codes]
value	name	go_name	reason	default
0	UNDEFINED	RelUndefined	NORMAL	yes
5	NO_ANSWER	RelNoAnswer	NOANSWER	no

[causes]
value	go_name	doc
16	CauseNormal	It ended normally.
17	CauseBusy	The callee was busy.
`

func TestParse(t *testing.T) {
	d, err := parse("small.tsv", []byte(small))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.categories) != 2 || len(d.sources) != 2 || len(d.reasons) != 4 || len(d.retired) != 5 || len(d.relCodes) != 2 || len(d.causes) != 2 {
		t.Fatalf("parsed %d categories, %d sources, %d reasons, %d retired, %d release codes, %d causes",
			len(d.categories), len(d.sources), len(d.reasons), len(d.retired), len(d.relCodes), len(d.causes))
	}
	r := d.reasons[1]
	if r.value != 1203 || r.code != "NOANSWER" || r.goName != "NoAnswer" || !r.oneToOne || r.group ||
		len(r.sources) != 1 || r.sources[0].goName != "Caller" || r.category.name != "common" ||
		r.ios != "noAnswer" || r.android != "" || !r.windows || r.web || r.sinceNative != "5.1" || r.sinceWeb != "" || r.doc != "Nobody answered." {
		t.Errorf("NOANSWER parsed as %+v", r)
	}
	if d.reasons[2].sources != nil {
		t.Errorf("sources ? parsed as %v", d.reasons[2].sources)
	}
	if rv := d.retired[1]; rv.replacement != d.reasons[0] || d.retired[0].replacement != nil {
		t.Errorf("retired parsed as %+v, %+v", d.retired[0], rv)
	}
	if rc := d.relCodes[1]; rc.reason != r || rc.isDefault || !d.relCodes[0].isDefault {
		t.Errorf("release codes parsed as %+v, %+v", d.relCodes[0], rc)
	}
	if c := d.causes[1]; c.name != "Busy" || c.goName != "CauseBusy" {
		t.Errorf("cause parsed as %+v", c)
	}
}

// Each change of small breaks a rule of the format, and parse names it.
func TestParseErrors(t *testing.T) {
	for _, tt := range []struct {
		old, new string // a change of small
		want     string // in the error
	}{
		// Values.
		{"1203\tNOANSWER", "1001\tNOANSWER", "small.tsv:17: duplicate value 1001: line 16 has it too"},
		{"1203\tNOANSWER", "1000\tNOANSWER", "small.tsv:17: value 1000 after 1001: rows are in value order"},
		{"1203\tNOANSWER", "-1203\tNOANSWER", "value -1203, want 1 or more"},
		{"5\tCategoryWeb", "0\tCategoryWeb", "value 0, want 1 or more"},
		{"5\tNO_ANSWER", "-5\tNO_ANSWER", "value -5, want 0 or more"},
		{"1203\tNOANSWER", "01203\tNOANSWER", `value is "01203", want a decimal integer`},
		{"1203\tNOANSWER", "4294967296\tNOANSWER", `value is "4294967296", want a decimal integer of 32 bits`},
		{"17\tCauseBusy", "16\tCauseBusy", "duplicate value 16"},
		{"5\tNO_ANSWER", "0\tNO_ANSWER", "duplicate value 0"},
		{"1306\tOLD_FOUR", "1203\tOLD_FOUR", "retired value 1203 is a reason's"},
		// Codes, names and Go names.
		{"1203\tNOANSWER", "1203\tNORMAL", "duplicate code NORMAL: 1001 has it too"},
		{"1203\tNOANSWER", "1203\tNoAnswer", `code is "NoAnswer", want upper-case words`},
		{"\tNoAnswer\t1to1", "\tNormal\t1to1", "small.tsv:17: duplicate go_name Normal: line 16 has it too"},
		{"\tNoAnswer\t1to1", "\tCallee\t1to1", "duplicate go_name Callee"},
		{"\tNoAnswer\t1to1", "\tnoAnswer\t1to1", `go_name is "noAnswer", want an exported Go identifier`},
		{"RelNoAnswer", "NoAnswerRel", `go_name is "NoAnswerRel", want an exported Go identifier of Rel`},
		{"CauseBusy", "Busy", `go_name is "Busy", want an exported Go identifier of Cause`},
		{"CauseBusy", "Causebusy", `go_name is "Causebusy"`},
		{"CategoryWeb\tweb", "CategoryWeb\tcommon", `category name "common" is CategoryCommon's too`},
		{"CategoryWeb\tweb", "CategoryWeb\tweb2", `no category named "web"`},
		{"2\tCaller\tcaller", "2\tCaller\tcallee", `source name "callee" is line 9's too`},
		{"5\tNO_ANSWER", "5\tUNDEFINED", "duplicate name UNDEFINED: 0 has it too"},
		// References.
		{"Callee,Caller", "Callee,Nobody", `unknown source "Nobody"`},
		{"Callee,Caller", "Caller,Callee", `sources "Caller,Callee" not in value order, or repeated`},
		{"Callee,Caller", "Callee,Callee", "not in value order, or repeated"},
		{"Caller\tcommon", "Caller\tusual", `unknown category "usual"`},
		{"1101\tOLD_ONE\tNORMAL", "1101\tOLD_ONE\tNORMALLY", `unknown replacement "NORMALLY"`},
		{"RelNoAnswer\tNOANSWER", "RelNoAnswer\tNO_ANSWER", `unknown reason "NO_ANSWER"`},
		// Fields.
		{"\t1to1\t", "\tone\t", `calls is "one", want 1to1, group or both`},
		{"noAnswer\t?\tyes\tno", "noAnswer\t?\tyes\tNo", `web is "No", want yes or no`},
		{"noAnswer\t?", "no Answer\t?", `ios is "no Answer", want an identifier, - or ?`},
		{"yes\tno\t5.1\t-", "yes\tno\t5\t-", `since_native is "5", want a version such as 5.2.0, or -`},
		{"Nobody answered.", "nobody answered.", `doc is "nobody answered.", want a capitalized sentence`},
		{"Nobody answered.", "Nobody answered", "want a capitalized sentence ending in a period"},
		{"Nobody answered.", "It ended.", "small.tsv:17: doc is line 16's too"},
		{"\tnoAnswer\t?\t", "\tnoAnswer\t\t", "column android is empty or has spaces around it"},
		{"\tnoAnswer\t?\t", "\tnoAnswer\t ?\t", "column android is empty or has spaces around it"},
		{"1\tCallee\tcallee\tThe callee ended it.", "1\tCallee\tcallee", "small.tsv:9: 3 fields, want 4 (value, go_name, web, doc)"},
		// Layout.
		{"value\tname\treplacement", "value\treplacement\tname", `header of [retired] is "value\treplacement\tname", want "value\tname\treplacement"`},
		{"[causes]\n", "", "small.tsv:34: 3 fields, want 5 (value, name, go_name, reason, default)"},
		{"[retired]", "[retiring]", "section [retiring] where [retired] is expected"},
		{"[rel_codes]", "[causes]", "section [causes] where [rel_codes] is expected"},
		{"# A comment.\n", "text\n", "small.tsv:1: text before the first section"},
		{"16\tCauseNormal\tIt ended normally.\n17\tCauseBusy\tThe callee was busy.\n", "", "section [causes] has no rows"},
		{"17\tCauseBusy\tThe callee was busy.\n", "17\tCauseBusy\tThe callee was busy.", "no newline at the end of the file"},
	} {
		if !strings.Contains(small, tt.old) {
			t.Fatalf("small has no %q", tt.old)
		}
		src := strings.Replace(small, tt.old, tt.new, 1)
		_, err := parse("small.tsv", []byte(src))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q -> %q: error %v, want %s", tt.old, tt.new, err, tt.want)
		}
	}
}

func TestParseMissingSection(t *testing.T) {
	src := small[:strings.Index(small, "[causes]")]
	if _, err := parse("small.tsv", []byte(src)); err == nil || !strings.Contains(err.Error(), "no section [causes]") {
		t.Errorf("error %v, want no section [causes]", err)
	}
	src = small + "[causes]\n"
	if _, err := parse("small.tsv", []byte(src)); err == nil || !strings.Contains(err.Error(), "section [causes] where [end of file] is expected") {
		t.Errorf("error %v, want a second [causes] refused", err)
	}
}

func TestReadme(t *testing.T) {
	d, err := parse("small.tsv", []byte(small))
	if err != nil {
		t.Fatal(err)
	}
	const before = "# Title\n\n<!-- generated by reasons/internal/tablegen: reasons -->\nold table\n<!-- end -->\n\nThe <!-- generated by reasons/internal/tablegen: common -->0<!-- end --> common ones, " +
		"<!-- generated by reasons/internal/tablegen: all -->0<!-- end --> in all, <!-- generated by reasons/internal/tablegen: web-only -->0<!-- end --> for the web.\n"
	const want = "# Title\n\n<!-- generated by reasons/internal/tablegen: reasons -->\n" +
		"4 reasons: 2 that LINE Planet documents as common to its clients and its server callbacks (`Common`;\n" +
		"WebPlanetKit does not report 1203) and 2 that only WebPlanetKit reports (1601-1602).\n" +
		"\n" +
		"| Value | Code | Constant | Category | Calls | Sources |\n" +
		"|---|---|---|---|---|---|\n" +
		"| 1001 | `NORMAL` | `Normal` | common | 1-to-1, group | Callee, Caller |\n" +
		"| 1203 | `NOANSWER` | `NoAnswer` | common | 1-to-1 | Caller |\n" +
		"| 1601 | `WEB_ONE` | `WebOne` | web | group | ? |\n" +
		"| 1602 | `WEB_TWO` | `WebTwo` | web | group | ? |\n" +
		"\n" +
		"Sources: `Callee` 1, `Caller` 2; 0 is not set.\n" +
		"Retired values (1101-1103, 1306) and the sentinel -1 are not reasons.\n" +
		"<!-- end -->\n\nThe <!-- generated by reasons/internal/tablegen: common -->2<!-- end --> common ones, " +
		"<!-- generated by reasons/internal/tablegen: all -->4<!-- end --> in all, <!-- generated by reasons/internal/tablegen: web-only -->2<!-- end --> for the web.\n"
	got, err := readme("README.md", []byte(before), d)
	if err != nil || string(got) != want {
		t.Fatalf("readme = %v\n%s\nwant\n%s", err, got, want)
	}
	again, err := readme("README.md", got, d)
	if err != nil || !bytes.Equal(again, got) {
		t.Errorf("a second run changed the README: %v\n%s", err, again)
	}

	for _, tt := range []struct{ src, want string }{
		{"no regions\n", `README.md: no generated region "reasons"`},
		{"<!-- generated by reasons/internal/tablegen: reasons -->\n", `README.md:1: generated region "reasons" has no end marker <!-- end -->`},
		{"\n<!-- generated by reasons/internal/tablegen: sources -->\n<!-- end -->\n", `README.md:2: unknown generated region "sources"`},
		{"<!-- generated by reasons/internal/tablegen: all -->\n<!-- generated by reasons/internal/tablegen: reasons -->\n<!-- end -->\n", `README.md:1: generated region "all" has no end marker before the next region`},
	} {
		if _, err := readme("README.md", []byte(tt.src), d); err == nil || err.Error() != tt.want && !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("readme(%q) error %v, want %s", tt.src, err, tt.want)
		}
	}
}

func TestGoFile(t *testing.T) {
	d, err := parse("small.tsv", []byte(small))
	if err != nil {
		t.Fatal(err)
	}
	src, err := goFile(d)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		header + "\n\n// The tables of planet.tsv.",
		"\n\npackage reasons\n",
		"\t// NoAnswer has the code NOANSWER. Nobody answered. Reported by the native\n\t// SDKs since 5.1.\n\tNoAnswer Reason = 1203\n",
		"// All returns the 4 reasons this package knows, in value order: the 2 of\n// [Common] and the 2 that only WebPlanetKit reports, 1601 to 1602.\n",
		"// Common returns the 2 reasons that LINE Planet documents as common to its\n// clients and its server callbacks, in value order: [All] without the\n// web-only ones. Not every SDK reports each of them: WebPlanetKit does not\n// report [NoAnswer]; [Reason.Since] tells which SDKs report a reason. It\n// is the set of reasons that code handling reasons must cover.\nfunc Common()",
		"\t// RelUndefined is named UNDEFINED. WebPlanetKit has no reason for it and\n\t// reports [Normal].\n\tRelUndefined RelCode = 0\n",
		"{name: \"Busy\", goName: \"CauseBusy\", description: \"The callee was busy.\"},\n",
		"\t{Value: -1, Name: \"unknown\"},\n\t{Value: 1101, Name: \"OLD_ONE\", Replacement: Normal},\n",
	} {
		if !bytes.Contains(src, []byte(want)) {
			t.Errorf("generated Go lacks\n%s\n in\n%s", want, src)
		}
	}
}

// The package's own data file is valid, and generating from it twice gives
// the same bytes.
func TestPlanetData(t *testing.T) {
	src, err := os.ReadFile("../../planet.tsv")
	if err != nil {
		t.Fatal(err)
	}
	d, err := parse("planet.tsv", src)
	if err != nil {
		t.Fatal(err)
	}
	a, err := goFile(d)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := goFile(d)
	if !bytes.Equal(a, b) {
		t.Error("two runs generate different Go files")
	}
}

func TestCommonCaveat(t *testing.T) {
	common := &category{name: "common"}
	web := &category{name: webCategory}
	r := func(goName, native, webSince string, c *category) *reason {
		return &reason{goName: goName, sinceNative: native, sinceWeb: webSince, category: c}
	}
	names := func(rs []*reason) string {
		var s []string
		for _, r := range rs {
			s = append(s, r.goName)
		}
		return orList(s)
	}
	for _, tt := range []struct {
		reasons []*reason
		want    string
	}{
		{[]*reason{r("A", "5.1", "5.2.0", common), r("W", "", "5.2.0", web)}, ""},
		{[]*reason{r("A", "5.1", "", common)}, "WebPlanetKit does not report A"},
		{[]*reason{r("A", "5.1", "", common), r("B", "5.5.0", "", common), r("C", "", "", common)},
			"WebPlanetKit does not report A or B, and no current SDK reports C"},
		{[]*reason{r("A", "5.1", "", common), r("B", "5.1", "", common), r("C", "5.1", "", common)},
			"WebPlanetKit does not report A, B or C"},
		{[]*reason{r("C", "", "", common), r("W", "", "", web)}, "no current SDK reports C"},
	} {
		if got := commonCaveat(&data{reasons: tt.reasons}, names); got != tt.want {
			t.Errorf("commonCaveat(%s) = %q, want %q", names(tt.reasons), got, tt.want)
		}
	}
}

func TestRanges(t *testing.T) {
	for _, tt := range []struct {
		in   []int
		want string
	}{
		{nil, ""},
		{[]int{-1}, "-1"},
		{[]int{1101, 1102, 1103, 1104, 1105, 1106, 1107, 1108, 1306, 1307}, "1101-1108, 1306, 1307"},
		{[]int{1, 3, 4, 5, 7}, "1, 3-5, 7"},
	} {
		if got := ranges(tt.in); got != tt.want {
			t.Errorf("ranges(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestComment(t *testing.T) {
	got := comment("\t", strings.Repeat("word ", 20)+"end.")
	want := "\t// word word word word word word word word word word word word word word\n\t// word word word word word word end.\n"
	if got != want {
		t.Errorf("comment =\n%s\nwant\n%s", got, want)
	}
}

// A section without rows is an error, not a crash.
func TestParseEmptySections(t *testing.T) {
	var b strings.Builder
	for _, c := range columns {
		b.WriteString("[" + c.section + "]\n" + strings.Join(c.columns, "\t") + "\n")
	}
	_, err := parse("empty.tsv", []byte(b.String()))
	for _, c := range columns {
		if err == nil || !strings.Contains(err.Error(), "section ["+c.section+"] has no rows") {
			t.Errorf("error %v, want section [%s] has no rows", err, c.section)
		}
	}
}
