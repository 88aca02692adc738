package analyzer

import (
	"cmp"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/reasonlint/reasonlint/reasons"
)

// Callback values: text and numbers that hold one of the release keys of
// LINE Planet's callbacks before anything gives them a type. A value holds
// one when it comes from
//
//   - a read of the request's parameter: a method named as url.Values's,
//     http.Request's and web frameworks' accessors are (readMethods), of a
//     type from net/http, net/url or a package outside the standard
//     library, called with the parameter's name (url.Values.Get,
//     Request.FormValue, gin's Context.Query, echo's Context.QueryParam
//     ...), or q["disconnect_reason"][0] of url.Values, or an element
//     of a variable that holds q["disconnect_reason"] (heldValue);
//     terminate only in a declaration that reads another key
//     (readsRelease);
//   - a struct field whose tag names the parameter (tagged);
//   - an integer that strconv parses from such text in base 10 (or 0);
//   - a variable assigned one, until it is assigned something else (in
//     the order of the source: control flow is not followed); a variable
//     assigned arithmetic on one or a part of one holds a range of it
//     (heldValue), until it is assigned anything else;
//   - a function or method of the package whose every return statement
//     returns one (or a constant) in that result, and a parameter of one
//     to which every call in the package passes one (or a constant that
//     it could be, with one call at least passing one), where the
//     function is only ever called, never used as a value.
//
// Finding them takes a pass over the package before the walk, since a
// function's calls may come after it; it runs only in packages that
// mention a parameter.

// legacyParam is the parameter of LINE Planet's callbacks before 5.1,
// whose numbers collide with today's disconnect reasons.
const legacyParam = "call_end_reason"

// A wireForm is how a callback value is held.
type wireForm uint8

const (
	decimalText wireForm = iota + 1 // decimal text, as the query carries it
	integer                         // an integer parsed from it
	nameText                        // a name, as rel_code_str carries it
)

// A param is one of the callback's release keys.
type param struct {
	k      kind
	form   wireForm // how the query carries it
	legacy bool     // call_end_reason
}

// params are the release keys by name.
var params = map[string]param{
	reasons.ReasonParam:      {reasonKind, decimalText, false},
	reasons.SourceParam:      {sourceKind, decimalText, false},
	reasons.RelCodeParam:     {relKind, decimalText, false},
	reasons.RelCodeNameParam: {relKind, nameText, false},
	reasons.CauseParam:       {causeKind, decimalText, false},
	legacyParam:              {reasonKind, decimalText, true},
}

// A wire is a callback value.
type wire struct {
	k       kind
	param   string
	form    wireForm
	carrier string     // what holds it, as messages name it: "disconnect_reason", "field Reason (disconnect_reason)" ...
	field   bool       // a struct field, which should have the reasons type
	parser  bool       // the argument of the reasons package's own parse function
	intType types.Type // the type of an integer
	// null is the field of a database/sql null type that holds the value
	// of a field of that type, Int64 of sql.NullInt64: the field holds
	// none itself.
	null     string
	nullable bool // the value of a field of a database/sql null type
}

// same reports whether w and x hold the same key in the same form.
func (w wire) same(x wire) bool { return w.param == x.param && w.form == x.form }

// A use says how a constant is compared with a callback value.
type use uint8

const (
	equal  use = iota // ==, !=, a case, a member of a set
	order             // <, <=, >, >=
	prefix            // strings.HasPrefix
	part              // compared with a slice of the text
	arith             // compared with arithmetic on the number
	codeOf            // the value's text compared with a code, reasons.NoAnswer.String()
)

// A wireUse is a constant compared with a callback value.
type wireUse struct {
	w    wire
	how  use
	fold bool // compared whatever the case of its letters, strings.EqualFold
}

// A flow is what the pass before the walk found.
type flow struct {
	consts map[ast.Expr]wireUse // constants compared with callback values
	legacy map[ast.Expr]bool    // reads of call_end_reason
}

// flowPass is the state of the pass.
type flowPass struct {
	c     *checker
	decls []ast.Decl // the package's top-level declarations, in the order of their positions
	lits  map[types.Object]*ast.CompositeLit
	uses  map[*types.Func][]token.Pos // see usesOf

	// Facts from the last round.
	results map[*types.Func][]wire // by result; zero where none
	params  map[*types.Var]wire

	// This round's.
	vars       map[types.Object]wire
	held       map[types.Object]heldValue
	decl       ast.Decl          // the declaration walked
	companions map[ast.Decl]bool // see readsRelease
	out        *flow
	newResults map[*types.Func][]resultFact
	newParams  map[*types.Var]*paramFact
}

// A heldValue is what a variable holds that comes from a callback value
// without being one: arithmetic on its number or a part of its text, a
// range (how), or the parameter's values, q["disconnect_reason"], of
// which each is one.
type heldValue struct {
	w      wire
	how    use // arith or part
	values bool
}

type resultFact struct {
	w       wire
	has, no bool // some return statement returns a callback value; some returns something else
}

type paramFact struct {
	w       wire
	calls   int  // the calls seen
	wires   int  // the calls that pass a callback value
	allWire bool // every call passes the same callback value, or a constant
	text    bool // some call passes a constant string that is no decimal text
}

