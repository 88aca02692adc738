package analyzer

import (
	"cmp"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strings"

	"github.com/reasonlint/reasonlint/reasons"
)

// reasonsPath is the import path of the reasons package.
var reasonsPath = reflect.TypeFor[reasons.Reason]().PkgPath()

// isReasonsPath reports whether path is the reasons package's, vendored or
// not.
func isReasonsPath(path string) bool {
	return path == reasonsPath || strings.HasSuffix(path, vendoredReasonsPath)
}

var vendoredReasonsPath = "/vendor/" + reasonsPath

// An enum is the reasons package as the analyzed package compiles it. Its
// members are the constants that version of the package declares, read
// from its scope: a project pinned to an older version is held to that
// version's members.
type enum struct {
	pkg     *types.Package
	members map[*types.TypeName][]member // by type, in value order; filled lazily
}

// A member is one value of Reason or Source and the constant that names
// it.
type member struct {
	value int64
	obj   *types.Const
}

// findEnum returns the reasons package if pkg is it or depends on it, and
// nil otherwise.
func findEnum(pkg *types.Package) *enum {
	if pkg == nil {
		return nil
	}
	if found := reasonsIn(pkg); found != nil {
		return &enum{pkg: found, members: make(map[*types.TypeName][]member)}
	}
	return nil
}

// reasonsIn returns the reasons package if pkg is it or depends on it.
func reasonsIn(pkg *types.Package) *types.Package {
	if isReasonsPath(pkg.Path()) {
		return pkg
	}
	// Most packages that use it import it: no need to search the graph.
	for _, imp := range pkg.Imports() {
		if isReasonsPath(imp.Path()) {
			return imp
		}
	}
	seen := make(map[*types.Package]bool)
	var find func(p *types.Package) *types.Package
	find = func(p *types.Package) *types.Package {
		if seen[p] {
			return nil
		}
		seen[p] = true
		if isReasonsPath(p.Path()) {
			return p
		}
		for _, imp := range p.Imports() {
			if found := find(imp); found != nil {
				return found
			}
		}
		return nil
	}
	return find(pkg)
}

// kind tells the two enum types apart.
type kind int

const (
	reasonKind kind = iota + 1
	sourceKind
)

func (k kind) String() string {
	if k == sourceKind {
		return "Source"
	}
	return "Reason"
}

// noun is how messages name a value of the kind.
func (k kind) noun() string {
	if k == sourceKind {
		return "disconnect source"
	}
	return "disconnect reason"
}

// enumType returns the type name and kind of t if t is reasons.Reason or
// reasons.Source: directly, through an alias, or as a type parameter whose
// constraint admits exactly that type.
func enumType(t types.Type) (*types.TypeName, kind) {
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		obj := t.Obj()
		if obj.Pkg() == nil || !isReasonsPath(obj.Pkg().Path()) {
			return nil, 0
		}
		switch obj.Name() {
		case "Reason":
			return obj, reasonKind
		case "Source":
			return obj, sourceKind
		}
	case *types.TypeParam:
		if term := singleTerm(t.Constraint()); term != nil {
			return enumType(term)
		}
	}
	return nil, 0
}

// singleTerm returns the one type that the constraint iface admits, if its
// type set is exactly one type (no ~ terms), and nil otherwise.
func singleTerm(constraint types.Type) types.Type {
	iface, ok := constraint.Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	var only types.Type
	for i := 0; i < iface.NumEmbeddeds(); i++ {
		var t types.Type
		switch e := iface.EmbeddedType(i).(type) {
		case *types.Union:
			if e.Len() != 1 || e.Term(0).Tilde() {
				return nil
			}
			t = e.Term(0).Type()
		default:
			if _, isIface := e.Underlying().(*types.Interface); isIface {
				if nested := singleTerm(e); nested != nil {
					t = nested
					break
				}
				continue
			}
			t = e
		}
		if only != nil && !types.Identical(only, t) {
			return nil
		}
		only = t
	}
	return only
}

