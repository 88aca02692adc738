package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Directives are comments of the form
//
//	//reasonlint:ignore <why>              silence the diagnostics of the next line
//	//reasonlint:ignore:CHECK,... <why>    silence those of the named checks only
//	//reasonlint:exhaustive                require this map literal to be exhaustive
//	//reasonlint:reason, //reasonlint:source
//	                                       in a type's doc comment: the type holds
//	                                       disconnect reasons or sources
//
// A directive on a line of its own applies to the line after its comment
// group; a directive at the end of a line applies to that line.

const directivePrefix = "//reasonlint:"

// maxQuoted bounds how much of a comment a message quotes.
const maxQuoted = 64

type directive struct {
	text    string
	pos     token.Pos
	own     int      // the line it is on, which it applies to if code precedes it there
	next    int      // the line after its comment group, which it applies to otherwise
	end     int8     // whether it follows code on its line (see followsCode): 0 not known yet, 1 yes, -1 no
	checks  []string // for ignore: the categories it silences, nil for all
	forMaps bool     // an exhaustive directive, not an ignore directive
	used    bool     // it silenced a finding or marked something, or would under other settings
}

// directives are one file's directives.
type directives struct {
	ignore     []*directive
	exhaustive []*directive
	byLine     map[int][]*directive  // ignore and exhaustive directives by the lines they may apply to
	malformed  []analysis.Diagnostic // in the order of the file, reported as the walk passes them
	next       int                   // the first malformed one not yet reported
}

// directivesOf returns the directives of fs, read on first use.
func (c *checker) directivesOf(fs *fileState) *directives {
	if fs.dirs == nil {
		fs.dirs = c.parseDirectives(fs)
	}
	return fs.dirs
}

// noDirectives are those of a file without any, which nothing changes.
var noDirectives = new(directives)

// parseDirectives reads the directives of fs.
func (c *checker) parseDirectives(fs *fileState) *directives {
	file := fs.file
	if !fs.mentions {
		return noDirectives
	}
	ds := new(directives)
	bad := func(com *ast.Comment, format string, args ...any) {
		ds.malformed = append(ds.malformed, analysis.Diagnostic{Pos: com.Pos(), End: com.End(), Category: CategoryDirective, Message: fmt.Sprintf(format, args...)})
	}
	for _, group := range file.Comments {
		for _, com := range group.List {
			text := com.Text
			if !strings.HasPrefix(text, directivePrefix) {
				switch {
				case spacedDirective(text):
					bad(com, "malformed directive %s: write it without a space after //", quote(text))
				case strings.HasPrefix(text, "/*reasonlint:"):
					bad(com, "malformed directive %s: write it as a // comment", quote(text))
				}
				continue
			}
			// Lines in the file as parsed, as c.line counts them: //line
			// directives, and cgo's, do not move what a directive covers.
			d := &directive{text: text, pos: com.Pos(), own: c.line(com.Pos()), next: c.line(group.End()) + 1}
			verb, args := cutVerb(strings.TrimPrefix(text, directivePrefix))
			name, checks, hasChecks := strings.Cut(verb, ":")
			switch {
			case name == "ignore":
				if hasChecks {
					list, unknown, ok := parseChecks(checks)
					if !ok && unknown == "" {
						bad(com, "malformed directive %s: an empty check name; write the checks without spaces, as in //reasonlint:ignore:raw-int,code <reason>", quote(text))
						continue
					}
					if !ok {
						bad(com, "unknown check %s in %s: known checks are %s", quote(unknown), quote(text), strings.Join(ignorable(), ", "))
						continue
					}
					d.checks = list
				}
				if args == "" {
					bad(com, "malformed directive %s: say why, as in //reasonlint:ignore <reason>", quote(text))
					continue
				}
				ds.ignore = append(ds.ignore, d)
			case hasChecks:
				bad(com, "unknown directive %s: only //reasonlint:ignore names checks", quote(text))
			case name == "exhaustive":
				if args != "" {
					bad(com, "malformed directive %s: //reasonlint:exhaustive takes no arguments", quote(text))
					continue
				}
				d.forMaps = true
				ds.exhaustive = append(ds.exhaustive, d)
			case name == "reason" || name == "source":
				if args != "" {
					bad(com, "malformed directive %s: //reasonlint:%s takes no arguments", quote(text), name)
					continue
				}
				if !marksType(file, com) {
					bad(com, "//reasonlint:%s applies to nothing: put it in the doc comment of a type declared at package level", name)
				}
			default:
				bad(com, "unknown directive %s: want //reasonlint:ignore <reason> or //reasonlint:exhaustive, or //reasonlint:reason or //reasonlint:source in a type's doc comment", quote(text))
			}
		}
	}
	ds.byLine = make(map[int][]*directive, 2*(len(ds.ignore)+len(ds.exhaustive)))
	for _, d := range slices.Concat(ds.ignore, ds.exhaustive) {
		ds.byLine[d.own] = append(ds.byLine[d.own], d)
		if d.next != d.own {
			ds.byLine[d.next] = append(ds.byLine[d.next], d)
		}
	}
	return ds
}

