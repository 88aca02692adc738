package analyzer

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/reasonlint/reasonlint/reasons"
)

// The code check: a string constant used as a reason code, source name or
// rel code name must be one, and a known code is better compared as a
// value.

// A codeContext says what text a string constant stands for, and so which
// spellings are right.
type codeContext int

const (
	fromString codeContext = iota // compared with r.String(): the canonical spelling only
	fromParse                     // the argument of Parse, ParseSource, Lookup and the like
	fromText                      // unmarshalled: a code, or a decimal wire value
	fromJSON                      // unmarshalled from JSON: as fromText, in a JSON string
)

// codeDiagnostic returns the diagnostic for the string constant e, whose
// value is code, and reports whether there is one: none if code is a code
// of kind k that the context accepts, among the members of en (nil: of
// reasonlint's own table). meant is the one code that code most likely
// means, or "".
func (c *checker) codeDiagnostic(e ast.Expr, code string, k kind, en *enum, ctx codeContext) (d analysis.Diagnostic, meant string, ok bool) {
	d = analysis.Diagnostic{Pos: e.Pos(), End: e.End(), Category: CategoryCode}
	if (ctx == fromText || ctx == fromJSON) && isDecimal(code) {
		v, err := strconv.ParseInt(code, 10, 64)
		if err != nil || v == 0 || c.hasMember(en, k, v) { // 0 is "not set"
			return d, "", false
		}
		d.Message = c.notMember(c.orBuiltin(en, k), v)
		return d, "", true
	}
	if _, ok := c.codeMember(en, k, code, ctx); ok {
		return d, "", false
	}
	if v, ok := k.lookup(code); ok && (k != sourceKind || ctx != fromString || k.name(v) == code) {
		d.Message = fmt.Sprintf("%s %s %q needs a newer version of the reasons package", k.noun(), k.info().nameNoun, code)
		return d, "", true
	}
	if k == relKind {
		// A disconnect reason's code where a rel code's name belongs.
		if r, ok := reasonKind.lookup(code); ok {
			d.Message = fmt.Sprintf("%q is a disconnect reason code (%d), not a rel code name%s", code, r, relCodesOf(r))
			return d, "", true
		}
	}
	noun := k.noun() + " " + k.info().nameNoun
	if k == sourceKind {
		noun = k.noun()
	}
	sg, found := c.suggest(k, code)
	if found {
		_, found = c.codeMember(en, k, sg.Code, fromString)
	}
	switch {
	case found && sg.SDK != "":
		d.Message = fmt.Sprintf("%q is the %s spelling; the %s %s is %q", code, sg.SDK, k.noun(), k.info().nameNoun, sg.Code)
	case found:
		d.Message = fmt.Sprintf("unknown %s %q; did you mean %q?", noun, code, sg.Code)
	default:
		if _, note, retired := retiredCode(code, reasonKind.canonical); retired && k == reasonKind {
			d.Message = fmt.Sprintf("%q is %s", code, note)
			return d, "", true
		}
		d.Message = fmt.Sprintf("unknown %s %q", noun, code)
		if parser, ok := valueParsers[k]; ok && ctx == fromParse && isDecimal(code) {
			d.Message += "; a decimal value: use reasons." + parser
		}
		return d, "", true
	}
	return d, sg.Code, true
}

// valueParsers name the reasons package's parsers of decimal values, by
// the kind they parse.
var valueParsers = map[kind]string{reasonKind: "ParseValue", sourceKind: "ParseSourceValue", relKind: "ParseRelCodeValue"}

