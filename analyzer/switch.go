package analyzer

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// The switch check: a switch over a reason or source must list every
// member; so must a map literal keyed by them, with -check-maps or
// //reasonlint:exhaustive. A switch over r.String() is held to the same
// rule, and is better written over r (code.go).

// A coverage records which required values a switch or map covers. Its
// memory is the checker's, for one switch or map at a time.
type coverage struct {
	req     []int64 // in value order
	covered []bool  // by index in req
	miss    *[]int64
}

// newCoverage returns the coverage of a switch or map that must cover req.
func (c *checker) newCoverage(req []int64) coverage {
	c.covered = slices.Grow(c.covered[:0], len(req))[:len(req)]
	clear(c.covered)
	return coverage{req, c.covered, &c.missed}
}

// cover marks the value v covered, if it is required.
func (cv coverage) cover(v int64) {
	if i, ok := slices.BinarySearch(cv.req, v); ok {
		cv.covered[i] = true
	}
}

// missing returns the required values not covered, nil if none.
func (cv coverage) missing() []int64 {
	miss := (*cv.miss)[:0]
	for i, v := range cv.req {
		if !cv.covered[i] {
			miss = append(miss, v)
		}
	}
	*cv.miss = miss
	if len(miss) == 0 {
		return nil
	}
	return miss
}

// visitSwitch checks a switch whose tag is a reason or source, or the
// code of one.
func (c *checker) visitSwitch(sw *ast.SwitchStmt) {
	if sw.Tag == nil || !c.typed {
		return
	}
	tv, ok := c.pass.TypesInfo.Types[sw.Tag]
	if !ok {
		return
	}
	if en := c.enumOf(tv.Type); en != nil {
		if c.isArithmeticOnEnum(sw.Tag) {
			return // switch r / 100: the arithmetic is the finding
		}
		if c.cfg.checkSwitch && en.k.exhaustive() && !(c.self && !en.own) {
			c.checkSwitch(sw, tv.Type, en)
		}
		return
	}
	if call, en := c.stringCall(sw.Tag); call != nil && !c.self && (c.cfg.checkSwitch || c.cfg.checkCodes) {
		c.checkCodeSwitch(sw, call, en, true)
		return
	}
	if call, en := c.stringCall(c.initialValue(sw)); call != nil && !c.self && (c.cfg.checkSwitch || c.cfg.checkCodes) {
		// switch code := r.String(); code {: no fix rewrites it.
		c.checkCodeSwitch(sw, call, en, false)
		return
	}
	if conv, _, en := c.enumConversion(sw.Tag); conv != nil {
		c.noteSwitch(sw, &switchInfo{en: en, converted: true})
	} else if en := c.convertedArithmetic(sw.Tag); en != nil && c.cfg.checkRawInt && !c.self && hasConstantCase(c.pass.TypesInfo, sw) {
		// switch int(r) / 100 { case 15: }
		c.reportArithmetic(ast.Unparen(sw.Tag), en)
	}
}

// initialValue returns what the switch's init statement assigns its tag,
// switch code := r.String(); code {, or nil.
func (c *checker) initialValue(sw *ast.SwitchStmt) ast.Expr {
	id, ok := ast.Unparen(sw.Tag).(*ast.Ident)
	init, isAssign := sw.Init.(*ast.AssignStmt)
	if !ok || !isAssign || init.Tok != token.DEFINE || len(init.Lhs) != 1 || len(init.Rhs) != 1 {
		return nil
	}
	lhs, ok := init.Lhs[0].(*ast.Ident)
	if obj := c.pass.TypesInfo.Defs[lhs]; !ok || obj == nil || obj != c.pass.TypesInfo.Uses[id] {
		return nil
	}
	return init.Rhs[0]
}

// hasConstantCase reports whether a case of sw is a constant.
func hasConstantCase(info *types.Info, sw *ast.SwitchStmt) bool {
	for _, s := range sw.Body.List {
		if cc, ok := s.(*ast.CaseClause); ok && slices.ContainsFunc(cc.List, func(e ast.Expr) bool { return info.Types[e].Value != nil }) {
			return true
		}
	}
	return false
}

// caseValue returns the value in LINE Planet's table that a case or key e
// of the enum's type covers.
func (c *checker) caseValue(e ast.Expr, en *enum) (int64, bool) {
	if _, ok := e.(*ast.SelectorExpr); ok {
		// Most cases name a typed constant of another package, whose
		// value is the one recorded for the case.
		if v := c.pass.TypesInfo.Types[e].Value; v != nil && c.qualifiedTyped(v) {
			return en.valueOf(v)
		}
	}
	var val constant.Value
	if obj, ok := c.named(e).(*types.Const); ok {
		if en.own && en.here {
			// As its declaration's fix makes it.
			if v, ok := c.declOf(en).meant(obj); ok {
				return v, true
			}
		}
		val = obj.Val()
	} else {
		val = constValue(c.pass.TypesInfo, e)
	}
	return en.valueOf(val)
}

