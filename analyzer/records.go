package analyzer

import (
	"cmp"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"math"
	"slices"
	"strings"
	"sync"
)

// The type checker's records, gone through once before the walk: going
// through a map costs less than looking up every expression that the walk
// meets, and they tell which few expressions the checks need to look at.

// A survey is what the records say of the package.
type survey struct {
	params []token.Pos // string constants that name a callback parameter
	tagged bool        // a struct type's tag names one
	// candidates are the expressions that the constant checks look at:
	// constants of enums, other than their own constants named, arithmetic
	// on them, and conversions of constants to type parameters, in the
	// order of their positions; positions holds those positions.
	candidates []ast.Expr
	positions  []token.Pos
	// typedInts and typedStrs hold what qualifiedTyped found, by value.
	typedInts map[int64]bool
	typedStrs map[constant.Value]bool
	// indexes are the index expressions whose index is a call.
	indexes []*ast.IndexExpr
	// fields holds what fieldWire found, by field.
	fields map[*types.Var]fieldResult
}

// surveys holds surveys done with, whose memory the next package reuses.
var surveys = sync.Pool{New: func() any {
	return &survey{typedInts: make(map[int64]bool), typedStrs: make(map[constant.Value]bool), fields: make(map[*types.Var]fieldResult)}
}}

// survey goes through the type checker's records of the package. Its
// result, which is also c.records from the start, goes back to surveys,
// by release, when the package is checked.
func (c *checker) survey() *survey {
	info := c.pass.TypesInfo
	s := surveys.Get().(*survey)
	c.records = s
	for e, tv := range info.Types {
		if tv.IsType() {
			if st, ok := tv.Type.Underlying().(*types.Struct); ok && !s.tagged {
				for i := range st.NumFields() {
					if tagParam(st.Tag(i)) != "" {
						s.tagged = true
					}
				}
			}
			continue
		}
		// The type tells a string constant from the others without
		// reading its value, which is elsewhere in memory: a parameter's
		// name is a plain string, never one of a type of its own.
		if tv.Value != nil && isPlainString(tv.Type) && namesParam(e, tv.Value) {
			s.params = append(s.params, e.Pos())
		}
		if !c.typed {
			continue
		}
		if ix, ok := e.(*ast.IndexExpr); ok {
			// m[int(r)], m[r.String()]: a search of a set, maybe.
			if _, ok := ast.Unparen(ix.Index).(*ast.CallExpr); ok {
				s.indexes = append(s.indexes, ix)
			}
			continue
		}
		switch t := tv.Type.(type) {
		case *types.Basic:
			continue
		case *types.Named:
			if !isInteger(t) && !isString(t) {
				continue
			}
		case *types.Alias, *types.TypeParam:
		default:
			continue
		}
		switch {
		case tv.Value != nil:
		case isArithmeticExpr(e):
		case convertsConstant(info, e): // R(1203)
		default:
			continue
		}
		if c.enumOf(tv.Type) == nil {
			continue
		}
		if tv.Value != nil {
			// reasons.Busy: a constant of the type, named, told by its
			// value where it can be, or else by its object.
			if _, ok := e.(*ast.SelectorExpr); ok && c.qualifiedTyped(tv.Value) {
				continue
			}
			if obj, ok := c.named(e).(*types.Const); ok && !isUntyped(obj.Type()) {
				continue
			}
		}
		s.candidates = append(s.candidates, e)
	}
	s.add(nil)
	return s
}

// release returns s to surveys, holding no syntax of the package.
func (s *survey) release() {
	clear(s.candidates[:cap(s.candidates)])
	clear(s.indexes[:cap(s.indexes)])
	s.indexes = s.indexes[:0]
	clear(s.typedInts)
	clear(s.typedStrs)
	clear(s.fields)
	s.params, s.tagged, s.candidates, s.positions = s.params[:0], false, s.candidates[:0], s.positions[:0]
	surveys.Put(s)
}

// isPlainString reports whether t is string, or an untyped string.
func isPlainString(t types.Type) bool {
	t = types.Unalias(t)
	return t == types.Typ[types.String] || t == types.Typ[types.UntypedString]
}