// analyzeFlow finds the package's callback values, or returns nil if it
// has none; mentions are the positions of the constants that name a
// callback parameter. The pass walks only the declarations that can hold
// one: those that mention a parameter or use a tagged field, then those
// that receive or return a callback value from them.
func (c *checker) analyzeFlow(mentions []token.Pos) *flow {
	origins := c.flowOrigins(mentions)
	if len(origins) == 0 {
		return nil
	}
	fp := &flowPass{c: c, lits: make(map[types.Object]*ast.CompositeLit)}
	n := 0
	for _, f := range c.pass.Files {
		n += len(f.Decls)
	}
	// In the order of their positions: the files' declarations are in
	// order, and the files in the order of their starts.
	files := slices.SortedFunc(slices.Values(c.pass.Files), func(a, b *ast.File) int { return cmp.Compare(a.FileStart, b.FileStart) })
	fp.decls = make([]ast.Decl, 0, n)
	for _, f := range files {
		for _, decl := range f.Decls {
			fp.decls = append(fp.decls, decl)
			if d, ok := decl.(*ast.GenDecl); ok {
				if d.Tok == token.VAR {
					for _, s := range d.Specs {
						fp.noteLiterals(s.(*ast.ValueSpec))
					}
				}
			}
		}
	}
	walk := make(map[ast.Decl]bool)
	for _, pos := range origins {
		if d := fp.declAt(pos); d != nil {
			walk[d] = true
		}
	}
	// Facts about functions feed each other, and make more declarations
	// worth walking: a few rounds settle them.
	for range 8 {
		fp.round(walk)
		results, params := fp.settle()
		more := fp.reached(results, params, walk)
		if len(more) == 0 && fp.sameFacts(results, params) {
			break
		}
		fp.results, fp.params = results, params
		for d := range more {
			walk[d] = true
		}
	}
	return fp.out
}

// flowOrigins returns where callback values come from: the mentions of
// callback parameters, and the selections of tagged fields, found in the
// type checker's records, which are cheaper to go through than the
// syntax.
func (c *checker) flowOrigins(mentions []token.Pos) []token.Pos {
	origins := slices.Clip(mentions) // appended to, not written over
	for sel, selection := range c.pass.TypesInfo.Selections {
		if _, ok := c.fieldWire(selection); ok {
			origins = append(origins, sel.Pos())
		}
	}
	return origins
}

// declAt returns the top-level declaration that holds pos, or nil.
func (fp *flowPass) declAt(pos token.Pos) ast.Decl {
	i, found := slices.BinarySearchFunc(fp.decls, pos, func(d ast.Decl, p token.Pos) int { return cmp.Compare(d.Pos(), p) })
	if !found {
		i--
	}
	if i >= 0 && i < len(fp.decls) && pos < fp.decls[i].End() {
		return fp.decls[i]
	}
	return nil
}

// reached returns the declarations not in walked that the facts make
// worth walking: the functions whose parameters receive callback values,
// and those that call a function that returns one.
func (fp *flowPass) reached(results map[*types.Func][]wire, params map[*types.Var]wire, walked map[ast.Decl]bool) map[ast.Decl]bool {
	more := make(map[ast.Decl]bool)
	add := func(d ast.Decl) {
		if d != nil && !walked[d] {
			more[d] = true
		}
	}
	for v := range params {
		if fn := fp.funcOf(v); fn != nil {
			if d := fp.funcDecl(fn); d != nil {
				add(d)
			}
		}
	}
	for fn := range results {
		for _, pos := range fp.usesOf(fn) {
			add(fp.declAt(pos))
		}
	}
	return more
}

// usesOf returns where the package refers to fn.
func (fp *flowPass) usesOf(fn *types.Func) []token.Pos {
	if fp.uses == nil {
		fp.uses = make(map[*types.Func][]token.Pos)
		for id, obj := range fp.c.pass.TypesInfo.Uses {
			if f, ok := obj.(*types.Func); ok && fp.funcDecl(f.Origin()) != nil {
				fp.uses[f.Origin()] = append(fp.uses[f.Origin()], id.Pos())
			}
		}
	}
	return fp.uses[fn]
}

// noteLiterals records the package-level variables initialized with a
// composite literal: sets of values that code searches.
func (fp *flowPass) noteLiterals(spec *ast.ValueSpec) {
	if len(spec.Names) != len(spec.Values) {
		return
	}
	for i, id := range spec.Names {
		if lit, ok := ast.Unparen(spec.Values[i]).(*ast.CompositeLit); ok {
			if obj := fp.c.pass.TypesInfo.Defs[id]; obj != nil {
				fp.lits[obj] = lit
			}
		}
	}
}

// round walks the declarations of walk, in the order of the source, with
// the facts found so far.
func (fp *flowPass) round(walk map[ast.Decl]bool) {
	fp.vars = make(map[types.Object]wire)
	fp.held, fp.companions = nil, nil // made where first needed: few packages hold ranges or read terminate
	fp.out = &flow{consts: make(map[ast.Expr]wireUse), legacy: make(map[ast.Expr]bool)}
	fp.newResults = make(map[*types.Func][]resultFact)
	fp.newParams = make(map[*types.Var]*paramFact)
	for _, decl := range fp.decls {
		if !walk[decl] {
			continue
		}
		var fn *types.Func
		if d, ok := decl.(*ast.FuncDecl); ok {
			fn = fp.enter(d)
		}
		fp.decl = decl
		fp.walk(decl, fn)
	}
}

// walk walks n, in the function fn if not nil: the return statements of
// the function literals in it are not fn's.
func (fp *flowPass) walk(n ast.Node, fn *types.Func) {
	ast.Inspect(n, func(n ast.Node) bool {
		if lit, ok := n.(*ast.FuncLit); ok {
			fp.walk(lit.Body, nil)
			return false
		}
		if n != nil {
			fp.visit(n, fn)
		}
		return true
	})
}

// enter starts the walk of a function declaration: its parameters hold
// what the facts say they do. It returns the function.
func (fp *flowPass) enter(d *ast.FuncDecl) *types.Func {
	fn, _ := fp.c.pass.TypesInfo.Defs[d.Name].(*types.Func)
	if fn == nil {
		return nil
	}
	sig := fn.Type().(*types.Signature)
	for i := 0; i < sig.Params().Len(); i++ {
		if w, ok := fp.params[sig.Params().At(i)]; ok {
			fp.vars[sig.Params().At(i)] = w
		}
	}
	return fn
}

