package analyzer

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/reasonlint/reasonlint/reasons"
)

// The code check: a string constant used as a reason code or source name
// must be one, and a known code is better compared as a value.

// A codeContext says what text a string constant stands for, and so which
// spellings are right.
type codeContext int

const (
	fromString codeContext = iota // compared with r.String(): the canonical spelling only
	fromParse                     // the argument of Parse, ParseSource, Lookup or LookupSource
	fromText                      // unmarshalled: a code, or a decimal wire value
	fromJSON                      // unmarshalled from JSON: as fromText, in a JSON string
)

// checkCode reports the string constant e, whose value is code, if it is
// not a code of kind k that the context accepts. The fix never writes a
// code in taken (the other cases of a switch), which may be nil.
func (c *checker) checkCode(e ast.Expr, code string, k kind, ctx codeContext, taken map[string]bool) {
	d, meant, ok := c.codeDiagnostic(e, code, k, ctx)
	if !ok {
		return
	}
	if lit, isLit := ast.Unparen(e).(*ast.BasicLit); meant != "" && isLit && !taken[meant] {
		text := strconv.Quote(meant)
		if ctx == fromJSON {
			text = "`" + text + "`" // codes need no escapes
		}
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   fmt.Sprintf("Replace %q with %q", code, meant),
			TextEdits: []analysis.TextEdit{replace(lit, text)},
		}}
	}
	c.report(d)
}

// codeDiagnostic returns the diagnostic for the string constant e, whose
// value is code, and reports whether there is one: none if code is a code
// of kind k that the context accepts. meant is the one code that code most
// likely means, or "".
func (c *checker) codeDiagnostic(e ast.Expr, code string, k kind, ctx codeContext) (d analysis.Diagnostic, meant string, ok bool) {
	d = analysis.Diagnostic{Pos: e.Pos(), End: e.End(), Category: CategoryCode}
	if (ctx == fromText || ctx == fromJSON) && isDecimal(code) {
		v, err := strconv.ParseInt(code, 10, 64)
		if err != nil || v == 0 || c.declares(k, v) { // 0 is "not set"
			return d, "", false
		}
		d.Message = c.notMember(c.typeOf(k), k, v)
		return d, "", true
	}
	if _, ok := c.codeMember(k, code, ctx); ok {
		return d, "", false
	}
	if k == reasonKind {
		if _, ok := reasons.Lookup(code); ok {
			d.Message = fmt.Sprintf("disconnect reason code %q needs a newer version of the reasons package", code)
			return d, "", true
		}
	}
	noun, what := "disconnect reason code", "code"
	if k == sourceKind {
		noun, what = "disconnect source", "name"
	}
	sg, found := c.suggest(k, code)
	if found {
		_, found = c.codeMember(k, sg.Code, fromString)
	}
	switch {
	case found && sg.SDK != "":
		d.Message = fmt.Sprintf("%q is the %s spelling; the %s %s is %q", code, sg.SDK, k.noun(), what, sg.Code)
	case found:
		d.Message = fmt.Sprintf("unknown %s %q; did you mean %q?", noun, code, sg.Code)
	default:
		d.Message = fmt.Sprintf("unknown %s %q", noun, code)
		return d, "", true
	}
	return d, sg.Code, true
}

// suggest is reasons.Suggest or SuggestSource, remembered for the package:
// a misspelled code tends to be repeated.
func (c *checker) suggest(k kind, code string) (reasons.Suggestion, bool) {
	if sg, ok := c.suggestions[suggestKey{k, code}]; ok {
		return sg, sg.Code != ""
	}
	suggest := reasons.Suggest
	if k == sourceKind {
		suggest = reasons.SuggestSource
	}
	sg, _ := suggest(code)
	if c.suggestions == nil {
		c.suggestions = make(map[suggestKey]reasons.Suggestion)
	}
	c.suggestions[suggestKey{k, code}] = sg
	return sg, sg.Code != ""
}

type suggestKey struct {
	k    kind
	code string
}

// lookupCode returns the value of the code of kind k: a reason's code, or
// a source's name or Web spelling.
func lookupCode(k kind, code string) (int64, bool) {
	if k == sourceKind {
		s, ok := reasons.LookupSource(code)
		return int64(s), ok
	}
	r, ok := reasons.Lookup(code)
	return int64(r), ok
}

