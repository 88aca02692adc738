package analyzer

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// The callback check: LINE Planet's callbacks carry the release of a call
// as text in query parameters: disconnect_reason and releaser_type as
// decimal wire values, rel_code (and its name, rel_code_str) and, for
// 1-to-1 calls, terminate, a Q.850 cause. Such text (flow.go), or a number
// parsed from it, compared with constants is a value handled by hand; a
// constant from another of the tables is a bug; a struct field tagged with
// a parameter should have the reasons type.

// typeName names the reasons package's type of kind k: reasons.Reason.
func typeName(k kind) string { return "reasons." + k.String() }

// reasonsEnum returns the enum of the reasons package's type of kind k as
// the analyzed package compiles it, or nil if it does not import it.
func (c *checker) importedReasons(k kind) *enum {
	if c.self {
		return c.reasonsEnumIn(c.pass.Pkg, k)
	}
	for _, imp := range c.pass.Pkg.Imports() {
		if isReasonsPath(imp.Path()) {
			return c.reasonsEnumIn(imp, k)
		}
	}
	return nil
}

// known reports whether v is a value of kind k: of the reasons package as
// compiled if the package imports it, else of reasonlint's own table.
func (c *checker) known(k kind, v int64) bool {
	if en := c.importedReasons(k); en != nil {
		return en.constFor(v) != nil
	}
	return k.known(v)
}

// reportWireConstant reports the constant e, compared with or parsed as
// the callback value of u.
func (c *checker) reportWireConstant(e ast.Expr, u wireUse) {
	if !c.cfg.checkCallbacks {
		return
	}
	if u.how == codeOf {
		c.reportWireCode(e, u.w)
		return
	}
	val := c.pass.TypesInfo.Types[e].Value
	if val == nil {
		return
	}
	w, k := u.w, u.w.k
	en := c.importedReasons(k)
	d := analysis.Diagnostic{Pos: e.Pos(), End: e.End(), Category: CategoryCallback}
	parsed, carries := compareAdvice(w), "carries"
	if w.parser {
		carries = "parses"
	}
	if u.how >= prefix {
		by := map[use]string{prefix: "its prefix", part: "a part of its text", arith: "arithmetic on its value"}[u.how]
		d.Message = fmt.Sprintf("%s compared by %s with %s; %s", w.carrier, by, c.constText(e), strings.TrimSuffix(parsed, " and compare with"))
		if k == reasonKind {
			d.Message += " and compare Category() rather than ranges of values"
		} else {
			d.Message += " and compare with its constants"
		}
		c.report(d)
		return
	}
	var v int64
	if s, ok := constString(val); ok {
		if s == "" && !w.parser {
			return // not set
		}
		if w.form == nameText {
			c.reportWireName(d, w, s, u.fold)
			return
		}
		n, err := strconv.ParseInt(s, 10, 64)
		// The callbacks write values without leading zeros, which the
		// parse functions accept.
		if !isDecimal(s) || err != nil || (!w.parser && strconv.FormatInt(n, 10) != s) {
			d.Message = fmt.Sprintf("%s %s decimal wire values, never %q", w.carrier, carries, s)
			if k == reasonKind {
				if rel, ok := relKind.lookup(s); ok {
					d.Message += fmt.Sprintf(", which is the name of rel code %d (rel_code_str)", rel)
				}
			}
			if m, ok := c.codeFor(k, s); ok {
				d.Message += fmt.Sprintf("; %s %s", parsed, c.nameOf(en, k, m))
			}
			c.report(d)
			return
		}
		v = n
	} else if v, ok = constInt(val); !ok || c.namesKind(e, k) {
		return // not an integer, or a reasons constant: n == int(reasons.NoAnswer)
	} else if obj := c.namedConst(e); obj != nil && c.enumConst(obj) != nil {
		// n == int(reasons.CloudServer), with n from disconnect_reason.
		other := c.enumConst(obj).k
		d.Message = fmt.Sprintf("%s compared with %s, a %s; %s carries %ss", w.carrier, qualifiedName(obj), other.noun(), w.param, k.noun())
		c.report(d)
		return
	}
	if v == 0 {
		return // not set
	}
	if !c.known(k, v) {
		d.Message = c.notMember(c.orBuiltin(en, k), v) + relCodeHint(k, v)
		if u.how == order && k == reasonKind {
			d.Message += rangeAdviceFor(c.enumOf(c.pass.TypesInfo.TypeOf(e)))
		}
		c.report(d)
		return
	}
	lit := strconv.FormatInt(v, 10)
	if w.form == integer {
		lit = "raw integer " + lit
	} else {
		lit = strconv.Quote(lit)
	}
	if u.how == order {
		// n >= 1501: a range, which a constant in place of the number
		// would still be.
		if own := c.enumOf(c.pass.TypesInfo.TypeOf(e)); own != nil && own.own {
			// Parsed already, into a type that has no Category.
			d.Message = fmt.Sprintf("%s compared with %s%s", w.carrier, lit, rangeAdviceFor(own))
			c.report(d)
			return
		}
		if k == reasonKind {
			parsed = strings.TrimSuffix(parsed, " and compare with") + " and compare Category() rather than ranges of values"
		} else {
			parsed = strings.TrimSuffix(parsed, " and compare with") + " and compare with its constants rather than ranges of values"
		}
		d.Message = fmt.Sprintf("%s compared with %s; %s", w.carrier, lit, parsed)
		c.report(d)
		return
	}
	if w.parser {
		return // a known value, parsed as it should be
	}
	name := c.nameOf(en, k, v)
	d.Message = fmt.Sprintf("%s compared with %s; %s %s", w.carrier, lit, parsed, name)
	if w.form == integer {
		d.SuggestedFixes = c.convertedConstantFix(e, w, k, v, name)
	}
	c.report(d)
}

