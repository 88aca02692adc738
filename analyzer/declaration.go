package analyzer

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"

	"github.com/reasonlint/reasonlint/reasons"
)

// The declaration check: an application's own reason or source type is a
// copy of LINE Planet's table, held to it. Each constant's value must be
// the value its name says (ReasonBusy = 1203 is NOANSWER's), and one that
// LINE Planet sends: not a retired value, not the iOS SDK's -1; a string
// type's must be the canonical code. The type must have a constant for
// every reason (or source) of the table; the fix adds the missing ones,
// named as the type names its others. A block of untyped constants that
// copies the table is held to it too, for its names and retired values:
// such blocks often list only the reasons an application needs.

// An ownDecl is the declaration of an own type of the analyzed package.
type ownDecl struct {
	en      *enum
	empty   bool // marked, but none of its constants is in the table
	spec    *ast.TypeSpec
	consts  []ownConst
	missing []int64          // the table's values that no constant has, once the constants' fixes are applied
	planned map[int64]string // the names of the constants that the fix adds, nil if there is no fix
	at      token.Pos        // where the fix adds them
	indent  string
	convert bool                       // the fix writes them as its last constant is written: ReasonBusy = DisconnectReason(1202)
	fixed   map[*types.Const]*ownConst // see fixOf
}

// ownConstSlices holds the memory of the constants of declarations done
// with, which the next package reuses.
var ownConstSlices = sync.Pool{New: func() any { return new([]ownConst) }}

// releaseDecls returns the memory of the package's declarations to
// ownConstSlices, when the package is checked.
func (c *checker) releaseDecls() {
	for _, d := range c.decls {
		consts := d.consts[:cap(d.consts)]
		clear(consts)
		consts = consts[:0]
		ownConstSlices.Put(&consts)
		d.consts = nil
	}
}

// An ownConst is a constant of an own type, or of a block of untyped
// constants, and what is wrong with it.
type ownConst struct {
	obj    *types.Const
	value  ast.Expr // its value as written; nil if implied by the block
	target ast.Expr // what a fix of its value replaces (see fixTarget), or nil
	msg    string   // the finding, "" if none
	fix    string   // the value that the fix writes, "" if none
	meant  int64    // the table's value that it stands for once fixed
	named  bool     // meant is a value of the table
	// silenced: an ignore directive silences its finding, which says
	// that its value is meant as it is; it stands for that value.
	silenced bool
	test     bool // declared in a test file of the package
	// says is the value of the table that the constant's name names, if
	// saysNamed.
	says      int64
	saysNamed bool
}

