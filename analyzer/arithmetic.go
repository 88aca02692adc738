package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
)

// The arithmetic check: reasons and sources are names that LINE Planet
// gives numbers, not quantities. r+1, r/100 and r++ compute values that
// mean nothing, or group reasons by their numbers, which Category does
// for reasons.Reason. The finding has no fix: what the code meant is not
// written down.

// checkArithmetic reports the arithmetic b if its result is a reason or
// another enum, and reports whether it is arithmetic on one: a variable of
// the type, or a constant of the type, reasons.Participant + 1. Arithmetic
// on untyped constants, 1200 + 2, is a raw integer.
func (c *checker) checkArithmetic(b *ast.BinaryExpr) bool {
	info := c.pass.TypesInfo
	tv, ok := info.Types[b]
	if !ok {
		return false
	}
	en := c.enumOf(tv.Type)
	if en == nil || (c.self && !en.own) {
		return false
	}
	if tv.Value != nil && !c.mentionsEnumConst(b) {
		return false
	}
	if p, ok := c.parentSkippingParens().(ast.Expr); ok && c.isArithmeticOnEnum(p) {
		return true // reported with the expression it is part of
	}
	c.reportArithmetic(b, en)
	return true
}

// mentionsEnumConst reports whether e refers to a constant of an enum.
func (c *checker) mentionsEnumConst(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if obj, ok := c.pass.TypesInfo.Uses[id].(*types.Const); ok && c.enumOf(obj.Type()) != nil {
				found = true
			}
		}
		return !found
	})
	return found
}

// checkOpAssign reports r += 1 and the like on a reason or source.
func (c *checker) checkOpAssign(n *ast.AssignStmt) {
	if n.Tok == token.ASSIGN || n.Tok == token.DEFINE || len(n.Lhs) != 1 {
		return
	}
	if en := c.enumOf(c.pass.TypesInfo.TypeOf(n.Lhs[0])); en != nil && !(c.self && !en.own) {
		c.reportArithmetic(n, en)
	}
}

// checkIncDec reports r++ and r-- on a reason or source.
func (c *checker) checkIncDec(n *ast.IncDecStmt) {
	if en := c.enumOf(c.pass.TypesInfo.TypeOf(n.X)); en != nil && !(c.self && !en.own) {
		c.reportArithmetic(n, en)
	}
}

func (c *checker) reportArithmetic(n ast.Node, en *enum) {
	msg := "arithmetic on " + en.name() + "; compare with its constants"
	if en.k == reasonKind && !en.own {
		msg += ", or its Category() for a group of reasons"
	}
	c.report(analysis.Diagnostic{Pos: n.Pos(), End: n.End(), Category: CategoryArithmetic, Message: msg})
}
