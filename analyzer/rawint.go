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
	"golang.org/x/tools/go/types/typeutil"

	"github.com/reasonlint/reasonlint/reasons"
)

// The raw-int check: a constant integer used where a reason or source is
// expected must be one of its type's constants. The places where a value
// is used as a reason are the roles of walk.go: comparisons, cases,
// assignments, declarations, returns, arguments, elements and keys of
// composite literals, conversions and map indexes. An operand of
// arithmetic is none: arithmetic.go reports the arithmetic itself.

// checkConstant checks the constant e, of type t and value val, in role r.
func (c *checker) checkConstant(e ast.Expr, t types.Type, val constant.Value, r role, other ast.Node) {
	en := c.enumOf(t)
	switch {
	case en == nil:
	case c.self && !en.own:
		// The reasons package defines what the checks compare with.
	case en.text:
		if c.cfg.checkCodes {
			c.checkOwnCode(e, en, val, r, other)
		}
	case c.cfg.checkRawInt:
		c.checkRawInt(e, en, val, r, other)
	}
}

// checkRawInt reports the constant e of the enum's type unless it is one
// of the type's constants.
func (c *checker) checkRawInt(e ast.Expr, en *enum, val constant.Value, r role, other ast.Node) {
	info := c.pass.TypesInfo
	switch {
	case r == operand && c.isConstant(other.(ast.Expr)):
		return // reasons.NoAnswer != 1203: a test that pins a value
	case r == argument && asConversion(info, e) == nil && !c.paramIsEnum(other.(*ast.CallExpr), e):
		// bucket(r, 100), a type parameter that is not a reason; but
		// bucket(r, DisconnectReason(1203)) converts to one.
		return
	case r == value && c.declaresOwn(other, en):
		return // a constant of an own type in its declaration
	case usesIota(info, e):
		// Constants that a declaration computes from iota, the same
		// expression for every constant of its block, are
		// declarations of their own.
		return
	}
	if obj := c.namedConst(e); obj != nil {
		if oe := c.enumOf(obj.Type()); oe != nil {
			// A constant of the type, converted or not, or of another
			// type of the same kind: reasons.Reason(int(reasons.Busy)),
			// DisconnectReason(reasons.Busy).
			if oe.k != en.k {
				if v, ok := constInt(val); ok {
					c.report(analysis.Diagnostic{Pos: e.Pos(), End: e.End(), Category: CategoryRawInt, Message: c.notMember(en, v)})
				}
			}
			return
		}
	}
	if r == operand && c.isArithmeticOnEnum(other.(ast.Expr)) || r == caseValue && c.isArithmeticOnEnum(other.(*ast.SwitchStmt).Tag) {
		return // r/100 == 15, switch r / 100 { case 15: }: reported as arithmetic
	}
	v, ok := constInt(val)
	if !ok && val.Kind() == constant.Int {
		// Beyond int64, in a type of 64 unsigned bits.
		c.report(analysis.Diagnostic{Pos: e.Pos(), End: e.End(), Category: CategoryRawInt, Message: val.ExactString() + " is not a " + en.k.noun()})
		return
	}
	if !ok || v == 0 { // 0 is "not set"
		return
	}
	target, as := e, info.TypeOf(e)
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok && info.Types[e].Value == nil {
		// R(1203), a conversion to a type parameter: the operand is
		// what counts, and the conversion converts what replaces it.
		target, as = call.Args[0], nil
	}
	withheld, extra := c.ownListFix(e, en, r, other) // see listed.go
	if withheld {
		target = nil
	}
	c.reportRawInt(e, target, as, extra, en, v, "used as", r == operand && c.ordered())
}

