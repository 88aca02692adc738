package analyzer_test

import (
	"slices"
	"testing"

	"github.com/reasonlint/reasonlint/analyzer"
	"github.com/reasonlint/reasonlint/internal/testutil"
	"golang.org/x/tools/go/packages"
)

// TestStdHasNoOwnTypes holds the recognition of own reason types to the
// standard library's constants, a large body of enums of every kind, none
// of which is LINE Planet's. reasonlint skips the standard library's
// packages when it analyzes them, so this is where the rule meets them.
// The reasons package, whose types are copies of the tables by
// definition, is the control.
func TestStdHasNoOwnTypes(t *testing.T) {
	testutil.E2E(t, "type-checks the standard library")
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes | packages.NeedSyntax | packages.NeedTypesInfo}
	pkgs, err := packages.Load(cfg, "std", "github.com/reasonlint/reasonlint/reasons")
	if err != nil {
		t.Fatal(err)
	}
	if len(pkgs) < 200 {
		t.Fatalf("loaded %d packages; want the standard library's", len(pkgs))
	}
	for _, pkg := range pkgs {
		if len(pkg.Errors) > 0 || pkg.Types == nil {
			t.Errorf("%s: %v", pkg.PkgPath, pkg.Errors)
			continue
		}
		got := analyzer.Recognized(pkg.Fset, pkg.Types, pkg.Syntax, pkg.TypesInfo)
		if pkg.PkgPath == "github.com/reasonlint/reasonlint/reasons" {
			if !slices.Contains(got, "Reason") || !slices.Contains(got, "Source") {
				t.Errorf("reasons: recognized %q; want Reason and Source among them", got)
			}
			continue
		}
		if len(got) > 0 {
			t.Errorf("%s: %q taken for copies of LINE Planet's tables", pkg.PkgPath, got)
		}
	}
}