// isParam reports whether v is a parameter of sig.
func isParam(sig *types.Signature, v *types.Var) bool {
	for i := 0; i < sig.Params().Len(); i++ {
		if sig.Params().At(i) == v {
			return true
		}
	}
	return false
}

// visit looks at n, in the function fn if not nil.
func (fp *flowPass) visit(n ast.Node, fn *types.Func) {
	switch n := n.(type) {
	case *ast.AssignStmt:
		fp.assign(n.Lhs, n.Rhs, n.Tok)
	case *ast.ValueSpec:
		lhs := make([]ast.Expr, len(n.Names))
		for i, id := range n.Names {
			lhs[i] = id
		}
		fp.assign(lhs, n.Values, token.DEFINE)
	case *ast.RangeStmt:
		for _, e := range []ast.Expr{n.Key, n.Value} {
			if e != nil {
				fp.hold(e, wire{}, false)
			}
		}
	case *ast.IncDecStmt:
		fp.hold(n.X, wire{}, false)
	case *ast.SwitchStmt:
		if init, ok := n.Init.(*ast.AssignStmt); ok {
			// switch text := q.Get(...); text {: the init before the
			// tag.
			fp.assign(init.Lhs, init.Rhs, init.Tok)
		}
		if n.Tag != nil {
			fp.cases(n)
		}
	case *ast.BinaryExpr:
		if isComparison(n.Op) {
			fp.compare(n.X, n.Y, n.Op)
			fp.compare(n.Y, n.X, n.Op)
		}
	case *ast.CallExpr:
		fp.call(n)
	case *ast.IndexExpr:
		if fp.readsLegacy(n) {
			fp.out.legacy[n] = true
		}
		if w, ok := fp.wireOf(n.Index); ok {
			if lit := fp.literalOf(n.X); lit != nil {
				fp.members(lit, w, true)
			}
		}
	case *ast.ReturnStmt:
		if fn != nil {
			fp.ret(fn, n)
		}
	}
}

// cases records the constant cases of a switch over a callback value, or
// over arithmetic on one or a part of one.
func (fp *flowPass) cases(sw *ast.SwitchStmt) {
	w, how, ok := fp.compared(sw.Tag)
	if !ok {
		return
	}
	for _, s := range sw.Body.List {
		if cc, ok := s.(*ast.CaseClause); ok {
			for _, e := range cc.List {
				if fp.c.pass.TypesInfo.Types[e].Value != nil {
					fp.record(e, w, how)
				}
			}
		}
	}
}

// assign records what an assignment or declaration makes its variables
// hold:
//
//	text := r.URL.Query().Get("disconnect_reason")
//	n, err := strconv.Atoi(text)
func (fp *flowPass) assign(lhs, rhs []ast.Expr, tok token.Token) {
	if tok != token.ASSIGN && tok != token.DEFINE {
		for _, e := range lhs {
			fp.hold(e, wire{}, false) // n += 1: no longer what the callback sent
		}
		return
	}
	if len(rhs) == 1 && len(lhs) > 1 {
		if ws := fp.resultsOf(rhs[0]); ws != nil {
			// reason, source := release(r): each result as the
			// function returns it.
			for i, e := range lhs {
				var w wire
				if i < len(ws) {
					w = ws[i]
				}
				fp.hold(e, w, w.param != "")
			}
			return
		}
		// v, ok := c.GetQuery(...); n, err := strconv.Atoi(...)
		w, ok := fp.wireOf(rhs[0])
		for i, e := range lhs {
			fp.hold(e, w, ok && i == 0)
		}
		if w, ok := fp.valuesOf(rhs[0]); ok {
			fp.holdRange(lhs[0], heldValue{w: w, values: true}) // vals, ok := q["disconnect_reason"]
		}
		return
	}
	// a, b = b, a: every right-hand side is evaluated before any
	// variable changes.
	type assigned struct {
		w      wire
		ok     bool
		hv     heldValue
		isHeld bool
	}
	var buf [2]assigned
	vals := buf[:0]
	for i := range min(len(lhs), len(rhs)) {
		var a assigned
		a.w, a.ok = fp.wireOf(rhs[i])
		if !a.ok && tok == token.ASSIGN && fp.c.isConstant(rhs[i]) {
			// if dr == "" { dr = "1001" }: a default, in the form of what
			// the variable holds.
			if held, holds := fp.heldBy(lhs[i]); holds {
				a.w, a.ok = held, true
			}
		}
		if !a.ok {
			// group := n / 100; prefix := text[:2]: a range, until the
			// variable is assigned anything else.
			if w, how, isRange := fp.compared(rhs[i]); isRange && how != equal {
				a.hv, a.isHeld = heldValue{w: w, how: how}, true
			} else if w, isValues := fp.valuesOf(rhs[i]); isValues {
				a.hv, a.isHeld = heldValue{w: w, values: true}, true
			}
		}
		vals = append(vals, a)
	}
	for i, a := range vals {
		fp.hold(lhs[i], a.w, a.ok)
		if a.isHeld {
			fp.holdRange(lhs[i], a.hv)
		}
		if id, isIdent := ast.Unparen(lhs[i]).(*ast.Ident); isIdent {
			if obj := fp.c.pass.TypesInfo.ObjectOf(id); obj != nil {
				if lit, isLit := ast.Unparen(rhs[i]).(*ast.CompositeLit); isLit {
					fp.lits[obj] = lit
				} else {
					delete(fp.lits, obj)
				}
			}
		}
	}
}

