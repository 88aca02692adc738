package analyzer

import (
	"cmp"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"iter"
	"reflect"
	"slices"
	"strings"
	"sync"

	"github.com/reasonlint/reasonlint/reasons"
)

// The types whose values are LINE Planet's: the reasons package's, and the
// application's own reason and source types (owntypes.go).

// reasonsPath is the import path of the reasons package.
var reasonsPath = reflect.TypeFor[reasons.Reason]().PkgPath()

var vendoredReasonsPath = "/vendor/" + reasonsPath

// isReasonsPath reports whether path is the reasons package's, vendored or
// not.
func isReasonsPath(path string) bool {
	return path == reasonsPath || strings.HasSuffix(path, vendoredReasonsPath)
}

// reasonsKinds are the reasons package's types by name.
var reasonsKinds = map[string]kind{"Reason": reasonKind, "Source": sourceKind, "RelCode": relKind, "Cause": causeKind}

// An enum is a type whose values are LINE Planet's.
type enum struct {
	tn   *types.TypeName
	k    kind
	own  bool // an application's own type, held to LINE Planet's table
	text bool // an own type of codes or names: its underlying type is a string
	// consts are the type's constants, the first declared of each value;
	// for a text type, by the value of the reason or source its code
	// spells.
	consts map[int64]*types.Const
	// members are the values that the type's constants give it, in
	// value order: what a switch over one of the reasons package's types
	// must cover. Own types are held to LINE Planet's table instead.
	members []int64
	// builtin: the reasons package reached only through other packages,
	// whose members are those of reasonlint's own copy. No fix names one.
	builtin bool
	here    bool // declared in the package being analyzed
	// web: an own type of strings that spells sources as WebPlanetKit
	// does, "cloud_server"; see webSpelled.
	web bool
	// inert: an own type marked //reasonlint:reason or //reasonlint:source
	// of which no constant is in the table. The finding at the type says
	// so, and its uses are not checked: enumOf does not return it.
	inert bool

	req []int64 // see required; nil until computed
}

// name is how messages name the type: "reasons.Reason", "calls.DisconnectReason".
func (e *enum) name() string { return qualifiedName(e.tn) }

// constFor returns the constant that names value v, or nil.
func (e *enum) constFor(v int64) *types.Const { return e.consts[v] }

// required returns the values that a switch or map literal of the type
// must cover, in value order.
func (c *checker) required(e *enum) []int64 {
	if !e.k.exhaustive() {
		return nil
	}
	if e.req == nil {
		web := 0
		if c.cfg.webReasons {
			web = 1
		}
		if e.own || slices.Equal(e.members, e.k.info().values) {
			e.req = tableRequired[e.k][web]
		} else {
			e.req = requiredOf(e.k, e.members, c.cfg.webReasons)
		}
	}
	return e.req
}

// tableRequired holds what required returns for the whole table of each
// kind, without and with the web-only reasons.
var tableRequired = func() (req [len(kinds)][2][]int64) {
	for k := range kinds {
		req[k][0] = requiredOf(kind(k), kinds[k].values, false)
		req[k][1] = requiredOf(kind(k), kinds[k].values, true)
	}
	return req
}()

// requiredOf returns the values of all that a switch or map literal of
// kind k must cover: the positive ones, and the web-only reasons if web.
func requiredOf(k kind, all []int64, web bool) []int64 {
	vs := []int64{}
	for _, v := range all {
		if v > 0 && (web || !k.webOnly(v)) {
			vs = append(vs, v)
		}
	}
	return vs
}

// enumOf returns the enum that t is: directly, through an alias, or as a
// type parameter whose type set is exactly that type. It returns nil for
// any other type, and for an inert own type, whose uses are not checked.
func (c *checker) enumOf(t types.Type) *enum {
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		if e := c.namedEnum(t.Obj()); e != nil && !e.inert {
			return e
		}
	case *types.TypeParam:
		if only := singleType(t.Constraint()); only != nil {
			return c.enumOf(only)
		}
	}
	return nil
}