// compareAdvice is what a message advises for the callback value w before
// the constant to compare it with: "parse it into a reasons.Reason and
// compare with".
func compareAdvice(w wire) string {
	switch {
	case w.field && w.nullable:
		return "make the field a sql.Null[" + typeName(w.k) + "] and compare with"
	case w.field:
		return "make the field a " + typeName(w.k) + " and compare with"
	case w.parser:
		return "use"
	}
	return "parse it into a " + typeName(w.k) + " and compare with"
}

// reportWireCode reports the code e, r.String(), compared with the
// decimal text of the callback value w, which it never equals.
func (c *checker) reportWireCode(e ast.Expr, w wire) {
	call, en := c.stringCall(e)
	if call == nil {
		return
	}
	recv := ast.Unparen(call.Fun).(*ast.SelectorExpr).X
	msg := fmt.Sprintf("%s carries decimal wire values, never codes such as %s; %s", w.carrier, types.ExprString(e), strings.TrimSuffix(compareAdvice(w), " and compare with"))
	if obj := c.namedConst(recv); obj != nil && c.enumConst(obj) == en {
		msg += " and compare with " + qualifiedName(obj)
	} else {
		msg += " and compare with " + types.ExprString(recv)
	}
	c.report(analysis.Diagnostic{Pos: e.Pos(), End: e.End(), Category: CategoryCallback, Message: msg})
}

// constText is how a message shows the constant e: its value.
func (c *checker) constText(e ast.Expr) string {
	val := c.pass.TypesInfo.Types[e].Value
	if s, ok := constString(val); ok {
		return strconv.Quote(s)
	}
	if lit, ok := ast.Unparen(e).(*ast.BasicLit); ok && lit.Kind == token.CHAR {
		return lit.Value // '1'
	}
	return val.ExactString()
}