// paramIsEnum reports whether the argument e of call goes to a parameter
// whose declared type is not a type parameter that admits more than a
// reason or source type: in bucket[T ~int](v, width T), width is no
// reason even when T is.
func (c *checker) paramIsEnum(call *ast.CallExpr, e ast.Expr) bool {
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if !ok {
		return true
	}
	sig, ok := fn.Origin().Type().(*types.Signature)
	if !ok {
		return true
	}
	i := 0
	for i < len(call.Args) && call.Args[i] != e {
		i++
	}
	params := sig.Params()
	if params.Len() == 0 {
		return true
	}
	var pt types.Type
	switch {
	case i < params.Len()-1 || (i == params.Len()-1 && !sig.Variadic()):
		pt = params.At(i).Type()
	case sig.Variadic():
		if s, ok := params.At(params.Len() - 1).Type().(*types.Slice); ok {
			pt = s.Elem()
		}
	}
	if tp, ok := types.Unalias(pt).(*types.TypeParam); ok {
		return c.enumOf(tp) != nil || elementOf(sig, tp)
	}
	return true
}

// elementOf reports whether tp is the element type of another parameter
// of sig, as E is of S ~[]E in slices.Contains(s S, v E): the value of
// such a parameter is compared with the elements, and is what they are.
func elementOf(sig *types.Signature, tp *types.TypeParam) bool {
	for i := range sig.Params().Len() {
		t := sig.Params().At(i).Type()
		if p, ok := types.Unalias(t).(*types.TypeParam); ok {
			// S ~[]E: the one term of its constraint, ~ or not.
			t = nil
			if terms, all := typeSet(p.Constraint(), 0); !all && len(terms) == 1 {
				t = terms[0].Type()
			}
		}
		var elem types.Type
		switch u := typeUnder(t).(type) {
		case *types.Slice:
			elem = u.Elem()
		case *types.Array:
			elem = u.Elem()
		case *types.Map:
			elem = u.Key()
		}
		if elem != nil && types.Unalias(elem) == tp {
			return true
		}
	}
	return false
}

// declaresOwn reports whether the value spec n declares constants of the
// own type of en in the package that declares the type.
func (c *checker) declaresOwn(n ast.Node, en *enum) bool {
	spec, ok := n.(*ast.ValueSpec)
	if !ok || !en.own || !en.here {
		return false
	}
	decl, ok := c.parent(2).(*ast.GenDecl)
	return ok && decl.Tok == token.CONST && len(spec.Names) > 0
}

// ordered reports whether the expression being visited is an operand of an
// ordering comparison, which bounds a range of values.
func (c *checker) ordered() bool {
	b, ok := c.parentSkippingParens().(*ast.BinaryExpr)
	return ok && isOrdering(b.Op)
}

// parentSkippingParens returns the node that encloses the one being
// visited, past any parentheses.
func (c *checker) parentSkippingParens() ast.Node {
	for i := 1; ; i++ {
		p := c.parent(i)
		if _, ok := p.(*ast.ParenExpr); !ok {
			return p
		}
	}
}

// checkConvertedComparison reports a constant compared with a reason or
// source converted to an integer: int(r) == 1203.
func (c *checker) checkConvertedComparison(b *ast.BinaryExpr) {
	for _, pair := range [][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
		conv, inner, en := c.enumConversion(pair[0])
		if conv == nil {
			continue
		}
		v, ok := constInt(c.pass.TypesInfo.Types[pair[1]].Value)
		if !ok || v == 0 || c.namesKind(pair[1], en.k) {
			return // not an integer, or int(r) == int(reasons.Busy)
		}
		unwrap := []analysis.TextEdit{
			{Pos: conv.Pos(), End: inner.Pos()},
			{Pos: inner.End(), End: conv.End()},
		}
		unwrap = c.carry(unwrap, en, en.constFor(v)) // see listed.go
		c.reportRawInt(pair[1], pair[1], c.pass.TypesInfo.TypeOf(inner), unwrap, en, v, "compared with", isOrdering(b.Op))
		return
	}
}