// namedEnum returns the enum that the type named tn is, or nil.
func (c *checker) namedEnum(tn *types.TypeName) *enum {
	if e, ok := c.enums[tn]; ok {
		return e
	}
	var e *enum
	pkg := tn.Pkg()
	switch {
	case pkg == nil:
	case isReasonsPath(pkg.Path()):
		if k, ok := reasonsKinds[tn.Name()]; ok {
			e = c.reasonsEnum(tn, k)
		}
	case pkg == c.pass.Pkg || c.imported(pkg):
		// The constants of a type from a package that the analyzed
		// package does not import are not all known.
		e = c.ownTypesOf(pkg)[tn]
	}
	if c.enums == nil {
		c.enums = make(map[*types.TypeName]*enum)
	}
	c.enums[tn] = e
	if e != nil && e.own && e.here {
		c.asFixed(e)
	}
	return e
}

// imported reports whether the analyzed package imports pkg itself.
func (c *checker) imported(pkg *types.Package) bool {
	return slices.Contains(c.pass.Pkg.Imports(), pkg)
}

// reasonsEnum returns the enum of the reasons package's type tn. Its
// members are the constants of the package as the analyzed code compiles
// it, so that a project pinned to an older version is held to that
// version's members. A package that reaches it only through others sees
// only part of it: there, the members are those of the reasons package
// that reasonlint was built with, whatever else is being analyzed.
func (c *checker) reasonsEnum(tn *types.TypeName, k kind) *enum {
	if tn.Pkg() == c.pass.Pkg {
		e := &enum{tn: tn, k: k, here: true}
		e.setConsts(c.constsOf(tn.Pkg())[tn])
		return e
	}
	return c.cache.enum(c, tn, k, !c.imported(tn.Pkg()))
}

// setConsts sets the constants of e, the first declared of each value, and
// its members, from the constants of its type.
func (e *enum) setConsts(consts []*types.Const) {
	e.consts = make(map[int64]*types.Const, len(consts))
	for _, obj := range consts {
		v, ok := e.valueOf(obj.Val())
		if !ok {
			continue
		}
		if first := e.consts[v]; first == nil || obj.Pos() < first.Pos() {
			e.consts[v] = obj
		}
	}
	e.members = sortedValues(e.consts)
}

// valueOf returns the value in LINE Planet's table that a constant value
// val of e's type stands for: for an integer type the value itself, for a
// string type the value of the reason or source its text spells.
func (e *enum) valueOf(val constant.Value) (int64, bool) {
	if e.text {
		s, ok := constString(val)
		if !ok {
			return 0, false
		}
		return e.k.spelled(s)
	}
	return constInt(val)
}

// A reasonsCache keeps the enums of the reasons package that the last
// package imported, which every package of a program imports alike: the
// drivers share imported packages between the packages they analyze. The
// enums it holds are complete, and only read.
type reasonsCache struct {
	mu    sync.Mutex
	pkg   *types.Package
	enums map[reasonsKey]*enum
}

// A reasonsKey is an enum of the reasons package: its type, and whether
// its members are reasonlint's own.
type reasonsKey struct {
	tn      *types.TypeName
	builtin bool
}

// enum returns the enum of the reasons package's type tn, declared in
// another package than the one that c analyzes.
func (rc *reasonsCache) enum(c *checker, tn *types.TypeName, k kind, builtin bool) *enum {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	if rc.pkg != tn.Pkg() {
		rc.pkg, rc.enums = tn.Pkg(), make(map[reasonsKey]*enum)
	}
	key := reasonsKey{tn, builtin}
	if e, ok := rc.enums[key]; ok {
		return e
	}
	e := &enum{tn: tn, k: k, builtin: builtin}
	if builtin {
		n := len(k.info().values)
		e.consts = make(map[int64]*types.Const, n)
		e.members = make([]int64, 0, n)
		for _, v := range k.info().values {
			e.consts[v] = types.NewConst(token.NoPos, tn.Pkg(), k.info().goNames[v], tn.Type(), constant.MakeInt64(v))
			e.members = append(e.members, v)
		}
	} else {
		e.setConsts(c.constsOf(tn.Pkg())[tn])
	}
	c.required(e) // now, while no other package can see it
	rc.enums[key] = e
	return e
}

