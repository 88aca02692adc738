package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/reasonlint/reasonlint/reasons"
)

// The callback check: LINE Planet's callbacks carry the reason and source
// as decimal text in the disconnect_reason and releaser_type query
// parameters. Such text, or an integer parsed from it, compared with
// constants is a reason or source handled by hand; a struct field tagged
// with those keys should have the reasons type.

// A wire is a value that carries a reason or source as LINE Planet sends
// it: as decimal text, or as an integer parsed from that text.
type wire struct {
	k       kind
	text    bool   // decimal text, not an integer
	carrier string // what holds it, as messages name it: "disconnect_reason", "field Reason (disconnect_reason)" ...
	field   bool   // a struct field, which should have the reasons type
	parser  bool   // the argument of the reasons package's own parse function
}

// paramKind returns the kind of value that the callback parameter (or tag
// key) name carries.
func paramKind(name string) kind {
	switch name {
	case reasons.ReasonParam:
		return reasonKind
	case reasons.SourceParam:
		return sourceKind
	}
	return 0
}

// mentionsCallbackParams reports whether a string literal in file mentions
// a callback parameter, as code that reads one or a struct tag that
// decodes one must.
func mentionsCallbackParams(file *ast.File) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			found = found || strings.Contains(lit.Value, reasons.ReasonParam) || strings.Contains(lit.Value, reasons.SourceParam)
		}
		return !found
	})
	return found
}

// paramRead reports whether e reads a callback parameter: a call whose first
// argument is the parameter's name and whose first result is a string, as
// url.Values.Get, http.Request.FormValue and the query accessors of web
// frameworks are.
func (c *checker) paramRead(e ast.Expr) (wire, bool) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) == 0 {
		return wire{}, false
	}
	name, ok := constString(c.pass.TypesInfo.Types[call.Args[0]].Value)
	if !ok || paramKind(name) == 0 {
		return wire{}, false
	}
	sig, ok := c.pass.TypesInfo.TypeOf(call.Fun).(*types.Signature)
	if !ok || sig.Results().Len() == 0 || !isString(sig.Results().At(0).Type()) {
		return wire{}, false
	}
	return wire{k: paramKind(name), text: true, carrier: name}, true
}

// recordWires records the variables that an assignment or declaration
// makes hold callback values:
//
//	text := r.URL.Query().Get("disconnect_reason")
//	n, err := strconv.Atoi(text)
//
// The walk meets assignments before the code that uses them.
func (c *checker) recordWires(lhs, rhs []ast.Expr) {
	if len(rhs) == 1 && len(lhs) > 1 {
		// v, ok := c.GetQuery(...); n, err := strconv.Atoi(...)
		w, ok := c.wireValue(rhs[0])
		for i, e := range lhs {
			c.holdWire(e, w, ok && i == 0)
		}
		return
	}
	for i := range min(len(lhs), len(rhs)) {
		w, ok := c.wireValue(rhs[i])
		c.holdWire(lhs[i], w, ok)
	}
}

// wireValue returns what e yields if it is a callback value: a parameter
// read, a variable holding one, or an integer parsed from one.
func (c *checker) wireValue(e ast.Expr) (wire, bool) {
	if w, ok := c.wireOf(e); ok {
		return w, true
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) == 0 {
		return wire{}, false
	}
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "strconv" {
		return wire{}, false
	}
	switch fn.Name() {
	case "ParseInt", "ParseUint":
		// In base 10, or 0, which reads the callbacks' decimals alike.
		if len(call.Args) != 3 {
			return wire{}, false
		}
		if base, ok := constInt(c.pass.TypesInfo.Types[call.Args[1]].Value); !ok || (base != 10 && base != 0) {
			return wire{}, false
		}
		fallthrough
	case "Atoi":
		if w, ok := c.wireOf(call.Args[0]); ok && w.text {
			w.text = false
			return w, true
		}
	}
	return wire{}, false
}

// holdWire records that the variable lhs holds w if ok, and forgets what
// it held otherwise: a variable assigned something else no longer holds a
// callback value (in source order; the check does not follow control flow).
func (c *checker) holdWire(lhs ast.Expr, w wire, ok bool) {
	id, isIdent := ast.Unparen(lhs).(*ast.Ident)
	if !isIdent {
		return
	}
	obj := c.pass.TypesInfo.ObjectOf(id)
	if v, isVar := obj.(*types.Var); !isVar || v.IsField() {
		return
	}
	switch {
	case ok:
		if c.wires == nil {
			c.wires = make(map[types.Object]wire)
		}
		c.wires[obj] = w
	case c.wires != nil:
		delete(c.wires, obj)
	}
}

