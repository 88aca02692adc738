package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/reasonlint/reasonlint/reasons"
)

// The switch check: a switch over reasons.Reason or reasons.Source, or
// over a reason's code (r.String()), must list every member; so must a map
// literal keyed by them, with -check-maps or //reasonlint:exhaustive.

// required returns the members that a switch or map of type tn must cover.
func (c *checker) required(tn *types.TypeName, k kind) []member {
	var req []member
	for _, m := range c.enum.membersOf(tn, c.pass.Pkg) {
		if m.value <= 0 || (k == reasonKind && !c.cfg.webReasons && reasons.Reason(m.value).WebOnly()) {
			continue
		}
		req = append(req, m)
	}
	return req
}

// missing returns the required members whose values are not in covered.
func (c *checker) missing(tn *types.TypeName, k kind, covered map[int64]bool) []member {
	var miss []member
	for _, m := range c.required(tn, k) {
		if !covered[m.value] {
			miss = append(miss, m)
		}
	}
	return miss
}

// checkSwitch checks a switch whose tag is a reason or source.
func (c *checker) checkSwitch(sw *ast.SwitchStmt) {
	if sw.Tag == nil || c.enum == nil {
		return
	}
	tv, ok := c.pass.TypesInfo.Types[sw.Tag]
	if !ok {
		return
	}
	tn, k := enumType(tv.Type)
	if tn == nil {
		return
	}
	covered := make(map[int64]bool)
	var dflt *ast.CaseClause
	for _, s := range sw.Body.List {
		cc, ok := s.(*ast.CaseClause)
		if !ok {
			return // invalid code
		}
		if cc.List == nil {
			dflt = cc
		}
		for _, e := range cc.List {
			if v, ok := constInt(constValue(c.pass.TypesInfo, e)); ok {
				covered[v] = true
			}
		}
	}
	if dflt != nil && c.cfg.defaultExhaustive {
		return
	}
	miss := c.missing(tn, k, covered)
	if len(miss) == 0 {
		return
	}
	d := analysis.Diagnostic{
		Pos:      sw.Switch,
		End:      sw.Body.Lbrace,
		Category: CategorySwitch,
		Message:  "missing cases in switch of type " + qualifiedName(tn) + ": " + listNames(miss),
	}
	if fix, ok := c.addCasesFix(sw, tv.Type, dflt, miss); ok {
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	c.report(d)
}

// addCasesFix inserts the missing cases in value order. Without a default
// clause, each gets an empty clause of its own, which changes nothing until
// the programmer fills it in. With one, they go in a single clause just
// before it that falls through to it, so that they keep reaching the
// default.
func (c *checker) addCasesFix(sw *ast.SwitchStmt, tagType types.Type, dflt *ast.CaseClause, miss []member) (analysis.SuggestedFix, bool) {
	var edits []analysis.TextEdit
	names := make([]string, len(miss))
	for i, m := range miss {
		name, imp, ok := c.refer(m.obj, sw.Body.Lbrace)
		if !ok {
			return analysis.SuggestedFix{}, false
		}
		if tp, isTypeParam := types.Unalias(tagType).(*types.TypeParam); isTypeParam {
			name = tp.Obj().Name() + "(" + name + ")"
		}
		names[i] = name
		edits = imp
	}
	indent := c.indentOf(sw.Switch)
	var text strings.Builder
	at := sw.Body.Rbrace
	if dflt == nil {
		for _, n := range names {
			text.WriteString("case " + n + ":\n" + indent)
		}
	} else {
		at = dflt.Case
		text.WriteString("case " + strings.Join(names, ",\n"+indent+"\t") + ":\n")
		text.WriteString(indent + "\tfallthrough\n" + indent)
	}
	if !c.startsLine(at) {
		// The brace or default shares its line: start on a new one.
		s := text.String()
		text.Reset()
		text.WriteString("\n" + indent + s)
	}
	edits = append(edits, analysis.TextEdit{Pos: at, End: at, NewText: []byte(text.String())})
	return analysis.SuggestedFix{Message: "Add missing cases", TextEdits: edits}, true
}

// indentOf returns the leading white space of the line that holds pos.
func (c *checker) indentOf(pos token.Pos) string {
	line := c.lineText(pos)
	return line[:len(line)-len(strings.TrimLeft(line, " \t"))]
}

// startsLine reports whether only white space precedes pos on its line.
func (c *checker) startsLine(pos token.Pos) bool {
	tf := c.pass.Fset.File(pos)
	line := c.lineText(pos)
	col := tf.Offset(pos) - tf.Offset(tf.LineStart(tf.Line(pos)))
	return col <= len(line) && strings.TrimLeft(line[:col], " \t") == ""
}

// lineText returns the source line that holds pos, without its newline.
func (c *checker) lineText(pos token.Pos) string {
	src := c.source()
	tf := c.pass.Fset.File(pos)
	if src == nil || tf == nil {
		return ""
	}
	start := tf.Offset(tf.LineStart(tf.Line(pos)))
	end := start
	for end < len(src) && src[end] != '\n' {
		end++
	}
	return string(src[start:end])
}

// checkCodeSwitch checks a switch over a reason's code, r.String(): it
// must list every code, and it is better written over r itself.
func (c *checker) checkCodeSwitch(sw *ast.SwitchStmt) {
	if sw.Tag == nil || c.enum == nil {
		return
	}
	call, tn, k := c.stringCall(sw.Tag)
	if call == nil {
		return
	}
	covered := make(map[int64]bool)
	allKnown := true
	var dflt bool
	var caseEdits []analysis.TextEdit
	taken := make(map[string]bool) // the codes of the cases
	for _, s := range sw.Body.List {
		if cc, ok := s.(*ast.CaseClause); ok {
			for _, e := range cc.List {
				if code, ok := constString(c.pass.TypesInfo.Types[e].Value); ok {
					taken[code] = true
				}
			}
		}
	}
	for _, s := range sw.Body.List {
		cc, ok := s.(*ast.CaseClause)
		if !ok {
			return
		}
		dflt = dflt || cc.List == nil
		for _, e := range cc.List {
			code, ok := constString(c.pass.TypesInfo.Types[e].Value)
			if !ok {
				allKnown = false
				continue
			}
			m, known := c.codeMember(k, code, fromString)
			if !known {
				allKnown = false
				if c.cfg.checkCodes {
					c.checkCode(e, code, k, fromString, taken)
				}
				continue
			}
			covered[m.value] = true
			name, imp, ok := c.refer(m.obj, e.Pos())
			if !ok {
				allKnown = false
				continue
			}
			caseEdits = append(caseEdits, imp...)
			caseEdits = append(caseEdits, replace(e, name))
		}
	}
	if c.cfg.checkSwitch && !(dflt && c.cfg.defaultExhaustive) {
		if miss := c.missing(tn, k, covered); len(miss) > 0 {
			codes := make([]string, len(miss))
			for i, m := range miss {
				codes[i] = strconv.Quote(codeOf(k, m))
			}
			c.report(analysis.Diagnostic{
				Pos:      sw.Switch,
				End:      sw.Body.Lbrace,
				Category: CategorySwitch,
				Message:  "missing cases in switch of " + qualifiedName(tn) + " codes: " + strings.Join(codes, ", "),
			})
		}
	}
	if c.cfg.checkCodes && len(caseEdits) > 0 {
		d := analysis.Diagnostic{
			Pos:      sw.Tag.Pos(),
			End:      sw.Tag.End(),
			Category: CategoryCode,
			Message:  "switch on the code of a " + qualifiedName(tn) + "; switch on the value and compare with its constants",
		}
		if unwrap := c.unwrapString(call); allKnown && unwrap != nil {
			edits := append(unwrap, caseEdits...)
			d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Switch on the " + qualifiedName(tn), TextEdits: edits}}
		}
		c.report(d)
	}
}

// checkMap checks a map literal keyed by reasons or sources.
func (c *checker) checkMap(lit *ast.CompositeLit) {
	if c.enum == nil {
		return
	}
	tv, ok := c.pass.TypesInfo.Types[lit]
	if !ok {
		return
	}
	m, ok := tv.Type.Underlying().(*types.Map)
	if !ok {
		return
	}
	tn, k := enumType(m.Key())
	if tn == nil {
		return
	}
	marked := c.dirs.markedExhaustive(c.line(lit.Pos()))
	if !marked && !c.cfg.checkMaps {
		return
	}
	covered := make(map[int64]bool)
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return
		}
		if v, ok := constInt(constValue(c.pass.TypesInfo, kv.Key)); ok {
			covered[v] = true
		}
	}
	miss := c.missing(tn, k, covered)
	if len(miss) == 0 {
		return
	}
	c.report(analysis.Diagnostic{
		Pos:      lit.Pos(),
		End:      lit.Lbrace,
		Category: CategoryMap,
		Message:  "missing keys in map of " + qualifiedName(tn) + ": " + listNames(miss),
	})
}

// listNames lists the qualified names of members: "reasons.Busy, reasons.NoAnswer".
func listNames(ms []member) string {
	names := make([]string, len(ms))
	for i, m := range ms {
		names[i] = qualifiedName(m.obj)
	}
	return strings.Join(names, ", ")
}
