package analyzer

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
)

// The walk: each file once, in the order of its source. Every check
// reports at the node its finding is about when the walk reaches it, so
// that diagnostics come out in the order of the file. What a node means
// often depends on where it is, a constant above all: 1203 is a raw reason
// when it is compared with a reason, not when it is added to one. The
// walk keeps the nodes that enclose the current one for that.

// checkFiles walks the files of the package that are checked.
func (c *checker) checkFiles() {
	for _, file := range c.pass.Files {
		fs := c.files[c.pass.Fset.File(file.Pos())]
		if fs == nil || fs.skipped {
			continue
		}
		c.file = fs
		c.stack = c.stack[:0]
		c.seek(file)
		c.nextDirective = token.NoPos
		if ds := c.directivesOf(fs); len(ds.malformed) > 0 {
			c.nextDirective = ds.malformed[0].Pos
		}
		c.walk(file)
		c.flushDirectives(token.NoPos)
		c.reportUnusedDirectives()
	}
}

// walk checks n and what it holds, in the order of the source. Only what
// can hold a finding is walked: not comments (directives are read from the
// file's), the name a selector selects, or the signature of a function.
func (c *checker) walk(n ast.Node) {
	if c.nextDirective.IsValid() && c.nextDirective < n.Pos() {
		c.flushDirectives(n.Pos())
	}
	switch n := n.(type) {
	case *ast.Ident: // half of all nodes: no children to enclose
		if c.candidate(n) {
			c.visitCandidate(n)
		}
	case *ast.BasicLit:
		if c.candidate(n) {
			c.visitCandidate(n)
		}
	case *ast.SelectorExpr:
		if c.visit(n) {
			c.walkInside(n, n.X)
		}
	case *ast.FuncDecl:
		if n.Body != nil {
			c.walkInside(n, n.Body)
		}
	case *ast.FuncLit:
		if n.Body != nil {
			c.walkInside(n, n.Body)
		}
	case *ast.CommentGroup, *ast.Comment:
	default:
		if c.visit(n) {
			c.stack = append(c.stack, n)
			c.walkChildren(n)
			c.stack = c.stack[:len(c.stack)-1]
		}
	}
}

// walkInside walks child, the one child of n that is walked.
func (c *checker) walkInside(n, child ast.Node) {
	c.stack = append(c.stack, n)
	c.walk(child)
	c.stack = c.stack[:len(c.stack)-1]
}

// walkList walks the nodes of list.
func walkList[N ast.Node](c *checker, list []N) {
	for _, n := range list {
		c.walk(n)
	}
}

