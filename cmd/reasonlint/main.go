// Command reasonlint checks Go code that handles LINE Planet disconnect
// reasons and sources; see package analyzer for what it reports.
//
// # Usage
//
//	reasonlint [flags] packages...
//	go vet -vettool=$(command -v reasonlint) [flags] packages...
//
// It exits with status 3 when it reports a finding (go vet: 1). -fix
// applies the suggested fixes, -json prints the findings as JSON, and -h
// describes the checks and lists the flags.
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/reasonlint/reasonlint/analyzer"
)

func main() { singlechecker.Main(analyzer.Analyzer) }