// relCodesOf names the rel codes that WebPlanetKit reports as the reason
// r: "; the rel code that WebPlanetKit reports as NOANSWER is NO_ANSWER (5)".
func relCodesOf(r int64) string {
	var names []string
	for _, v := range relKind.info().values {
		if mapped, specific := reasons.RelCode(v).Reason(); specific && int64(mapped) == r {
			names = append(names, fmt.Sprintf("%s (%d)", relKind.name(v), v))
		}
	}
	switch len(names) {
	case 0:
		return ""
	case 1:
		return fmt.Sprintf("; the rel code that WebPlanetKit reports as %s is %s", reasonKind.name(r), names[0])
	}
	return fmt.Sprintf("; the rel codes that WebPlanetKit reports as %s are %s", reasonKind.name(r), strings.Join(names, ", "))
}

// A suggestion is a remembered answer of kind.suggest.
type suggestion struct {
	reasons.Suggestion
	ok bool
}

type suggestKey struct {
	k    kind
	code string
}

// suggest is kind.suggest, remembered for the package: a misspelled code
// tends to be repeated.
func (c *checker) suggest(k kind, code string) (reasons.Suggestion, bool) {
	if sg, ok := c.suggestions[suggestKey{k, code}]; ok {
		return sg.Suggestion, sg.ok
	}
	sg, ok := k.suggest(code)
	if c.suggestions == nil {
		c.suggestions = make(map[suggestKey]suggestion)
	}
	c.suggestions[suggestKey{k, code}] = suggestion{sg, ok}
	return sg, ok
}

// codeMember returns the value that code names in the context: a
// canonical code, or for sources outside comparisons with String also a
// Web spelling. The value must be a member of en, if en is not nil.
func (c *checker) codeMember(en *enum, k kind, code string, ctx codeContext) (int64, bool) {
	v, ok := k.lookup(code)
	if !ok || (k == sourceKind && ctx == fromString && k.name(v) != code) {
		return 0, false
	}
	return v, c.hasMember(en, k, v)
}

// hasMember reports whether en, or reasonlint's table if en is nil, has v.
func (c *checker) hasMember(en *enum, k kind, v int64) bool {
	if en == nil {
		return k.known(v)
	}
	return en.constFor(v) != nil
}

// orBuiltin returns en, or the enum of reasonlint's own table of kind k.
func (c *checker) orBuiltin(en *enum, k kind) *enum {
	if en != nil {
		return en
	}
	return &enum{k: k, builtin: true}
}

// reportCode reports the string constant e, whose value is code, if it is
// not a code of kind k that the context accepts. The fix replaces a
// literal with the code meant, unless taken says that the code is taken.
func (c *checker) reportCode(e ast.Expr, code string, k kind, en *enum, ctx codeContext, taken map[string]bool, noFix bool) {
	d, meant, ok := c.codeDiagnostic(e, code, k, en, ctx)
	if !ok {
		return
	}
	if lit, isLit := ast.Unparen(e).(*ast.BasicLit); meant != "" && isLit && !noFix && !taken[meant] {
		if taken != nil {
			taken[meant] = true
		}
		text := strconv.Quote(meant)
		if ctx == fromJSON {
			text = "`" + text + "`" // codes need no escapes
		}
		fb := c.newFix(fmt.Sprintf("Replace %q with %q", code, meant))
		fb.replace(lit, text)
		d.SuggestedFixes = fb.done()
	}
	c.report(d)
}