// checkSwitch checks a switch whose tag is a reason or source.
func (c *checker) checkSwitch(sw *ast.SwitchStmt, tagType types.Type, en *enum) {
	cv := c.newCoverage(c.required(en))
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
			if v, ok := c.caseValue(e, en); ok {
				cv.cover(v)
			} else if v, ok := c.rewrittenCase(sw, e, en); ok {
				cv.cover(v) // "CANCELED", which its fix makes CodeCancel
			}
		}
	}
	miss := cv.missing()
	if dflt == nil || len(miss) > 0 || (!c.cfg.webReasons && en.k == reasonKind) {
		// Other settings (-require-default, -web-reasons, or none of
		// -default-signifies-exhaustive) may report this switch: an
		// ignore directive on it is not unused.
		c.wouldReport(sw.Switch, CategorySwitch)
	}
	reportMissing := len(miss) > 0 && !(dflt != nil && c.cfg.defaultExhaustive)
	needsDefault := c.cfg.requireDefault && dflt == nil
	if !reportMissing && !needsDefault {
		return
	}
	later := "values"
	switch en.k {
	case reasonKind:
		later = "reasons"
	case sourceKind:
		later = "sources"
	}
	var msg, fixMsg string
	switch {
	case reportMissing && needsDefault:
		msg = listMissing("missing cases in switch of type "+en.name()+": ", en, miss, ", and no default clause for "+later+" LINE Planet adds later")
		fixMsg = "Add missing cases and a default clause"
	case reportMissing:
		msg = listMissing("missing cases in switch of type "+en.name()+": ", en, miss, "")
		fixMsg = "Add missing cases"
	default:
		msg = "switch of type " + en.name() + " has no default clause for " + later + " LINE Planet adds later"
		fixMsg = "Add a default clause"
	}
	d := analysis.Diagnostic{Pos: sw.Switch, End: sw.Body.Lbrace, Category: CategorySwitch, Message: msg}
	if !reportMissing {
		miss = nil
	}
	var names []caseName
	if !en.builtin && len(miss) > 0 {
		names = make([]caseName, 0, len(miss))
		for _, v := range miss {
			if obj := en.constFor(v); obj != nil {
				names = append(names, caseName{obj: obj})
			} else if name := c.plannedName(en, v); name != "" {
				// The fix of the type's declaration adds it.
				names = append(names, caseName{planned: name})
			}
		}
	}
	if len(names) > 0 || needsDefault {
		fb := c.newFix(fixMsg)
		if c.addCases(fb, sw, tagType, dflt, names, needsDefault, later) {
			for _, n := range names {
				fb.edits = c.carry(fb.edits, en, n.obj) // see listed.go
			}
			d.SuggestedFixes = fb.done()
		}
	}
	c.report(d)
}

// plannedName returns the name of the constant of value v that the fix of
// the declaration of en, an own type of the package, adds, or "".
func (c *checker) plannedName(en *enum, v int64) string {
	if !en.own || !en.here {
		return ""
	}
	return c.declOf(en).planned[v]
}

// listMissing lists, between prefix and suffix, the missing values of a
// switch or map of the enum's type: by the names of the type's constants,
// and, for an own type, the values it declares no constant for by value
// and code.
func listMissing(prefix string, en *enum, miss []int64, suffix string) string {
	var b strings.Builder
	b.Grow(len(prefix) + 24*len(miss) + len(suffix))
	b.WriteString(prefix)
	named, unnamed := 0, 0
	for _, v := range miss {
		obj := en.constFor(v)
		if obj == nil {
			unnamed++
			continue
		}
		if named > 0 {
			b.WriteString(", ")
		}
		named++
		if packageLevel(obj) {
			b.WriteString(obj.Pkg().Name())
			b.WriteByte('.')
		}
		b.WriteString(obj.Name())
	}
	if unnamed > 0 {
		if named > 0 {
			b.WriteString(", and ")
		}
		first := true
		for _, v := range miss {
			if en.constFor(v) != nil {
				continue
			}
			if !first {
				b.WriteString(", ")
			}
			first = false
			b.WriteString(strconv.FormatInt(v, 10))
			if n := en.k.name(v); n != "" {
				b.WriteByte(' ')
				b.WriteString(n)
			}
		}
		b.WriteString(", for which ")
		b.WriteString(en.name())
		if unnamed > 1 {
			b.WriteString(" declares no constants")
		} else {
			b.WriteString(" declares no constant")
		}
	}
	b.WriteString(suffix)
	return b.String()
}

// A caseName is what a case added by a fix names: a constant, or one that
// the fix of its type's declaration adds.
type caseName struct {
	obj     *types.Const
	planned string
}