// checkCases checks the cases of a switch over a code, or over a reason or
// source converted to an integer, switch int(r) { case 1203: }.
func (c *checker) checkCases(cc *ast.CaseClause, sw *switchInfo) {
	for _, e := range cc.List {
		val := c.pass.TypesInfo.Types[e].Value
		if val == nil {
			continue
		}
		if !sw.converted {
			c.checkCodeCase(e, val, sw)
			continue
		}
		v, ok := constInt(val)
		if !ok || v == 0 || !c.cfg.checkRawInt || c.namesKind(e, sw.en.k) {
			continue
		}
		// No fix: a case can name a member only if the switch is over
		// the reason itself, an edit that every case would repeat.
		c.reportRawInt(e, nil, nil, nil, sw.en, v, "compared with", false)
	}
}

// enumConversion reports whether e converts a reason or source (or a value
// of another integer enum) to a basic type, as int(r) does, which a
// constant compared with is a raw integer, and returns the conversion and
// its operand.
func (c *checker) enumConversion(e ast.Expr) (conv *ast.CallExpr, inner ast.Expr, en *enum) {
	info := c.pass.TypesInfo
	if !c.typed {
		return nil, nil, nil
	}
	call := asConversion(info, e)
	if call == nil {
		return nil, nil, nil
	}
	if tv := info.Types[call]; tv.Value != nil {
		return nil, nil, nil
	} else if _, basic := tv.Type.(*types.Basic); !basic {
		return nil, nil, nil // to another type of its own, which may be an enum
	}
	arg := call.Args[0]
	en = c.enumOf(info.TypeOf(arg))
	if en == nil || en.text || info.Types[arg].Value != nil || (c.self && !en.own) {
		return nil, nil, nil
	}
	return call, arg, en
}

// reportRawInt reports the raw integer v at e. If v has a constant and
// target is not nil, the fix replaces target with the constant's name,
// converted to as if that is a type parameter, after the extra edits.
func (c *checker) reportRawInt(e, target ast.Expr, as types.Type, extra []analysis.TextEdit, en *enum, v int64, how string, bound bool) {
	d := analysis.Diagnostic{Pos: e.Pos(), End: e.End(), Category: CategoryRawInt}
	obj := en.constFor(v)
	switch {
	case obj == nil && en.own && en.k.known(v):
		d.Message = fmt.Sprintf("raw integer %d %s %s, which declares no constant for %s", v, how, en.name(), en.k.name(v))
		// The fix of the type's declaration adds the constant.
		if name := c.plannedName(en, v); name != "" && target != nil && types.Identical(as, en.tn.Type()) && c.visibleName(name, target.Pos()) {
			fb := c.newFix(fmt.Sprintf("Replace %d with %s.%s", v, en.tn.Pkg().Name(), name))
			fb.edits = append(fb.edits, extra...)
			fb.replace(target, name)
			d.SuggestedFixes = fb.done()
		}
	case obj == nil:
		d.Message = c.notMember(en, v)
		if bound && (en.own || en.k == reasonKind) {
			d.Message += rangeAdviceFor(en)
		}
	case bound && en.k == reasonKind && !en.own:
		// r >= 1501: a range of reasons, which a constant in place of
		// the number would still be.
		d.Message = fmt.Sprintf("raw integer %d %s %s%s", v, how, en.name(), rangeAdvice)
	default:
		name := qualifiedName(obj)
		d.Message = fmt.Sprintf("raw integer %d %s %s; use %s", v, how, en.name(), name)
		if target != nil && !en.builtin {
			fb := c.newFix(fmt.Sprintf("Replace %d with %s", v, name))
			text, ok := fb.refer(obj, target.Pos())
			switch t := types.Unalias(as).(type) {
			case *types.TypeParam:
				// The constant has the type parameter's type: keep it,
				// if its name refers to it here.
				text, ok = t.Obj().Name()+"("+text+")", ok && c.visible(t.Obj(), target.Pos())
			case *types.Basic:
				// An element of a set of integers: int(reasons.Busy).
				text, ok = t.Name()+"("+text+")", ok && t.Info()&types.IsUntyped == 0 && c.visible(types.Universe.Lookup(t.Name()), target.Pos())
				fb.message = fmt.Sprintf("Replace %d with %s(%s)", v, t.Name(), name)
			}
			if ok {
				fb.edits = append(fb.edits, extra...)
				fb.replace(target, text)
				d.SuggestedFixes = fb.done()
			}
		}
	}
	c.report(d)
}