// declOf returns the declaration of the own type en of the analyzed
// package, checked.
func (c *checker) declOf(en *enum) *ownDecl {
	if d, ok := c.decls[en]; ok {
		return d
	}
	d := &ownDecl{en: en, consts: slices.Grow((*ownConstSlices.Get().(*[]ownConst))[:0], len(c.constsOf(c.pass.Pkg)[en.tn]))}
	if c.decls == nil {
		c.decls = make(map[*enum]*ownDecl)
	}
	c.decls[en] = d
	var last *ast.ValueSpec // the last one in the file of the type
	var lastDecl *ast.GenDecl
	implied := false
	d.spec = c.typeSpec(en.tn)
	var typeFile *fileState
	if d.spec != nil {
		typeFile = c.fileAt(d.spec.Pos())
	}
	for _, dc := range c.declaredConsts() {
		if !types.Identical(dc.obj.Type(), en.tn.Type()) {
			continue
		}
		oc := ownConst{obj: dc.obj, test: dc.file.test}
		if len(dc.spec.Values) == len(dc.spec.Names) {
			oc.value = dc.spec.Values[dc.index]
			oc.target = c.fixTarget(oc.value, dc.spec.Type != nil)
		}
		if (oc.value == nil || usesIota(c.pass.TypesInfo, oc.value)) && !oc.test {
			implied = true
		}
		if dc.obj.Name() == "_" {
			continue // names nothing: no constant of the type for its value
		}
		c.judge(&oc, en.k, en.text, en.tn.Name(), true, en.web)
		if oc.msg != "" {
			c.settle(&oc, en, dc.spec.Names[dc.index].Pos())
		}
		d.consts = append(d.consts, oc)
		if typeFile != nil && dc.file == typeFile {
			last, lastDecl = dc.spec, dc.decl
		}
	}
	c.withholdClashes(d.consts)
	// The type is complete, or not, in the package as it is built: the
	// package with its tests, which the drivers analyze too, must find
	// what it finds without them, and suggest the same fix.
	provided := make([]int64, 0, len(d.consts))
	for _, oc := range d.consts {
		if oc.named && !oc.test {
			provided = append(provided, oc.meant)
		}
	}
	if len(provided) == 0 {
		d.empty = len(d.consts) > 0
		return d // nothing to compare completeness with
	}
	slices.Sort(provided)
	for _, v := range c.required(en) {
		if _, ok := slices.BinarySearch(provided, v); !ok {
			d.missing = append(d.missing, v)
		}
	}
	if len(d.missing) == 0 || implied || last == nil || !lastDecl.Lparen.IsValid() {
		return d
	}
	if fs := typeFile; !c.checked(fs) || fs.noFixes {
		return d
	}
	style := c.styleOf(d)
	if style == nil {
		return d
	}
	// A value whose name cannot be told or is taken gets no constant; the
	// others do.
	planned := make(map[int64]string)
	taken := make(map[string]bool)
	for _, v := range d.missing {
		name := style.name(en.k, v)
		if name == "" || taken[name] || !token.IsIdentifier(name) || c.declared(name) {
			continue
		}
		taken[name] = true
		planned[v] = name
	}
	if len(planned) == 0 {
		return d
	}
	d.at = last.End()
	if last.Comment != nil {
		d.at = last.Comment.End()
	}
	prev := lastDecl.Lparen + 1
	if i := slices.Index(lastDecl.Specs, ast.Spec(last)); i > 0 {
		prev = lastDecl.Specs[i-1].End()
	}
	d.indent = c.indentOf(last.Pos(), prev, 1)
	d.convert = last.Type == nil && len(last.Values) > 0 && asConversion(c.pass.TypesInfo, last.Values[0]) != nil
	// The fix is applied only if its finding is reported.
	if c.ignoredAt(d.spec.Name.Pos(), CategoryDeclaration, false) {
		return d
	}
	d.planned = planned
	return d
}

// settle decides what the constant oc of the own type en, declared at
// pos, stands for, now that its declaration has a finding: the fix of its
// value is offered only where it can be applied, and a silenced finding
// says that the value is meant as it is.
func (c *checker) settle(oc *ownConst, en *enum, pos token.Pos) {
	if c.ignoredAt(pos, CategoryDeclaration, false) {
		oc.silenced, oc.fix = true, ""
		v, ok := en.valueOf(oc.obj.Val())
		oc.meant, oc.named = v, ok && en.k.known(v)
		return
	}
	if fs := c.fileAt(pos); fs == nil || !c.checked(fs) || fs.noFixes {
		oc.fix = "" // generated, or cgo's: nothing applies the fix
	}
}