// stringCall reports whether e calls the String method of a reason,
// source or rel code of the reasons package, and returns the call and the
// enum.
func (c *checker) stringCall(e ast.Expr) (*ast.CallExpr, *enum) {
	if !isStringCall(e) {
		return nil, nil
	}
	call := ast.Unparen(e).(*ast.CallExpr)
	sel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	selection := c.pass.TypesInfo.Selections[sel]
	if selection == nil || selection.Kind() != types.MethodVal {
		return nil, nil
	}
	en := c.enumOf(deref(selection.Recv()))
	if en == nil && len(selection.Index()) > 1 {
		// The method of a reason embedded in a struct.
		if sig, ok := selection.Obj().Type().(*types.Signature); ok && sig.Recv() != nil {
			en = c.enumOf(deref(sig.Recv().Type()))
		}
	}
	if en == nil || en.own || en.k == causeKind {
		return nil, nil
	}
	return call, en
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
	if c.self {
		return
	}
	for _, pair := range [][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
		call, en, code, ok := c.codeOperands(pair[0], pair[1])
		if !ok {
			continue
		}
		k := en.k
		var d analysis.Diagnostic
		v, known := c.codeMember(en, k, code, fromString)
		if c.isConstant(ast.Unparen(call.Fun).(*ast.SelectorExpr).X) {
			// reasons.Busy.String() == "BUSY": a test that pins a code,
			// whose spelling alone is checked.
			if !known {
				c.reportCode(pair[1], code, k, en, fromString, nil, false)
			}
			return
		}
		if known {
			d = analysis.Diagnostic{
				Pos:      b.Pos(),
				End:      b.End(),
				Category: CategoryCode,
				Message:  comparedByCode(en, code, v),
			}
		} else {
			// A misspelled code: the fix compares with the constant
			// meant, in one step.
			var meant string
			if d, meant, ok = c.codeDiagnostic(pair[1], code, k, en, fromString); !ok {
				return
			}
			if v, known = c.codeMember(en, k, meant, fromString); !known {
				c.report(d)
				return
			}
		}
		obj := en.constFor(v)
		if !c.noFix[b] && !en.builtin {
			if unwrap := c.unwrapString(call); unwrap != nil {
				fb := c.newFix("Compare with " + qualifiedName(obj))
				if text, ok := fb.refer(obj, pair[1].Pos()); ok {
					fb.edits = append(fb.edits, unwrap...)
					fb.replace(pair[1], text)
					d.SuggestedFixes = fb.done()
				}
			}
		}
		c.report(d)
		return
	}
}

// comparedByCode is the message for a known code, of value v, compared
// with the code of a value of en rather than the value with a constant.
func comparedByCode(en *enum, code string, v int64) string {
	return fmt.Sprintf("%s compared by its %s %q; compare with %s", en.name(), en.k.info().codeNoun, code, qualifiedName(en.constFor(v)))
}

// codeOperands reports whether x is the code of a reason or source,
// r.String(), and y a constant string, "BUSY": the operands of a
// comparison of codes.
func (c *checker) codeOperands(x, y ast.Expr) (call *ast.CallExpr, en *enum, code string, ok bool) {
	call, en = c.stringCall(x)
	if call == nil {
		return nil, nil, "", false
	}
	code, ok = constString(c.pass.TypesInfo.Types[y].Value)
	return call, en, code, ok
}

// noteRepeatedComparisons looks at the comparisons that a chain of || or
// && joins, r.String() == "NOANSWR" || r.String() == "NOANSWERR", and
// keeps the fix of all but the first that would compare the same value
// with the same constant, which would leave the chain redundant.
func (c *checker) noteRepeatedComparisons(b *ast.BinaryExpr) {
	if p, ok := c.parentSkippingParens().(*ast.BinaryExpr); ok && p.Op == b.Op {
		return // not the root of the chain
	}
	if !comparesStringCall(b, b.Op) {
		return // no code comparison to fix
	}
	type key struct {
		recv string
		v    int64
	}
	seen := make(map[key]bool)
	var walk func(e ast.Expr)
	walk = func(e ast.Expr) {
		x, ok := ast.Unparen(e).(*ast.BinaryExpr)
		if !ok {
			return
		}
		if x.Op == b.Op {
			walk(x.X)
			walk(x.Y)
			return
		}
		if !isEquality(x.Op) {
			return
		}
		for _, pair := range [][2]ast.Expr{{x.X, x.Y}, {x.Y, x.X}} {
			if obj := c.namedConst(pair[1]); obj != nil {
				// r == reasons.NoAnswer, what a fix writes.
				if en := c.enumConst(obj); en != nil && c.enumOf(c.pass.TypesInfo.TypeOf(pair[0])) == en {
					if v, ok := constInt(obj.Val()); ok {
						seen[key{types.ExprString(ast.Unparen(pair[0])) + "\x00" + x.Op.String(), v}] = true
					}
					return
				}
			}
			call, en, code, ok := c.codeOperands(pair[0], pair[1])
			if !ok || c.isConstant(ast.Unparen(call.Fun).(*ast.SelectorExpr).X) {
				continue
			}
			v, known := c.codeMember(en, en.k, code, fromString)
			if !known {
				// A misspelled code: the constant that the fix of
				// checkCodeComparison compares with, if any.
				_, meant, ok := c.codeDiagnostic(pair[1], code, en.k, en, fromString)
				if !ok || meant == "" {
					return
				}
				if v, known = c.codeMember(en, en.k, meant, fromString); !known {
					return
				}
			}
			// The value as the fix writes it: *p for p.String() of a
			// pointer.
			recv := ast.Unparen(call.Fun).(*ast.SelectorExpr).X
			text := types.ExprString(recv)
			if _, isPtr := c.pass.TypesInfo.TypeOf(recv).Underlying().(*types.Pointer); isPtr {
				text = "*" + text
			}
			k := key{text + "\x00" + x.Op.String(), v}
			if seen[k] {
				if c.noFix == nil {
					c.noFix = make(map[*ast.BinaryExpr]bool)
				}
				c.noFix[x] = true
			}
			seen[k] = true
			return
		}
	}
	walk(b)
}

