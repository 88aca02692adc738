package analyzer

import (
	"bytes"
	"cmp"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Suggested fixes: edits that name constants the way the file can, and add
// the import that they need, once per fix.

// A fixBuilder builds one suggested fix in the current file.
type fixBuilder struct {
	c       *checker
	message string
	edits   []analysis.TextEdit
	imports map[string]string // the packages the fix imports: path -> the name it refers to them by
	failed  bool              // no safe edit names what the fix needs
	// qualified is the last answer of qualifier, for the next name of
	// the same package at the same place, as a list of cases has them.
	qualified struct {
		path, prefix string
		pos          token.Pos
		ok           bool
	}
}

// newFix starts a fix with the message.
func (c *checker) newFix(message string) *fixBuilder {
	return &fixBuilder{c: c, message: message}
}

// done returns the fix, or nil if it could not be built.
func (fb *fixBuilder) done() []analysis.SuggestedFix {
	if fb.failed || len(fb.edits) == 0 {
		return nil
	}
	return []analysis.SuggestedFix{{Message: fb.message, TextEdits: fb.edits}}
}

// replace replaces the source of n with text.
func (fb *fixBuilder) replace(n ast.Node, text string) {
	fb.edits = append(fb.edits, analysis.TextEdit{Pos: n.Pos(), End: n.End(), NewText: []byte(text)})
}

// insert inserts text at pos.
func (fb *fixBuilder) insert(pos token.Pos, text string) {
	fb.edits = append(fb.edits, analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(text)})
}

// refer returns the text that names obj, a package-level object, at pos
// in the current file: NoAnswer in its own package, reasons.NoAnswer or
// with the file's import name elsewhere, adding the import if the file
// lacks it. It reports false if no spelling is safe, because a local name
// shadows the object or the package.
func (fb *fixBuilder) refer(obj types.Object, pos token.Pos) (string, bool) {
	c := fb.c
	if obj.Pkg() == c.pass.Pkg {
		return obj.Name(), c.visible(obj, pos)
	}
	prefix, ok := fb.qualifier(obj.Pkg().Path(), obj.Pkg().Name(), pos)
	if !ok || (prefix == "" && !c.visible(obj, pos)) {
		return "", false
	}
	return prefix + obj.Name(), true
}

// qualifier returns what precedes the names of the package's members at
// pos in the current file: the file's import name and a dot, or "" where
// the file dot-imports it. If the file does not import it, the fix adds
// the import. It reports false if no spelling is safe, because a local
// name shadows the package.
func (fb *fixBuilder) qualifier(path, name string, pos token.Pos) (string, bool) {
	q := &fb.qualified
	if q.path != path || q.pos != pos {
		q.prefix, q.ok = fb.findQualifier(path, name, pos)
		q.path, q.pos = path, pos
	}
	return q.prefix, q.ok
}

// findQualifier computes what qualifier returns.
func (fb *fixBuilder) findQualifier(path, name string, pos token.Pos) (string, bool) {
	c := fb.c
	if n, ok := fb.imports[path]; ok {
		return n + ".", true
	}
	scope := c.scopeAt(pos)
	if scope == nil {
		return "", false
	}
	var blank *ast.ImportSpec
	for _, spec := range c.file.file.Imports {
		p, err := strconv.Unquote(spec.Path.Value)
		if err != nil || p != path {
			continue
		}
		if spec.Name != nil && spec.Name.Name == "." {
			return "", true
		}
		if spec.Name != nil && spec.Name.Name == "_" {
			blank = spec
			continue
		}
		pkgName := c.pass.TypesInfo.PkgNameOf(spec)
		if pkgName == nil {
			continue
		}
		if _, found := scope.LookupParent(pkgName.Name(), pos); found == pkgName {
			return pkgName.Name() + ".", true
		}
		return "", false // shadowed here: a second import would not help
	}
	if _, found := scope.LookupParent(name, pos); found != nil {
		return "", false
	}
	if _, found := c.pass.TypesInfo.Scopes[c.file.file].Lookup(name).(*types.PkgName); found {
		return "", false // another package has the name in this file
	}
	var edits []analysis.TextEdit
	if blank != nil {
		// import _ "…/reasons" becomes import "…/reasons".
		edits = []analysis.TextEdit{{Pos: blank.Name.Pos(), End: blank.Path.Pos()}}
	} else {
		edits = c.addImport(path)
	}
	if edits == nil {
		return "", false
	}
	fb.edits = append(fb.edits, edits...)
	if fb.imports == nil {
		fb.imports = make(map[string]string)
	}
	fb.imports[path] = name
	return name + ".", true
}

