package analyzer

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"

	"golang.org/x/tools/go/analysis"
)

// Sets and groups of raw values that code searches with a reason (or
// another enum's value) converted to an integer, or with its code, rather
// than with the value itself:
//
//	slices.Contains([]int{1201, 1202}, int(r))
//	map[int]bool{1203: true}[int(r)]
//	slices.Contains(codes, r.String())
//	int(r)/100 == 15
//	strings.HasPrefix(r.String(), "SERVICE_")
//
// Each constant of such a set is a raw value, reported where it is, in
// the order of the source: the sets are found before the walk, from the
// type checker's records of the package's index expressions and of its
// calls of slices.Contains and slices.Index. The callback values' sets
// and ranges are flow.go's.

// A setUse says what a constant of a set is compared with.
type setUse struct {
	en    *enum
	code  bool            // the set holds codes, searched with r.String()
	taken map[string]bool // the codes of the set, or that fixes write
}

// findSets finds the constants of the sets that the package searches with
// a reason converted to an integer or with its code; indexes are the index
// expressions whose index is a call, from the survey.
func (c *checker) findSets(indexes []*ast.IndexExpr) map[ast.Expr]setUse {
	var found map[ast.Expr]setUse
	add := func(set, searched ast.Expr, keys bool) {
		use, ok := c.searchedWith(searched)
		if !ok {
			return
		}
		lit := c.literalOf(set)
		if lit == nil {
			return
		}
		if fs := c.fileAt(lit.Pos()); fs == nil || fs.generated {
			return // protobuf's tables of names and values
		}
		if use.code {
			use.taken = make(map[string]bool)
		}
		for _, elt := range lit.Elts {
			e := elt
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				e = kv.Value
				if keys {
					e = kv.Key
				}
			} else if keys {
				continue
			}
			if c.pass.TypesInfo.Types[e].Value == nil {
				continue
			}
			if found == nil {
				found = make(map[ast.Expr]setUse)
			}
			found[e] = use
		}
	}
	for _, ix := range indexes {
		if m, ok := typeUnder(c.pass.TypesInfo.TypeOf(ix.X)).(*types.Map); ok && isBasic(m.Key()) {
			add(ix.X, ix.Index, true)
		}
	}
	for id, inst := range c.pass.TypesInfo.Instances {
		// slices.Contains(set, int(r)), slices.Index(set, int(r))
		if id.Name != "Contains" && id.Name != "Index" || inst.TypeArgs.Len() != 2 || !isBasic(inst.TypeArgs.At(1)) {
			continue
		}
		if fn, ok := c.pass.TypesInfo.Uses[id].(*types.Func); !ok || fn.Pkg() == nil || fn.Pkg().Path() != "slices" {
			continue
		}
		if call := c.callOf(id); call != nil && len(call.Args) == 2 {
			add(call.Args[0], call.Args[1], false)
		}
	}
	return found
}

// searchedWith returns what a set searched with e holds, if e is a reason
// (or another enum's value) converted to an integer, int(r), or its code,
// r.String().
func (c *checker) searchedWith(e ast.Expr) (setUse, bool) {
	if conv, _, en := c.enumConversion(e); conv != nil {
		return setUse{en: en}, true
	}
	if call, en := c.stringCall(e); call != nil && !c.self {
		return setUse{en: en, code: true}, true
	}
	if en := c.ownText(e); en != nil {
		return setUse{en: en, code: true}, true
	}
	return setUse{}, false
}

// ownText returns the own string type of the value that e converts to a
// string, string(c), the code of c, or nil.
func (c *checker) ownText(e ast.Expr) *enum {
	info := c.pass.TypesInfo
	call := asConversion(info, e)
	if call == nil || !c.typed {
		return nil
	}
	tv := info.Types[call]
	if _, basic := tv.Type.(*types.Basic); !basic || tv.Value != nil || !isString(tv.Type) {
		return nil
	}
	arg := call.Args[0]
	if en := c.enumOf(info.TypeOf(arg)); en != nil && en.own && en.text && info.Types[arg].Value == nil {
		return en
	}
	return nil
}

// literalOf returns the composite literal that e is, or that the variable
// e is declared with: a package-level variable, or a local one declared
// with := or var. A set is searched for what it was built with, whatever
// is added to it later.
func (c *checker) literalOf(e ast.Expr) *ast.CompositeLit {
	switch e := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		return e
	case *ast.Ident:
		v, ok := c.pass.TypesInfo.Uses[e].(*types.Var)
		if !ok || v.Pkg() != c.pass.Pkg || v.IsField() {
			return nil
		}
		var lit *ast.CompositeLit
		c.enclosing(v.Pos(), func(n ast.Node) bool {
			var lhs, rhs []ast.Expr
			switch n := n.(type) {
			case *ast.AssignStmt:
				if n.Tok != token.DEFINE {
					return true
				}
				lhs, rhs = n.Lhs, n.Rhs
			case *ast.ValueSpec:
				for _, id := range n.Names {
					lhs = append(lhs, id)
				}
				rhs = n.Values
			default:
				return true
			}
			if len(lhs) == len(rhs) {
				for i, x := range lhs {
					if x.Pos() == v.Pos() {
						lit, _ = ast.Unparen(rhs[i]).(*ast.CompositeLit)
					}
				}
			}
			return false
		})
		return lit
	}
	return nil
}