// hold records that the variable lhs holds w if ok, and forgets what it
// held otherwise.
func (fp *flowPass) hold(lhs ast.Expr, w wire, ok bool) {
	obj := fp.localVar(lhs)
	if obj == nil {
		return
	}
	delete(fp.held, obj)
	if ok {
		fp.vars[obj] = w
	} else {
		delete(fp.vars, obj)
	}
}

// holdRange records that the variable lhs, just assigned, holds the range
// hv of a callback value.
func (fp *flowPass) holdRange(lhs ast.Expr, hv heldValue) {
	if obj := fp.localVar(lhs); obj != nil {
		if fp.held == nil {
			fp.held = make(map[types.Object]heldValue)
		}
		fp.held[obj] = hv
	}
}

// localVar returns the variable that lhs names, if it is one and no
// struct field, or nil.
func (fp *flowPass) localVar(lhs ast.Expr) types.Object {
	id, isIdent := ast.Unparen(lhs).(*ast.Ident)
	if !isIdent {
		return nil
	}
	obj := fp.c.pass.TypesInfo.ObjectOf(id)
	if v, isVar := obj.(*types.Var); !isVar || v.IsField() {
		return nil
	}
	return obj
}

// heldBy returns the callback value that the variable e holds, if any.
func (fp *flowPass) heldBy(e ast.Expr) (wire, bool) {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return wire{}, false
	}
	w, ok := fp.vars[fp.c.pass.TypesInfo.ObjectOf(id)]
	return w, ok
}

// compare records the constant y compared with x, if x is a callback
// value, arithmetic on one or a part of one.
func (fp *flowPass) compare(x, y ast.Expr, op token.Token) {
	w, how, ok := fp.compared(x)
	if !ok {
		return
	}
	if fp.c.pass.TypesInfo.Types[y].Value == nil {
		// dr == reasons.NoAnswer.String(): a code where the wire has
		// numbers.
		if call, en := fp.c.stringCall(y); call != nil && how == equal && w.form == decimalText && en.k == w.k {
			fp.record(y, w, codeOf)
		}
		return
	}
	if how == equal && isOrdering(op) {
		how = order
	}
	fp.record(y, w, how)
}

// compared returns the callback value that a constant compared with x is
// compared with, and how: x is the value, arithmetic on it (n/100) or a
// part of its text (text[:2]), or a variable that holds either.
func (fp *flowPass) compared(x ast.Expr) (wire, use, bool) {
	if w, ok := fp.wireOf(x); ok {
		return w, equal, true
	}
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident: // group := n / 100; group == 15
		if hv, ok := fp.held[fp.c.pass.TypesInfo.Uses[x]]; ok && !hv.values {
			return hv.w, hv.how, true
		}
	case *ast.BinaryExpr: // n/100 == 15
		if w, ok := fp.arithmeticOn(x); ok {
			return w, arith, true
		}
	case *ast.SliceExpr: // text[:2] == "15"
		if w, ok := fp.wireOf(x.X); ok && w.form != integer {
			return w, part, true
		}
	case *ast.IndexExpr: // text[0] == '1'
		if w, ok := fp.wireOf(x.X); ok && w.form != integer && isString(fp.c.pass.TypesInfo.TypeOf(x.X)) {
			return w, part, true
		}
	}
	return wire{}, 0, false
}

// arithmeticOn returns the callback value that the arithmetic e computes
// with.
func (fp *flowPass) arithmeticOn(e *ast.BinaryExpr) (wire, bool) {
	if !isArithmetic(e.Op) {
		return wire{}, false
	}
	for _, x := range []ast.Expr{e.X, e.Y} {
		if w, ok := fp.wireOf(x); ok && w.form == integer {
			return w, true
		}
		if id, ok := ast.Unparen(x).(*ast.Ident); ok {
			if hv, ok := fp.held[fp.c.pass.TypesInfo.Uses[id]]; ok && hv.how == arith {
				return hv.w, true
			}
		}
		if b, ok := ast.Unparen(x).(*ast.BinaryExpr); ok {
			if w, ok := fp.arithmeticOn(b); ok {
				return w, true
			}
		}
	}
	return wire{}, false
}

// record records the constant e compared with w.
func (fp *flowPass) record(e ast.Expr, w wire, how use) {
	if _, seen := fp.out.consts[e]; !seen {
		fp.out.consts[e] = wireUse{w: w, how: how}
	}
}

// call looks at a call: a read of call_end_reason, a search of a set or a
// prefix, and what a call of the package's own function passes.
func (fp *flowPass) call(call *ast.CallExpr) {
	info := fp.c.pass.TypesInfo
	if name, ok := fp.read(call); ok && params[name].legacy {
		fp.out.legacy[call] = true
		return
	}
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return
	}
	switch path, name := fn.Pkg().Path(), fn.Name(); {
	case path == "strings" && name == "HasPrefix" && len(call.Args) == 2:
		if w, ok := fp.wireOf(call.Args[0]); ok && w.form != integer && info.Types[call.Args[1]].Value != nil {
			fp.record(call.Args[1], w, prefix)
		}
	case path == "strings" && name == "EqualFold" && len(call.Args) == 2:
		for _, pair := range [][2]ast.Expr{{call.Args[0], call.Args[1]}, {call.Args[1], call.Args[0]}} {
			if w, ok := fp.wireOf(pair[0]); ok && info.Types[pair[1]].Value != nil {
				if _, seen := fp.out.consts[pair[1]]; !seen {
					fp.out.consts[pair[1]] = wireUse{w, equal, true}
				}
			}
		}
	case path == "slices" && (name == "Contains" || name == "Index") && len(call.Args) == 2:
		if w, ok := fp.wireOf(call.Args[1]); ok {
			if lit := fp.literalOf(call.Args[0]); lit != nil {
				fp.members(lit, w, false)
			}
		}
	case fp.funcDecl(fn.Origin()) != nil:
		fp.passes(fn.Origin(), call)
	}
}