// wireOf returns what e holds if it is a callback value: a parameter read,
// a variable that holds one, or a tagged struct field.
func (c *checker) wireOf(e ast.Expr) (wire, bool) {
	if w, ok := c.paramRead(e); ok {
		return w, true
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		w, ok := c.wires[c.pass.TypesInfo.Uses[e]]
		return w, ok
	case *ast.IndexExpr: // q["disconnect_reason"][0]
		if values, ok := ast.Unparen(e.X).(*ast.IndexExpr); ok && isString(c.pass.TypesInfo.TypeOf(e)) {
			if name, ok := constString(c.pass.TypesInfo.Types[values.Index].Value); ok && paramKind(name) != 0 {
				return wire{k: paramKind(name), text: true, carrier: name}, true
			}
		}
	case *ast.CallExpr: // strings.TrimSpace(q.Get("disconnect_reason"))
		if fn, ok := typeutil.Callee(c.pass.TypesInfo, e).(*types.Func); ok && fn.Pkg() != nil &&
			fn.Pkg().Path() == "strings" && fn.Name() == "TrimSpace" && len(e.Args) == 1 {
			return c.wireOf(e.Args[0])
		}
	case *ast.SelectorExpr:
		return c.taggedField(e)
	case *ast.StarExpr: // *e.Pointer, a field that points to the value
		if sel, ok := ast.Unparen(e.X).(*ast.SelectorExpr); ok {
			return c.taggedField(sel)
		}
	}
	return wire{}, false
}

// taggedField returns what the selected field holds if its struct tag
// decodes a callback parameter into a plain string or integer.
func (c *checker) taggedField(sel *ast.SelectorExpr) (wire, bool) {
	selection := c.pass.TypesInfo.Selections[sel]
	if selection == nil || selection.Kind() != types.FieldVal {
		return wire{}, false
	}
	t := selection.Recv()
	var tag string
	var field *types.Var
	for _, i := range selection.Index() {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok || i >= st.NumFields() {
			return wire{}, false
		}
		field, tag = st.Field(i), st.Tag(i)
		t = field.Type()
	}
	param := tagParam(tag)
	if param == "" {
		return wire{}, false
	}
	text, ok := plainType(field.Type())
	if !ok {
		return wire{}, false
	}
	return wire{k: paramKind(param), text: text, carrier: "field " + field.Name() + " (" + param + ")", field: true}, true
}

// tagKeys are the struct tag keys with which decoders map a field to a
// JSON key or query parameter. Not "url": go-querystring encodes with it,
// through fmt, which would write a reasons type as its code where the wire
// has the number.
var tagKeys = []string{"json", "form", "query", "schema"}