// namesParam reports whether e, a string constant of value val, names a
// callback parameter. A literal without escapes is looked up as written,
// which spares go/constant's lock, and only if its length is a
// parameter's.
func namesParam(e ast.Expr, val constant.Value) bool {
	if lit, ok := e.(*ast.BasicLit); ok {
		// The length first, which is in the literal, its text
		// elsewhere: escapes only make a literal longer than its value.
		n := len(lit.Value) - 2
		if n < paramLen[0] {
			return false
		}
		if lit.Value[0] == '"' && strings.IndexByte(lit.Value, '\\') < 0 {
			if n > paramLen[1] {
				return false
			}
			_, ok := params[lit.Value[1:n+1]]
			return ok
		}
	}
	_, ok := params[constant.StringVal(val)]
	return ok
}

// paramLen holds the shortest and the longest length of a parameter's
// name.
var paramLen = func() [2]int {
	lens := [2]int{math.MaxInt, 0}
	for name := range params {
		lens[0], lens[1] = min(lens[0], len(name)), max(lens[1], len(name))
	}
	return lens
}()

// add adds the expressions to the candidates.
func (s *survey) add(exprs []ast.Expr) {
	s.candidates = append(s.candidates, exprs...)
	// Outer expressions before those inside them.
	slices.SortFunc(s.candidates, func(a, b ast.Expr) int {
		return cmp.Or(cmp.Compare(a.Pos(), b.Pos()), cmp.Compare(b.End(), a.End()))
	})
	s.candidates = slices.Compact(s.candidates)
	s.positions = s.positions[:0]
	for _, e := range s.candidates {
		s.positions = append(s.positions, e.Pos())
	}
}

// isArithmeticExpr reports whether e is a binary expression of arithmetic.
func isArithmeticExpr(e ast.Expr) bool {
	b, ok := e.(*ast.BinaryExpr)
	return ok && isArithmetic(b.Op)
}

// convertsConstant reports whether e converts a constant, or such a
// conversion, to a type parameter: R(1203), R(R(1203)). It looks one
// level down, so that nested conversions cost what they are long.
func convertsConstant(info *types.Info, e ast.Expr) bool {
	call, ok := e.(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return false
	}
	if _, ok := types.Unalias(info.TypeOf(call.Fun)).(*types.TypeParam); !ok || !info.Types[call.Fun].IsType() {
		return false
	}
	arg := ast.Unparen(call.Args[0])
	if info.Types[arg].Value != nil {
		return true
	}
	_, nested := arg.(*ast.CallExpr)
	return nested
}

// isUntyped reports whether t is an untyped constant's type.
func isUntyped(t types.Type) bool {
	b, ok := t.(*types.Basic)
	return ok && b.Info()&types.IsUntyped != 0
}

// candidate reports whether the walk's expression e is a candidate, and
// moves the cursor of the walk past the candidates before it.
func (c *checker) candidate(e ast.Expr) bool {
	s := c.records
	if c.next == len(s.positions) || s.positions[c.next] > c.fileEnd {
		return false // none in the rest of the file, whatever e's position
	}
	pos := e.Pos()
	for c.next < len(s.positions) && s.positions[c.next] < pos {
		c.next++
	}
	for j := c.next; j < len(s.positions) && s.positions[j] == pos; j++ {
		if s.candidates[j] == e {
			return true
		}
	}
	return false
}

// passesCases reports whether the walk can pass over the cases of cc: they
// are constants, and none is or holds a candidate. Nothing else in a
// constant is checked, and the switch has checked its cases.
func (c *checker) passesCases(cc *ast.CaseClause) bool {
	if len(cc.List) == 0 {
		return true
	}
	s := c.records
	for c.next < len(s.positions) && s.positions[c.next] < cc.Case {
		c.next++
	}
	if c.next < len(s.positions) && s.positions[c.next] < cc.Colon {
		return false
	}
	for _, e := range cc.List {
		if c.pass.TypesInfo.Types[e].Value == nil {
			return false
		}
	}
	return true
}

// seek moves the cursor of the walk to the candidates of file.
func (c *checker) seek(file *ast.File) {
	c.next, _ = slices.BinarySearch(c.records.positions, file.FileStart)
	c.fileEnd = file.FileEnd
}