// withholdClashes withholds the fix of the value of each of consts, the
// constants of an own type or of a block of untyped constants, that a
// switch or map literal of the package lists apart from a case or key of
// the value that the fix gives it, case ReasonBusy and case 1202 with
// ReasonBusy = 1203: the fixed code would repeat a case or key, which
// does not compile. The constant keeps its finding, which says so, and
// stands for what it stands for in other packages (see meaning). Only the
// uses of such constants are looked up, and there are few.
func (c *checker) withholdClashes(consts []ownConst) {
	fixed := make(map[types.Object]*ownConst)
	for i := range consts {
		if oc := &consts[i]; oc.fix != "" && oc.named && oc.target != nil {
			fixed[oc.obj] = oc
		}
	}
	if len(fixed) == 0 {
		return
	}
	type listing struct {
		oc   *ownConst
		id   *ast.Ident
		list []ast.Expr
	}
	var listings []listing
	for id, obj := range c.pass.TypesInfo.Uses {
		if oc := fixed[obj]; oc != nil {
			if list := c.listingOf(id); list != nil {
				listings = append(listings, listing{oc, id, list})
			}
		}
	}
	// In the order of the source, which decides which of two constants
	// that clash keeps its fix.
	slices.SortFunc(listings, func(a, b listing) int { return cmp.Compare(a.id.Pos(), b.id.Pos()) })
	// The value of x once the fixes that are not withheld are applied.
	final := func(x ast.Expr) constant.Value {
		if obj := c.namedConst(x); obj != nil {
			if oc := fixed[obj]; oc != nil {
				return fixedValue(oc)
			}
			return obj.Val()
		}
		return constValue(c.pass.TypesInfo, x)
	}
	// A fix withheld may make another clash: until none does.
	for changed := true; changed; {
		changed = false
		for _, l := range listings {
			if fixed[l.oc.obj] == nil {
				continue
			}
			mine := fixedValue(l.oc)
			for _, x := range l.list {
				if ast.Unparen(x) != l.id && sameValue(final(x), mine) {
					l.oc.msg += fmt.Sprintf(" (no fix: a switch or map literal lists both it and %s)", l.oc.fix)
					l.oc.fix = ""
					delete(fixed, l.oc.obj)
					changed = true
					break
				}
			}
		}
	}
}

// fixedValue returns the value that the fix of oc's value writes.
func fixedValue(oc *ownConst) constant.Value {
	if strings.HasPrefix(oc.fix, `"`) {
		return constant.MakeFromLiteral(oc.fix, token.STRING, 0)
	}
	return constant.MakeFromLiteral(oc.fix, token.INT, 0)
}

// listingOf returns the cases of the switch of which id is a case, or the
// keys of the composite literal of which it is a key, or nil.
func (c *checker) listingOf(id *ast.Ident) []ast.Expr {
	var list []ast.Expr
	var sw *ast.SwitchStmt
	var lit *ast.CompositeLit
	is := func(x ast.Expr) bool { return ast.Unparen(x) == id }
	c.enclosing(id.Pos(), func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SwitchStmt:
			sw = n
		case *ast.TypeSwitchStmt:
			sw = nil
		case *ast.CompositeLit:
			lit = n
		case *ast.CaseClause:
			if sw != nil && slices.ContainsFunc(n.List, is) {
				list = switchCases(sw)
				return false
			}
		case *ast.KeyValueExpr:
			if lit != nil && is(n.Key) {
				list = literalKeys(lit)
				return false
			}
		}
		return true
	})
	return list
}

// asFixed makes the constants of e, an own type of the package, name the
// values that the fixes of its declaration give them, so that the fixes of
// its uses and those of the declaration, applied together, agree: a
// switch has the case ReasonBusy for BUSY even while its value is
// NOANSWER's, and c == "NOANSWER" becomes c == CodeNoAnswer although the
// value of CodeNoAnswer is misspelled. A constant that no fix changes
// stands for what it stands for in other packages (see meaning), or, if
// its finding is silenced, for its value.
func (c *checker) asFixed(e *enum) {
	d := c.declOf(e)
	e.inert = d.empty
	consts := make(map[int64]*types.Const, len(d.consts))
	for _, oc := range d.consts {
		var v int64
		var ok bool
		switch {
		case oc.fix != "" && oc.named:
			v, ok = oc.meant, true
		case oc.silenced:
			v, ok = e.valueOf(oc.obj.Val())
		default:
			// As meaning finds it, from what judge found of the name.
			v, ok = e.valueOf(oc.obj.Val())
			ok = ok && !(oc.saysNamed && oc.says != v)
		}
		if ok {
			consts[v] = e.preferred(v, consts[v], oc.obj)
		}
	}
	e.consts = consts
	e.members = sortedValues(e.consts)
}

