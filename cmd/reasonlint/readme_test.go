package main

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/reasonlint/reasonlint/analyzer"
)

// The README shows real output: these tests run what it shows and compare.

func readme(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repoDir, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// block returns the body of the first fenced code block whose body starts
// with first.
func block(t *testing.T, text, first string) string {
	t.Helper()
	for _, part := range strings.Split(text, "```")[1:] {
		_, body, _ := strings.Cut(part, "\n") // drop the info string
		if strings.HasPrefix(body, first) {
			return body
		}
	}
	t.Fatalf("README has no code block starting with %q", first)
	return ""
}

func TestReadmeExampleOutput(t *testing.T) {
	const command = "$ go run ./cmd/reasonlint ./example\n"
	want := strings.TrimPrefix(block(t, readme(t), command), command)
	r := mustRun(t, 3, repoDir, nil, reasonlintBin, "./example")
	// go run reports the exit status; the README shows paths relative to
	// the repository.
	got := strings.ReplaceAll(r.stderr+r.stdout, repoDir+string(filepath.Separator), "") + "exit status 3\n"
	if got != want {
		t.Errorf("README shows:\n%s\nreasonlint prints:\n%s", want, got)
	}
}

func TestReadmeJSON(t *testing.T) {
	const start = "{\n\t\"github.com/reasonlint/reasonlint/example\""
	shown := block(t, readme(t), start)
	shown = strings.ReplaceAll(shown, "/…/", repoDir+"/")
	type output map[string]map[string][]json.RawMessage
	var want output
	if err := json.Unmarshal([]byte(shown), &want); err != nil {
		t.Fatalf("README's JSON: %v", err)
	}
	r := mustRun(t, 0, repoDir, nil, reasonlintBin, "-json", "./example")
	var got output
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatal(err)
	}
	n := 0
	for pkg, byAnalyzer := range want {
		for name, diags := range byAnalyzer {
			for _, d := range diags {
				n++
				if !containsJSON(got[pkg][name], d) {
					t.Errorf("README's finding is not in the output: %s", d)
				}
			}
		}
	}
	if n == 0 {
		t.Error("README's JSON shows no finding")
	}
}

// containsJSON reports whether list holds a value equal to v.
func containsJSON(list []json.RawMessage, v json.RawMessage) bool {
	var want any
	if json.Unmarshal(v, &want) != nil {
		return false
	}
	for _, item := range list {
		var got any
		if json.Unmarshal(item, &got) == nil && reflect.DeepEqual(got, want) {
			return true
		}
	}
	return false
}

// flagRow matches a row of the README's table of flags.
var flagRow = regexp.MustCompile("(?m)^\\| `-([a-z-]+)` \\| `([^`]*)` \\|")

func TestReadmeFlags(t *testing.T) {
	shown := make(map[string]string)
	for _, m := range flagRow.FindAllStringSubmatch(readme(t), -1) {
		shown[m[1]] = m[2]
	}
	actual := make(map[string]string)
	analyzer.New().Flags.VisitAll(func(f *flag.Flag) { actual[f.Name] = f.DefValue })
	if !reflect.DeepEqual(shown, actual) {
		t.Errorf("README's flags %v, the analyzer's %v", shown, actual)
	}
}