// parseChecks parses the comma-separated list of categories after
// ignore:, and returns the first name that is not one.
func parseChecks(list string) (checks []string, unknown string, ok bool) {
	for _, name := range strings.Split(list, ",") {
		if !slices.Contains(ignorable(), name) {
			return nil, name, false
		}
		checks = append(checks, name)
	}
	return checks, "", true
}

// ignorable returns the categories that an ignore directive can name.
func ignorable() []string {
	var names []string
	for _, c := range Categories {
		if c != CategoryDirective {
			names = append(names, c)
		}
	}
	slices.Sort(names)
	return names
}

// quote quotes a comment for a message, cut to maxQuoted bytes.
func quote(s string) string {
	if len(s) <= maxQuoted {
		return strconv.Quote(s)
	}
	cut := maxQuoted
	for cut > 0 && s[cut]&0xC0 == 0x80 { // not inside a UTF-8 character
		cut--
	}
	return strconv.Quote(s[:cut]) + "..."
}

// spacedDirective reports whether text is a directive written with spaces
// after the slashes, which the go tool would not see as a directive. Only a
// known verb counts: prose and examples in comments, such as a YAML key
// "reasonlint:", are not directives.
func spacedDirective(text string) bool {
	rest, ok := strings.CutPrefix(text, "//")
	if !ok || rest == "" || (rest[0] != ' ' && rest[0] != '\t') {
		return false
	}
	verb, ok := strings.CutPrefix(strings.TrimLeft(rest, " \t"), directivePrefix[2:])
	if !ok {
		return false
	}
	verb, _ = cutVerb(verb)
	verb, _, _ = strings.Cut(verb, ":")
	switch verb {
	case "ignore", "exhaustive", "reason", "source":
		return true
	}
	return false
}

// cutVerb splits what follows "//reasonlint:" into the verb and its
// arguments, which spaces or tabs separate.
func cutVerb(s string) (verb, args string) {
	if i := strings.IndexAny(s, " \t"); i >= 0 {
		return s[:i], strings.TrimSpace(s[i:])
	}
	return s, ""
}

// flushDirectives reports the malformed directives of the current file
// before pos, in the order of the file; all of them if pos is not valid.
func (c *checker) flushDirectives(pos token.Pos) {
	ds := c.directivesOf(c.file)
	for ds.next < len(ds.malformed) && (!pos.IsValid() || ds.malformed[ds.next].Pos < pos) {
		c.report(ds.malformed[ds.next])
		ds.next++
	}
	c.nextDirective = token.NoPos
	if ds.next < len(ds.malformed) {
		c.nextDirective = ds.malformed[ds.next].Pos
	}
}

// covers reports whether d applies to line. Only a directive on a line of
// its own applies to the next line, and only one that follows code applies
// to its own, where nothing else can be reported otherwise: so the two are
// told apart for the next line only when something is reported there.
func (c *checker) covers(d *directive, line int) bool {
	switch line {
	case d.own:
		return true
	case d.next:
		return !c.followsCode(d)
	}
	return false
}

// followsCode reports whether d follows code on its line: whether a node
// of the file starts on the line before it, or ends there at or before
// it. The first token of a line of Go code starts a node or closes one (a
// line cannot start with an operator or a comma), so no source is needed;
// comments are no code. It is found once per directive.
func (c *checker) followsCode(d *directive) bool {
	if d.end == 0 {
		d.end = -1
		if c.nodeBefore(d.pos) {
			d.end = 1
		}
	}
	return d.end > 0
}

// nodeBefore reports whether a node of the file that holds pos starts on
// pos's line before it, or ends there at or before it.
func (c *checker) nodeBefore(pos token.Pos) bool {
	fs := c.fileAt(pos)
	if fs == nil || fs.tf == nil {
		return false
	}
	start := token.Pos(fs.tf.LineStart(fs.tf.PositionFor(pos, false).Line))
	found := false
	ast.Inspect(fs.file, func(n ast.Node) bool {
		switch n.(type) {
		case nil, *ast.CommentGroup, *ast.Comment:
			return false
		}
		switch {
		case found || n.End() <= start || n.Pos() >= pos:
			return false // wholly before the line or after pos
		case n.Pos() >= start || n.End() <= pos:
			found = true
			return false
		}
		return true
	})
	return found
}

