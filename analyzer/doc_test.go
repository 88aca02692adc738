package analyzer_test

import (
	"go/doc/comment"
	"go/parser"
	"go/token"
	"strings"
	"testing"

	"github.com/reasonlint/reasonlint/analyzer"
)

// Every category's documentation link points at a section of the package
// documentation: at the anchor that pkg.go.dev gives a heading of doc.go.
func TestDocURLs(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", nil, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		t.Fatal(err)
	}
	var p comment.Parser
	ids := make(map[string]bool)
	for _, block := range p.Parse(f.Doc.Text()).Content {
		if h, ok := block.(*comment.Heading); ok {
			ids[h.DefaultID()] = true
		}
	}
	for _, category := range analyzer.Categories {
		url := analyzer.DocURL(category)
		base, anchor, ok := strings.Cut(url, "#")
		if !ok || base != analyzer.Analyzer.URL || !ids[anchor] {
			t.Errorf("DocURL(%q) = %s: not %s#<the anchor of a heading of doc.go>; anchors: %v", category, url, analyzer.Analyzer.URL, ids)
		}
	}
}
