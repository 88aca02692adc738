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

	"github.com/reasonlint/reasonlint/reasons"
)

// The switch check: a switch over reasons.Reason or reasons.Source, or
// over a reason's code (r.String()), must list every member; so must a map
// literal keyed by them, with -check-maps or //reasonlint:exhaustive.

// required returns the members that a switch or map of type tn must cover.
func (c *checker) required(tn *types.TypeName, k kind) []member {
	if req, ok := c.req[tn]; ok {
		return req
	}
	req := []member{}
	for _, m := range c.enum.membersOf(tn, c.pass.Pkg) {
		if m.value <= 0 || (k == reasonKind && !c.cfg.webReasons && reasons.Reason(m.value).WebOnly()) {
			continue
		}
		req = append(req, m)
	}
	if c.req == nil {
		c.req = make(map[*types.TypeName][]member)
	}
	c.req[tn] = req
	return req
}

// A coverage records which required members a switch or map covers.
type coverage struct {
	req     []member // in value order
	covered []bool   // by index in req
}

func (c *checker) coverage(tn *types.TypeName, k kind) coverage {
	req := c.required(tn, k)
	return coverage{req, make([]bool, len(req))}
}

// cover marks the member with value v covered, if it is required.
func (cv coverage) cover(v int64) {
	if i, ok := slices.BinarySearchFunc(cv.req, v, func(m member, v int64) int { return cmp.Compare(m.value, v) }); ok {
		cv.covered[i] = true
	}
}

// missing returns the required members not covered.
func (cv coverage) missing() []member {
	var miss []member
	for i, m := range cv.req {
		if !cv.covered[i] {
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
	cv := c.coverage(tn, k)
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
				cv.cover(v)
			}
		}
	}
	if dflt != nil && c.cfg.defaultExhaustive {
		return
	}
	miss := cv.missing()
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
	prefix, edits, ok := c.qualifier(miss[0].obj.Pkg(), sw.Body.Lbrace)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	tp, isTypeParam := types.Unalias(tagType).(*types.TypeParam)
	if isTypeParam && !c.visible(tp.Obj(), sw.Body.Lbrace) {
		return analysis.SuggestedFix{}, false // no name for the type parameter here
	}
	if prefix == "" {
		for _, m := range miss {
			if !c.visible(m.obj, sw.Body.Lbrace) {
				return analysis.SuggestedFix{}, false
			}
		}
	}
	// name appends the i'th missing member as the case names it.
	name := func(text []byte, i int) []byte {
		if isTypeParam {
			text = append(append(text, tp.Obj().Name()...), '(')
		}
		text = append(append(text, prefix...), miss[i].obj.Name()...)
		if isTypeParam {
			text = append(text, ')')
		}
		return text
	}
	indent := c.indentOf(sw.Switch)
	at := sw.Body.Rbrace
	if dflt != nil {
		at = c.commentedStart(sw, dflt)
	}
	text := make([]byte, 0, len(miss)*(len("case :\n\t")+len(indent)+len(prefix)+32)+64)
	if !c.startsLine(at) {
		// The brace or default shares its line: start on a new one.
		text = append(append(text, '\n'), indent...)
	}
	if dflt == nil {
		for i := range miss {
			text = append(name(append(text, "case "...), i), ":\n"...)
			text = append(text, indent...)
		}
	} else {
		text = append(text, "case "...)
		for i := range miss {
			if i > 0 {
				text = append(append(append(text, ",\n"...), indent...), '\t')
			}
			text = name(text, i)
		}
		text = append(append(append(text, ":\n"...), indent...), "\tfallthrough\n"...)
		text = append(text, indent...)
	}
	edits = append(edits, analysis.TextEdit{Pos: at, End: at, NewText: text})
	return analysis.SuggestedFix{Message: "Add missing cases", TextEdits: edits}, true
}

// commentedStart returns where the default clause starts, with the comment
// on the lines just above it, which belongs to it.
func (c *checker) commentedStart(sw *ast.SwitchStmt, dflt *ast.CaseClause) token.Pos {
	after := sw.Body.Lbrace // the end of what precedes the default
	for _, s := range sw.Body.List {
		if s == dflt {
			break
		}
		after = s.End()
	}
	start, line := dflt.Case, c.line(dflt.Case)
	for i := len(c.file.Comments) - 1; i >= 0; i-- {
		g := c.file.Comments[i]
		if g.Pos() >= start {
			continue
		}
		if g.Pos() <= after || c.line(g.End()) != line-1 || !c.startsLine(g.Pos()) {
			break
		}
		start, line = g.Pos(), c.line(g.Pos())
	}
	return start
}

// indentOf returns the leading white space of the line that holds pos.
func (c *checker) indentOf(pos token.Pos) string {
	before := c.lineBefore(pos)
	return string(before[:len(before)-len(bytes.TrimLeft(before, " \t"))])
}

// startsLine reports whether only white space precedes pos on its line.
func (c *checker) startsLine(pos token.Pos) bool {
	return len(bytes.TrimLeft(c.lineBefore(pos), " \t")) == 0
}

// lineBefore returns the source of pos's line up to pos, or nil.
func (c *checker) lineBefore(pos token.Pos) []byte {
	src := c.source()
	tf := c.pass.Fset.File(pos)
	if src == nil || tf == nil {
		return nil
	}
	start, off := tf.Offset(tf.LineStart(tf.PositionFor(pos, false).Line)), tf.Offset(pos)
	if start > off || off > len(src) {
		return nil
	}
	return src[start:off]
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
	cv := c.coverage(tn, k)
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
			cv.cover(m.value)
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
		if miss := cv.missing(); len(miss) > 0 {
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
	marked := c.markedExhaustive(c.line(lit.Pos()))
	if !marked && !c.cfg.checkMaps {
		return
	}
	cv := c.coverage(tn, k)
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return
		}
		if v, ok := constInt(constValue(c.pass.TypesInfo, kv.Key)); ok {
			cv.cover(v)
		}
	}
	miss := cv.missing()
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
	if len(ms) == 0 {
		return ""
	}
	pkg := ms[0].obj.Pkg().Name()
	n := 0
	for _, m := range ms {
		n += len(pkg) + len(m.obj.Name()) + len("., ")
	}
	var b strings.Builder
	b.Grow(n)
	for i, m := range ms {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(pkg)
		b.WriteByte('.')
		b.WriteString(m.obj.Name())
	}
	return b.String()
}