// meant returns the value that the fix of obj's declaration gives it.
func (d *ownDecl) meant(obj *types.Const) (int64, bool) {
	if oc := d.fixOf(obj); oc != nil {
		return oc.meant, true
	}
	return 0, false
}

// fixOf returns the constant obj as declared, if the fix of its
// declaration changes its value, and nil otherwise.
func (d *ownDecl) fixOf(obj *types.Const) *ownConst {
	if d.fixed == nil {
		d.fixed = make(map[*types.Const]*ownConst)
		for i := range d.consts {
			if oc := &d.consts[i]; oc.fix != "" && oc.named && oc.target != nil {
				d.fixed[oc.obj] = oc
			}
		}
	}
	return d.fixed[obj]
}

// judge decides what is wrong with the constant oc of kind k, of a type
// named typeName (a string type if text): its value against its name and
// LINE Planet's table. typed says whether the constant has an own type,
// which is held to the whole table, rather than being untyped; web, that
// the type spells sources as WebPlanetKit does (see webSpelled).
func (c *checker) judge(oc *ownConst, k kind, text bool, typeName string, typed, web bool) {
	meant, named := nameMeans(k, oc.obj.Name(), typeName)
	oc.says, oc.saysNamed = meant, named
	literal := oc.target != nil
	if text {
		canonical := k.canonical
		if web {
			canonical = webName
		}
		s, ok := constString(oc.obj.Val())
		if !ok || s == "" {
			return
		}
		v, spelled := k.spelled(s)
		switch {
		case spelled && named && meant != v:
			oc.msg = fmt.Sprintf("%s is %q, the %s of %s; %s is %q", qualifiedName(oc.obj), s, k.info().nameNoun, k.name(v), k.name(meant), canonical(meant))
			oc.meant, oc.named = meant, true
		case spelled && k.canonical(v) != s && k == reasonKind:
			if !typed {
				break
			}
			sg, _ := c.suggest(k, s)
			oc.msg = fmt.Sprintf("%s is %q, the %s spelling; the %s %s is %q", qualifiedName(oc.obj), s, sg.SDK, k.noun(), k.info().nameNoun, k.canonical(v))
			oc.meant, oc.named = v, true
		case spelled:
			oc.meant, oc.named = v, true
			return
		case !typed:
			return
		default:
			if rv, note, retired := retiredCode(s, canonical); retired && k == reasonKind {
				oc.msg = fmt.Sprintf("%s is %q, %s", qualifiedName(oc.obj), s, note)
				if rv.Replacement == 0 || named && meant != int64(rv.Replacement) {
					return // none, or the name says another reason
				}
				oc.meant, oc.named = int64(rv.Replacement), true
				break
			}
			sg, found := c.suggest(k, s)
			oc.msg = fmt.Sprintf("%s is %q, an unknown %s %s", qualifiedName(oc.obj), s, k.noun(), k.info().nameNoun)
			if found {
				oc.meant, _ = k.lookup(sg.Code)
				oc.named = true
				oc.msg += fmt.Sprintf("; did you mean %q?", canonical(oc.meant))
			}
		}
		if oc.named && literal {
			oc.fix = strconv.Quote(canonical(oc.meant))
		}
		return
	}
	v, ok := constInt(oc.obj.Val())
	if !ok && typed && oc.obj.Val().Kind() == constant.Int {
		// Beyond int64, in a type of 64 unsigned bits.
		oc.msg = fmt.Sprintf("%s is %s, which is not a %s", qualifiedName(oc.obj), oc.obj.Val().ExactString(), k.noun())
		return
	}
	if !ok || v == 0 {
		return // 0 is "not set"
	}
	switch rv, retired := reasons.Retired(int(v)); {
	case k == reasonKind && v == -1:
		oc.msg = fmt.Sprintf("%s is -1, the iOS SDK's sentinel for an unknown reason, not a disconnect reason", qualifiedName(oc.obj))
	case k == reasonKind && retired:
		oc.msg = fmt.Sprintf("%s is %d, a retired disconnect reason (%s)", qualifiedName(oc.obj), v, rv.Name)
		if rv.Replacement != 0 {
			oc.msg += "; use " + k.describe(int64(rv.Replacement))
		}
		// Replaced by the reason that its name says, or, if it says
		// none, by the one that LINE Planet sends in its place.
		if rv.Replacement != 0 && (!named || meant == int64(rv.Replacement)) {
			oc.meant, oc.named = int64(rv.Replacement), true
			if literal {
				oc.fix = strconv.FormatInt(oc.meant, 10)
			}
		}
	case !k.known(v):
		if typed {
			oc.msg = fmt.Sprintf("%s is %d, which is not a %s", qualifiedName(oc.obj), v, k.noun())
		}
	case named && meant != v:
		oc.msg = fmt.Sprintf("%s is %d, the value of %s; %s is %d", qualifiedName(oc.obj), v, k.name(v), k.name(meant), meant)
		oc.meant, oc.named = meant, true
		if literal {
			oc.fix = strconv.FormatInt(meant, 10)
		}
	default:
		oc.meant, oc.named = v, true
	}
}