// ignoredAt reports whether an ignore directive covers the line of pos
// for the category, and marks it used if mark.
func (c *checker) ignoredAt(pos token.Pos, category string, mark bool) bool {
	fs := c.fileAt(pos)
	if fs == nil {
		return false
	}
	found := false
	line := c.line(pos)
	for _, d := range c.directivesOf(fs).byLine[line] {
		if d.forMaps || d.checks != nil && !slices.Contains(d.checks, category) || !c.covers(d, line) {
			continue
		}
		if mark {
			d.used = true
		}
		found = true
	}
	return found
}

// ignored is ignoredAt for the start of a line of the current file.
func (c *checker) ignored(line int, category string) bool {
	return c.ignoredAt(c.file.tf.LineStart(line), category, true)
}

// wouldReport records that, under other settings, a finding of category
// would be reported at pos: an ignore directive that covers it is needed
// there, and is not reported as unused.
func (c *checker) wouldReport(pos token.Pos, category string) {
	c.ignoredAt(pos, category, true)
}

// markedExhaustive reports whether an exhaustive directive covers the line,
// and marks it used.
func (c *checker) markedExhaustive(line int) bool {
	found := false
	for _, d := range c.directivesOf(c.file).byLine[line] {
		if d.forMaps && c.covers(d, line) {
			d.used = true
			found = true
		}
	}
	return found
}

// reportUnusedDirectives reports the directives of the file that applied
// to nothing: exhaustive directives that no map literal consulted, and
// ignore directives that silenced nothing, where the checks they name
// ran.
func (c *checker) reportUnusedDirectives() {
	if c.cfg.checkSwitch {
		for _, d := range c.directivesOf(c.file).exhaustive {
			if !d.used {
				c.report(analysis.Diagnostic{Pos: d.pos, End: d.pos + token.Pos(len(directivePrefix+"exhaustive")), Category: CategoryDirective,
					Message: "//reasonlint:exhaustive applies to nothing: put it on the line before a map literal keyed by reasons.Reason or reasons.Source"})
			}
		}
	}
	for _, d := range c.directivesOf(c.file).ignore {
		if d.used || !c.ran(d.checks) {
			continue
		}
		what := "no finding"
		if d.checks != nil {
			what = "no " + strings.Join(d.checks, " or ") + " finding"
		}
		line := d.next
		if c.followsCode(d) {
			line = d.own
		}
		verb, _ := cutVerb(strings.TrimPrefix(d.text, "//"))
		c.report(analysis.Diagnostic{Pos: d.pos, End: d.pos + token.Pos(len("//"+verb)), Category: CategoryDirective,
			Message: fmt.Sprintf("//%s silences nothing: %s on line %d", verb, what, line)})
	}
}

// ran reports whether the checks of the categories ran, all of them if
// categories is nil.
func (c *checker) ran(categories []string) bool {
	if categories == nil {
		categories = ignorable()
	}
	for _, cat := range categories {
		if !c.cfg.enabled(cat) {
			return false
		}
	}
	return true
}

// markedTypes returns what the directives in the doc comments of the
// package's types say of them.
func (c *checker) markedTypes() map[*types.TypeName]mark {
	var marks map[*types.TypeName]mark
	for g, spec := range c.topLevelSpecs(token.TYPE) {
		ts := spec.(*ast.TypeSpec)
		m := typeMark(ts.Doc)
		if m == unmarked && len(g.Specs) == 1 {
			m = typeMark(g.Doc)
		}
		if m == unmarked {
			continue
		}
		tn, ok := c.pass.TypesInfo.Defs[ts.Name].(*types.TypeName)
		if !ok {
			continue
		}
		if marks == nil {
			marks = make(map[*types.TypeName]mark)
		}
		marks[tn] = m
	}
	return marks
}

// typeMark returns what the doc comment of a type says of it.
func typeMark(doc *ast.CommentGroup) mark {
	if doc == nil {
		return unmarked
	}
	m := unmarked
	for _, com := range doc.List {
		verb, args := cutVerb(strings.TrimPrefix(com.Text, directivePrefix))
		if !strings.HasPrefix(com.Text, directivePrefix) {
			continue
		}
		switch {
		case verb == "ignore" && args != "":
			return markIgnore
		case verb == "reason" && args == "":
			m = markReason
		case verb == "source" && args == "":
			m = markSource
		}
	}
	return m
}

// marksType reports whether the comment com is in the doc comment of a
// package-level type declaration of file.
func marksType(file *ast.File, com *ast.Comment) bool {
	for _, decl := range file.Decls {
		g, ok := decl.(*ast.GenDecl)
		if !ok || g.Tok != token.TYPE {
			continue
		}
		if g.Doc != nil && len(g.Specs) == 1 && slices.Contains(g.Doc.List, com) {
			return true
		}
		for _, spec := range g.Specs {
			if doc := spec.(*ast.TypeSpec).Doc; doc != nil && slices.Contains(doc.List, com) {
				return true
			}
		}
	}
	return false
}