// codeMember returns the member that code names in the context: a
// canonical code, or for sources outside comparisons with String also a
// Web spelling. The member must be declared by the reasons package as
// compiled.
func (c *checker) codeMember(k kind, code string, ctx codeContext) (member, bool) {
	v, ok := lookupCode(k, code)
	if !ok || (k == sourceKind && ctx == fromString && reasons.Source(v).String() != code) {
		return member{}, false
	}
	tn := c.typeOf(k)
	if tn == nil {
		return member{}, false
	}
	return c.enum.lookup(tn, c.pass.Pkg, v)
}

// declares reports whether the reasons package as compiled declares a
// member of kind k with value v.
func (c *checker) declares(k kind, v int64) bool {
	tn := c.typeOf(k)
	if tn == nil {
		return false
	}
	_, ok := c.enum.lookup(tn, c.pass.Pkg, v)
	return ok
}

// typeOf returns the Reason or Source type of the reasons package as
// compiled, or nil if the package is not imported.
func (c *checker) typeOf(k kind) *types.TypeName {
	if c.enum == nil {
		return nil
	}
	return c.enum.typeNamed(k)
}

// codeOf returns the code of member m of kind k, or its name if the
// reasons package that reasonlint was built with does not know it.
func codeOf(k kind, m member) string {
	if k == sourceKind {
		if s := reasons.Source(m.value); s.Known() {
			return s.String()
		}
	} else if r := reasons.Reason(m.value); r.Known() {
		return r.String()
	}
	return m.obj.Name()
}

// stringCall reports whether e calls the String method of a reason or
// source, and returns the call.
func (c *checker) stringCall(e ast.Expr) (*ast.CallExpr, *types.TypeName, kind) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return nil, nil, 0
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil, nil, 0
	}
	selection := c.pass.TypesInfo.Selections[sel]
	if selection == nil || selection.Kind() != types.MethodVal || selection.Obj().Name() != "String" {
		return nil, nil, 0
	}
	tn, k := enumType(deref(selection.Recv()))
	if tn == nil && len(selection.Index()) > 1 {
		// The method of a reason embedded in a struct.
		if sig, ok := selection.Obj().Type().(*types.Signature); ok && sig.Recv() != nil {
			tn, k = enumType(deref(sig.Recv().Type()))
		}
	}
	if tn == nil {
		return nil, nil, 0
	}
	return call, tn, k
}