// tagParam returns the callback parameter that a struct tag maps its field
// to, or "".
func tagParam(tag string) string {
	for _, key := range tagKeys {
		v, ok := reflect.StructTag(tag).Lookup(key)
		if !ok {
			continue
		}
		name, _, _ := strings.Cut(v, ",")
		if paramKind(name) != 0 {
			return name
		}
	}
	return ""
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

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// checkTaggedField reports a struct field that decodes a callback parameter
// into a plain string or integer.
func (c *checker) checkTaggedField(f *ast.Field) {
	if f.Tag == nil {
		return
	}
	tag, err := strconv.Unquote(f.Tag.Value)
	if err != nil {
		return
	}
	param := tagParam(tag)
	if param == "" {
		return
	}
	t := c.pass.TypesInfo.TypeOf(f.Type)
	if _, ok := plainType(t); !ok {
		return
	}
	name, holds := "embedded field", "holds"
	switch len(f.Names) {
	case 0:
	case 1:
		name = "field " + f.Names[0].Name
	default:
		names := make([]string, len(f.Names))
		for i, id := range f.Names {
			names[i] = id.Name
		}
		name, holds = "fields "+strings.Join(names, ", "), "hold"
	}
	k := paramKind(param)
	c.report(analysis.Diagnostic{
		Pos:      f.Pos(),
		End:      f.End(),
		Category: CategoryCallback,
		Message:  fmt.Sprintf("%s %s %s as %s; use %s", name, holds, param, types.TypeString(t, types.RelativeTo(c.pass.Pkg)), c.typeName(k)),
	})
}

// typeName names the reasons type of kind k: reasons.Reason.
func (c *checker) typeName(k kind) string {
	if tn := c.typeOf(k); tn != nil {
		return qualifiedName(tn)
	}
	return "reasons." + k.String()
}

// checkWireComparison checks a callback value compared with a constant.
func (c *checker) checkWireComparison(b *ast.BinaryExpr) {
	if !isComparison(b.Op) {
		return
	}
	for _, pair := range [][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
		if w, ok := c.wireOf(pair[0]); ok {
			c.checkConstWire(pair[1], w)
			return
		}
	}
}

// checkWireSwitch checks the cases of a switch over a callback value.
func (c *checker) checkWireSwitch(sw *ast.SwitchStmt) {
	if sw.Tag == nil {
		return
	}
	if init, ok := sw.Init.(*ast.AssignStmt); ok {
		// switch text := q.Get(...); text {: the walk is at the switch,
		// before its init.
		c.recordWires(init.Lhs, init.Rhs)
	}
	w, ok := c.wireOf(sw.Tag)
	if !ok {
		return
	}
	for _, s := range sw.Body.List {
		if cc, ok := s.(*ast.CaseClause); ok {
			for _, e := range cc.List {
				c.checkConstWire(e, w)
			}
		}
	}
}

// checkConstWire checks the constant e compared with, or parsed as, the
// callback value w.
func (c *checker) checkConstWire(e ast.Expr, w wire) {
	val := c.pass.TypesInfo.Types[e].Value
	if val == nil {
		return
	}
	d := analysis.Diagnostic{Pos: e.Pos(), End: e.End(), Category: CategoryCallback}
	parsed, carries := "parse it into a "+c.typeName(w.k)+" and compare with", "carries"
	switch {
	case w.field:
		parsed = "make the field a " + c.typeName(w.k) + " and compare with"
	case w.parser:
		parsed, carries = "use", "parses"
	}
	var v int64
	if s, ok := constString(val); ok {
		if s == "" && !w.parser {
			return // not set
		}
		n, err := strconv.ParseInt(s, 10, 64)
		// The callbacks write values without leading zeros, which the
		// parse functions accept.
		if !isDecimal(s) || err != nil || (!w.parser && strconv.FormatInt(n, 10) != s) {
			d.Message = fmt.Sprintf("%s %s decimal wire values, never %q", w.carrier, carries, s)
			if sg, ok := c.codeFor(w.k, s); ok {
				d.Message += fmt.Sprintf("; %s %s", parsed, c.nameOf(c.typeOf(w.k), w.k, sg))
			}
			c.report(d)
			return
		}
		v = n
	} else if v, ok = constInt(val); !ok || c.namedConst(e) != nil {
		return // not an integer, or a reasons constant: n == int(reasons.NoAnswer)
	}
	if v == 0 {
		return // not set
	}
	if !c.known(w.k, v) {
		d.Message = c.notMember(c.typeOf(w.k), w.k, v) + c.rangeAdvice(e, w.k)
		c.report(d)
		return
	}
	if w.parser {
		return // a known value, parsed as it should be
	}
	lit := strconv.FormatInt(v, 10)
	if w.text {
		lit = strconv.Quote(lit)
	} else {
		lit = "raw integer " + lit
	}
	d.Message = fmt.Sprintf("%s compared with %s; %s %s", w.carrier, lit, parsed, c.nameOf(c.typeOf(w.k), w.k, v))
	c.report(d)
}

// known reports whether v is a member of kind k: of the reasons package as
// compiled if the package imports it, else of the one reasonlint was built
// with.
func (c *checker) known(k kind, v int64) bool {
	if tn := c.typeOf(k); tn != nil {
		_, ok := c.enum.lookup(tn, c.pass.Pkg, v)
		return ok
	}
	if k == sourceKind {
		return reasons.Source(v).Known()
	}
	return reasons.Reason(v).Known()
}

// codeFor returns the value that the code or name s means, canonical or
// close to it.
func (c *checker) codeFor(k kind, s string) (int64, bool) {
	if v, ok := lookupCode(k, s); ok {
		return v, true
	}
	if sg, ok := c.suggest(k, s); ok {
		return lookupCode(k, sg.Code)
	}
	return 0, false
}