// walkChildren walks the children of n that walk walks, in the order of
// ast.Walk: all of them but comments, and those that walk handles itself.
func (c *checker) walkChildren(n ast.Node) {
	switch n := n.(type) {
	case *ast.Field:
		walkList(c, n.Names)
		if n.Type != nil {
			c.walk(n.Type)
		}
		if n.Tag != nil {
			c.walk(n.Tag)
		}
	case *ast.FieldList:
		walkList(c, n.List)
	case *ast.Ellipsis:
		if n.Elt != nil {
			c.walk(n.Elt)
		}
	case *ast.CompositeLit:
		if n.Type != nil {
			c.walk(n.Type)
		}
		walkList(c, n.Elts)
	case *ast.ParenExpr:
		c.walk(n.X)
	case *ast.IndexExpr:
		c.walk(n.X)
		c.walk(n.Index)
	case *ast.IndexListExpr:
		c.walk(n.X)
		walkList(c, n.Indices)
	case *ast.SliceExpr:
		c.walk(n.X)
		if n.Low != nil {
			c.walk(n.Low)
		}
		if n.High != nil {
			c.walk(n.High)
		}
		if n.Max != nil {
			c.walk(n.Max)
		}
	case *ast.TypeAssertExpr:
		c.walk(n.X)
		if n.Type != nil {
			c.walk(n.Type)
		}
	case *ast.CallExpr:
		c.walk(n.Fun)
		walkList(c, n.Args)
	case *ast.StarExpr:
		c.walk(n.X)
	case *ast.UnaryExpr:
		c.walk(n.X)
	case *ast.BinaryExpr:
		c.walk(n.X)
		c.walk(n.Y)
	case *ast.KeyValueExpr:
		c.walk(n.Key)
		c.walk(n.Value)
	case *ast.ArrayType:
		if n.Len != nil {
			c.walk(n.Len)
		}
		c.walk(n.Elt)
	case *ast.StructType:
		c.walk(n.Fields)
	case *ast.FuncType:
		if n.TypeParams != nil {
			c.walk(n.TypeParams)
		}
		if n.Params != nil {
			c.walk(n.Params)
		}
		if n.Results != nil {
			c.walk(n.Results)
		}
	case *ast.InterfaceType:
		c.walk(n.Methods)
	case *ast.MapType:
		c.walk(n.Key)
		c.walk(n.Value)
	case *ast.ChanType:
		c.walk(n.Value)
	case *ast.DeclStmt:
		c.walk(n.Decl)
	case *ast.LabeledStmt:
		c.walk(n.Label)
		c.walk(n.Stmt)
	case *ast.ExprStmt:
		c.walk(n.X)
	case *ast.SendStmt:
		c.walk(n.Chan)
		c.walk(n.Value)
	case *ast.IncDecStmt:
		c.walk(n.X)
	case *ast.AssignStmt:
		walkList(c, n.Lhs)
		walkList(c, n.Rhs)
	case *ast.GoStmt:
		c.walk(n.Call)
	case *ast.DeferStmt:
		c.walk(n.Call)
	case *ast.ReturnStmt:
		walkList(c, n.Results)
	case *ast.BranchStmt:
		if n.Label != nil {
			c.walk(n.Label)
		}
	case *ast.BlockStmt:
		walkList(c, n.List)
	case *ast.IfStmt:
		if n.Init != nil {
			c.walk(n.Init)
		}
		c.walk(n.Cond)
		c.walk(n.Body)
		if n.Else != nil {
			c.walk(n.Else)
		}
	case *ast.CaseClause:
		if !c.passesCases(n) {
			walkList(c, n.List)
		}
		walkList(c, n.Body)
	case *ast.SwitchStmt:
		if n.Init != nil {
			c.walk(n.Init)
		}
		if n.Tag != nil {
			c.walk(n.Tag)
		}
		c.walk(n.Body)
	case *ast.TypeSwitchStmt:
		if n.Init != nil {
			c.walk(n.Init)
		}
		c.walk(n.Assign)
		c.walk(n.Body)
	case *ast.CommClause:
		if n.Comm != nil {
			c.walk(n.Comm)
		}
		walkList(c, n.Body)
	case *ast.SelectStmt:
		c.walk(n.Body)
	case *ast.ForStmt:
		if n.Init != nil {
			c.walk(n.Init)
		}
		if n.Cond != nil {
			c.walk(n.Cond)
		}
		if n.Post != nil {
			c.walk(n.Post)
		}
		c.walk(n.Body)
	case *ast.RangeStmt:
		if n.Key != nil {
			c.walk(n.Key)
		}
		if n.Value != nil {
			c.walk(n.Value)
		}
		c.walk(n.X)
		c.walk(n.Body)
	case *ast.ImportSpec:
		if n.Name != nil {
			c.walk(n.Name)
		}
		c.walk(n.Path)
	case *ast.ValueSpec:
		walkList(c, n.Names)
		if n.Type != nil {
			c.walk(n.Type)
		}
		walkList(c, n.Values)
	case *ast.TypeSpec:
		c.walk(n.Name)
		if n.TypeParams != nil {
			c.walk(n.TypeParams)
		}
		c.walk(n.Type)
	case *ast.GenDecl:
		walkList(c, n.Specs)
	case *ast.File:
		c.walk(n.Name)
		walkList(c, n.Decls)
	}
}

// parent returns the i'th enclosing node of the one being visited: the
// parent for 1, its parent for 2 ...; nil past the file.
func (c *checker) parent(i int) ast.Node {
	if i > len(c.stack) {
		return nil
	}
	return c.stack[len(c.stack)-i]
}

