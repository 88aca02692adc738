package analyzer_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/reasonlint/reasonlint/analyzer"
)

// Hostile input: what grows with the input grows linearly, and messages
// quote input cut.

// ignores returns a package of n comparisons, each silenced by a directive
// at the end of its line.
func ignores(n int) string {
	var b strings.Builder
	b.WriteString("package p\n\nimport \"github.com/reasonlint/reasonlint/reasons\"\n\nfunc f(r reasons.Reason) {\n")
	for range n {
		b.WriteString("\t_ = r == 1203 //reasonlint:ignore kept as it is\n")
	}
	b.WriteString("}\n")
	return b.String()
}

// conversions returns a comparison of a type parameter with 1203 converted
// to it n times.
func conversions(n int) string {
	return "package p\n\nimport \"github.com/reasonlint/reasonlint/reasons\"\n\nfunc f[R interface{ reasons.Reason }](r R) bool {\n\treturn r == " +
		strings.Repeat("R(", n) + "1203" + strings.Repeat(")", n) + "\n}\n"
}

func TestIgnoresAtScale(t *testing.T) {
	t.Parallel()
	if diags := analyze(t, analyzer.New(), ignores(20000)); len(diags) != 0 {
		t.Errorf("%d diagnostics, the first %q; want all silenced", len(diags), diags[0].Message)
	}
}

func TestNestedConversions(t *testing.T) {
	t.Parallel()
	diags := analyze(t, analyzer.New(), conversions(5000))
	if len(diags) != 1 || diags[0].Message != "raw integer 1203 used as reasons.Reason; use reasons.NoAnswer" {
		t.Errorf("got %d diagnostics, want one raw integer: %v", len(diags), diags)
	}
}

// A message quotes a directive cut, however long it is.
func TestLongDirective(t *testing.T) {
	t.Parallel()
	long := "//reasonlint:" + strings.Repeat("x", 1<<20)
	diags := analyze(t, analyzer.New(), "package p\n\n"+long+"\nvar x = 1\n")
	if len(diags) != 1 || !strings.HasPrefix(diags[0].Message, `unknown directive "//reasonlint:xxx`) || len(diags[0].Message) > 300 {
		msg := ""
		if len(diags) > 0 {
			msg = diags[0].Message[:min(300, len(diags[0].Message))]
		}
		t.Errorf("got %d diagnostics, the first %q (%d bytes); want one, cut", len(diags), msg, len(msg))
	}
}

// The costs of directives and of nested conversions grow linearly: ns/op
// doubles with n.
func BenchmarkIgnores(b *testing.B) {
	fixtureImports(b)
	for _, n := range []int{5000, 10000, 20000} {
		src := ignores(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				analyze(b, analyzer.New(), src)
			}
		})
	}
}

func BenchmarkNestedConversions(b *testing.B) {
	fixtureImports(b)
	for _, n := range []int{1000, 2000, 4000} {
		src := conversions(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				analyze(b, analyzer.New(), src)
			}
		})
	}
}
