package analyzer

import (
	"go/constant"
	"go/token"
	"go/types"
	"runtime"
	"testing"
	"time"
	"unsafe"
	"weak"
)

// TestUntypedCacheForgets checks that the cache of imported packages'
// untyped constants answers from what it holds and lets a package go, as
// an editor drops old packages.
func TestUntypedCacheForgets(t *testing.T) {
	uc := new(untypedCache)
	func() {
		pkg := types.NewPackage("example.com/limits", "limits")
		for _, c := range []struct {
			name string
			typ  types.Type
			val  constant.Value
		}{
			{"Busy", types.Typ[types.UntypedInt], constant.MakeInt64(1202)},
			{"Declined", types.Typ[types.UntypedFloat], constant.MakeFloat64(1203)},
			{"Half", types.Typ[types.UntypedFloat], constant.MakeFloat64(0.5)},
			{"Code", types.Typ[types.UntypedString], constant.MakeString("BUSY")},
			{"Typed", types.Typ[types.Int], constant.MakeInt64(1204)},
		} {
			pkg.Scope().Insert(types.NewConst(token.NoPos, pkg, c.name, c.typ, c.val))
		}
		set := uc.of(pkg)
		if !set.ints[1202] || !set.ints[1203] || !set.strs["BUSY"] || set.ints[1204] || set.ints[0] || len(set.ints) != 2 {
			t.Fatalf("untyped values: %v %v", set.ints, set.strs)
		}
		if uc.of(pkg) != set {
			t.Fatal("a package's values computed twice")
		}
		// The cleanup of a package that had the address before does not
		// drop the entry of the one that has it now.
		other := types.NewPackage("example.com/other", "other")
		uc.forget(untypedKey{uintptr(unsafe.Pointer(pkg)), weak.Make(other)})
		if uc.of(pkg) != set {
			t.Fatal("the entry of a live package dropped")
		}
	}()
	for i := 0; ; i++ {
		runtime.GC()
		uc.mu.Lock()
		n := len(uc.sets)
		uc.mu.Unlock()
		if n == 0 {
			break
		}
		if i == 1000 {
			t.Fatal("the cache keeps a package that is gone")
		}
		time.Sleep(time.Millisecond) // cleanups run on a goroutine of their own
	}
}
