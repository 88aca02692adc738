package testutil

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestCodeBlocks(t *testing.T) {
	t.Parallel()
	const text = "intro\n\n<!-- ci -->\n```sh\nreasonlint ./...\n```\n\n```go\npackage p\n\n```\n"
	want := []CodeBlock{
		{Info: "sh", Body: "reasonlint ./...\n", Marker: "<!-- ci -->"},
		{Info: "go", Body: "package p\n\n"},
	}
	if got := CodeBlocks(text); !reflect.DeepEqual(got, want) {
		t.Errorf("CodeBlocks = %#v, want %#v", got, want)
	}
}

func TestTable(t *testing.T) {
	t.Parallel()
	const text = "| Flag | Default |\n|---|---|\n| x | y |\n\n| Command | A | B |\n|---|---:|---|\n| `a \\| b` | 1 | 2 |\n| `c` | 3 | 4 |\nafter\n"
	header, rows := Table(t, text, "Command")
	if want := []string{"Command", "A", "B"}; !reflect.DeepEqual(header, want) {
		t.Errorf("header %q, want %q", header, want)
	}
	if want := [][]string{{"`a \\| b`", "1", "2"}, {"`c`", "3", "4"}}; !reflect.DeepEqual(rows, want) {
		t.Errorf("rows %q, want %q", rows, want)
	}
}

func TestSplitPosn(t *testing.T) {
	t.Parallel()
	file, line, col, ok := SplitPosn("/a/b:c.go:12:5")
	if file != "/a/b:c.go" || line != 12 || col != 5 || !ok {
		t.Errorf("SplitPosn = %q, %d, %d, %v", file, line, col, ok)
	}
	if _, _, _, ok := SplitPosn("a.go:12"); ok {
		t.Error("SplitPosn accepted a position without a column")
	}
}

func TestApplyEdits(t *testing.T) {
	t.Parallel()
	got, err := ApplyEdits([]byte("if s == 4 && r == 1305 {"), []Edit{
		{Filename: "f", Start: 8, End: 9, New: "reasons.CloudServer"},
		{Filename: "f", Start: 18, End: 22, New: "reasons.ServerInternalError"},
	})
	if want := "if s == reasons.CloudServer && r == reasons.ServerInternalError {"; err != nil || string(got) != want {
		t.Errorf("ApplyEdits = %q, %v; want %q", got, err, want)
	}
	if _, err := ApplyEdits([]byte("abcdef"), []Edit{{Filename: "f", Start: 1, End: 4}, {Filename: "f", Start: 3, End: 5}}); err == nil {
		t.Error("ApplyEdits applied overlapping edits")
	}
}

func TestRoot(t *testing.T) {
	t.Parallel()
	root := RootDir(t)
	if _, err := os.Stat(filepath.Join(root, "internal", "testutil", "testutil.go")); err != nil {
		t.Errorf("Root() = %s, which does not hold this package: %v", root, err)
	}
}