// retiredCode returns the retired disconnect reason that older SDKs named
// code, if any, and what a message says of it: "the code of a retired
// disconnect reason (1103); use "INTERNAL_ERROR"", with the replacement
// as spell spells it.
func retiredCode(code string, spell func(int64) string) (reasons.RetiredValue, string, bool) {
	rv, ok := reasons.RetiredCode(code)
	if !ok {
		return rv, "", false
	}
	note := fmt.Sprintf("the code of a retired disconnect reason (%d)", rv.Value)
	if rv.Replacement == 0 {
		return rv, note + " that current SDKs never report", true
	}
	return rv, note + fmt.Sprintf("; use %q", spell(int64(rv.Replacement))), true
}

// fixTarget returns the part of x, the value of a constant as written,
// that a fix of the value replaces: the operand of the conversions that x
// is, 1203 in DisconnectReason(1203), so that the constant keeps its type,
// or else x itself, if the declaration names the constant's type (typed)
// or x is untyped. It returns nil if x is nil or refers to iota, or if a
// value in its place would change the constant's type.
func (c *checker) fixTarget(x ast.Expr, typed bool) ast.Expr {
	info := c.pass.TypesInfo
	if x == nil || usesIota(info, x) {
		return nil
	}
	if inner := unconvert(info, x); inner != ast.Unparen(x) {
		return inner
	}
	if typed || isUntyped(info.TypeOf(x)) {
		return x
	}
	return nil
}