// members records the constant elements of lit, or its keys, as compared
// with w.
func (fp *flowPass) members(lit *ast.CompositeLit, w wire, keys bool) {
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
		if fp.c.pass.TypesInfo.Types[e].Value != nil {
			fp.record(e, w, equal)
		}
	}
}

// literalOf returns the composite literal that e is, or that the variable
// e was last assigned.
func (fp *flowPass) literalOf(e ast.Expr) *ast.CompositeLit {
	switch e := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		return e
	case *ast.Ident:
		return fp.lits[fp.c.pass.TypesInfo.Uses[e]]
	}
	return nil
}

// passes records what the call passes to the parameters of fn, a function
// of the package.
func (fp *flowPass) passes(fn *types.Func, call *ast.CallExpr) {
	sig := fn.Type().(*types.Signature)
	if call.Ellipsis.IsValid() {
		return
	}
	for i, arg := range call.Args {
		if i >= sig.Params().Len() || (sig.Variadic() && i == sig.Params().Len()-1) {
			break
		}
		v := sig.Params().At(i)
		f := fp.newParams[v]
		if f == nil {
			f = &paramFact{allWire: true}
			fp.newParams[v] = f
		}
		f.calls++
		w, ok := fp.wireOf(arg)
		if !ok {
			// isMissed("1203"), in a test: a value the callback may
			// send, which says nothing of what the others pass.
			if val := fp.c.pass.TypesInfo.Types[arg].Value; val != nil {
				if s, isText := constString(val); isText && s != "" && !isDecimal(s) {
					f.text = true
				}
				continue
			}
			f.allWire = false
			continue
		}
		if f.wires > 0 && !f.w.same(w) {
			f.allWire = false
		}
		if f.wires == 0 {
			f.w = w
		}
		f.wires++
	}
}

// ret records what a return statement of fn returns.
func (fp *flowPass) ret(fn *types.Func, ret *ast.ReturnStmt) {
	sig := fn.Type().(*types.Signature)
	n := sig.Results().Len()
	facts := fp.newResults[fn]
	if facts == nil {
		facts = make([]resultFact, n)
		fp.newResults[fn] = facts
	}
	if len(ret.Results) == 1 && n > 1 {
		if ws := fp.resultsOf(ret.Results[0]); len(ws) == n {
			// return release(r): the results of the package's own
			// function, each as it returns it.
			for i, w := range ws {
				facts[i].merge(w, w.param != "")
			}
			return
		}
		// return strconv.Atoi(text): the first result is the call's.
		w, ok := fp.wireOf(ret.Results[0])
		facts[0].merge(w, ok)
		for i := 1; i < n; i++ {
			facts[i].no = true
		}
		return
	}
	if len(ret.Results) == 0 && n > 0 && sig.Results().At(0).Name() != "" {
		// A bare return of named results: what they hold.
		for i := range n {
			w, ok := fp.vars[sig.Results().At(i)]
			facts[i].merge(w, ok)
		}
		return
	}
	if len(ret.Results) != n {
		for i := range facts {
			facts[i].no = true
		}
		return
	}
	for i, e := range ret.Results {
		if fp.c.pass.TypesInfo.Types[e].Value != nil {
			continue // return "", false
		}
		facts[i].merge(fp.wireOf(e))
	}
}

// merge adds what one return statement returns to f.
func (f *resultFact) merge(w wire, ok bool) {
	if !ok || (f.has && !f.w.same(w)) {
		f.no = true
		return
	}
	f.w, f.has = w, true
}

// settle turns the round's findings into facts.
func (fp *flowPass) settle() (map[*types.Func][]wire, map[*types.Var]wire) {
	results := make(map[*types.Func][]wire)
	for fn, facts := range fp.newResults {
		ws := make([]wire, len(facts))
		any := false
		for i, f := range facts {
			if f.has && !f.no {
				w := f.w
				w.carrier = fn.Name() + "() (" + w.param + ")"
				w.field = false
				ws[i], any = w, true
			}
		}
		if any {
			results[fn] = ws
		}
	}
	params := make(map[*types.Var]wire)
	for v, f := range fp.newParams {
		if !f.allWire || f.wires == 0 || (f.text && f.w.form == decimalText) {
			continue
		}
		// Every use of the function must be a call seen passing a
		// callback value: one used as a value, or called from where
		// the pass did not look, may get anything.
		if fn := fp.funcOf(v); fn == nil || len(fp.usesOf(fn)) != f.calls || fp.interfaceMethod(fn) {
			continue
		}
		w := f.w
		w.carrier = "parameter " + v.Name() + " (" + w.param + ")"
		w.field = false
		params[v] = w
	}
	return results, params
}

// interfaceMethod reports whether fn is a method that an interface of the
// package names, and so may be called through it, where no call of fn
// itself shows what it is passed.
func (fp *flowPass) interfaceMethod(fn *types.Func) bool {
	if sig, ok := fn.Type().(*types.Signature); !ok || sig.Recv() == nil {
		return false
	}
	scope := fp.c.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok {
			continue
		}
		if iface, ok := tn.Type().Underlying().(*types.Interface); ok {
			for i := range iface.NumMethods() {
				if iface.Method(i).Name() == fn.Name() {
					return true
				}
			}
		}
	}
	return false
}

