// Command reasonlint checks Go code that handles LINE Planet disconnect
// reasons and sources; see package analyzer for what it reports.
//
// # Usage
//
//	reasonlint [flags] packages...
//	go vet -vettool=/path/to/reasonlint [flags] packages...
//
// It exits with status 3 when it reports a finding (go vet: 1), 1 when a
// package does not load or type-check, and 2 for a bad flag. -json prints
// the findings as JSON, and exits with status 0 when there are some. -fix
// applies the suggested fixes, prints nothing and exits with status 0,
// even when findings without a fix remain; -fix -diff shows the fixes
// without applying them. -h describes the checks and lists the flags.
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/reasonlint/reasonlint/analyzer"
)

func main() { singlechecker.Main(analyzer.Analyzer) }