// visible reports whether obj's own name refers to it at pos.
func (c *checker) visible(obj types.Object, pos token.Pos) bool {
	scope := c.scopeAt(pos)
	if scope == nil {
		return false
	}
	_, found := scope.LookupParent(obj.Name(), pos)
	return found == obj
}

// visibleName reports whether nothing named name is in scope at pos, so
// that a constant of that name that a fix adds is what it refers to.
func (c *checker) visibleName(name string, pos token.Pos) bool {
	scope := c.scopeAt(pos)
	if scope == nil {
		return false
	}
	_, in := scope.LookupParent(name, pos)
	return in == nil
}

// scopeAt returns the innermost scope of the current file at pos.
func (c *checker) scopeAt(pos token.Pos) *types.Scope {
	last := &c.lastScope
	if last.file == c.file.file && last.pos == pos {
		return last.scope
	}
	scope := c.pass.TypesInfo.Scopes[c.file.file]
	if scope != nil {
		if inner := scope.Innermost(pos); inner != nil {
			scope = inner
		}
	}
	last.file, last.pos, last.scope = c.file.file, pos, scope
	return scope
}

// addImport returns the edit that imports path into the current file,
// keeping the import block gofmt-clean: into the group of non-standard
// imports at its sorted place, or as a group of its own.
func (c *checker) addImport(path string) []analysis.TextEdit {
	file := c.file.file
	quoted := strconv.Quote(path)
	var block *ast.GenDecl
	for _, d := range file.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			block = g // the last import declaration
		}
	}
	if block == nil {
		// After the package clause and the comment that ends its line.
		end := file.Name.End()
		for _, g := range file.Comments {
			if g.Pos() >= end && c.line(g.Pos()) == c.line(end) {
				end = g.End()
			}
		}
		return []analysis.TextEdit{{Pos: end, End: end, NewText: []byte("\n\nimport " + quoted)}}
	}
	if !block.Lparen.IsValid() {
		// import "x" becomes a block of both.
		spec := block.Specs[0].(*ast.ImportSpec)
		old := c.text(spec)
		if old == "" {
			return nil
		}
		end := block.End()
		if spec.Comment != nil {
			// import "x" // why: the comment stays with its import.
			old, end = c.textRange(spec.Pos(), spec.Comment.End()), spec.Comment.End()
		}
		text := "import (\n\t" + old + "\n\n\t" + quoted + "\n)"
		if !isStd(spec) {
			first, second := old, quoted
			if spec.Path.Value > quoted {
				first, second = quoted, old
			}
			text = "import (\n\t" + first + "\n\t" + second + "\n)"
		}
		return []analysis.TextEdit{{Pos: block.Pos(), End: end, NewText: []byte(text)}}
	}
	// Find the last group of imports that are not from the standard
	// library; groups are separated by blank lines.
	var group []*ast.ImportSpec
	lastLine := -1
	for _, s := range block.Specs {
		spec := s.(*ast.ImportSpec)
		line := c.line(spec.Pos())
		if lastLine >= 0 && line > lastLine+1 {
			group = nil
		}
		lastLine = c.line(spec.End())
		group = append(group, spec)
	}
	if len(group) == 0 || isStd(group[0]) {
		// A new group after the last spec, or in an empty block.
		at := block.Rparen
		text := "\t" + quoted + "\n"
		if len(block.Specs) > 0 {
			at = specEnd(block.Specs[len(block.Specs)-1].(*ast.ImportSpec))
			text = "\n\n\t" + quoted
		}
		return []analysis.TextEdit{{Pos: at, End: at, NewText: []byte(text)}}
	}
	for _, spec := range group {
		if spec.Path.Value > quoted {
			at := spec.Pos()
			return []analysis.TextEdit{{Pos: at, End: at, NewText: []byte(quoted + "\n\t")}}
		}
	}
	at := specEnd(group[len(group)-1])
	return []analysis.TextEdit{{Pos: at, End: at, NewText: []byte("\n\t" + quoted)}}
}

// specEnd returns where the line of spec ends in the source: after the
// comment that follows it, if one does.
func specEnd(spec *ast.ImportSpec) token.Pos {
	if spec.Comment != nil {
		return spec.Comment.End()
	}
	return spec.End()
}

