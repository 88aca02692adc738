package analyzer

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/reasonlint/reasonlint/reasons"
)

// The raw-int check: a constant integer used where a reasons.Reason or
// reasons.Source is expected must be one of the package's constants.

// checkRawInts checks the package's constant expressions of type Reason or
// Source. It takes them from the type checker's record of expressions,
// which costs less than looking up every expression of the syntax tree.
func (c *checker) checkRawInts() {
	info := c.pass.TypesInfo
	type span struct {
		e        ast.Expr
		pos, end token.Pos
	}
	var exprs []span
	for e, tv := range info.Types {
		if tv.IsType() {
			continue
		}
		if tv.Value == nil {
			// A conversion to a type parameter, R(1203), has none.
			if _, isCall := e.(*ast.CallExpr); !isCall {
				continue
			}
		}
		if tn, _ := enumType(tv.Type); tn == nil {
			continue
		}
		if tv.Value == nil && constValue(info, e) == nil {
			continue
		}
		// The constants themselves, the most common by far, hold
		// nothing to report.
		if constOf(referenced(info, e)) != nil {
			continue
		}
		exprs = append(exprs, span{e, e.Pos(), e.End()})
	}
	// In source order, an expression before those inside it.
	slices.SortFunc(exprs, func(a, b span) int {
		return cmp.Or(cmp.Compare(a.pos, b.pos), cmp.Compare(b.end, a.end))
	})
	var done token.Pos // the end of the last expression checked whole
	for _, x := range exprs {
		if x.pos < done {
			continue
		}
		fs := c.files[c.pass.Fset.File(x.pos)]
		if fs == nil {
			continue // a file not checked
		}
		c.fileState = fs
		if c.checkRawInt(x.e) {
			done = x.end
		}
	}
}

// checkRawInt reports e if it is a constant integer of type Reason or
// Source other than a named constant of that type. It reports whether e's
// operands hold nothing more to report.
func (c *checker) checkRawInt(e ast.Expr) (skip bool) {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.IsType() {
		return false
	}
	val := constValue(c.pass.TypesInfo, e)
	if val == nil {
		return false
	}
	tn, k := enumType(tv.Type)
	if tn == nil {
		return false
	}
	target := e
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok && tv.Value == nil {
		// R(1203), a conversion to a type parameter: the operand is
		// what counts.
		target = call.Args[0]
	}
	// A constant of the type, from the reasons package or declared
	// elsewhere (where its declaration is what gets checked), converted
	// or not: reasons.Reason(int(reasons.Busy)) is reasons.Busy.
	if c.namedConst(target) == tn {
		return true
	}
	// Constants that a declaration computes from iota, the same
	// expression for every constant of its block, are declarations of
	// their own.
	if usesIota(c.pass.TypesInfo, e) {
		return true
	}
	v, ok := constInt(val)
	if !ok || v == 0 { // 0 is "not set"
		return true
	}
	c.reportRawInt(e, target, c.pass.TypesInfo.TypeOf(target), nil, tn, k, v, "used as")
	return true
}

// checkConvertedComparison reports a reason converted to an integer and
// compared with a constant: int(r) == 1203.
func (c *checker) checkConvertedComparison(b *ast.BinaryExpr) {
	if !isComparison(b.Op) {
		return
	}
	for _, pair := range [][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
		conv, inner, tn, k := c.enumConversion(pair[0])
		if conv == nil {
			continue
		}
		v, ok := constInt(c.pass.TypesInfo.Types[pair[1]].Value)
		if !ok || v == 0 {
			continue
		}
		if c.namedConst(pair[1]) == tn {
			return // int(r) == int(reasons.Busy)
		}
		unwrap := []analysis.TextEdit{
			{Pos: conv.Pos(), End: inner.Pos()},
			{Pos: inner.End(), End: conv.End()},
		}
		c.reportRawInt(pair[1], pair[1], c.pass.TypesInfo.TypeOf(inner), unwrap, tn, k, v, "compared with")
		return
	}
}

// checkConvertedSwitch reports the cases of a switch over a reason or
// source converted to an integer: switch int(r) { case 1203: }. The
// findings have no fix: a case can name a member only if the switch is
// over the reason itself, an edit that every case would repeat.
func (c *checker) checkConvertedSwitch(sw *ast.SwitchStmt) {
	if sw.Tag == nil {
		return
	}
	conv, _, tn, k := c.enumConversion(sw.Tag)
	if conv == nil {
		return
	}
	for _, s := range sw.Body.List {
		cc, ok := s.(*ast.CaseClause)
		if !ok {
			return // invalid code
		}
		for _, e := range cc.List {
			v, ok := constInt(c.pass.TypesInfo.Types[e].Value)
			if !ok || v == 0 || c.namedConst(e) == tn {
				continue
			}
			c.reportRawInt(e, nil, nil, nil, tn, k, v, "compared with")
		}
	}
}

// enumConversion reports whether e converts a reason or source to another
// type, as int(r) does, and returns the conversion and its operand.
func (c *checker) enumConversion(e ast.Expr) (conv *ast.CallExpr, inner ast.Expr, tn *types.TypeName, k kind) {
	call := asConversion(c.pass.TypesInfo, e)
	if call == nil {
		return nil, nil, nil, 0
	}
	arg := call.Args[0]
	tn, k = enumType(c.pass.TypesInfo.TypeOf(arg))
	if tn == nil || c.pass.TypesInfo.Types[arg].Value != nil {
		return nil, nil, nil, 0
	}
	if target, _ := enumType(c.pass.TypesInfo.TypeOf(call)); target != nil {
		return nil, nil, nil, 0 // a conversion to the same kind of value
	}
	return call, arg, tn, k
}