// funcDecl returns the declaration of fn, a function or method of the
// package with a body, or nil.
func (fp *flowPass) funcDecl(fn *types.Func) *ast.FuncDecl {
	if fn.Pkg() != fp.c.pass.Pkg {
		return nil
	}
	d, ok := fp.declAt(fn.Pos()).(*ast.FuncDecl)
	if !ok || d.Body == nil || d.Name.Pos() != fn.Pos() {
		return nil
	}
	return d
}

// funcOf returns the package's function, with a body, of which v is a
// parameter, or nil.
func (fp *flowPass) funcOf(v *types.Var) *types.Func {
	d, ok := fp.declAt(v.Pos()).(*ast.FuncDecl)
	if !ok || d.Body == nil {
		return nil
	}
	if fn, ok := fp.c.pass.TypesInfo.Defs[d.Name].(*types.Func); ok && isParam(fn.Type().(*types.Signature), v) {
		return fn
	}
	return nil
}

// sameFacts reports whether the facts are those of the last round.
func (fp *flowPass) sameFacts(results map[*types.Func][]wire, params map[*types.Var]wire) bool {
	return maps.EqualFunc(results, fp.results, func(a, b []wire) bool {
		if len(a) != len(b) {
			return false
		}
		for i := range a {
			if !a[i].same(b[i]) {
				return false
			}
		}
		return true
	}) && maps.EqualFunc(params, fp.params, func(a, b wire) bool { return a.same(b) })
}

// wireOf returns what e holds if it is a callback value.
func (fp *flowPass) wireOf(e ast.Expr) (wire, bool) {
	info := fp.c.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		w, ok := fp.vars[info.Uses[e]]
		return w, ok
	case *ast.IndexExpr: // q["disconnect_reason"][0], vals[0]
		if isString(info.TypeOf(e)) {
			return fp.valuesOf(e.X)
		}
	case *ast.SelectorExpr:
		if w, ok := fp.c.taggedField(e); ok {
			return w, w.null == ""
		}
		// row.Reason.Int64, of a field of type sql.NullInt64.
		if x, ok := ast.Unparen(e.X).(*ast.SelectorExpr); ok {
			if w, ok := fp.c.taggedField(x); ok && w.null == e.Sel.Name {
				w.null, w.nullable = "", true
				return w, true
			}
		}
		return wire{}, false
	case *ast.StarExpr: // *e.Pointer, a field that points to the value
		if sel, ok := ast.Unparen(e.X).(*ast.SelectorExpr); ok {
			return fp.c.taggedField(sel)
		}
	case *ast.CallExpr:
		if name, ok := fp.read(e); ok {
			return fp.paramWire(name)
		}
		if conv := asConversion(info, e); conv != nil {
			// int64(n): still the number.
			if w, ok := fp.wireOf(conv.Args[0]); ok && w.form == integer && isInteger(info.TypeOf(e)) {
				w.intType = info.TypeOf(e)
				return w, true
			}
			return wire{}, false
		}
		fn, ok := typeutil.Callee(info, e).(*types.Func)
		if !ok || fn.Pkg() == nil {
			return wire{}, false
		}
		switch path, name := fn.Pkg().Path(), fn.Name(); {
		case path == "strings" && (name == "TrimSpace" || name == "ToUpper" || name == "ToLower") && len(e.Args) == 1:
			return fp.wireOf(e.Args[0])
		case path == "strconv" && (name == "Atoi" || name == "ParseInt" || name == "ParseUint"):
			if name != "Atoi" {
				// In base 10, or 0, which reads the callbacks'
				// decimals alike.
				if len(e.Args) != 3 {
					return wire{}, false
				}
				if base, ok := constInt(info.Types[e.Args[1]].Value); !ok || (base != 10 && base != 0) {
					return wire{}, false
				}
			}
			if len(e.Args) > 0 {
				if w, ok := fp.wireOf(e.Args[0]); ok && w.form == decimalText {
					w.form = integer
					if sig, ok := fn.Type().(*types.Signature); ok && sig.Results().Len() > 0 {
						w.intType = sig.Results().At(0).Type()
					}
					return w, true
				}
			}
		case fn.Pkg() == fp.c.pass.Pkg:
			if ws := fp.results[fn.Origin()]; len(ws) > 0 && ws[0].param != "" {
				return ws[0], true
			}
		}
	}
	return wire{}, false
}

// valuesOf returns what each of the values of a parameter that e is holds:
// e reads a callback parameter's values from url.Values,
// q["disconnect_reason"], or is a variable that holds them.
func (fp *flowPass) valuesOf(e ast.Expr) (wire, bool) {
	info := fp.c.pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.IndexExpr:
		if !isValues(info.TypeOf(e.X)) {
			return wire{}, false
		}
		if name, ok := constString(info.Types[e.Index].Value); ok {
			if _, ok := params[name]; ok {
				return fp.paramWire(name)
			}
		}
	case *ast.Ident:
		if hv, ok := fp.held[info.Uses[e]]; ok && hv.values {
			return hv.w, true
		}
	}
	return wire{}, false
}

// paramWire returns what a read of the parameter name holds, in the
// declaration walked: nothing for call_end_reason, whose reads are
// reported as such, nor for terminate, a word that other code uses too,
// where the declaration reads no other key of the callback.
func (fp *flowPass) paramWire(name string) (wire, bool) {
	p := params[name]
	if p.legacy || (name == reasons.CauseParam && !fp.readsRelease(fp.decl)) {
		return wire{}, false
	}
	return wire{k: p.k, param: name, form: p.form, carrier: name}, true
}