// checkOwnType checks the declaration of an own type.
func (c *checker) checkOwnType(ts *ast.TypeSpec) {
	tn, ok := c.pass.TypesInfo.Defs[ts.Name].(*types.TypeName)
	if !ok || c.self {
		return
	}
	if c.marks[tn] == markIgnore {
		c.ignored(c.line(ts.Name.Pos()), CategoryDeclaration) // the directive that turns recognition off is used
		return
	}
	en := c.namedEnum(tn)
	if en == nil || !en.own || !en.here {
		return
	}
	d := c.declOf(en)
	if d.empty {
		what := "a disconnect reason's wire value"
		switch {
		case en.text && en.k == reasonKind:
			what = "a disconnect reason's code"
		case en.text:
			what = "a disconnect source's name"
		case en.k == sourceKind:
			what = "a disconnect source's value"
		}
		c.report(analysis.Diagnostic{Pos: ts.Name.Pos(), End: ts.Name.End(), Category: CategoryDeclaration,
			Message: fmt.Sprintf("%s is marked //reasonlint:%s, but none of its constants is %s", en.name(), strings.ToLower(en.k.String()), what)})
		return
	}
	if len(d.missing) == 0 {
		if !c.cfg.webReasons && en.k == reasonKind {
			c.wouldReport(ts.Name.Pos(), CategoryDeclaration)
		}
		return
	}
	list := make([]string, len(d.missing))
	for i, v := range d.missing {
		list[i] = en.k.describe(v)
	}
	noun := en.k.noun() + "s"
	if len(d.missing) == 1 {
		noun = en.k.noun()
	}
	diag := analysis.Diagnostic{Pos: ts.Name.Pos(), End: ts.Name.End(), Category: CategoryDeclaration,
		Message: fmt.Sprintf("%s lacks %d %s of LINE Planet's: %s", en.name(), len(d.missing), noun, strings.Join(list, ", "))}
	if d.planned != nil {
		var text strings.Builder
		for _, v := range d.missing {
			if d.planned[v] == "" {
				continue
			}
			value := strconv.FormatInt(v, 10)
			if en.text {
				value = strconv.Quote(en.spelling(v))
			}
			if d.convert {
				fmt.Fprintf(&text, "\n%s%s = %s(%s)", d.indent, d.planned[v], en.tn.Name(), value)
			} else {
				fmt.Fprintf(&text, "\n%s%s %s = %s", d.indent, d.planned[v], en.tn.Name(), value)
			}
		}
		fb := c.newFix("Add the missing constants")
		fb.insert(d.at, text.String())
		diag.SuggestedFixes = fb.done()
	}
	c.report(diag)
}

// checkOwnConstants checks the constants of own types that a value spec
// declares.
func (c *checker) checkOwnConstants(spec *ast.ValueSpec) {
	if c.self || len(spec.Names) == 0 {
		return
	}
	obj, ok := c.pass.TypesInfo.Defs[spec.Names[0]].(*types.Const)
	if !ok {
		return
	}
	en := c.enumOf(obj.Type())
	if en == nil || !en.own || !en.here {
		return
	}
	d := c.declOf(en)
	if d.empty {
		return // reported at the type
	}
	for _, id := range spec.Names {
		obj := c.pass.TypesInfo.Defs[id]
		for i := range d.consts {
			if oc := &d.consts[i]; oc.obj == obj && oc.msg != "" {
				c.reportConst(oc, id)
			}
		}
	}
}

// reportConst reports the finding of the constant oc, declared by id.
func (c *checker) reportConst(oc *ownConst, id *ast.Ident) {
	diag := analysis.Diagnostic{Pos: id.Pos(), End: id.End(), Category: CategoryDeclaration, Message: oc.msg}
	if oc.fix != "" && oc.target != nil {
		fb := c.newFix(fmt.Sprintf("Replace %s with %s", c.constText(oc.target), oc.fix))
		fb.replace(oc.target, oc.fix)
		diag.SuggestedFixes = fb.done()
	}
	c.report(diag)
}

// checkUntypedBlock checks a block of untyped constants that copies LINE
// Planet's table: the names of its constants against their values, and
// retired values. Like a type, it is recognized only with
// -detect-own-types, and an ignore directive in its doc comment turns
// recognition off.
func (c *checker) checkUntypedBlock(g *ast.GenDecl) {
	if c.self || !g.Lparen.IsValid() {
		return
	}
	consts, ids := c.untypedConsts(g)
	k := recognizeConsts(consts, "")
	if k == 0 {
		return
	}
	if typeMark(g.Doc) == markIgnore {
		// The directive that turns recognition off is used, with
		// -detect-own-types or without.
		c.wouldReport(g.Pos(), CategoryDeclaration)
		return
	}
	if !c.cfg.detectOwnTypes {
		return
	}
	judged := make([]ownConst, len(consts))
	for i, obj := range consts {
		oc := &judged[i]
		oc.obj, oc.value = obj, writtenValue(g, ids[i])
		oc.target = c.fixTarget(oc.value, false)
		c.judge(oc, k, isString(obj.Type()), "", false, false)
	}
	c.withholdClashes(judged)
	for i := range judged {
		if judged[i].msg != "" {
			c.reportConst(&judged[i], ids[i])
		}
	}
}