// rangeAdvice is what the message for a value that is no reason adds when
// the value bounds a range of values: r >= 1400 && r < 1500 picks
// group-only reasons, which Category tells.
const rangeAdvice = "; compare Category() rather than ranges of values"

// rangeAdviceFor returns what the message for the bound of a range of
// reasons of the enum en, or nil if it is no enum, advises: Category, or,
// for an own type, which has none, the type's constants.
func rangeAdviceFor(en *enum) string {
	if en != nil && en.own {
		return "; compare with the constants of " + en.name() + " rather than ranges of values"
	}
	return rangeAdvice
}

// notMember describes the value v that the enum does not have.
func (c *checker) notMember(en *enum, v int64) string {
	k := en.k
	switch k {
	case sourceKind:
		return fmt.Sprintf("%d is not a disconnect source", v) + otherTable(k, v)
	case relKind:
		return fmt.Sprintf("%d is not a rel code", v) + otherTable(k, v)
	case causeKind:
		return fmt.Sprintf("%d is not a Q.850 cause that LINE Planet sends (%s)", v, causeList()) + otherTable(k, v)
	}
	if v == -1 {
		return "-1 is the iOS SDK's sentinel for an unknown reason, not a disconnect reason"
	}
	if rv, ok := reasons.Retired(int(v)); ok {
		if rv.Replacement == 0 {
			return fmt.Sprintf("%d is a retired disconnect reason (%s) that current SDKs never report", v, rv.Name)
		}
		return fmt.Sprintf("%d is a retired disconnect reason (%s); use %s", v, rv.Name, c.nameOf(en, reasonKind, int64(rv.Replacement)))
	}
	if k.known(v) && !en.own {
		return fmt.Sprintf("raw integer %d used as %s; %s needs a newer version of the reasons package", v, en.name(), k.qualified(v))
	}
	return fmt.Sprintf("%d is not a disconnect reason", v) + otherTable(k, v)
}

// causeList lists the Q.850 causes that LINE Planet sends: "16, 17 ...".
func causeList() string {
	var s []string
	for _, v := range causeKind.info().values {
		s = append(s, strconv.FormatInt(v, 10))
	}
	return strings.Join(s, ", ")
}

// nameOf names the value v of kind k: by the constant of en if it has
// one, else by the reasons package's constant, or, for an own type, by
// value and code.
func (c *checker) nameOf(en *enum, k kind, v int64) string {
	if en != nil {
		if obj := en.constFor(v); obj != nil {
			return qualifiedName(obj)
		}
		if en.own {
			return k.describe(v)
		}
	}
	return k.qualified(v)
}

// namesKind reports whether e names a constant of an enum of kind k,
// through any conversions: int(reasons.Busy) for a reason. A constant of
// another kind's enum, int(reasons.CloudServer) compared with a reason, is
// a raw value of the wrong table.
func (c *checker) namesKind(e ast.Expr, k kind) bool {
	obj := c.namedConst(e)
	if obj == nil {
		return false
	}
	en := c.enumConst(obj)
	return en != nil && en.k == k
}

// usesIota reports whether the constant expression e refers to iota.
func usesIota(info *types.Info, e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name == "iota" && info.Uses[e] == types.Universe.Lookup("iota")
	case *ast.ParenExpr:
		return usesIota(info, e.X)
	case *ast.UnaryExpr:
		return usesIota(info, e.X)
	case *ast.BinaryExpr:
		return usesIota(info, e.X) || usesIota(info, e.Y)
	case *ast.CallExpr:
		return slices.ContainsFunc(e.Args, func(x ast.Expr) bool { return usesIota(info, x) })
	}
	return false
}

// constInt returns the value of a constant integer expression.
func constInt(v constant.Value) (int64, bool) {
	if v == nil || v.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(v)
}

// constString returns the value of a constant string expression.
func constString(v constant.Value) (string, bool) {
	if v == nil || v.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(v), true
}