// readsRelease reports whether decl reads a callback's key other than
// terminate: from the request, from url.Values, from a tagged field, a
// function of the package that returns one, or a parameter that receives
// one. It looks only at the declarations that read terminate, once.
func (fp *flowPass) readsRelease(decl ast.Decl) bool {
	if decl == nil {
		return false
	}
	if found, seen := fp.companions[decl]; seen {
		return found
	}
	info := fp.c.pass.TypesInfo
	other := func(name string) bool {
		_, ok := params[name]
		return ok && name != reasons.CauseParam
	}
	found := false
	if d, ok := decl.(*ast.FuncDecl); ok {
		if fn, ok := info.Defs[d.Name].(*types.Func); ok {
			sig := fn.Type().(*types.Signature)
			for i := range sig.Params().Len() {
				if w, ok := fp.params[sig.Params().At(i)]; ok && other(w.param) {
					found = true
				}
			}
		}
	}
	ast.Inspect(decl, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			if name, ok := fp.read(n); ok {
				found = other(name)
			} else if ws := fp.resultsOf(n); ws != nil {
				for _, w := range ws {
					found = found || other(w.param)
				}
			}
		case *ast.IndexExpr:
			if isValues(info.TypeOf(n.X)) {
				name, _ := constString(info.Types[n.Index].Value)
				found = other(name)
			}
		case *ast.SelectorExpr:
			if w, ok := fp.c.taggedField(n); ok {
				found = other(w.param)
			}
		}
		return true
	})
	if fp.companions == nil {
		fp.companions = make(map[ast.Decl]bool)
	}
	fp.companions[decl] = found
	return found
}

// readsLegacy reports whether ix reads call_end_reason from url.Values,
// q["call_end_reason"].
func (fp *flowPass) readsLegacy(ix *ast.IndexExpr) bool {
	info := fp.c.pass.TypesInfo
	name, ok := constString(info.Types[ix.Index].Value)
	return ok && name == legacyParam && isValues(info.TypeOf(ix.X))
}

// resultsOf returns what each result of e holds, if e calls a function of
// the package whose results the facts know, or nil.
func (fp *flowPass) resultsOf(e ast.Expr) []wire {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil
	}
	fn, ok := typeutil.Callee(fp.c.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() != fp.c.pass.Pkg {
		return nil
	}
	return fp.results[fn.Origin()]
}

// isValues reports whether t is url.Values or another map[string][]string.
func isValues(t types.Type) bool {
	m, ok := t.Underlying().(*types.Map)
	if !ok || !isString(m.Key()) {
		return false
	}
	s, ok := m.Elem().Underlying().(*types.Slice)
	return ok && isString(s.Elem())
}

// readMethods are the names of the methods that read a request's query or
// form parameter by name: url.Values's and http.Request's, and those of
// web frameworks (gin, echo, fiber, chi ...).
var readMethods = map[string]bool{
	"Get": true, "Query": true, "DefaultQuery": true, "GetQuery": true, "QueryParam": true,
	"FormValue": true, "PostFormValue": true, "PostForm": true, "DefaultPostForm": true, "GetPostForm": true,
	"FormParam": true, "Param": true,
}

