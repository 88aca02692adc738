// Command exhaustive runs nishanths/exhaustive's analyzer with its default
// settings, with the driver that reasonlint uses: the peer that reasonlint
// is measured against.
//
// # Usage
//
//	exhaustive [flags] packages...
package main

import (
	"github.com/nishanths/exhaustive/passes/exhaustive"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() { singlechecker.Main(exhaustive.Analyzer) }