// otherTable says which callback parameter carries v, if v is not of k's
// table but of another: a Q.850 cause where a disconnect reason belongs, a
// reason's value where a rel code, a cause or a source does, a cause where
// a rel code does and the reverse. A rel code where a reason belongs is
// left to relCodeHint: rel codes are small numbers, which typed code
// compares with for many reasons.
func otherTable(k kind, v int64) string {
	switch {
	case k == reasonKind && causeKind.known(v) && !relKind.known(v):
		return fmt.Sprintf("; it is the Q.850 cause %s, which terminate carries", causeKind.name(v))
	case k != reasonKind && reasonKind.known(v):
		return fmt.Sprintf("; it is disconnect reason %s, which disconnect_reason carries", reasonKind.name(v))
	case k == relKind && causeKind.known(v):
		return fmt.Sprintf("; it is the Q.850 cause %s, which terminate carries", causeKind.name(v))
	case k == causeKind && relKind.known(v):
		return fmt.Sprintf("; it is rel code %s, which rel_code carries", relKind.name(v))
	}
	return ""
}

// relCodeHint says that v, compared with disconnect_reason, is a rel code.
func relCodeHint(k kind, v int64) string {
	if k == reasonKind && relKind.known(v) {
		return fmt.Sprintf("; it is rel code %s, which rel_code carries", relKind.name(v))
	}
	return ""
}

// reportWireName reports the string s compared with rel_code_str, whatever
// the case of its letters if fold, which
// carries rel codes by name.
func (c *checker) reportWireName(d analysis.Diagnostic, w wire, s string, fold bool) {
	en := c.importedReasons(relKind)
	name := s
	if fold {
		name = strings.ToUpper(s) // strings.EqualFold: what it equals
	}
	if v, ok := relKind.lookup(name); ok {
		if !c.known(relKind, v) {
			d.Message = fmt.Sprintf("rel code %q needs a newer version of the reasons package", s)
		} else if w.parser {
			return
		} else {
			d.Message = fmt.Sprintf("%s compared with %q; %s %s", w.carrier, s, compareAdvice(w), c.nameOf(en, relKind, v))
		}
		c.report(d)
		return
	}
	if r, ok := reasonKind.lookup(name); ok {
		d.Message = fmt.Sprintf("%s carries rel code names, and %q is a disconnect reason code (%d)%s", w.carrier, s, r, relCodesOf(r))
		c.report(d)
		return
	}
	if v, err := strconv.ParseUint(s, 10, 16); err == nil {
		d.Message = fmt.Sprintf("%s carries rel code names, never decimal values such as %q", w.carrier, s)
		switch {
		case relKind.known(int64(v)):
			d.Message += fmt.Sprintf(", the value of rel code %s (rel_code)", relKind.name(int64(v)))
		case reasonKind.known(int64(v)):
			d.Message += fmt.Sprintf(", the value of disconnect reason %s (disconnect_reason)", reasonKind.name(int64(v)))
		}
	} else if sg, ok := c.suggest(relKind, s); ok {
		d.Message = fmt.Sprintf("unknown rel code %q; did you mean %q?", s, sg.Code)
	} else {
		d.Message = fmt.Sprintf("unknown rel code %q", s)
	}
	c.report(d)
}

// convertedConstantFix returns the fix that replaces the integer literal e,
// compared with a callback value held as an integer, with the reasons
// package's constant converted to the integer's type: int(reasons.NoAnswer).
func (c *checker) convertedConstantFix(e ast.Expr, w wire, k kind, v int64, name string) []analysis.SuggestedFix {
	lit, ok := ast.Unparen(e).(*ast.BasicLit)
	if !ok || w.intType == nil {
		return nil
	}
	basic, ok := types.Unalias(w.intType).(*types.Basic)
	if !ok || !c.visible(types.Universe.Lookup(basic.Name()), e.Pos()) {
		return nil
	}
	// Only a package that imports the reasons package can name its
	// constants: others may not depend on it, or on a version that has it.
	en := c.importedReasons(k)
	if en == nil || en.constFor(v) == nil {
		return nil
	}
	fb := c.newFix(fmt.Sprintf("Replace %d with %s(%s)", v, basic.Name(), name))
	prefix, ok := fb.qualifier(reasonsPath, "reasons", e.Pos())
	if !ok {
		return nil
	}
	goName := en.constFor(v).Name()
	fb.replace(lit, basic.Name()+"("+prefix+goName+")")
	fb.message = fmt.Sprintf("Replace %d with %s(%s%s)", v, basic.Name(), prefix, goName)
	return fb.done()
}