// callOf returns the call whose function id names, or nil.
func (c *checker) callOf(id *ast.Ident) *ast.CallExpr {
	var call *ast.CallExpr
	c.enclosing(id.Pos(), func(n ast.Node) bool {
		x, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		switch fun := ast.Unparen(x.Fun).(type) {
		case *ast.Ident:
			if fun == id {
				call = x
			}
		case *ast.SelectorExpr:
			if fun.Sel == id {
				call = x
			}
		case *ast.IndexExpr: // slices.Contains[[]int](...)
			if sel, ok := fun.X.(*ast.SelectorExpr); ok && sel.Sel == id || fun.X == id {
				call = x
			}
		}
		return call == nil
	})
	return call
}

// enclosing calls f with the nodes of the package's syntax that enclose
// pos, outermost first, until f returns false.
func (c *checker) enclosing(pos token.Pos, f func(ast.Node) bool) {
	fs := c.fileAt(pos)
	if fs == nil {
		return
	}
	decls := fs.file.Decls
	i, found := slices.BinarySearchFunc(decls, pos, func(d ast.Decl, p token.Pos) int { return cmp.Compare(d.Pos(), p) })
	if !found {
		i--
	}
	if i < 0 || pos >= decls[i].End() {
		return
	}
	done := false
	ast.Inspect(decls[i], func(n ast.Node) bool {
		if done || n == nil || pos < n.Pos() || pos >= n.End() {
			return false
		}
		done = !f(n)
		return !done
	})
}

// reportSetMember reports the constant e of a set searched as use says.
func (c *checker) reportSetMember(e ast.Expr, use setUse) {
	val := c.pass.TypesInfo.Types[e].Value
	en, k := use.en, use.en.k
	if !use.code {
		v, ok := constInt(val)
		if !ok || v == 0 || !c.cfg.checkRawInt {
			return
		}
		if obj := c.namedConst(e); obj != nil && c.enumConst(obj) != nil && c.enumConst(obj).k == k {
			return // int(reasons.Busy)
		}
		c.reportRawInt(e, e, c.pass.TypesInfo.TypeOf(e), nil, en, v, "compared with", false)
		return
	}
	code, ok := constString(val)
	if !ok || !c.cfg.checkCodes {
		return
	}
	if v, known := c.codeMember(en, k, code, fromString); known {
		use.taken[code] = true
		msg := fmt.Sprintf("%s compared by its %s %q, for which it declares no constant", en.name(), en.k.info().codeNoun, code)
		if en.constFor(v) != nil {
			msg = comparedByCode(en, code, v)
		}
		c.report(analysis.Diagnostic{
			Pos:      e.Pos(),
			End:      e.End(),
			Category: CategoryCode,
			Message:  msg,
		})
		return
	}
	// A code that WebPlanetKit spells otherwise is no code of such a type.
	c.reportCode(e, code, k, en, fromString, use.taken, en.web)
}

// checkGrouping reports arithmetic on a reason converted to an integer
// that is compared with a constant, int(r)/100 == 15: it groups reasons by
// their numbers, as arithmetic on the reason itself does.
func (c *checker) checkGrouping(b *ast.BinaryExpr) {
	for _, pair := range [][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
		if en := c.convertedArithmetic(pair[0]); en != nil && c.isConstant(pair[1]) {
			c.reportArithmetic(ast.Unparen(pair[0]), en)
			return
		}
	}
}

// convertedArithmetic returns the enum of the reason converted to an
// integer that the arithmetic e computes with, int(r)/100, or nil.
func (c *checker) convertedArithmetic(e ast.Expr) *enum {
	b, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok || !isArithmetic(b.Op) {
		return nil
	}
	for _, x := range []ast.Expr{b.X, b.Y} {
		if _, _, en := c.enumConversion(x); en != nil {
			return en
		}
		if en := c.convertedArithmetic(x); en != nil {
			return en
		}
	}
	return nil
}

// checkPrefix reports strings.HasPrefix(r.String(), "SERVICE_"), which
// groups reasons by the words of their codes.
func (c *checker) checkPrefix(call *ast.CallExpr) {
	if len(call.Args) != 2 || !c.cfg.checkCodes {
		return
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "HasPrefix" && sel.Sel.Name != "HasSuffix" {
		return
	}
	fn, ok := c.pass.TypesInfo.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "strings" {
		return
	}
	str, en := c.stringCall(call.Args[0])
	if str == nil {
		en = c.ownText(call.Args[0]) // strings.HasPrefix(string(c), "SERVICE_")
	}
	text, isConst := constString(c.pass.TypesInfo.Types[call.Args[1]].Value)
	if en == nil || !isConst || c.self {
		return
	}
	how := "prefix"
	if sel.Sel.Name == "HasSuffix" {
		how = "suffix"
	}
	msg := fmt.Sprintf("%s compared by the %s of its %s, %s; ", en.name(), how, en.k.info().codeNoun, strconv.Quote(text))
	if en.own {
		msg += "compare with the constants of " + en.name() + " rather than groups of codes"
	} else if en.k == reasonKind {
		msg += "compare Category() rather than groups of codes"
	} else {
		msg += "compare with its constants"
	}
	c.report(analysis.Diagnostic{Pos: call.Args[1].Pos(), End: call.Args[1].End(), Category: CategoryCode, Message: msg})
}