// constsOf returns the package-level constants of pkg whose type is a
// defined type of pkg with an integer or string underlying type, by type,
// and its untyped ones under nil; only exported ones of other packages.
// The analyzed package's are read from its declarations, others' from
// their scope, once.
func (c *checker) constsOf(pkg *types.Package) map[*types.TypeName][]*types.Const {
	if found, ok := c.consts[pkg]; ok {
		return found
	}
	found := make(map[*types.TypeName][]*types.Const)
	add := func(obj *types.Const) {
		switch t := types.Unalias(obj.Type()).(type) {
		case *types.Named:
			if t.Obj().Pkg() == pkg && (isInteger(t) || isString(t)) {
				found[t.Obj()] = append(found[t.Obj()], obj)
			}
		case *types.Basic:
			if t.Info()&types.IsUntyped != 0 {
				found[nil] = append(found[nil], obj)
			}
		}
	}
	if pkg == c.pass.Pkg {
		for _, dc := range c.declaredConsts() {
			if dc.obj.Name() != "_" {
				add(dc.obj)
			}
		}
	} else {
		scope := pkg.Scope()
		for _, name := range scope.Names() {
			if obj, ok := scope.Lookup(name).(*types.Const); ok && obj.Exported() {
				add(obj)
			}
		}
	}
	if c.consts == nil {
		c.consts = make(map[*types.Package]map[*types.TypeName][]*types.Const)
	}
	c.consts[pkg] = found
	return found
}

// A declaredConst is a package-level constant as its declaration declares
// it, blank ones too.
type declaredConst struct {
	obj   *types.Const
	decl  *ast.GenDecl
	spec  *ast.ValueSpec
	index int // of obj's name among the spec's names
	file  *fileState
}

// declaredConsts returns the constants that the analyzed package declares
// at its top level, in the order of its files and their declarations,
// read once. The memory is the checker's until the package is checked.
func (c *checker) declaredConsts() []declaredConst {
	if c.declaredList != nil {
		return *c.declaredList
	}
	c.declaredList = declaredSlices.Get().(*[]declaredConst)
	list := (*c.declaredList)[:0]
	for _, file := range c.pass.Files {
		var fs *fileState
		for _, decl := range file.Decls {
			g, ok := decl.(*ast.GenDecl)
			if !ok || g.Tok != token.CONST {
				continue
			}
			if fs == nil {
				fs = c.files[c.pass.Fset.File(file.Pos())]
			}
			for _, spec := range g.Specs {
				spec := spec.(*ast.ValueSpec)
				for i, id := range spec.Names {
					if obj, ok := c.pass.TypesInfo.Defs[id].(*types.Const); ok {
						list = append(list, declaredConst{obj, g, spec, i, fs})
					}
				}
			}
		}
	}
	*c.declaredList = list
	return list
}

// declaredSlices holds the memory of declaredConsts done with, which the
// next package reuses.
var declaredSlices = sync.Pool{New: func() any { return new([]declaredConst) }}

// releaseDeclared returns the memory of declaredConsts to declaredSlices.
func (c *checker) releaseDeclared() {
	if c.declaredList == nil {
		return
	}
	list := (*c.declaredList)[:cap(*c.declaredList)]
	clear(list)
	*c.declaredList = list[:0]
	declaredSlices.Put(c.declaredList)
	c.declaredList = nil
}

// topLevelSpecs yields the specs of the analyzed package's top-level
// declarations of tok (CONST, TYPE ...), each with its declaration, in the
// order of its files.
func (c *checker) topLevelSpecs(tok token.Token) iter.Seq2[*ast.GenDecl, ast.Spec] {
	return func(yield func(*ast.GenDecl, ast.Spec) bool) {
		for _, file := range c.pass.Files {
			for _, decl := range file.Decls {
				if g, ok := decl.(*ast.GenDecl); ok && g.Tok == tok {
					for _, spec := range g.Specs {
						if !yield(g, spec) {
							return
						}
					}
				}
			}
		}
	}
}

// typeSpec returns the declaration of tn, a type of the analyzed package,
// or nil.
func (c *checker) typeSpec(tn *types.TypeName) *ast.TypeSpec {
	for _, spec := range c.topLevelSpecs(token.TYPE) {
		if ts := spec.(*ast.TypeSpec); c.pass.TypesInfo.Defs[ts.Name] == tn {
			return ts
		}
	}
	return nil
}