// comparesStringCall reports whether a comparison in the chain that e
// roots, of comparisons joined by op, compares a call x.String().
func comparesStringCall(e ast.Expr, op token.Token) bool {
	x, ok := ast.Unparen(e).(*ast.BinaryExpr)
	switch {
	case !ok:
		return false
	case x.Op == op:
		return comparesStringCall(x.X, op) || comparesStringCall(x.Y, op)
	case !isEquality(x.Op):
		return false
	}
	return isStringCall(x.X) || isStringCall(x.Y)
}

// isStringCall reports whether e is written as a call x.String().
func isStringCall(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "String"
}

// A switchInfo is what the check of a switch over codes tells the checks
// of its cases.
type switchInfo struct {
	en        *enum
	converted bool            // a switch over int(r), not over a code
	switchFix bool            // the switch gets a fix that rewrites its cases too
	taken     map[string]bool // the codes that the cases have, or that fixes write
}

// noteSwitch records what the walk needs to know of the cases of sw.
func (c *checker) noteSwitch(sw *ast.SwitchStmt, info *switchInfo) {
	if c.switches == nil {
		c.switches = make(map[*ast.SwitchStmt]*switchInfo)
	}
	c.switches[sw] = info
}

// checkCodeSwitch checks a switch over a code, r.String() (or a variable
// that its init statement assigns it, whose fix would have to rewrite the
// init too: none, unless rewriteTag): it must list
// every code, and it is better written over r itself. One finding says
// both, and its fix switches on r, names the constants the codes (and
// misspellings) mean, and adds the missing ones.
func (c *checker) checkCodeSwitch(sw *ast.SwitchStmt, call *ast.CallExpr, en *enum, rewriteTag bool) {
	info := c.pass.TypesInfo
	k := en.k
	cv := c.newCoverage(c.required(en))
	taken := make(map[string]bool) // the codes of the cases
	convertible := !en.builtin
	var dflt *ast.CaseClause
	type rewrite struct {
		e   ast.Expr
		obj *types.Const
	}
	var rewrites []rewrite
	meant := make(map[int64]bool) // the values the cases will name
	for _, s := range sw.Body.List {
		cc, ok := s.(*ast.CaseClause)
		if !ok {
			return
		}
		if cc.List == nil {
			dflt = cc
		}
		for _, e := range cc.List {
			if code, ok := constString(info.Types[e].Value); ok {
				taken[code] = true
			}
		}
	}
	for _, s := range sw.Body.List {
		for _, e := range s.(*ast.CaseClause).List {
			code, ok := constString(info.Types[e].Value)
			if !ok {
				convertible = false
				continue
			}
			v, known := c.codeMember(en, k, code, fromString)
			if known {
				cv.cover(v)
			} else if sg, found := c.suggest(k, code); found {
				v, known = c.codeMember(en, k, sg.Code, fromString)
			}
			if !known || meant[v] {
				convertible = false // unknown, or a second case for one value
				continue
			}
			meant[v] = true
			rewrites = append(rewrites, rewrite{e, en.constFor(v)})
		}
	}
	var unwrap []analysis.TextEdit
	if rewriteTag {
		unwrap = c.unwrapString(call)
	}
	convertible = convertible && unwrap != nil && len(rewrites) > 0
	c.noteSwitch(sw, &switchInfo{en: en, switchFix: convertible && c.cfg.checkCodes, taken: taken})
	miss := cv.missing()
	if len(miss) > 0 || dflt == nil {
		c.wouldReport(sw.Switch, CategorySwitch)
	}
	// An ignore directive for switches silences the missing cases, and
	// leaves the advice of the code check.
	reportMissing := c.cfg.checkSwitch && len(miss) > 0 && !(dflt != nil && c.cfg.defaultExhaustive) && !c.ignoredAt(sw.Switch, CategorySwitch, true)
	codes := make([]string, len(miss))
	for i, v := range miss {
		codes[i] = k.name(v)
		if obj := en.constFor(v); codes[i] == "" && obj != nil {
			codes[i] = obj.Name()
		}
	}
	d := analysis.Diagnostic{Pos: sw.Switch, End: sw.Body.Lbrace, Category: CategoryCode}
	noun := k.info().codeNoun
	missing := fmt.Sprintf("missing cases in switch of %s %ss: %s", en.name(), noun, quoteAll(codes))
	advice := fmt.Sprintf("switch on the %s of a %s; switch on the value and compare with its constants", noun, en.name())
	switch {
	case c.cfg.checkCodes && reportMissing:
		d.Message = missing + "; " + advice
	case c.cfg.checkCodes:
		d.Message = advice
	case reportMissing:
		d.Category, d.Message = CategorySwitch, missing
	default:
		return
	}
	if convertible && c.cfg.checkCodes {
		fb := c.newFix("Switch on the " + en.name())
		fb.edits = append(fb.edits, unwrap...)
		ok := true
		for _, rw := range rewrites {
			text, refOK := fb.refer(rw.obj, rw.e.Pos())
			if !refOK {
				ok = false
				break
			}
			fb.replace(rw.e, text)
		}
		var add []caseName
		for _, v := range miss {
			if obj := en.constFor(v); obj != nil && !meant[v] && reportMissing {
				add = append(add, caseName{obj: obj})
			}
		}
		needsDefault := c.cfg.requireDefault && dflt == nil
		later := "reasons"
		if k == sourceKind {
			later = "sources"
		}
		if ok && (len(add) == 0 && !needsDefault || c.addCases(fb, sw, info.TypeOf(ast.Unparen(call.Fun).(*ast.SelectorExpr).X), dflt, add, needsDefault, later)) {
			d.SuggestedFixes = fb.done()
		}
	}
	c.report(d)
}