// untypedConsts returns the untyped integer and string constants that the
// block declares, and their identifiers.
func (c *checker) untypedConsts(g *ast.GenDecl) ([]*types.Const, []*ast.Ident) {
	var consts []*types.Const
	var ids []*ast.Ident
	for _, spec := range g.Specs {
		vs, ok := spec.(*ast.ValueSpec)
		if !ok {
			continue
		}
		for _, id := range vs.Names {
			obj, ok := c.pass.TypesInfo.Defs[id].(*types.Const)
			if !ok {
				continue
			}
			if b, ok := obj.Type().(*types.Basic); ok && b.Info()&types.IsUntyped != 0 && b.Info()&(types.IsInteger|types.IsString) != 0 {
				consts = append(consts, obj)
				ids = append(ids, id)
			}
		}
	}
	return consts, ids
}

// writtenValue returns the value written in g for the constant that id
// declares, or nil if the block implies it.
func writtenValue(g *ast.GenDecl, id *ast.Ident) ast.Expr {
	for _, s := range g.Specs {
		vs := s.(*ast.ValueSpec)
		for i, x := range vs.Names {
			if x == id && len(vs.Values) == len(vs.Names) {
				return vs.Values[i]
			}
		}
	}
	return nil
}

// hasUntypedBlocks reports whether the package-level untyped constants of
// the package copy LINE Planet's table.
func (c *checker) hasUntypedBlocks() bool {
	return c.cfg.detectOwnTypes && recognizeConsts(c.constsOf(c.pass.Pkg)[nil], "") != 0
}

// A nameStyle is how a type names its constants: a prefix, the reason in
// one of its spellings, and a suffix.
type nameStyle struct {
	prefix, suffix string
	form           int // index in nameForms
	fallback       int // the form of values that form does not spell
}

// nameForms are the spellings in which names of constants spell a reason
// or source.
var nameForms = []func(k kind, v int64) string{
	func(k kind, v int64) string { return k.info().goNames[v] },                    // NoAnswer, CloudServer
	func(k kind, v int64) string { return k.canonical(v) },                         // NOANSWER, CloudServer
	func(k kind, v int64) string { return camel(k.canonical(v)) },                  // Noanswer, AudioTxNoSrc
	func(k kind, v int64) string { return spelling(k, v, "iOS") },                  // noAnswer, cloud_server
	func(k kind, v int64) string { return spelling(k, v, "Android") },              // NO_ANSWER
	func(k kind, v int64) string { return strings.ToUpper(spelling(k, v, "Web")) }, // CLOUD_SERVER
}

// The forms that spell every value, which the others fall back to.
const (
	goNameForm    = 0
	canonicalForm = 1
)

// name returns the name of the constant of value v in the style.
func (s *nameStyle) name(k kind, v int64) string {
	form := nameForms[s.form](k, v)
	if form == "" {
		form = nameForms[s.fallback](k, v)
	}
	if form == "" {
		return ""
	}
	return s.prefix + form + s.suffix
}

// fits reports whether name is the name of the constant of value v in the
// style's prefix and suffix, in any form.
func (s *nameStyle) fits(k kind, v int64, name string) bool {
	core, ok := strings.CutPrefix(name, s.prefix)
	if !ok {
		return false
	}
	if core, ok = strings.CutSuffix(core, s.suffix); !ok {
		return false
	}
	for _, form := range nameForms {
		if f := form(k, v); f != "" && f == core {
			return true
		}
	}
	return false
}

