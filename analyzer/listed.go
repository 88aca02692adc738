package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// The fixes that write a constant of an own type in place of a raw value,
// 1308 or "NO_ANSWER", and what the switch, the map literal or the chain
// of || and && where the value is already lists.
//
// Such a fix must not write a constant that the list has, nor one that
// the fix of an earlier raw value there writes: a duplicate case or key
// does not compile, and r == ReasonBusy || r == ReasonBusy tests one value
// twice. The value keeps its finding, without that fix.
//
// In the package of the type, a constant whose declaration's fix changes
// its value stands for the value it gets (see asFixed). A fix that writes
// it carries the edit of its declaration, so that, applied alone, it
// compiles and means what it says; applied with the fix of the
// declaration, the two edits are one. A switch or map literal that lists
// such a constant and the value that the fix gives it would hold two cases
// or keys of one value once the declaration is fixed: that fix is withheld
// (see withholdClashes).

// A written is what the fix of a raw value writes: a constant of the
// type, one that the fix of the type's declaration adds, or a code.
type written struct {
	obj     *types.Const
	planned string
	code    string
}

// ownFixWrites returns what the fix of the raw value e, of the own type
// en, writes, and the value of LINE Planet's table that it stands for.
// It reports false if e has no such fix: it names a constant, or no
// constant or code is meant.
func (c *checker) ownFixWrites(e ast.Expr, en *enum) (written, int64, bool) {
	val := constValue(c.pass.TypesInfo, e)
	if val == nil {
		return written{}, 0, false
	}
	if obj := c.namedConst(e); obj != nil && c.enumConst(obj) != nil {
		return written{}, 0, false
	}
	var v int64
	code := ""
	if en.text {
		s, ok := constString(val)
		if !ok || s == "" {
			return written{}, 0, false
		}
		if v, ok = en.k.spelled(s); !ok {
			sg, found := c.suggest(en.k, s)
			if !found {
				return written{}, 0, false
			}
			if v, ok = en.k.lookup(sg.Code); !ok {
				return written{}, 0, false
			}
		}
		if code = en.spelling(v); code == s {
			code = "" // as the type spells it: only a constant replaces it
		}
	} else {
		var ok bool
		if v, ok = constInt(val); !ok || v == 0 {
			return written{}, 0, false
		}
	}
	switch {
	case en.constFor(v) != nil:
		return written{obj: en.constFor(v)}, v, true
	case c.plannedName(en, v) != "":
		return written{planned: c.plannedName(en, v)}, v, true
	case code != "":
		return written{code: code}, v, true
	}
	return written{}, 0, false
}

// finalValue returns the value of obj, a constant of the own type en,
// once the fix of its declaration, if any, is applied.
func (c *checker) finalValue(en *enum, obj *types.Const) constant.Value {
	if !en.here {
		return obj.Val()
	}
	oc := c.declOf(en).fixOf(obj)
	if oc == nil {
		return obj.Val()
	}
	return fixedValue(oc)
}

// writtenValue returns the value of what w writes, for the value v of the
// table, once the fixes of the declaration are applied.
func (c *checker) writtenValue(en *enum, w written, v int64) constant.Value {
	switch {
	case w.obj != nil:
		return c.finalValue(en, w.obj)
	case w.code != "":
		return constant.MakeString(w.code)
	case en.text:
		return constant.MakeString(en.spelling(v))
	}
	return constant.MakeInt64(v)
}

// carry adds to edits the edit of the declaration of obj, a constant of
// the own type en, if its fix changes its value and edits lacks it.
func (c *checker) carry(edits []analysis.TextEdit, en *enum, obj *types.Const) []analysis.TextEdit {
	if obj == nil || !en.own || !en.here {
		return edits
	}
	oc := c.declOf(en).fixOf(obj)
	if oc == nil {
		return edits
	}
	edit := analysis.TextEdit{Pos: oc.target.Pos(), End: oc.target.End(), NewText: []byte(oc.fix)}
	for _, e := range edits {
		if e.Pos == edit.Pos && e.End == edit.End {
			return edits
		}
	}
	return append(edits, edit)
}

// sameValue reports whether two constant values are equal.
func sameValue(x, y constant.Value) bool {
	return x != nil && y != nil && x.Kind() == y.Kind() && constant.Compare(x, token.EQL, y)
}

// listed reports whether list, the cases of a switch or the keys of a map
// literal (byValue), or the constants compared with one operand in a
// chain, lists what the fix of e, one of them, writes for the value v:
// that constant, a raw value before e whose fix writes it too, or, by
// value, anything that equals it once written or once the declaration is
// fixed.
func (c *checker) listed(list []ast.Expr, e ast.Expr, en *enum, w written, v int64, byValue bool) bool {
	info := c.pass.TypesInfo
	var mine constant.Value
	if byValue {
		mine = c.writtenValue(en, w, v)
	}
	for _, x := range list {
		x = ast.Unparen(x)
		if x == e {
			continue
		}
		if obj := c.namedConst(x); obj != nil && c.enumConst(obj) == en {
			if obj == w.obj || byValue && (sameValue(obj.Val(), mine) || sameValue(c.finalValue(en, obj), mine)) {
				return true
			}
			continue
		}
		if byValue && sameValue(constValue(info, x), mine) {
			return true
		}
		if x.Pos() < e.Pos() {
			if w2, _, ok := c.ownFixWrites(x, en); ok && w2 == w {
				return true
			}
		}
	}
	return false
}

