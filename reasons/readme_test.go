package reasons_test

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/reasonlint/reasonlint/reasons"
)

// reasonRow matches a row of the README's table of reasons.
var reasonRow = regexp.MustCompile("(?m)^\\| [0-9]+ \\| `.*$")

// The README's table of reasons is this package's.
func TestReadmeTable(t *testing.T) {
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	shown := reasonRow.FindAllString(string(b), -1)
	var want []string
	for _, r := range reasons.All() {
		var sources []string
		for _, s := range r.Sources() {
			sources = append(sources, s.String())
		}
		if sources == nil {
			sources = []string{"?"}
		}
		want = append(want, fmt.Sprintf("| %d | `%s` | `%s` | %s | %s | %s |", int(r), r, strings.TrimPrefix(r.GoString(), "reasons."),
			r.Category(), r.CallTypes(), strings.Join(sources, ", ")))
	}
	if strings.Join(shown, "\n") != strings.Join(want, "\n") {
		t.Errorf("README's table of reasons differs; want:\n%s", strings.Join(want, "\n"))
	}
}