// styleOf returns the style in which the type names its constants whose
// names say their values, or nil if most follow none. The style is the
// prefix and suffix that most of them have around a spelling of their
// value, in any SDK's spelling, and the spelling that most of those have:
// a name in another spelling (NO_ANSWER among NOANSWER's), or off the
// pattern (ReasonCodeMultiDevInUse), does not hide the pattern of the
// others.
func (c *checker) styleOf(d *ownDecl) *nameStyle {
	k := d.en.k
	var agree []*ownConst
	for i := range d.consts {
		oc := &d.consts[i]
		if v, ok := nameMeans(k, oc.obj.Name(), d.en.tn.Name()); ok && oc.named && v == oc.meant && !oc.test {
			agree = append(agree, oc)
		}
	}
	// The styles that the names show, each once.
	var styles []nameStyle
	for _, oc := range agree {
		name := oc.obj.Name()
		for form := range nameForms {
			spelled := nameForms[form](k, oc.meant)
			if spelled == "" {
				continue
			}
			for _, s := range [...]nameStyle{
				{prefix: strings.TrimSuffix(name, spelled), form: form},
				{suffix: strings.TrimPrefix(name, spelled), form: form},
			} {
				if s.prefix+spelled+s.suffix == name && !slices.Contains(styles, s) {
					styles = append(styles, s)
				}
			}
		}
	}
	var best *nameStyle
	bestFits, bestExact := 0, 0
	for i := range styles {
		s := &styles[i]
		fits, exact := 0, 0
		for _, oc := range agree {
			if nameForms[s.form](k, oc.meant) != "" && s.prefix+nameForms[s.form](k, oc.meant)+s.suffix == oc.obj.Name() {
				fits++
				exact++
			} else if s.fits(k, oc.meant, oc.obj.Name()) {
				fits++
			}
		}
		if fits > bestFits || fits == bestFits && exact > bestExact {
			best, bestFits, bestExact = s, fits, exact
		}
	}
	if best == nil || 2*bestFits <= len(agree) {
		return nil
	}
	// Values that its form does not spell get the names of the form that
	// spells every value in its case: the Android SDK's style names 1403
	// WRONG_ROOM_ATTR, its code, and the iOS SDK's names a web-only reason
	// as the reasons package does, WebRTCAbort.
	best.fallback = goNameForm
	if s := nameForms[best.form](k, agree[0].meant); s == strings.ToUpper(s) {
		best.fallback = canonicalForm
	}
	return best
}

// declared reports whether name is declared at the package level, or
// names an import of one of its files, other than its test files: the
// package without them, which the drivers analyze too, must suggest the
// same fix.
func (c *checker) declared(name string) bool {
	if obj := c.pass.Pkg.Scope().Lookup(name); obj != nil && !c.inTestFile(obj) {
		return true
	}
	for _, f := range c.pass.Files {
		if obj, ok := c.pass.TypesInfo.Scopes[f].Lookup(name).(*types.PkgName); ok && !c.inTestFile(obj) {
			return true
		}
	}
	return false
}

// inTestFile reports whether obj is declared in a test file.
func (c *checker) inTestFile(obj types.Object) bool {
	tf := c.pass.Fset.File(obj.Pos())
	return tf != nil && strings.HasSuffix(tf.Name(), "_test.go")
}

// camel returns CODE_LIKE_THIS as CodeLikeThis.
func camel(code string) string {
	var b strings.Builder
	for _, w := range strings.Split(code, "_") {
		if w == "" {
			continue
		}
		b.WriteString(strings.ToUpper(w[:1]) + strings.ToLower(w[1:]))
	}
	return b.String()
}

// spelling returns how the SDK spells the value v of kind k, or "".
func spelling(k kind, v int64, sdk string) string {
	switch k {
	case reasonKind:
		return reasons.Reason(v).Spelling(reasons.SDK(sdk))
	case sourceKind:
		if sdk == "Web" || sdk == "iOS" {
			return reasons.Source(v).WebName()
		}
	}
	return ""
}
