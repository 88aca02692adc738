package analyzer

import (
	"go/ast"
	"go/token"
	"strings"
)

// Directives are comments of the form
//
//	//reasonlint:ignore <why>   silence the diagnostics of the next line
//	//reasonlint:exhaustive     require this map literal to be exhaustive
//
// A directive on a line of its own applies to the line after its comment
// group; a directive at the end of a line applies to that line.

const directivePrefix = "//reasonlint:"

type directive struct {
	pos  token.Pos
	own  int  // the line it is on, which it applies to if code precedes it there
	next int  // the line after its comment group, which it applies to otherwise
	end  int8 // whether it follows code on its line: 0 not known yet, 1 yes, -1 no
	used bool // for exhaustive: a map literal consulted it
}

// directives are one file's directives.
type directives struct {
	ignore, exhaustive []*directive
}

// parseDirectives reads the directives of file, reporting malformed ones.
func (c *checker) parseDirectives(file *ast.File) directives {
	var ds directives
	for _, group := range file.Comments {
		for _, com := range group.List {
			text := com.Text
			if !strings.HasPrefix(text, directivePrefix) {
				switch {
				case spacedDirective(text):
					c.reportDirective(com.Pos(), com.End(), "malformed directive %q: write it without a space after //", text)
				case strings.HasPrefix(text, "/*reasonlint:"):
					c.reportDirective(com.Pos(), com.End(), "malformed directive %q: write it as a // comment", text)
				}
				continue
			}
			// Lines in the file as parsed, as c.line counts them: //line
			// directives, and cgo's, do not move what a directive covers.
			d := &directive{pos: com.Pos(), own: c.line(com.Pos()), next: c.line(group.End()) + 1}
			verb, args := cutVerb(strings.TrimPrefix(text, directivePrefix))
			switch verb {
			case "ignore":
				if args == "" {
					c.reportDirective(com.Pos(), com.End(), "malformed directive %q: say why, as in //reasonlint:ignore <reason>", text)
					continue
				}
				ds.ignore = append(ds.ignore, d)
			case "exhaustive":
				if args != "" {
					c.reportDirective(com.Pos(), com.End(), "malformed directive %q: //reasonlint:exhaustive takes no arguments", text)
					continue
				}
				ds.exhaustive = append(ds.exhaustive, d)
			default:
				c.reportDirective(com.Pos(), com.End(), "unknown directive %q: want //reasonlint:ignore <reason> or //reasonlint:exhaustive", text)
			}
		}
	}
	return ds
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
	return verb == "ignore" || verb == "exhaustive"
}

// cutVerb splits what follows "//reasonlint:" into the verb and its
// arguments, which spaces or tabs separate.
func cutVerb(s string) (verb, args string) {
	if i := strings.IndexAny(s, " \t"); i >= 0 {
		return s[:i], strings.TrimSpace(s[i:])
	}
	return s, ""
}

// covers reports whether d applies to line. Only a directive on a line of
// its own applies to the next line, and only one that follows code applies
// to its own, where nothing else can be reported otherwise: so the source
// is read only to tell the two apart for the next line, and only when
// something is reported there.
func (c *checker) covers(d *directive, line int) bool {
	switch line {
	case d.own:
		return true
	case d.next:
		if d.end == 0 {
			d.end = -1
			if c.endOfLine(d.pos) {
				d.end = 1
			}
		}
		return d.end < 0
	}
	return false
}

// endOfLine reports whether the comment at pos follows code on its line.
// Without the source it assumes not.
func (c *checker) endOfLine(pos token.Pos) bool {
	before := c.lineBefore(pos)
	start := pos - token.Pos(len(before))
	for i := 0; i < len(before); i++ {
		switch before[i] {
		case ' ', '\t', '\r':
			continue
		}
		// Another comment before it is no code: /* … */ //reasonlint:…
		end := c.commentEnd(start + token.Pos(i))
		if !end.IsValid() {
			return true
		}
		i = int(end-start) - 1
	}
	return false
}

// commentEnd returns the end of the current file's comment that starts at
// pos, or token.NoPos if none does.
func (c *checker) commentEnd(pos token.Pos) token.Pos {
	for _, g := range c.file.Comments {
		if g.End() <= pos {
			continue
		}
		for _, com := range g.List {
			if com.Pos() == pos {
				return com.End()
			}
		}
		break
	}
	return token.NoPos
}

// ignored reports whether an ignore directive covers the line.
func (c *checker) ignored(line int) bool {
	for _, d := range c.dirs.ignore {
		if c.covers(d, line) {
			return true
		}
	}
	return false
}

// markedExhaustive reports whether an exhaustive directive covers the line,
// and marks it used.
func (c *checker) markedExhaustive(line int) bool {
	found := false
	for _, d := range c.dirs.exhaustive {
		if c.covers(d, line) {
			d.used = true
			found = true
		}
	}
	return found
}

// reportUnusedDirectives reports the exhaustive directives that no map
// literal consulted.
func (c *checker) reportUnusedDirectives() {
	for _, d := range c.dirs.exhaustive {
		if !d.used {
			c.reportDirective(d.pos, d.pos+token.Pos(len(directivePrefix+"exhaustive")),
				"//reasonlint:exhaustive applies to nothing: put it on the line before a map literal keyed by reasons.Reason or reasons.Source")
		}
	}
}
