// Command noop runs an analyzer that does nothing, with the driver that
// reasonlint uses. Its time and memory are those of loading, parsing and
// type checking alone: the floor that reasonlint is measured against.
//
// # Usage
//
//	noop [flags] packages...
//	go vet -vettool=$(command -v noop) packages...
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/singlechecker"
)

// Analyzer does nothing, and requires nothing.
var Analyzer = &analysis.Analyzer{
	Name: "noop",
	Doc:  "do nothing: the floor of the reasonlint benchmarks",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() { singlechecker.Main(Analyzer) }