// addCases adds to fb the edits that insert cases for the members, in
// value order, and a default clause if dflt is nil and addDefault.
// Without a default clause, each case gets a clause of its own, which
// changes nothing until the programmer fills it in. With one, they go in
// a single clause just before it that falls through to it, so that they
// keep reaching the default. It reports false if no safe spelling names
// the members here.
func (c *checker) addCases(fb *fixBuilder, sw *ast.SwitchStmt, tagType types.Type, dflt *ast.CaseClause, members []caseName, addDefault bool, later string) bool {
	tp, isTypeParam := types.Unalias(tagType).(*types.TypeParam)
	if isTypeParam && !c.visible(tp.Obj(), sw.Body.Lbrace) {
		return false // no name for the type parameter here
	}
	names := make([]string, len(members))
	for i, m := range members {
		text, ok := m.planned, m.planned != ""
		if ok {
			ok = c.visibleName(text, sw.Body.Lbrace)
		} else {
			text, ok = fb.refer(m.obj, sw.Body.Lbrace)
		}
		if !ok {
			return false
		}
		if isTypeParam {
			text = tp.Obj().Name() + "(" + text + ")"
		}
		names[i] = text
	}
	indent := c.indentOf(sw.Switch, c.precedingEnd(sw), c.depth())
	at, prev := sw.Body.Rbrace, sw.Body.Lbrace+1
	if n := len(sw.Body.List); n > 0 {
		prev = sw.Body.List[n-1].End()
	}
	if dflt != nil {
		at, prev = c.commentedStart(sw, dflt)
	}
	size := len(indent) + 2
	for _, name := range names {
		size += len(name) + len(indent) + 9
	}
	var text strings.Builder
	text.Grow(size)
	if !c.startsLine(at, prev) {
		// The brace or default shares its line: start on a new one.
		text.WriteByte('\n')
		text.WriteString(indent)
	}
	if dflt == nil {
		for _, name := range names {
			text.WriteString("case ")
			text.WriteString(name)
			text.WriteString(":\n")
			text.WriteString(indent)
		}
		if addDefault {
			fmt.Fprintf(&text, "default:\n%s\t// A %s that LINE Planet added later: handle or log it.\n%s", indent, strings.TrimSuffix(later, "s"), indent)
		}
	} else if len(names) > 0 {
		text.WriteString("case ")
		for i, name := range names {
			if i > 0 {
				text.WriteString(",\n")
				text.WriteString(indent)
				text.WriteByte('\t')
			}
			text.WriteString(name)
		}
		text.WriteString(":\n")
		text.WriteString(indent)
		text.WriteString("\tfallthrough\n")
		text.WriteString(indent)
	}
	fb.insert(at, text.String())
	return true
}

// commentedStart returns where the default clause starts, with the comment
// on the lines just above it, which belongs to it, and the end of what
// precedes that in the syntax.
func (c *checker) commentedStart(sw *ast.SwitchStmt, dflt *ast.CaseClause) (start, prev token.Pos) {
	after := sw.Body.Lbrace + 1 // the end of what precedes the default
	for _, s := range sw.Body.List {
		if s == dflt {
			break
		}
		after = s.End()
	}
	start, line := dflt.Case, c.line(dflt.Case)
	comments := c.file.file.Comments
	i, _ := slices.BinarySearchFunc(comments, start, func(g *ast.CommentGroup, p token.Pos) int {
		if g.Pos() < p {
			return -1
		}
		return 1
	})
	for i--; i >= 0; i-- {
		g := comments[i]
		if g.Pos() < after || c.line(g.End()) != line-1 || !c.startsLine(g.Pos(), after) {
			break
		}
		start, line = g.Pos(), c.line(g.Pos())
	}
	return start, after
}

// checkMap checks a map literal keyed by reasons or sources.
func (c *checker) checkMap(lit *ast.CompositeLit) {
	t := c.pass.TypesInfo.TypeOf(lit)
	if t == nil {
		return
	}
	// An inner literal whose type is elided, {reasons.Callee: 1} in a
	// []*map[reasons.Source]int, has the pointer's type.
	m, ok := deref(t).Underlying().(*types.Map)
	if !ok {
		return
	}
	en := c.enumOf(m.Key())
	if en == nil || !en.k.exhaustive() || (c.self && !en.own) {
		return
	}
	marked := c.markedExhaustive(c.line(lit.Pos()))
	if len(lit.Elts) == 0 && !marked {
		return // an allocation, not a table
	}
	if !marked && !c.cfg.checkMaps {
		c.wouldReport(lit.Pos(), CategoryMap)
		return
	}
	cv := c.newCoverage(c.required(en))
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return
		}
		if v, ok := c.caseValue(kv.Key, en); ok {
			cv.cover(v)
		}
	}
	miss := cv.missing()
	if len(miss) == 0 {
		if !c.cfg.webReasons && en.k == reasonKind {
			c.wouldReport(lit.Pos(), CategoryMap)
		}
		return
	}
	c.report(analysis.Diagnostic{
		Pos:      lit.Pos(),
		End:      lit.Lbrace,
		Category: CategoryMap,
		Message:  listMissing("missing keys in map of "+en.name()+": ", en, miss, ""),
	})
}

// quoteAll quotes each string.
func quoteAll(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = strconv.Quote(s)
	}
	return strings.Join(q, ", ")
}
