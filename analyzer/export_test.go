package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
)

// Recognized returns the names of pkg's types that the analyzer takes
// for copies of LINE Planet's tables, and "untyped" if its package-level
// untyped constants are one, as it judges them when it analyzes pkg, of
// the files with the type checker's records info.
func Recognized(fset *token.FileSet, pkg *types.Package, files []*ast.File, info *types.Info) []string {
	c := &checker{pass: &analysis.Pass{Fset: fset, Pkg: pkg, Files: files, TypesInfo: info}}
	var found []string
	for tn, consts := range c.constsOf(pkg) {
		switch {
		case tn == nil:
			if recognizeConsts(consts, "") != 0 {
				found = append(found, "untyped")
			}
		case recognize(tn, consts) != 0:
			found = append(found, tn.Name())
		}
	}
	slices.Sort(found)
	return found
}
