package testutil

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// Readme returns the reasonlint module's README.md.
func Readme(t testing.TB) string {
	t.Helper()
	return ReadFile(t, filepath.Join(RootDir(t), "README.md"))
}

// A CodeBlock is a fenced code block of a Markdown text.
type CodeBlock struct {
	Info   string // what follows the opening fence: "sh", "go" ...
	Body   string // the lines between the fences, each ending in "\n"
	Marker string // the HTML comment on the line before the fence, as "<!-- x -->", or ""
}

// CodeBlocks returns the fenced code blocks (```) of text, in order.
func CodeBlocks(text string) []CodeBlock {
	var blocks []CodeBlock
	var cur *CodeBlock
	prev := ""
	for line := range strings.Lines(text) {
		trimmed := strings.TrimRight(line, "\n")
		switch {
		case cur == nil && strings.HasPrefix(trimmed, "```"):
			cur = &CodeBlock{Info: strings.TrimSpace(strings.TrimPrefix(trimmed, "```"))}
			if p := strings.TrimSpace(prev); strings.HasPrefix(p, "<!--") && strings.HasSuffix(p, "-->") {
				cur.Marker = p
			}
		case cur != nil && trimmed == "```":
			blocks = append(blocks, *cur)
			cur = nil
		case cur != nil:
			cur.Body += trimmed + "\n"
		}
		prev = trimmed
	}
	return blocks
}

// CodeBlockStarting returns the body of the first fenced code block of
// text whose body starts with first; there being none is fatal.
func CodeBlockStarting(t testing.TB, text, first string) string {
	t.Helper()
	for _, b := range CodeBlocks(text) {
		if strings.HasPrefix(b.Body, first) {
			return b.Body
		}
	}
	t.Fatalf("README has no code block starting with %q", first)
	return ""
}

// RecipeMarker marks, on the line before, a code block of the README that
// is a recipe for CI: a shell script that must fail where reasonlint is
// missing, rather than pass without it.
const RecipeMarker = "<!-- ci -->"

// ReadmeRecipes returns the README's recipes for CI: the bodies of the sh
// blocks marked with [RecipeMarker]. A marked block of another language is
// an error.
func ReadmeRecipes(t testing.TB) []string {
	t.Helper()
	var rs []string
	for _, b := range CodeBlocks(Readme(t)) {
		if b.Marker != RecipeMarker {
			continue
		}
		if b.Info != "sh" {
			t.Errorf("README: a recipe for CI in a %q block, want sh:\n%s", b.Info, b.Body)
		}
		rs = append(rs, b.Body)
	}
	return rs
}

// Table returns the first Markdown table of text whose header row's first
// cell is first: the cells of the header row, and the cells of the other
// rows without the delimiter row, each trimmed of spaces. There being no
// such table is fatal.
func Table(t testing.TB, text, first string) (header []string, rows [][]string) {
	t.Helper()
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		cells, ok := tableRow(line)
		switch {
		case header == nil && ok && len(cells) > 0 && cells[0] == first:
			header = cells
		case header != nil && ok && strings.Trim(line, "|-: ") == "":
			// the delimiter row
		case header != nil && ok:
			rows = append(rows, cells)
		case header != nil:
			return header, rows
		}
	}
	if header == nil {
		t.Fatalf("no table whose first column is %q", first)
	}
	return header, rows
}

// An ExitCodes is a row of the README's table of exit codes.
type ExitCodes struct {
	Command string         // the command line, without its backquotes
	Status  map[string]int // the exit status, by the heading of its column
}

// ReadmeExitCodes returns the README's table of exit codes, the table
// whose first column is "Command": the headings of its other columns, and
// its rows. A cell that is not a number is fatal.
func ReadmeExitCodes(t testing.TB) (columns []string, rows []ExitCodes) {
	t.Helper()
	header, cells := Table(t, Readme(t), "Command")
	columns = header[1:]
	for _, row := range cells {
		if len(row) != len(header) {
			t.Fatalf("README's exit codes: row %q has %d cells, want %d", row, len(row), len(header))
		}
		r := ExitCodes{Command: strings.Trim(row[0], "`"), Status: make(map[string]int)}
		for i, cell := range row[1:] {
			code, err := strconv.Atoi(cell)
			if err != nil {
				t.Fatalf("README's exit codes: %s, %s: %q is not a number", r.Command, columns[i], cell)
			}
			r.Status[columns[i]] = code
		}
		rows = append(rows, r)
	}
	return columns, rows
}

// tableRow splits a line of a Markdown table into its cells, and reports
// whether it is one. A "|" inside a code span does not split.
func tableRow(line string) ([]string, bool) {
	if !strings.HasPrefix(line, "|") || !strings.HasSuffix(line, "|") || len(line) < 2 {
		return nil, false
	}
	var cells []string
	var cell strings.Builder
	code := false
	for _, r := range line[1 : len(line)-1] {
		switch {
		case r == '`':
			code = !code
			cell.WriteRune(r)
		case r == '|' && !code:
			cells = append(cells, strings.TrimSpace(cell.String()))
			cell.Reset()
		default:
			cell.WriteRune(r)
		}
	}
	return append(cells, strings.TrimSpace(cell.String())), true
}
