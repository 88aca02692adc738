package analyzer

import (
	"go/constant"
	"go/types"
	"runtime"
	"slices"
	"sync"
	"unsafe"
	"weak"
)

// A qualified identifier with a constant value, reasons.Busy, names a
// typed constant or an untyped one of the package it qualifies. Only an
// untyped one used as a reason is a raw value, and telling the two apart
// by the type checker's record of the identifier's use takes a look-up in
// a large map that nothing else reads: the survey's most costly step, for
// every constant of a reason that the package names. The values of the
// imported packages' untyped constants tell it at once for most: a value
// that none of them has is a typed constant's. The standard library's are
// left out: it holds no reasons, and an untyped constant of its used as
// one (r == http.StatusAccepted) is not worth reading every object of
// every package of it that the code imports.

// A valueFlags holds the integer and string values of a package's untyped
// constants. Other values, such as integers beyond 64 bits, are not held,
// and a constant of such a value is told by its record.
type valueFlags struct {
	ints map[int64]bool
	strs map[string]bool
}

// noValues are the values of a package without untyped constants.
var noValues = &valueFlags{}

// newUntypedSet returns the values of the untyped constants of pkg,
// exported or not (a qualified identifier that names an unexported one is
// a type error, which the checks may still meet): integers, and floats of
// integer value, which an integer type takes as integers.
func newUntypedSet(pkg *types.Package) *valueFlags {
	s := &valueFlags{ints: make(map[int64]bool), strs: make(map[string]bool)}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		obj, ok := scope.Lookup(name).(*types.Const)
		if !ok || !isUntyped(obj.Type()) {
			continue
		}
		switch val := obj.Val(); val.Kind() {
		case constant.String:
			s.strs[constant.StringVal(val)] = true
		case constant.Int, constant.Float, constant.Complex:
			if v, ok := constInt(constant.ToInt(val)); ok {
				s.ints[v] = true
			}
		}
	}
	return s
}

// An untypedCache holds the values of the untyped constants of every
// imported package seen, which the drivers share between the packages they
// analyze. It holds no package: an entry is found by the package's
// address, checked against a weak pointer to it, and goes when the package
// does, so that an editor, which type-checks packages anew as they change,
// keeps no old one alive. (Making a weak pointer costs a microsecond, too
// much for every import of every package; reading one costs nothing.)
type untypedCache struct {
	mu   sync.Mutex
	sets map[uintptr]untypedEntry
}

// An untypedEntry is the values of a package, and the package, weakly.
type untypedEntry struct {
	pkg  weak.Pointer[types.Package]
	vals *valueFlags
}

// of returns the values of the untyped constants of pkg.
func (uc *untypedCache) of(pkg *types.Package) *valueFlags {
	addr := uintptr(unsafe.Pointer(pkg))
	uc.mu.Lock()
	e, ok := uc.sets[addr]
	uc.mu.Unlock()
	if ok && e.pkg.Value() == pkg {
		return e.vals
	}
	// Not seen, or seen at an address that a collected package had.
	e = untypedEntry{weak.Make(pkg), newUntypedSet(pkg)}
	uc.mu.Lock()
	defer uc.mu.Unlock()
	if found, ok := uc.sets[addr]; ok && found.pkg.Value() == pkg {
		return found.vals
	}
	if uc.sets == nil {
		uc.sets = make(map[uintptr]untypedEntry)
	}
	uc.sets[addr] = e
	runtime.AddCleanup(pkg, uc.forget, untypedKey{addr, e.pkg})
	return e.vals
}

// An untypedKey is where a package's entry is: its address and the weak
// pointer that the entry holds.
type untypedKey struct {
	addr uintptr
	pkg  weak.Pointer[types.Package]
}

// forget drops the entry of a package that is gone, unless another package
// has its address now.
func (uc *untypedCache) forget(key untypedKey) {
	uc.mu.Lock()
	if e, ok := uc.sets[key.addr]; ok && e.pkg == key.pkg {
		delete(uc.sets, key.addr)
	}
	uc.mu.Unlock()
}

// qualifiedTyped reports whether a qualified identifier of constant value
// val surely names a typed constant: no package that the analyzed package
// imports has an untyped constant of that value. It reports false where it
// cannot tell, and the identifier's record decides.
func (c *checker) qualifiedTyped(val constant.Value) bool {
	switch val.Kind() {
	case constant.Int:
		v, exact := constant.Int64Val(val)
		if !exact {
			return false
		}
		typed, ok := c.records.typedInts[v]
		if !ok {
			typed = !slices.ContainsFunc(c.importedUntyped(), func(set *valueFlags) bool { return set.ints[v] })
			c.records.typedInts[v] = typed
		}
		return typed
	case constant.String:
		// By the value itself: reading a string value takes a lock.
		typed, ok := c.records.typedStrs[val]
		if !ok {
			v := constant.StringVal(val)
			typed = !slices.ContainsFunc(c.importedUntyped(), func(set *valueFlags) bool { return set.strs[v] })
			c.records.typedStrs[val] = typed
		}
		return typed
	}
	return false
}

// importedUntyped returns the values of the untyped constants of each
// package that the analyzed package imports.
func (c *checker) importedUntyped() []*valueFlags {
	if c.importSets == nil {
		imports := c.pass.Pkg.Imports()
		c.importSets = make([]*valueFlags, len(imports))
		for i, imp := range imports {
			if isStdPath(imp.Path()) {
				c.importSets[i] = noValues
				continue
			}
			c.importSets[i] = c.untyped.of(imp)
		}
	}
	return c.importSets
}