// enumConst returns the enum of obj's type if obj is a constant of one.
func (c *checker) enumConst(obj types.Object) *enum {
	if k, ok := obj.(*types.Const); ok {
		return c.enumOf(k.Type())
	}
	return nil
}

// singleType returns the one type of the type set of constraint, if that
// set is exactly one type (no ~ term), and nil otherwise.
func singleType(constraint types.Type) types.Type {
	terms, all := typeSet(constraint, 0)
	if all || len(terms) != 1 || terms[0].Tilde() {
		return nil
	}
	return terms[0].Type()
}

// typeSet returns the terms of the type set of t, or all if it holds every
// type. Methods are ignored: they only narrow a set, and the sets that
// count here hold one type that has them.
func typeSet(t types.Type, depth int) (terms []*types.Term, all bool) {
	if depth > 16 {
		return nil, true // not a set that names one type
	}
	switch u := t.Underlying().(type) {
	case *types.Interface:
		all = true
		for i := 0; i < u.NumEmbeddeds(); i++ {
			ts, a := typeSet(u.EmbeddedType(i), depth+1)
			switch {
			case a:
			case all:
				terms, all = ts, false
			default:
				terms = intersect(terms, ts)
			}
		}
		return terms, all
	case *types.Union:
		for i := 0; i < u.Len(); i++ {
			term := u.Term(i)
			if _, isIface := term.Type().Underlying().(*types.Interface); isIface && !term.Tilde() {
				ts, a := typeSet(term.Type(), depth+1)
				if a {
					return nil, true
				}
				terms = append(terms, ts...)
				continue
			}
			terms = append(terms, term)
		}
		return dedupTerms(terms), false
	}
	return []*types.Term{types.NewTerm(false, t)}, false
}

// intersect returns the terms that both a and b admit.
func intersect(a, b []*types.Term) []*types.Term {
	var out []*types.Term
	for _, x := range a {
		for _, y := range b {
			switch {
			case !x.Tilde() && !y.Tilde():
				if types.Identical(x.Type(), y.Type()) {
					out = append(out, x)
				}
			case x.Tilde() && !y.Tilde():
				if types.Identical(x.Type().Underlying(), y.Type().Underlying()) {
					out = append(out, y)
				}
			case !x.Tilde() && y.Tilde():
				if types.Identical(x.Type().Underlying(), y.Type().Underlying()) {
					out = append(out, x)
				}
			default:
				if types.Identical(x.Type().Underlying(), y.Type().Underlying()) {
					out = append(out, x)
				}
			}
		}
	}
	return dedupTerms(out)
}

func dedupTerms(ts []*types.Term) []*types.Term {
	var out []*types.Term
	for _, t := range ts {
		if !slices.ContainsFunc(out, func(u *types.Term) bool { return u.Tilde() == t.Tilde() && types.Identical(u.Type(), t.Type()) }) {
			out = append(out, t)
		}
	}
	return out
}

// qualifiedName is how messages name an object: a package-level one by
// package and name, "reasons.NoAnswer", a local one by its name.
func qualifiedName(obj types.Object) string {
	if !packageLevel(obj) {
		return obj.Name()
	}
	return obj.Pkg().Name() + "." + obj.Name()
}

// packageLevel reports whether obj is declared in its package's scope.
func packageLevel(obj types.Object) bool {
	return obj.Pkg() != nil && (obj.Parent() == nil || obj.Parent() == obj.Pkg().Scope())
}

// deref returns what t points to if it is a pointer, and t otherwise.
func deref(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// typeUnder returns the underlying type of t, or nil for nil.
func typeUnder(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	return t.Underlying()
}

// isBasic reports whether t is a basic type, or a type defined from one.
func isBasic(t types.Type) bool {
	_, ok := typeUnder(t).(*types.Basic)
	return ok
}

// isString reports whether t's underlying type is a string.
func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// isInteger reports whether t's underlying type is an integer.
func isInteger(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// sortedValues returns the keys of m in order.
func sortedValues[V any](m map[int64]V) []int64 {
	vs := make([]int64, 0, len(m))
	for v := range m {
		vs = append(vs, v)
	}
	slices.SortFunc(vs, cmp.Compare)
	return vs
}