// reportRawInt reports the raw integer v at e. If v is a member and target
// is not nil, the fix replaces target with the member's name, converted to
// as if that is a type parameter, after the extra edits.
func (c *checker) reportRawInt(e, target ast.Expr, as types.Type, extra []analysis.TextEdit, tn *types.TypeName, k kind, v int64, how string) {
	d := analysis.Diagnostic{Pos: e.Pos(), End: e.End(), Category: CategoryRawInt}
	m, ok := c.enum.lookup(tn, c.pass.Pkg, v)
	if !ok {
		d.Message = c.notMember(tn, k, v) + c.rangeAdvice(e, k)
		c.report(d)
		return
	}
	name := qualifiedName(m.obj)
	d.Message = fmt.Sprintf("raw integer %d %s %s; use %s", v, how, qualifiedName(tn), name)
	if target == nil {
		c.report(d)
		return
	}
	text, imp, ok := c.refer(m.obj, target.Pos())
	if tp, isTypeParam := types.Unalias(as).(*types.TypeParam); ok && isTypeParam {
		// The constant has the type parameter's type: keep it, if its
		// name refers to it here.
		text, ok = tp.Obj().Name()+"("+text+")", c.visible(tp.Obj(), target.Pos())
	}
	if ok {
		edits := append(append(imp, extra...), replace(target, text))
		d.SuggestedFixes = []analysis.SuggestedFix{{Message: fmt.Sprintf("Replace %d with %s", v, name), TextEdits: edits}}
	}
	c.report(d)
}

// notMember describes the value v of kind k that the reasons package (as
// compiled, if tn is not nil) does not declare.
func (c *checker) notMember(tn *types.TypeName, k kind, v int64) string {
	if k == sourceKind {
		return fmt.Sprintf("%d is not a disconnect source", v)
	}
	if v == -1 {
		return "-1 is the iOS SDK's sentinel for an unknown reason, not a disconnect reason"
	}
	if rv, ok := reasons.Retired(int(v)); ok {
		if rv.Replacement == 0 {
			return fmt.Sprintf("%d is a retired disconnect reason (%s) that current SDKs never report", v, rv.Name)
		}
		return fmt.Sprintf("%d is a retired disconnect reason (%s); use %s", v, rv.Name, c.nameOf(tn, reasonKind, int64(rv.Replacement)))
	}
	if r := reasons.Reason(v); r.Known() && tn != nil {
		return fmt.Sprintf("raw integer %d used as %s; %s needs a newer version of the reasons package", v, qualifiedName(tn), r.GoString())
	}
	return fmt.Sprintf("%d is not a disconnect reason", v)
}

// nameOf returns the qualified name of the member of kind k with value v:
// from the reasons package as compiled when tn is not nil, else from the
// reasons package that reasonlint was built with.
func (c *checker) nameOf(tn *types.TypeName, k kind, v int64) string {
	if tn != nil {
		if m, ok := c.enum.lookup(tn, c.pass.Pkg, v); ok {
			return qualifiedName(m.obj)
		}
	}
	if k == sourceKind {
		return reasons.Source(v).GoString()
	}
	return reasons.Reason(v).GoString()
}

// referenced returns the object that e, an identifier or a qualified
// identifier in parentheses or not, refers to.
func referenced(info *types.Info, e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return info.Uses[e]
	case *ast.SelectorExpr:
		return info.Uses[e.Sel]
	}
	return nil
}

// namedConst returns the type of the Reason or Source constant that e
// names, through any conversions: reasons.Reason for
// int(reasons.Busy). It returns nil if e names none.
func (c *checker) namedConst(e ast.Expr) *types.TypeName {
	for {
		call := asConversion(c.pass.TypesInfo, e)
		if call == nil {
			return constOf(referenced(c.pass.TypesInfo, e))
		}
		e = call.Args[0]
	}
}

// usesIota reports whether e refers to iota.
func usesIota(info *types.Info, e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Name == "iota" && info.Uses[id] == types.Universe.Lookup("iota") {
			found = true
		}
		return !found
	})
	return found
}

// noteOrdered records the constant operands of the ordering comparison b.
func (c *checker) noteOrdered(b *ast.BinaryExpr) {
	for _, e := range []ast.Expr{b.X, b.Y} {
		if c.pass.TypesInfo.Types[e].Value != nil {
			if c.ordered == nil {
				c.ordered = make(map[ast.Expr]bool)
			}
			c.ordered[ast.Unparen(e)] = true
		}
	}
}

// rangeAdvice is what the message for a value that is no reason adds when
// the value bounds a range of values: r >= 1400 && r < 1500 picks group-only
// reasons, which Category tells.
func (c *checker) rangeAdvice(e ast.Expr, k kind) string {
	if k != reasonKind || !c.ordered[ast.Unparen(e)] {
		return ""
	}
	return "; compare Category() rather than ranges of values"
}

func isOrdering(op token.Token) bool {
	switch op {
	case token.LSS, token.LEQ, token.GTR, token.GEQ:
		return true
	}
	return false
}

func isComparison(op token.Token) bool {
	switch op {
	case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
		return true
	}
	return false
}