// checkCodeCase checks a case of a switch over a code.
func (c *checker) checkCodeCase(e ast.Expr, val constant.Value, info *switchInfo) {
	code, ok := constString(val)
	if !ok || !c.cfg.checkCodes {
		return
	}
	if _, known := c.codeMember(info.en, info.en.k, code, fromString); known {
		return
	}
	c.reportCode(e, code, info.en.k, info.en, fromString, info.taken, info.switchFix)
}

// argFuncs are the names of the functions whose first argument the code
// check looks at: the reasons package's parse functions, and those that
// unmarshal into a value of its types.
var argFuncs = map[string]bool{
	"Parse": true, "Lookup": true, "ParseSource": true, "LookupSource": true, "ParseRelCode": true, "LookupRelCode": true,
	"ParseValue": true, "ParseSourceValue": true, "ParseRelCodeValue": true, "ParseCauseValue": true,
	"UnmarshalText": true, "UnmarshalJSON": true, "Unmarshal": true,
}

// checkCall checks the first argument of call: codes and values passed to
// the reasons package's parse functions, and text unmarshalled into its
// types.
func (c *checker) checkCall(call *ast.CallExpr) {
	if len(call.Args) == 0 || c.self || !c.cfg.checkCodes && !c.cfg.checkCallbacks {
		return
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || !argFuncs[sel.Sel.Name] {
		return
	}
	fn, ok := c.pass.TypesInfo.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil {
		return
	}
	e := call.Args[0]
	info := c.pass.TypesInfo
	switch {
	case isReasonsPath(fn.Pkg().Path()):
		sig := fn.Type().(*types.Signature)
		if sig.Recv() == nil {
			c.checkParseArgument(e, fn)
			return
		}
		if en := c.enumOf(deref(sig.Recv().Type())); en != nil && c.cfg.checkCodes {
			switch fn.Name() {
			case "UnmarshalText":
				if text, lit, ok := c.constBytes(e); ok {
					c.reportCode(lit, text, en.k, en, fromText, nil, false)
				}
			case "UnmarshalJSON":
				c.checkJSON(e, en)
			}
		}
	case fn.Pkg().Path() == "encoding/json" && fn.Name() == "Unmarshal" && len(call.Args) == 2 && c.cfg.checkCodes:
		if ptr, ok := info.TypeOf(call.Args[1]).(*types.Pointer); ok {
			if en := c.enumOf(ptr.Elem()); en != nil {
				if !en.own {
					c.checkJSON(e, en)
				}
			} else {
				c.checkJSONInto(e, ptr.Elem())
			}
		}
	}
}

// parseFuncs are the reasons package's functions that take a code or
// name, by the kind of value they return.
var parseFuncs = map[string]kind{
	"Parse": reasonKind, "Lookup": reasonKind,
	"ParseSource": sourceKind, "LookupSource": sourceKind,
	"ParseRelCode": relKind, "LookupRelCode": relKind,
}

// valueParseFuncs are the reasons package's functions that take a decimal
// wire value.
var valueParseFuncs = map[string]kind{
	"ParseValue": reasonKind, "ParseSourceValue": sourceKind, "ParseRelCodeValue": relKind, "ParseCauseValue": causeKind,
}

// checkParseArgument checks the constant argument e of the reasons
// package's function fn.
func (c *checker) checkParseArgument(e ast.Expr, fn *types.Func) {
	val := c.pass.TypesInfo.Types[e].Value
	s, ok := constString(val)
	if !ok {
		return
	}
	if k, ok := parseFuncs[fn.Name()]; ok && c.cfg.checkCodes {
		c.reportCode(e, s, k, c.reasonsEnumIn(fn.Pkg(), k), fromParse, nil, false)
	}
	if k, ok := valueParseFuncs[fn.Name()]; ok && c.cfg.checkCallbacks {
		c.reportWireConstant(e, wireUse{w: wire{k: k, form: decimalText, carrier: fn.Pkg().Name() + "." + fn.Name(), parser: true}, how: equal})
	}
}

// reasonsEnumIn returns the enum of the reasons package pkg's type of kind
// k, or nil.
func (c *checker) reasonsEnumIn(pkg *types.Package, k kind) *enum {
	tn, ok := pkg.Scope().Lookup(k.String()).(*types.TypeName)
	if !ok {
		return nil
	}
	return c.namedEnum(tn)
}

// checkJSON checks constant JSON text unmarshalled into a value of en: a
// string holding a code, or a number.
func (c *checker) checkJSON(arg ast.Expr, en *enum) {
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
		c.reportCode(lit, s, en.k, en, fromJSON, nil, false)
		return
	}
	if v, err := strconv.ParseInt(text, 10, 64); err == nil && v != 0 && en.constFor(v) == nil {
		c.report(analysis.Diagnostic{Pos: lit.Pos(), End: lit.End(), Category: CategoryCode, Message: c.notMember(en, v)})
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

// checkOwnCode checks the string constant e used as a value of the own
// string type en: it must be one of the type's constants.
func (c *checker) checkOwnCode(e ast.Expr, en *enum, val constant.Value, r role, other ast.Node) {
	s, ok := constString(val)
	if !ok || s == "" { // "" is "not set"
		return
	}
	switch {
	case r == operand && c.isConstant(other.(ast.Expr)),
		r == argument && !c.paramIsEnum(other.(*ast.CallExpr), e),
		r == value && c.declaresOwn(other, en):
		return
	}
	if obj := c.namedConst(e); obj != nil && c.enumOf(obj.Type()) == en {
		return
	}
	k := en.k
	d := analysis.Diagnostic{Pos: e.Pos(), End: e.End(), Category: CategoryCode}
	v, spelled := k.spelled(s)
	meant := ""
	switch {
	case spelled && en.spelling(v) == s:
		d.Message = fmt.Sprintf("raw %s %q used as %s", k.info().nameNoun, s, en.name())
	case spelled && en.web:
		d.Message = fmt.Sprintf("%q is the %s %s; %s spells it as WebPlanetKit does, %q", s, k.noun(), k.info().nameNoun, en.name(), en.spelling(v))
		meant = en.spelling(v)
	case spelled:
		sg, _ := c.suggest(k, s)
		d.Message = fmt.Sprintf("%q is the %s spelling; the %s %s is %q", s, sg.SDK, k.noun(), k.info().nameNoun, k.canonical(v))
		meant = k.canonical(v)
	default:
		var ok bool
		if d, meant, ok = c.codeDiagnostic(e, s, k, nil, fromParse); !ok {
			return
		}
		v, _ = k.lookup(meant)
		if en.web && meant != "" {
			meant = en.spelling(v)
			d.Message = fmt.Sprintf("unknown %s %q; did you mean %q?", k.noun(), s, meant)
		}
	}
	obj := en.constFor(v)
	withheld, extra := c.ownListFix(e, en, r, other) // see listed.go
	switch {
	case obj != nil:
		d.Message += "; use " + qualifiedName(obj)
		fb := c.newFix("Replace " + strconv.Quote(s) + " with " + qualifiedName(obj))
		if text, ok := fb.refer(obj, e.Pos()); ok && !withheld {
			fb.edits = append(fb.edits, extra...)
			fb.replace(e, text)
			d.SuggestedFixes = fb.done()
		}
	case meant == "" && spelled:
		d.Message += ", which declares no constant for it"
		// The fix of the type's declaration adds the constant.
		if name := c.plannedName(en, v); name != "" && c.visibleName(name, e.Pos()) && !withheld {
			fb := c.newFix("Replace " + strconv.Quote(s) + " with " + en.tn.Pkg().Name() + "." + name)
			fb.replace(e, name)
			d.SuggestedFixes = fb.done()
		}
	case withheld:
	case meant != "" && c.plannedName(en, v) != "" && c.visibleName(c.plannedName(en, v), e.Pos()):
		name := c.plannedName(en, v)
		fb := c.newFix("Replace " + strconv.Quote(s) + " with " + en.tn.Pkg().Name() + "." + name)
		fb.replace(e, name)
		d.SuggestedFixes = fb.done()
	case meant != "":
		if lit, ok := ast.Unparen(e).(*ast.BasicLit); ok {
			fb := c.newFix(fmt.Sprintf("Replace %q with %q", s, meant))
			fb.replace(lit, strconv.Quote(meant))
			d.SuggestedFixes = fb.done()
		}
	}
	c.report(d)
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