// membersOf returns the constants of type tn, grouped by value: one member
// per value, in value order, named by the constant declared first. Only
// exported constants count, unless the analyzed package is the reasons
// package itself.
func (e *enum) membersOf(tn *types.TypeName, from *types.Package) []member {
	if ms, ok := e.members[tn]; ok {
		return ms
	}
	if !tn.Pkg().Complete() {
		ms := builtinMembers(tn)
		e.members[tn] = ms
		return ms
	}
	scope := tn.Pkg().Scope()
	var ms []member
	for _, name := range scope.Names() {
		c, ok := scope.Lookup(name).(*types.Const)
		if !ok || !types.Identical(c.Type(), tn.Type()) || (!c.Exported() && tn.Pkg() != from) {
			continue
		}
		v, exact := constant.Int64Val(constant.ToInt(c.Val()))
		if !exact {
			continue
		}
		ms = append(ms, member{v, c})
	}
	slices.SortFunc(ms, func(a, b member) int {
		return cmp.Or(cmp.Compare(a.value, b.value), cmp.Compare(a.obj.Pos(), b.obj.Pos()))
	})
	ms = slices.CompactFunc(ms, func(a, b member) bool { return a.value == b.value })
	e.members[tn] = ms
	return ms
}

// builtinMembers returns the members of tn as the reasons package that
// reasonlint is built with declares them. They stand in for those of a
// package that the analyzed package reaches only through others: its
// types come from their export data, which holds only what they use of it.
func builtinMembers(tn *types.TypeName) []member {
	var ms []member
	add := func(v int64, goString string) {
		name := strings.TrimPrefix(goString, "reasons.")
		ms = append(ms, member{v, types.NewConst(token.NoPos, tn.Pkg(), name, tn.Type(), constant.MakeInt64(v))})
	}
	switch tn.Name() {
	case "Reason":
		for _, r := range reasons.All() {
			add(int64(r), r.GoString())
		}
	case "Source":
		for _, s := range reasons.AllSources() {
			add(int64(s), s.GoString())
		}
	}
	return ms
}

// lookup returns the member of tn with value v.
func (e *enum) lookup(tn *types.TypeName, from *types.Package, v int64) (member, bool) {
	ms := e.membersOf(tn, from)
	i, ok := slices.BinarySearchFunc(ms, v, func(m member, v int64) int { return cmp.Compare(m.value, v) })
	if !ok {
		return member{}, false
	}
	return ms[i], true
}

// typeNamed returns the reasons package's Reason or Source type name.
func (e *enum) typeNamed(k kind) *types.TypeName {
	tn, _ := e.pkg.Scope().Lookup(k.String()).(*types.TypeName)
	return tn
}

// constOf returns the type name of obj's type if obj is a constant of type
// Reason or Source, and nil otherwise.
func constOf(obj types.Object) *types.TypeName {
	c, ok := obj.(*types.Const)
	if !ok {
		return nil
	}
	tn, _ := enumType(c.Type())
	return tn
}

// qualifiedName is how messages name a member: "reasons.NoAnswer".
func qualifiedName(obj types.Object) string {
	return obj.Pkg().Name() + "." + obj.Name()
}

// constValue returns the constant value of e. A conversion of a constant to
// a type parameter, R(reasons.Busy), is no constant to the type checker,
// but its operand's value is what a case or key stands for.
func constValue(info *types.Info, e ast.Expr) constant.Value {
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
	return constValue(info, call.Args[0])
}

// asConversion returns e if it is a conversion, T(x), and nil otherwise.
func asConversion(info *types.Info, e ast.Expr) *ast.CallExpr {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 || call.Ellipsis.IsValid() || !info.Types[call.Fun].IsType() {
		return nil
	}
	return call
}

// constInt returns the value of a constant integer expression.
func constInt(v constant.Value) (int64, bool) {
	if v == nil || v.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(v)
}

// constString returns the value of a constant string expression.
func constString(v constant.Value) (string, bool) {
	if v == nil || v.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(v), true
}
