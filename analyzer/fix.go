package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// refer returns the text that names obj, a constant of the reasons package,
// at pos in the current file: reasons.NoAnswer, or with the file's import
// name for the package. If the file does not import the package, the edits
// add the import. It reports false if no spelling is safe, because a local
// name shadows the package.
func (c *checker) refer(obj types.Object, pos token.Pos) (string, []analysis.TextEdit, bool) {
	prefix, imp, ok := c.qualifier(obj.Pkg(), pos)
	if !ok || (prefix == "" && !c.visible(obj, pos)) {
		return "", nil, false
	}
	return prefix + obj.Name(), imp, true
}

// qualifier returns what precedes the names of pkg's members at pos in the
// current file: "reasons." or the file's import name and a dot, or "" where
// the file dot-imports pkg. If the file does not import pkg, the edits add
// the import. It reports false if no spelling is safe, because a local name
// shadows the package.
func (c *checker) qualifier(pkg *types.Package, pos token.Pos) (string, []analysis.TextEdit, bool) {
	scope := c.scopeAt(pos)
	if scope == nil {
		return "", nil, false
	}
	for _, spec := range c.file.Imports {
		path, err := strconv.Unquote(spec.Path.Value)
		if err != nil || path != pkg.Path() {
			continue
		}
		pkgName := c.pass.TypesInfo.PkgNameOf(spec)
		switch {
		case pkgName == nil || pkgName.Name() == "_":
			continue
		case spec.Name != nil && spec.Name.Name == ".":
			return "", nil, true
		}
		if _, found := scope.LookupParent(pkgName.Name(), pos); found == pkgName {
			return pkgName.Name() + ".", nil, true
		}
		return "", nil, false // shadowed here: a second import would not help
	}
	if _, found := scope.LookupParent(pkg.Name(), pos); found != nil {
		return "", nil, false
	}
	imp := c.addImport(pkg.Path())
	if imp == nil {
		return "", nil, false
	}
	return pkg.Name() + ".", imp, true
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

// scopeAt returns the innermost scope of the current file at pos.
func (c *checker) scopeAt(pos token.Pos) *types.Scope {
	fileScope := c.pass.TypesInfo.Scopes[c.file]
	if fileScope == nil {
		return nil
	}
	if inner := fileScope.Innermost(pos); inner != nil {
		return inner
	}
	return fileScope
}

// addImport returns the edit that imports path into the current file,
// keeping the import block gofmt-clean: into the group of non-standard
// imports at its sorted place, or as a group of its own.
func (c *checker) addImport(path string) []analysis.TextEdit {
	quoted := strconv.Quote(path)
	var block *ast.GenDecl
	for _, d := range c.file.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			block = g // the last import declaration
		}
	}
	if block == nil {
		end := c.file.Name.End()
		return []analysis.TextEdit{{Pos: end, End: end, NewText: []byte("\n\nimport " + quoted)}}
	}
	if !block.Lparen.IsValid() {
		// import "x" becomes a block of both.
		spec := block.Specs[0].(*ast.ImportSpec)
		old := c.text(spec)
		if old == "" {
			return nil
		}
		text := "import (\n\t" + old + "\n\n\t" + quoted + "\n)"
		if !isStd(spec) {
			first, second := old, quoted
			if spec.Path.Value > quoted {
				first, second = quoted, old
			}
			text = "import (\n\t" + first + "\n\t" + second + "\n)"
		}
		return []analysis.TextEdit{{Pos: block.Pos(), End: block.End(), NewText: []byte(text)}}
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
			at = block.Specs[len(block.Specs)-1].End()
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
	at := group[len(group)-1].End()
	return []analysis.TextEdit{{Pos: at, End: at, NewText: []byte("\n\t" + quoted)}}
}

// isStd reports whether spec imports a standard library package, whose
// path has no dot in its first element.
func isStd(spec *ast.ImportSpec) bool {
	path, _ := strconv.Unquote(spec.Path.Value)
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// text returns the source text of n in the current file, or "".
func (c *checker) text(n ast.Node) string {
	src := c.source()
	tf := c.pass.Fset.File(n.Pos())
	if src == nil || tf == nil {
		return ""
	}
	start, end := tf.Offset(n.Pos()), tf.Offset(n.End())
	if start < 0 || end > len(src) || start > end {
		return ""
	}
	return string(src[start:end])
}

// replace returns the edit that replaces the source of n with text.
func replace(n ast.Node, text string) analysis.TextEdit {
	return analysis.TextEdit{Pos: n.Pos(), End: n.End(), NewText: []byte(text)}
}