// visit checks n, and reports whether to visit its children.
func (c *checker) visit(n ast.Node) bool {
	cfg := c.cfg
	switch n := n.(type) {
	case *ast.GenDecl:
		if n.Tok == token.CONST {
			c.checkUntypedBlock(n)
		}
	case *ast.TypeSpec:
		c.checkOwnType(n)
	case *ast.ValueSpec:
		c.checkOwnConstants(n)
	case *ast.Field:
		if cfg.checkCallbacks {
			c.checkTaggedField(n)
		}
	case *ast.SwitchStmt:
		c.visitSwitch(n)
	case *ast.CaseClause:
		if sw, ok := c.parent(2).(*ast.SwitchStmt); ok && c.switches[sw] != nil {
			c.checkCases(n, c.switches[sw])
		}
	case *ast.AssignStmt:
		if cfg.checkRawInt {
			c.checkOpAssign(n)
		}
	case *ast.IncDecStmt:
		if cfg.checkRawInt {
			c.checkIncDec(n)
		}
	case ast.Expr:
		return c.visitExpr(n)
	}
	return true
}

// visitExpr checks the expression e, and reports whether to visit its
// children.
func (c *checker) visitExpr(e ast.Expr) bool {
	cfg := c.cfg
	switch e := e.(type) {
	case *ast.BinaryExpr:
		if c.typed && cfg.checkCodes && isEquality(e.Op) {
			c.checkCodeComparison(e)
		}
		if e.Op == token.LOR || e.Op == token.LAND {
			c.noteRepeatedComparisons(e)
			c.noteRepeatedOwnComparisons(e)
		}
		if c.typed && cfg.checkRawInt && isComparison(e.Op) && !c.self {
			c.checkConvertedComparison(e)
			c.checkGrouping(e)
		}
	case *ast.CompositeLit:
		if c.typed && cfg.checkSwitch {
			c.checkMap(e)
		}
	case *ast.IndexExpr:
		if c.flow != nil && c.flow.legacy[e] {
			c.reportLegacyRead(e)
		}
	case *ast.CallExpr:
		if c.flow != nil && c.flow.legacy[e] {
			c.reportLegacyRead(e)
		}
		if c.typed {
			c.checkCall(e)
			c.checkPrefix(e)
		}
	}
	return !c.candidate(e) || c.visitCandidate(e)
}

// visitCandidate checks e, one of the candidates of the survey, and
// reports whether to visit its children.
func (c *checker) visitCandidate(e ast.Expr) bool {
	cfg := c.cfg
	if c.flow != nil {
		if u, ok := c.flow.consts[e]; ok {
			c.reportWireConstant(e, u)
			return false
		}
	}
	if use, ok := c.sets[e]; ok {
		c.reportSetMember(e, use)
		return false
	}
	if b, ok := e.(*ast.BinaryExpr); ok && isArithmetic(b.Op) {
		if cfg.checkRawInt && c.checkArithmetic(b) {
			return !c.isConstant(e)
		}
		if !c.isConstant(e) {
			return true
		}
	}
	r, other := c.roleOf(e)
	if r == noRole {
		return true
	}
	tv := c.pass.TypesInfo.Types[e]
	val := constValue(c.pass.TypesInfo, e)
	if val == nil {
		return true
	}
	c.checkConstant(e, tv.Type, val, r, other)
	// Nothing inside a constant is checked on its own.
	return false
}

// named returns the object that e names, if it is an identifier or a
// selector (not one in parentheses).
func (c *checker) named(e ast.Expr) types.Object {
	switch e := e.(type) {
	case *ast.Ident:
		return c.pass.TypesInfo.Uses[e]
	case *ast.SelectorExpr:
		return c.pass.TypesInfo.Uses[e.Sel]
	}
	return nil
}

// isConstant reports whether e has a constant value.
func (c *checker) isConstant(e ast.Expr) bool { return constValue(c.pass.TypesInfo, e) != nil }

// A role is what an expression is to the node that encloses it.
type role uint8

const (
	noRole     role = iota
	operand         // an operand of a comparison; the other operand
	caseValue       // a case of an expression switch; the switch
	value           // assigned, declared, returned, sent, an element or key of a composite literal; the enclosing node
	argument        // an argument of a call that is not a conversion; the call
	conversion      // the operand of a conversion; the conversion
	index           // the index of an index expression; the index expression
)

