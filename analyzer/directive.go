package analyzer

import (
	"bytes"
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
	line int  // the line it applies to
	used bool // for exhaustive: a map literal consulted it
}

// directives are one file's directives.
type directives struct {
	ignore     map[int]bool // lines
	exhaustive []*directive
}

// parseDirectives reads the directives of file, reporting malformed ones.
func (c *checker) parseDirectives(file *ast.File) directives {
	var ds directives
	tf := c.pass.Fset.File(file.Pos())
	if tf == nil {
		return ds
	}
	for _, group := range file.Comments {
		for _, com := range group.List {
			text := com.Text
			if !strings.HasPrefix(text, directivePrefix) {
				if rest, ok := strings.CutPrefix(text, "//"); ok && strings.HasPrefix(strings.TrimLeft(rest, " \t"), directivePrefix[2:]) {
					c.reportDirective(com.Pos(), com.End(), "malformed directive %q: write it without a space after //", text)
				}
				continue
			}
			line := tf.Line(com.Pos())
			if !endOfLine(c.source(), tf, com.Pos()) {
				line = tf.Line(group.End()) + 1
			}
			verb, args, _ := strings.Cut(strings.TrimPrefix(text, directivePrefix), " ")
			args = strings.TrimSpace(args)
			switch verb {
			case "ignore":
				if args == "" {
					c.reportDirective(com.Pos(), com.End(), "malformed directive %q: say why, as in //reasonlint:ignore <reason>", text)
					continue
				}
				if ds.ignore == nil {
					ds.ignore = make(map[int]bool)
				}
				ds.ignore[line] = true
			case "exhaustive":
				if args != "" {
					c.reportDirective(com.Pos(), com.End(), "malformed directive %q: //reasonlint:exhaustive takes no arguments", text)
					continue
				}
				ds.exhaustive = append(ds.exhaustive, &directive{pos: com.Pos(), line: line})
			default:
				c.reportDirective(com.Pos(), com.End(), "unknown directive %q: want //reasonlint:ignore <reason> or //reasonlint:exhaustive", text)
			}
		}
	}
	return ds
}

// endOfLine reports whether the comment at pos follows code on its line.
// Without the source it assumes not.
func endOfLine(src []byte, tf *token.File, pos token.Pos) bool {
	off := tf.Offset(pos)
	start := tf.Offset(tf.LineStart(tf.Line(pos)))
	if src == nil || off > len(src) || start > off {
		return false
	}
	return len(bytes.TrimLeft(src[start:off], " \t")) > 0
}

// ignored reports whether an ignore directive covers the line.
func (ds *directives) ignored(line int) bool { return ds.ignore[line] }

// markedExhaustive reports whether an exhaustive directive covers the line,
// and marks it used.
func (ds *directives) markedExhaustive(line int) bool {
	found := false
	for _, d := range ds.exhaustive {
		if d.line == line {
			d.used = true
			found = true
		}
	}
	return found
}

// reportUnused reports the exhaustive directives that no map literal
// consulted.
func (c *checker) reportUnusedDirectives(ds *directives) {
	for _, d := range ds.exhaustive {
		if !d.used {
			c.reportDirective(d.pos, d.pos+token.Pos(len(directivePrefix+"exhaustive")),
				"//reasonlint:exhaustive applies to nothing: put it on the line before a map literal keyed by reasons.Reason or reasons.Source")
		}
	}
}