// deref returns what t points to if it is a pointer, and t otherwise.
func deref(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// unwrapString returns the edits that turn r.String() into r, or nil if r
// has a type parameter's type, which the constants do not have, or embeds
// the reason.
func (c *checker) unwrapString(call *ast.CallExpr) []analysis.TextEdit {
	sel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if _, isTypeParam := types.Unalias(c.pass.TypesInfo.TypeOf(sel.X)).(*types.TypeParam); isTypeParam {
		return nil
	}
	if s := c.pass.TypesInfo.Selections[sel]; s == nil || len(s.Index()) > 1 {
		return nil
	}
	edits := []analysis.TextEdit{{Pos: sel.X.End(), End: call.End()}}
	if _, isPtr := c.pass.TypesInfo.TypeOf(sel.X).Underlying().(*types.Pointer); isPtr {
		edits = append(edits, analysis.TextEdit{Pos: sel.X.Pos(), End: sel.X.Pos(), NewText: []byte("*")})
	}
	return edits
}

// checkCodeComparison checks r.String() == "BUSY" and the like.
func (c *checker) checkCodeComparison(b *ast.BinaryExpr) {
	if b.Op != token.EQL && b.Op != token.NEQ {
		return
	}
	for _, pair := range [][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
		call, tn, k := c.stringCall(pair[0])
		if call == nil {
			continue
		}
		code, ok := constString(c.pass.TypesInfo.Types[pair[1]].Value)
		if !ok {
			continue
		}
		var d analysis.Diagnostic
		m, known := c.codeMember(k, code, fromString)
		if known {
			d = analysis.Diagnostic{
				Pos:      b.Pos(),
				End:      b.End(),
				Category: CategoryCode,
				Message:  fmt.Sprintf("%s compared by its code %q; compare with %s", qualifiedName(tn), code, qualifiedName(m.obj)),
			}
		} else {
			// A misspelled code: the fix compares with the constant
			// meant, in one step.
			var meant string
			var ok bool
			if d, meant, ok = c.codeDiagnostic(pair[1], code, k, fromString); !ok {
				return
			}
			if m, known = c.codeMember(k, meant, fromString); !known {
				c.report(d)
				return
			}
		}
		name := qualifiedName(m.obj)
		if text, imp, ok := c.refer(m.obj, pair[1].Pos()); ok && c.unwrapString(call) != nil {
			edits := append(append(imp, c.unwrapString(call)...), replace(pair[1], text))
			d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Compare with " + name, TextEdits: edits}}
		}
		c.report(d)
		return
	}
}

// checkCodeCall checks the codes passed to the reasons package's parse
// functions and unmarshalled into a reason or source.
func (c *checker) checkCodeCall(call *ast.CallExpr) {
	fn, ok := typeutil.Callee(c.pass.TypesInfo, call).(*types.Func)
	if !ok || fn.Pkg() == nil || len(call.Args) == 0 {
		return
	}
	arg := call.Args[0]
	switch {
	case isReasonsPath(fn.Pkg().Path()):
		sig := fn.Type().(*types.Signature)
		if sig.Recv() == nil {
			switch fn.Name() {
			case "Parse", "Lookup":
				c.checkConstCode(arg, reasonKind, fromParse)
			case "ParseSource", "LookupSource":
				c.checkConstCode(arg, sourceKind, fromParse)
			case "ParseValue":
				c.checkConstWire(arg, wire{k: reasonKind, text: true, carrier: fn.Pkg().Name() + ".ParseValue", parser: true})
			case "ParseSourceValue":
				c.checkConstWire(arg, wire{k: sourceKind, text: true, carrier: fn.Pkg().Name() + ".ParseSourceValue", parser: true})
			}
			return
		}
		recv := sig.Recv().Type()
		if p, ok := recv.(*types.Pointer); ok {
			recv = p.Elem()
		}
		if _, k := enumType(recv); k != 0 {
			switch fn.Name() {
			case "UnmarshalText":
				if text, lit, ok := c.constBytes(arg); ok {
					c.checkCode(lit, text, k, fromText, nil)
				}
			case "UnmarshalJSON":
				c.checkJSON(arg, k)
			}
		}
	case fn.Pkg().Path() == "encoding/json" && fn.Name() == "Unmarshal" && len(call.Args) == 2:
		if ptr, ok := c.pass.TypesInfo.TypeOf(call.Args[1]).(*types.Pointer); ok {
			if _, k := enumType(ptr.Elem()); k != 0 {
				c.checkJSON(arg, k)
			}
		}
	}
}

// checkConstCode checks e if it is a string constant.
func (c *checker) checkConstCode(e ast.Expr, k kind, ctx codeContext) {
	if code, ok := constString(c.pass.TypesInfo.Types[e].Value); ok {
		c.checkCode(e, code, k, ctx, nil)
	}
}

// checkJSON checks constant JSON text unmarshalled into a reason or
// source: a string holding a code, or a number.
func (c *checker) checkJSON(arg ast.Expr, k kind) {
	text, lit, ok := c.constBytes(arg)
	if !ok {
		return
	}
	text = strings.TrimSpace(text)
	if text == "null" {
		return // leaves the value as it is
	}
	var s string
	if json.Unmarshal([]byte(text), &s) == nil {
		c.checkCode(lit, s, k, fromJSON, nil)
		return
	}
	if v, err := strconv.ParseInt(text, 10, 64); err == nil && v != 0 && !c.declares(k, v) {
		c.report(analysis.Diagnostic{Pos: lit.Pos(), End: lit.End(), Category: CategoryCode, Message: c.notMember(c.typeOf(k), k, v)})
	}
}

// constBytes returns the constant text of []byte("...").
func (c *checker) constBytes(e ast.Expr) (string, ast.Expr, bool) {
	call := asConversion(c.pass.TypesInfo, e)
	if call == nil {
		return "", nil, false
	}
	s, ok := constString(c.pass.TypesInfo.Types[call.Args[0]].Value)
	return s, call.Args[0], ok
}

// isDecimal reports whether s is one or more ASCII digits.
func isDecimal(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
