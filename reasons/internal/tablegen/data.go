package main

import (
	"errors"
	"fmt"
	"go/token"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// The data of planet.tsv, its references resolved.
type data struct {
	categories []*category
	sources    []*source
	reasons    []*reason
	retired    []*retired
	relCodes   []*relCode
	causes     []*cause
}

type category struct {
	value  int
	goName string
	name   string // as Category.String returns it
	doc    string
}

type source struct {
	value  int
	goName string
	web    string // WebPlanetKit's spelling
	doc    string
}

type reason struct {
	value           int
	code            string
	goName          string
	oneToOne, group bool      // the calls it can end
	sources         []*source // in value order; nil if not documented
	category        *category
	ios, android    string // "" if the SDK lacks the reason or its spelling is not known
	windows, web    bool   // the SDK has the reason
	sinceNative     string // "" if not reported or not known
	sinceWeb        string
	doc             string
}

type retired struct {
	value       int
	name        string
	replacement *reason // nil if none
}

type relCode struct {
	value     int
	name      string // rel_code_str
	goName    string
	reason    *reason // the reason WebPlanetKit reports for it
	isDefault bool    // reason is WebPlanetKit's default, not a mapping of its own
}

type cause struct {
	value  int
	goName string
	name   string // goName without "Cause"
	doc    string
}

// webCategory is the name of the category of web-only reasons.
const webCategory = "web"

// columns lists the sections of the data file, in the order the file has
// them, and the columns of each.
var columns = []struct {
	section string
	columns []string
}{
	{"categories", []string{"value", "go_name", "name", "doc"}},
	{"sources", []string{"value", "go_name", "web", "doc"}},
	{"reasons", []string{"value", "code", "go_name", "calls", "sources", "category", "ios", "android", "windows", "web", "since_native", "since_web", "doc"}},
	{"retired", []string{"value", "name", "replacement"}},
	{"rel_codes", []string{"value", "name", "go_name", "reason", "default"}},
	{"causes", []string{"value", "go_name", "doc"}},
}

// A row is one row of a section, by column name.
type row struct {
	line   int
	fields map[string]string
}

// parse reads the data file src, whose name errors name.
func parse(name string, src []byte) (*data, error) {
	p := &parser{name: name, goNames: make(map[string]int)}
	sections := p.split(string(src))
	if len(p.errs) == 0 {
		p.build(sections)
	}
	if len(p.errs) > 0 {
		return nil, errors.Join(p.errs...)
	}
	return p.data, nil
}

type parser struct {
	name    string
	errs    []error
	data    *data
	goNames map[string]int // line of each Go name, across sections
}

// maxErrors bounds the errors one parse reports.
const maxErrors = 20

func (p *parser) errorf(line int, format string, args ...any) {
	if len(p.errs) < maxErrors {
		p.errs = append(p.errs, fmt.Errorf("%s:%d: %s", p.name, line, fmt.Sprintf(format, args...)))
	}
}

var sectionLine = regexp.MustCompile(`^\[([a-z_]+)\]$`)

// split returns the rows of each section, and checks the file's layout:
// the sections in order, each with its header line, and the number of
// fields in each row.
func (p *parser) split(src string) map[string][]row {
	sections := make(map[string][]row)
	next := 0     // index in columns of the next section expected
	current := -1 // index in columns of the current section
	header := false
	lines := strings.Split(src, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	} else {
		p.errorf(len(lines), "no newline at the end of the file")
	}
	for i, text := range lines {
		line := i + 1
		text = strings.TrimSuffix(text, "\r")
		switch {
		case text == "" || strings.HasPrefix(text, "#"):
			continue
		case sectionLine.MatchString(text):
			name := sectionLine.FindStringSubmatch(text)[1]
			if next >= len(columns) || columns[next].section != name {
				p.errorf(line, "section [%s] where [%s] is expected", name, expected(next))
				return sections
			}
			if current >= 0 && !header {
				p.errorf(line, "section [%s] has no header line", columns[current].section)
			}
			current, next, header = next, next+1, false
			continue
		case current < 0:
			p.errorf(line, "text before the first section")
			return sections
		}
		fields := strings.Split(text, "\t")
		want := columns[current].columns
		if !header {
			if !slices.Equal(fields, want) {
				p.errorf(line, "header of [%s] is %q, want %q", columns[current].section, strings.Join(fields, "\t"), strings.Join(want, "\t"))
				return sections
			}
			header = true
			continue
		}
		if len(fields) != len(want) {
			p.errorf(line, "%d fields, want %d (%s)", len(fields), len(want), strings.Join(want, ", "))
			continue
		}
		r := row{line, make(map[string]string, len(want))}
		for j, col := range want {
			f := fields[j]
			if f == "" || strings.TrimSpace(f) != f {
				p.errorf(line, "column %s is empty or has spaces around it: %q (write - for none)", col, f)
			}
			r.fields[col] = f
		}
		sections[columns[current].section] = append(sections[columns[current].section], r)
	}
	if next < len(columns) {
		p.errorf(len(lines), "no section [%s]", columns[next].section)
	} else if !header {
		p.errorf(len(lines), "section [%s] has no header line", columns[current].section)
	}
	return sections
}

func expected(next int) string {
	if next < len(columns) {
		return columns[next].section
	}
	return "end of file"
}

// build converts the rows and resolves the references between sections.
func (p *parser) build(sections map[string][]row) {
	d := &data{}
	p.data = d

	categoryByName := make(map[string]*category)
	rows := sections["categories"]
	p.values("categories", rows, 1)
	for _, r := range rows {
		c := &category{value: p.int(r, "value"), goName: p.goName(r, "Category"), name: r.fields["name"], doc: p.doc(r)}
		if prev, dup := categoryByName[c.name]; dup {
			p.errorf(r.line, "category name %q is %s's too", c.name, prev.goName)
		}
		categoryByName[c.name] = c
		d.categories = append(d.categories, c)
	}
	if categoryByName[webCategory] == nil && len(rows) > 0 {
		p.errorf(rows[0].line, "no category named %q", webCategory)
	}
	p.docsUnique(rows)

	sourceByName := make(map[string]*source)
	spelled := make(map[string]int) // line of each name and spelling of a source
	rows = sections["sources"]
	p.values("sources", rows, 1)
	for _, r := range rows {
		s := &source{value: p.int(r, "value"), goName: p.goName(r, ""), web: r.fields["web"], doc: p.doc(r)}
		for _, name := range slices.Compact([]string{s.goName, s.web}) {
			if line, dup := spelled[name]; dup {
				p.errorf(r.line, "source name %q is line %d's too", name, line)
			}
			spelled[name] = r.line
		}
		sourceByName[s.goName] = s
		d.sources = append(d.sources, s)
	}
	p.docsUnique(rows)

	reasonByCode := make(map[string]*reason)
	rows = sections["reasons"]
	p.values("reasons", rows, 1)
	for _, r := range rows {
		f := r.fields
		rs := &reason{
			value:       p.int(r, "value"),
			code:        p.upperName(r, "code"),
			goName:      p.goName(r, ""),
			ios:         p.spelling(r, "ios"),
			android:     p.spelling(r, "android"),
			windows:     p.yesNo(r, "windows"),
			web:         p.yesNo(r, "web"),
			sinceNative: p.version(r, "since_native"),
			sinceWeb:    p.version(r, "since_web"),
			doc:         p.doc(r),
		}
		switch f["calls"] {
		case "1to1":
			rs.oneToOne = true
		case "group":
			rs.group = true
		case "both":
			rs.oneToOne, rs.group = true, true
		default:
			p.errorf(r.line, "calls is %q, want 1to1, group or both", f["calls"])
		}
		if f["sources"] != "?" {
			for _, name := range strings.Split(f["sources"], ",") {
				s := sourceByName[name]
				switch {
				case s == nil:
					p.errorf(r.line, "unknown source %q", name)
				case len(rs.sources) > 0 && rs.sources[len(rs.sources)-1].value >= s.value:
					p.errorf(r.line, "sources %q not in value order, or repeated", f["sources"])
				default:
					rs.sources = append(rs.sources, s)
				}
			}
		}
		if rs.category = categoryByName[f["category"]]; rs.category == nil {
			p.errorf(r.line, "unknown category %q", f["category"])
		}
		if prev, dup := reasonByCode[rs.code]; dup {
			p.errorf(r.line, "duplicate code %s: %d has it too", rs.code, prev.value)
		}
		reasonByCode[rs.code] = rs
		d.reasons = append(d.reasons, rs)
	}
	p.docsUnique(rows)

	reasonValues := make(map[int]bool)
	for _, rs := range d.reasons {
		reasonValues[rs.value] = true
	}
	rows = sections["retired"]
	p.values("retired", rows, math.MinInt32)
	for _, r := range rows {
		rv := &retired{value: p.int(r, "value"), name: r.fields["name"]}
		if reasonValues[rv.value] {
			p.errorf(r.line, "retired value %d is a reason's", rv.value)
		}
		if code := r.fields["replacement"]; code != "-" {
			if rv.replacement = reasonByCode[code]; rv.replacement == nil {
				p.errorf(r.line, "unknown replacement %q", code)
			}
		}
		d.retired = append(d.retired, rv)
	}

	relByName := make(map[string]*relCode)
	rows = sections["rel_codes"]
	p.values("rel_codes", rows, 0)
	for _, r := range rows {
		rc := &relCode{value: p.int(r, "value"), name: p.upperName(r, "name"), goName: p.goName(r, "Rel"), isDefault: p.yesNo(r, "default")}
		if rc.reason = reasonByCode[r.fields["reason"]]; rc.reason == nil {
			p.errorf(r.line, "unknown reason %q", r.fields["reason"])
		}
		if prev, dup := relByName[rc.name]; dup {
			p.errorf(r.line, "duplicate name %s: %d has it too", rc.name, prev.value)
		}
		relByName[rc.name] = rc
		d.relCodes = append(d.relCodes, rc)
	}

	rows = sections["causes"]
	p.values("causes", rows, 1)
	for _, r := range rows {
		c := &cause{value: p.int(r, "value"), goName: p.goName(r, "Cause"), doc: p.doc(r)}
		c.name = strings.TrimPrefix(c.goName, "Cause")
		d.causes = append(d.causes, c)
	}
	p.docsUnique(rows)
}

var decimal = regexp.MustCompile(`^(0|-?[1-9][0-9]*)$`)

// values checks the value column of a section: well-formed, at least
// lowest, unique and in increasing order.
func (p *parser) values(section string, rows []row, lowest int) {
	if len(rows) == 0 {
		p.errorf(0, "section [%s] has no rows", section)
		return
	}
	seen := make(map[int]int)
	prev := 0
	for i, r := range rows {
		v, err := strconv.Atoi(r.fields["value"])
		if err != nil {
			continue // reported by int
		}
		if v < lowest {
			p.errorf(r.line, "value %d, want %d or more", v, lowest)
		}
		if line, dup := seen[v]; dup {
			p.errorf(r.line, "duplicate value %d: line %d has it too", v, line)
		} else if i > 0 && v < prev {
			p.errorf(r.line, "value %d after %d: rows are in value order", v, prev)
		}
		seen[v] = r.line
		prev = v
	}
}

// int returns the integer in column col, which fits in 32 bits.
func (p *parser) int(r row, col string) int {
	f := r.fields[col]
	v, err := strconv.ParseInt(f, 10, 32)
	if err != nil || !decimal.MatchString(f) {
		p.errorf(r.line, "%s is %q, want a decimal integer of 32 bits", col, f)
		return 0
	}
	return int(v)
}

// goName returns the Go name in column go_name: an exported identifier
// with the given prefix, unique in the file.
func (p *parser) goName(r row, prefix string) string {
	name := r.fields["go_name"]
	rest, ok := strings.CutPrefix(name, prefix)
	if !token.IsIdentifier(name) || !token.IsExported(name) || !ok || !token.IsExported(rest) {
		want := "an exported Go identifier"
		if prefix != "" {
			want += " of " + prefix + " and a capitalized word"
		}
		p.errorf(r.line, "go_name is %q, want %s", name, want)
	}
	if line, dup := p.goNames[name]; dup {
		p.errorf(r.line, "duplicate go_name %s: line %d has it too", name, line)
	}
	p.goNames[name] = r.line
	return name
}

var upperName = regexp.MustCompile(`^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$`)

// upperName returns the code or name in column col: upper-case words
// separated by underscores.
func (p *parser) upperName(r row, col string) string {
	name := r.fields[col]
	if !upperName.MatchString(name) {
		p.errorf(r.line, "%s is %q, want upper-case words separated by _", col, name)
	}
	return name
}

var identifier = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_]*$`)

// spelling returns an SDK's spelling in column col, or "" for "-" (the
// SDK lacks the reason) and "?" (its spelling is not known).
func (p *parser) spelling(r row, col string) string {
	switch s := r.fields[col]; {
	case s == "-" || s == "?":
		return ""
	case !identifier.MatchString(s):
		p.errorf(r.line, "%s is %q, want an identifier, - or ?", col, s)
		return ""
	default:
		return s
	}
}

func (p *parser) yesNo(r row, col string) bool {
	switch r.fields[col] {
	case "yes":
		return true
	case "no":
		return false
	}
	p.errorf(r.line, "%s is %q, want yes or no", col, r.fields[col])
	return false
}

var version = regexp.MustCompile(`^[0-9]+(\.[0-9]+)+$`)

// version returns the version in column col, or "" for "-".
func (p *parser) version(r row, col string) string {
	v := r.fields[col]
	if v == "-" {
		return ""
	}
	if !version.MatchString(v) {
		p.errorf(r.line, "%s is %q, want a version such as 5.2.0, or -", col, v)
	}
	return v
}

// doc returns the description in column doc: one sentence of its own.
func (p *parser) doc(r row) string {
	d := r.fields["doc"]
	if d == "" || !strings.HasSuffix(d, ".") || d[0] < 'A' || d[0] > 'Z' {
		p.errorf(r.line, "doc is %q, want a capitalized sentence ending in a period", d)
	}
	return d
}

// docsUnique checks that no two rows share a description.
func (p *parser) docsUnique(rows []row) {
	seen := make(map[string]int)
	for _, r := range rows {
		d := r.fields["doc"]
		if line, dup := seen[d]; dup {
			p.errorf(r.line, "doc is line %d's too", line)
		}
		seen[d] = r.line
	}
}