// ownListFix decides the fix of the raw value e of the own type en, in
// role r with other: whether it is withheld, because the switch, map
// literal or chain where e is lists what it writes, and the edits that
// it takes besides what it writes in place of e: the edit of the
// declaration of the constant it writes.
func (c *checker) ownListFix(e ast.Expr, en *enum, r role, other ast.Node) (withheld bool, extra []analysis.TextEdit) {
	if !en.own {
		return false, nil
	}
	w, v, ok := c.ownFixWrites(e, en)
	if !ok {
		return false, nil
	}
	var list []ast.Expr
	switch r {
	case operand:
		if b, ok := c.parentSkippingParens().(*ast.BinaryExpr); ok && c.noFix[b] {
			return true, nil
		}
	case caseValue:
		list = switchCases(other.(*ast.SwitchStmt))
	case value:
		// A key of a map literal.
		kv, ok := c.parentSkippingParens().(*ast.KeyValueExpr)
		if lit, isLit := other.(*ast.CompositeLit); ok && isLit && kv.Key.Pos() <= e.Pos() && e.End() <= kv.Key.End() {
			list = literalKeys(lit)
		}
	}
	if list != nil && c.listed(list, ast.Unparen(e), en, w, v, true) {
		return true, nil
	}
	return false, c.carry(nil, en, w.obj)
}

// switchCases returns the expressions of the cases of sw.
func switchCases(sw *ast.SwitchStmt) []ast.Expr {
	var list []ast.Expr
	for _, s := range sw.Body.List {
		if cc, ok := s.(*ast.CaseClause); ok {
			list = append(list, cc.List...)
		}
	}
	return list
}

// literalKeys returns the keys of the elements of lit.
func literalKeys(lit *ast.CompositeLit) []ast.Expr {
	var list []ast.Expr
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			list = append(list, kv.Key)
		}
	}
	return list
}

// rewrittenCase returns the value that a case of a switch over the own
// type en of strings covers once its fix rewrites it: "CANCELED" becomes
// CodeCancel, and covers CANCEL, so that the fix that adds the missing
// cases does not add it again.
func (c *checker) rewrittenCase(sw *ast.SwitchStmt, e ast.Expr, en *enum) (int64, bool) {
	if !en.own || !en.text || !c.cfg.checkCodes {
		return 0, false
	}
	w, v, ok := c.ownFixWrites(e, en)
	if !ok || w.obj == nil && w.planned == "" {
		return 0, false
	}
	if withheld, _ := c.ownListFix(e, en, caseValue, sw); withheld {
		return 0, false
	}
	return v, true
}

// noteRepeatedOwnComparisons looks at the comparisons that a chain of ||
// or && joins, with constants of an own type, c == "BUSY" || c == "BUSSY",
// and withholds the fix of those that would write a constant that the
// chain compares the same operand with, or that the fix of an earlier one
// writes.
func (c *checker) noteRepeatedOwnComparisons(b *ast.BinaryExpr) {
	if !c.typed {
		return
	}
	if p, ok := c.parentSkippingParens().(*ast.BinaryExpr); ok && p.Op == b.Op {
		return // not the root of the chain
	}
	info := c.pass.TypesInfo
	type operandKey struct {
		text string
		op   token.Token
		en   *enum
	}
	type comparison struct {
		b     *ast.BinaryExpr
		value ast.Expr
	}
	var groups map[operandKey][]comparison
	var walk func(e ast.Expr)
	walk = func(e ast.Expr) {
		x, ok := ast.Unparen(e).(*ast.BinaryExpr)
		switch {
		case !ok:
		case x.Op == b.Op:
			walk(x.X)
			walk(x.Y)
		case isEquality(x.Op):
			for _, pair := range [][2]ast.Expr{{x.X, x.Y}, {x.Y, x.X}} {
				if constValue(info, pair[1]) == nil || constValue(info, pair[0]) != nil {
					continue
				}
				en := c.enumOf(info.TypeOf(pair[0]))
				if en == nil || !en.own {
					return
				}
				if groups == nil {
					groups = make(map[operandKey][]comparison)
				}
				k := operandKey{types.ExprString(ast.Unparen(pair[0])), x.Op, en}
				groups[k] = append(groups[k], comparison{x, ast.Unparen(pair[1])})
				return
			}
		}
	}
	walk(b)
	for k, cmps := range groups {
		if len(cmps) < 2 {
			continue
		}
		list := make([]ast.Expr, len(cmps))
		for i, cmp := range cmps {
			list[i] = cmp.value
		}
		for _, cmp := range cmps {
			w, v, ok := c.ownFixWrites(cmp.value, k.en)
			if !ok {
				continue
			}
			if c.listed(list, cmp.value, k.en, w, v, false) {
				if c.noFix == nil {
					c.noFix = make(map[*ast.BinaryExpr]bool)
				}
				c.noFix[cmp.b] = true
			}
		}
	}
}