// roleOf returns the role of e, which is being visited, and the node that
// the role relates it to. Parentheses change nothing: (1203) has the role
// that the expression inside them has.
func (c *checker) roleOf(e ast.Expr) (role, ast.Node) {
	if _, ok := e.(*ast.ParenExpr); ok {
		return noRole, nil
	}
	var child ast.Node = e
	i := 1
	for {
		p, ok := c.parent(i).(*ast.ParenExpr)
		if !ok {
			break
		}
		child = p
		i++
	}
	switch p := c.parent(i).(type) {
	case *ast.BinaryExpr:
		if isComparison(p.Op) {
			if p.X == child {
				return operand, p.Y
			}
			return operand, p.X
		}
	case *ast.CaseClause:
		if sw, ok := c.parent(i + 2).(*ast.SwitchStmt); ok {
			for _, x := range p.List {
				if x == child {
					return caseValue, sw
				}
			}
		}
	case *ast.AssignStmt:
		if p.Tok == token.ASSIGN || p.Tok == token.DEFINE {
			for _, x := range p.Rhs {
				if x == child {
					return value, p
				}
			}
		}
	case *ast.ValueSpec:
		for _, x := range p.Values {
			if x == child {
				return value, p
			}
		}
	case *ast.ReturnStmt:
		return value, p
	case *ast.SendStmt:
		if p.Value == child {
			return value, p
		}
	case *ast.CompositeLit:
		if p.Type != child {
			return value, p
		}
	case *ast.KeyValueExpr:
		if lit, ok := c.parent(i + 1).(*ast.CompositeLit); ok {
			return value, lit
		}
	case *ast.CallExpr:
		if p.Fun == child {
			return noRole, nil
		}
		if asConversion(c.pass.TypesInfo, p) != nil {
			return conversion, p
		}
		return argument, p
	case *ast.IndexExpr:
		if p.Index == child {
			return index, p
		}
	}
	return noRole, nil
}

// isArithmeticOnEnum reports whether e is arithmetic whose result is a
// reason, a source or a value of another enum.
func (c *checker) isArithmeticOnEnum(e ast.Expr) bool {
	b, ok := ast.Unparen(e).(*ast.BinaryExpr)
	return ok && isArithmetic(b.Op) && c.enumOf(c.pass.TypesInfo.TypeOf(b)) != nil
}

// constValue returns the constant value of e. A conversion of a constant to
// a type parameter, R(reasons.Busy), is no constant to the type checker,
// but its operand's value is what a case or key stands for.
func constValue(info *types.Info, e ast.Expr) constant.Value {
	for {
		if v := info.Types[e].Value; v != nil {
			return v
		}
		call := asConversion(info, e)
		if call == nil {
			return nil
		}
		if _, ok := types.Unalias(info.TypeOf(call.Fun)).(*types.TypeParam); !ok {
			return nil
		}
		e = call.Args[0]
	}
}

// asConversion returns e if it is a conversion, T(x), and nil otherwise.
func asConversion(info *types.Info, e ast.Expr) *ast.CallExpr {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 || call.Ellipsis.IsValid() || !info.Types[call.Fun].IsType() {
		return nil
	}
	return call
}

// unconvert returns the innermost operand of the conversions that e is, or
// e.
func unconvert(info *types.Info, e ast.Expr) ast.Expr {
	for {
		call := asConversion(info, e)
		if call == nil {
			return ast.Unparen(e)
		}
		e = call.Args[0]
	}
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

// namedConst returns the constant that e names, through any conversions:
// reasons.Busy for int(reasons.Busy). It returns nil if e names none.
func (c *checker) namedConst(e ast.Expr) *types.Const {
	obj, _ := referenced(c.pass.TypesInfo, unconvert(c.pass.TypesInfo, e)).(*types.Const)
	return obj
}

func isComparison(op token.Token) bool {
	switch op {
	case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
		return true
	}
	return false
}

func isEquality(op token.Token) bool { return op == token.EQL || op == token.NEQ }

func isOrdering(op token.Token) bool {
	switch op {
	case token.LSS, token.LEQ, token.GTR, token.GEQ:
		return true
	}
	return false
}

func isArithmetic(op token.Token) bool {
	switch op {
	case token.ADD, token.SUB, token.MUL, token.QUO, token.REM, token.SHL, token.SHR, token.AND, token.OR, token.XOR, token.AND_NOT:
		return true
	}
	return false
}