// read returns the parameter that call reads: a method of readMethods, of a
// type from net/http, net/url or a package outside the standard library,
// whose first argument is a parameter's name and whose first result a
// string. os.Getenv("releaser_type") reads no request.
func (fp *flowPass) read(call *ast.CallExpr) (string, bool) {
	info := fp.c.pass.TypesInfo
	if len(call.Args) == 0 {
		return "", false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || !readMethods[sel.Sel.Name] {
		return "", false
	}
	selection := info.Selections[sel]
	if selection == nil || selection.Kind() != types.MethodVal {
		return "", false
	}
	fn, ok := selection.Obj().(*types.Func)
	if !ok || fn.Pkg() == nil {
		return "", false
	}
	if path := fn.Pkg().Path(); isStdPath(path) && path != "net/http" && path != "net/url" {
		return "", false
	}
	name, ok := constString(info.Types[call.Args[0]].Value)
	if _, isParam := params[name]; !ok || !isParam {
		return "", false
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Results().Len() == 0 || !isString(sig.Results().At(0).Type()) {
		return "", false
	}
	return name, true
}

// isStdPath reports whether path is a standard library package's: its
// first element is one of the standard library's. (A module path without
// a dot, module myapp, is no standard library's.)
func isStdPath(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return stdRoots[first]
}

// stdRoots are the first elements of the standard library's import paths.
var stdRoots = map[string]bool{
	"archive": true, "arena": true, "bufio": true, "builtin": true, "bytes": true, "C": true, "cmd": true,
	"cmp": true, "compress": true, "container": true, "context": true, "crypto": true, "database": true,
	"debug": true, "embed": true, "encoding": true, "errors": true, "expvar": true, "flag": true,
	"fmt": true, "go": true, "hash": true, "html": true, "image": true, "index": true, "internal": true,
	"io": true, "iter": true, "log": true, "maps": true, "math": true, "mime": true, "net": true,
	"os": true, "path": true, "plugin": true, "reflect": true, "regexp": true, "runtime": true,
	"simd": true, "slices": true, "sort": true, "strconv": true, "strings": true, "structs": true,
	"sync": true, "syscall": true, "testing": true, "text": true, "time": true, "unicode": true,
	"unique": true, "unsafe": true, "vendor": true, "weak": true,
}

// taggedField returns what the selected field holds if its struct tag
// names a callback parameter and it is a plain string or integer.
func (c *checker) taggedField(sel *ast.SelectorExpr) (wire, bool) {
	return c.fieldWire(c.pass.TypesInfo.Selections[sel])
}

// A fieldResult is what fieldWire found of a field.
type fieldResult struct {
	w  wire
	ok bool
}

// fieldWire is taggedField for the selection of a field. What a field
// holds is its own, its type and the tag of the struct that declares it,
// and found once.
func (c *checker) fieldWire(selection *types.Selection) (wire, bool) {
	if selection == nil || selection.Kind() != types.FieldVal {
		return wire{}, false
	}
	field, _ := selection.Obj().(*types.Var)
	r, seen := c.records.fields[field]
	if !seen {
		r.w, r.ok = selectedFieldWire(selection)
		c.records.fields[field] = r
	}
	return r.w, r.ok
}

// selectedFieldWire is fieldWire, found from the selection's path.
func selectedFieldWire(selection *types.Selection) (wire, bool) {
	t := selection.Recv()
	var tag string
	var field *types.Var
	var st *types.Struct
	for _, i := range selection.Index() {
		t = deref(t)
		var ok bool
		st, ok = t.Underlying().(*types.Struct)
		if !ok || i >= st.NumFields() {
			return wire{}, false
		}
		field, tag = st.Field(i), st.Tag(i)
		t = field.Type()
	}
	name := tagParam(tag)
	p, ok := params[name]
	if !ok || p.legacy || !releaseStruct(st, name) {
		return wire{}, false
	}
	text, ok := plainType(field.Type())
	null, value := nullType(field.Type())
	if !ok && null == "" {
		return wire{}, false
	}
	w := wire{k: p.k, param: name, form: integer, carrier: "field " + field.Name() + " (" + name + ")", field: true, intType: deref(field.Type())}
	if null != "" {
		w.null, w.intType = null, value
		text, _ = plainType(value)
	}
	if text {
		w.form, w.intType = p.form, nil
	}
	return w, true
}

// nullType returns the field that holds the value of t, and its type, if
// t is a type of database/sql for nullable columns of plain strings and
// integers: sql.NullString's String, sql.NullInt64's Int64, sql.Null[T]'s
// V.
func nullType(t types.Type) (field string, value types.Type) {
	named, ok := types.Unalias(deref(t)).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg().Path() != "database/sql" {
		return "", nil
	}
	switch name := named.Obj().Name(); name {
	case "NullString", "NullInt64", "NullInt32", "NullInt16", "NullByte":
		field = strings.TrimPrefix(name, "Null")
	case "Null":
		field = "V"
	default:
		return "", nil
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return "", nil
	}
	for i := range st.NumFields() {
		if f := st.Field(i); f.Name() == field {
			if _, ok := plainType(f.Type()); ok {
				return field, f.Type()
			}
		}
	}
	return "", nil
}

// releaseStruct reports whether st, a struct with a field tagged name,
// decodes a callback's release: terminate, a word that configurations use
// too, counts only beside another release key.
func releaseStruct(st *types.Struct, name string) bool {
	if name != reasons.CauseParam {
		return true
	}
	for i := range st.NumFields() {
		if other := tagParam(st.Tag(i)); other != "" && other != name && !params[other].legacy {
			return true
		}
	}
	return false
}

// tagParam returns the callback parameter that a struct tag maps its field
// to, or "": the first comma-separated element of the value of any key
// (json, form, query, schema, db, bson, yaml, toml, xml, mapstructure,
// msgpack, param, header ...), gorm's column:NAME, protobuf's name=NAME
// or xorm's 'NAME'. Not url's:
// go-querystring encodes with it, through fmt, which would write a reasons
// type as its code where the wire has the number.
func tagParam(tag string) string {
	for tag != "" {
		key, value, rest, ok := nextTag(tag)
		if !ok {
			return ""
		}
		tag = rest
		if key == "url" {
			continue
		}
		name, _, _ := strings.Cut(value, ",")
		if _, ok := params[name]; ok {
			return name
		}
		if i := strings.Index(value, "name="); i >= 0 {
			// protobuf:"varint,1,opt,name=disconnect_reason,proto3"
			name, _, _ := strings.Cut(value[i+len("name="):], ",")
			if _, ok := params[name]; ok && (i == 0 || value[i-1] == ',') {
				return name
			}
		}
		if i := strings.IndexByte(value, '\''); i >= 0 {
			// xorm:"int 'disconnect_reason' notnull"
			if name, _, ok := strings.Cut(value[i+1:], "'"); ok {
				if _, ok := params[name]; ok {
					return name
				}
			}
		}
		for value != "" {
			var part string
			part, value, _ = strings.Cut(value, ";")
			if col, ok := strings.CutPrefix(strings.TrimSpace(part), "column:"); ok {
				if _, ok := params[col]; ok {
					return col
				}
			}
		}
	}
	return ""
}

// nextTag returns the first key:"value" pair of a struct tag, in the
// convention of reflect.StructTag, and the rest of the tag.
func nextTag(tag string) (key, value, rest string, ok bool) {
	tag = strings.TrimLeft(tag, " ")
	i := 0
	for i < len(tag) && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f {
		i++
	}
	if i == 0 || i+1 >= len(tag) || tag[i] != ':' || tag[i+1] != '"' {
		return "", "", "", false
	}
	key, tag = tag[:i], tag[i+1:]
	i = 1
	for i < len(tag) && tag[i] != '"' {
		if tag[i] == '\\' {
			i++
		}
		i++
	}
	if i >= len(tag) {
		return "", "", "", false
	}
	value, err := strconv.Unquote(tag[:i+1])
	if err != nil {
		return "", "", "", false
	}
	return key, value, tag[i+1:], true
}

// plainType reports whether t, or what it points to, is a plain string or
// integer type rather than a type of its own, and whether it is a string.
func plainType(t types.Type) (text, ok bool) {
	if p, isPtr := t.(*types.Pointer); isPtr {
		t = p.Elem()
	}
	b, isBasic := types.Unalias(t).(*types.Basic)
	if !isBasic {
		return false, false
	}
	switch {
	case b.Info()&types.IsString != 0:
		return true, true
	case b.Info()&types.IsInteger != 0:
		return false, true
	}
	return false, false
}