// isStd reports whether spec imports a standard library package, whose
// path has no dot in its first element.
func isStd(spec *ast.ImportSpec) bool {
	path, _ := strconv.Unquote(spec.Path.Value)
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// text returns the source text of n in the current file, or "".
func (c *checker) text(n ast.Node) string { return c.textRange(n.Pos(), n.End()) }

// textRange returns the source text from pos to end in the current file,
// or "".
func (c *checker) textRange(pos, end token.Pos) string {
	fs := c.fileAt(pos)
	if fs == nil {
		return ""
	}
	src, tf := c.sourceOf(fs), fs.tf
	if src == nil || tf == nil || !pos.IsValid() || int(pos) < tf.Base() || int(end) > tf.Base()+tf.Size() {
		return ""
	}
	start, stop := tf.Offset(pos), tf.Offset(end)
	if start < 0 || stop > len(src) || start > stop {
		return ""
	}
	return string(src[start:stop])
}

// The layout of the source, as fixes that insert lines need it: whether
// a position starts its line, and the white space that indents it. Both
// are told from the syntax where they can be, which a file that gofmt has
// formatted always allows: the source is read only where they cannot.

// startsLine reports whether only white space precedes pos on its line,
// where prev is the end of what precedes pos in the syntax: prev is on an
// earlier line, and no comment lies between them on pos's line.
func (c *checker) startsLine(pos, prev token.Pos) bool {
	fs := c.fileAt(pos)
	if fs == nil || !prev.IsValid() || prev > pos {
		return false
	}
	line := c.line(pos)
	if c.line(prev) >= line {
		return false
	}
	comments := fs.file.Comments
	i, _ := slices.BinarySearchFunc(comments, pos, func(g *ast.CommentGroup, p token.Pos) int { return cmp.Compare(g.Pos(), p) })
	return i == 0 || comments[i-1].End() <= prev || c.line(comments[i-1].End()) < line
}

// indentOf returns the white space that indents the line of pos, which
// follows prev (the end of what precedes it in the syntax) and is depth
// blocks deep: as many tabs, where gofmt has indented the line so, pos
// starting it at their column, or else what the source has.
func (c *checker) indentOf(pos, prev token.Pos, depth int) string {
	if c.startsLine(pos, prev) && c.fileAt(pos).tf.PositionFor(pos, false).Column == depth+1 {
		return strings.Repeat("\t", depth)
	}
	before := c.lineBefore(pos)
	return string(before[:len(before)-len(bytes.TrimLeft(before, " \t"))])
}

// lineBefore returns the source of pos's line up to pos, or nil.
func (c *checker) lineBefore(pos token.Pos) []byte {
	fs := c.fileAt(pos)
	if fs == nil {
		return nil
	}
	src, tf := c.sourceOf(fs), fs.tf
	if src == nil || tf == nil || !pos.IsValid() || int(pos) < tf.Base() || int(pos) > tf.Base()+tf.Size() {
		return nil
	}
	start, off := tf.Offset(tf.LineStart(tf.PositionFor(pos, false).Line)), tf.Offset(pos)
	if start > off || off > len(src) {
		return nil
	}
	return src[start:off]
}

// depth returns how many blocks deep a statement of the node being
// visited is, as gofmt indents it: the blocks that enclose it, but for
// the bodies of switches and selects, whose cases are at the level of
// their statement, and the cases whose statements it is among.
func (c *checker) depth() int {
	n := 0
	for i, p := range c.stack {
		switch p.(type) {
		case *ast.BlockStmt:
			if i == 0 {
				n++
				continue
			}
			switch c.stack[i-1].(type) {
			case *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
			default:
				n++
			}
		case *ast.CaseClause, *ast.CommClause:
			n++
		}
	}
	return n
}

// precedingEnd returns the end of what precedes the statement s, which is
// being visited, in the list of statements it is in: the statement before
// it, or the brace or colon that opens the list. It returns NoPos if s is
// in no list.
func (c *checker) precedingEnd(s ast.Stmt) token.Pos {
	var list []ast.Stmt
	var open token.Pos
	switch p := c.parent(1).(type) {
	case *ast.BlockStmt:
		list, open = p.List, p.Lbrace+1
	case *ast.CaseClause:
		list, open = p.Body, p.Colon+1
	case *ast.CommClause:
		list, open = p.Body, p.Colon+1
	default:
		return token.NoPos
	}
	i := slices.Index(list, s)
	switch {
	case i < 0:
		return token.NoPos
	case i == 0:
		return open
	}
	return list[i-1].End()
}