// codeFor returns the value that the code or name s means, canonical or
// close to it.
func (c *checker) codeFor(k kind, s string) (int64, bool) {
	if v, ok := k.lookup(s); ok {
		return v, true
	}
	if sg, ok := c.suggest(k, s); ok {
		return k.lookup(sg.Code)
	}
	return 0, false
}

// checkTaggedField reports a struct field that decodes a callback parameter
// into a plain string or integer, or that decodes call_end_reason.
func (c *checker) checkTaggedField(f *ast.Field) {
	if f.Tag == nil {
		return
	}
	tag, err := strconv.Unquote(f.Tag.Value)
	if err != nil {
		return
	}
	name := tagParam(tag)
	p, ok := params[name]
	if !ok {
		return
	}
	if st, ok := c.structOf(f); !ok || !releaseStruct(st, name) {
		return
	}
	t := c.pass.TypesInfo.TypeOf(f.Type)
	if p.legacy {
		c.report(analysis.Diagnostic{Pos: f.Pos(), End: f.End(), Category: CategoryCallback, Message: fieldNames(f) + " holds " + legacyAdvice})
		return
	}
	use := typeName(p.k)
	if null, _ := nullType(t); null != "" {
		use = "sql.Null[" + use + "]" // a nullable column
	} else if _, ok := plainType(t); !ok {
		return
	}
	holds := "holds"
	if len(f.Names) > 1 {
		holds = "hold"
	}
	c.report(analysis.Diagnostic{
		Pos:      f.Pos(),
		End:      f.End(),
		Category: CategoryCallback,
		Message:  fmt.Sprintf("%s %s %s as %s; use %s", fieldNames(f), holds, name, types.TypeString(t, c.byName), use),
	})
}

// structOf returns the struct type that declares the field f, which the
// walk is visiting.
func (c *checker) structOf(f *ast.Field) (*types.Struct, bool) {
	st, ok := c.parent(2).(*ast.StructType)
	if !ok {
		return nil, false
	}
	t, ok := c.pass.TypesInfo.TypeOf(st).(*types.Struct)
	return t, ok
}

// byName qualifies types in messages by their packages' names, as code
// names them: sql.NullInt64.
func (c *checker) byName(p *types.Package) string {
	if p == c.pass.Pkg {
		return ""
	}
	return p.Name()
}

// fieldNames is how messages name the fields that f declares.
func fieldNames(f *ast.Field) string {
	switch len(f.Names) {
	case 0:
		return "embedded field"
	case 1:
		return "field " + f.Names[0].Name
	}
	names := make([]string, len(f.Names))
	for i, id := range f.Names {
		names[i] = id.Name
	}
	return "fields " + strings.Join(names, ", ")
}

// legacyAdvice explains why call_end_reason does not belong in new code.
const legacyAdvice = "call_end_reason, the parameter of LINE Planet's callbacks before 5.1, whose values collide with today's disconnect reasons (its 1001 meant the callee was busy; 1001 is NORMAL now): read disconnect_reason"

// reportLegacyRead reports a read of call_end_reason.
func (c *checker) reportLegacyRead(read ast.Expr) {
	if c.cfg.checkCallbacks {
		c.report(analysis.Diagnostic{Pos: read.Pos(), End: read.End(), Category: CategoryCallback, Message: "read of " + legacyAdvice})
	}
}
