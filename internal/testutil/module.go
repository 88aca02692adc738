package testutil

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// ModulePath is the module path of reasonlint.
const ModulePath = "github.com/reasonlint/reasonlint"

// Root returns the directory of the reasonlint module: the nearest
// directory, from the current one up, whose go.mod declares [ModulePath].
// Tests run in their package's directory, so it is the checkout that is
// being tested, from the bench module as from the root module.
func Root() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if modulePath(filepath.Join(dir, "go.mod")) == ModulePath {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("testutil: no directory above the current one holds module %s", ModulePath)
		}
		dir = parent
	}
}

// modulePath returns the module path that the go.mod file declares, or ""
// if there is no such file.
func modulePath(gomod string) string {
	f, err := os.Open(gomod)
	if err != nil {
		return ""
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(s.Text()), "module "); ok {
			path := strings.TrimSpace(rest)
			if p, err := strconv.Unquote(path); err == nil {
				path = p
			}
			return path
		}
	}
	return ""
}

// RootDir is [Root] for a test: an error is fatal.
func RootDir(t testing.TB) string {
	t.Helper()
	dir, err := Root()
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// GoSum returns the reasonlint module's go.sum. A scratch module that
// requires reasonlint needs these lines: without them the go command asks
// the checksum database for every module it reads, even from the module
// cache, and fails where that cannot be reached.
func GoSum(t testing.TB) string {
	t.Helper()
	return ReadFile(t, filepath.Join(RootDir(t), "go.sum"))
}

// Module writes a scratch module into a temporary directory and returns
// the directory. The module has the module path path, requires reasonlint
// and replaces it with this checkout, has reasonlint's go.sum, and holds
// files (a slash-separated path relative to the module -> its content).
//
// The go command needs nothing from the network in it, for the packages
// of reasonlint and the standard library, once the module cache has
// reasonlint's requirements (as building any of its commands leaves it):
// run it with [Offline].
func Module(t testing.TB, path string, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	WriteFile(t, filepath.Join(dir, "go.mod"), fmt.Sprintf(`module %s

go 1.26.0

require %s v0.0.0-00010101000000-000000000000

replace %s => %s
`, path, ModulePath, ModulePath, strconv.Quote(RootDir(t))))
	WriteFile(t, filepath.Join(dir, "go.sum"), GoSum(t))
	for name, content := range files {
		WriteFile(t, filepath.Join(dir, filepath.FromSlash(name)), content)
	}
	return dir
}

// Offline is the environment in which the go command looks nothing up:
// no workspace, no module proxy. In a [Module] or a [CopyModule],
// everything comes from the checkout and the module cache.
var Offline = []string{"GOWORK=off", "GOPROXY=off"}

// CopyModule copies the reasonlint module's go.mod and go.sum, and the
// packages of the module that the packages matching patterns depend on,
// without their tests, into a temporary directory, and returns it. A test
// can change the copy (apply fixes, add comments) without touching the
// checkout, and every package in it loads.
func CopyModule(t testing.TB, patterns ...string) string {
	t.Helper()
	root := RootDir(t)
	dir := t.TempDir()
	for _, f := range []string{"go.mod", "go.sum"} {
		WriteFile(t, filepath.Join(dir, f), ReadFile(t, filepath.Join(root, f)))
	}
	args := append([]string{"list", "-deps", "-f", "{{if .Module}}{{if .Module.Main}}{{.Dir}}{{end}}{{end}}"}, patterns...)
	deps := MustRun(t, 0, root, []string{"GOWORK=off"}, "go", args...)
	// A package's directory is copied whole but for its tests (its
	// embedded files may sit in subdirectories), so a package under an
	// already copied one is skipped.
	rels := strings.Fields(deps.Stdout)
	for i, src := range rels {
		rel, err := filepath.Rel(root, src)
		if err != nil || !filepath.IsLocal(rel) {
			t.Fatalf("package directory %s is outside %s", src, root)
		}
		rels[i] = rel
	}
	slices.Sort(rels)
	var copied []string
	for _, rel := range slices.Compact(rels) {
		if slices.ContainsFunc(copied, func(c string) bool { return strings.HasPrefix(rel, c+string(filepath.Separator)) }) {
			continue
		}
		copyTree(t, filepath.Join(dir, rel), filepath.Join(root, rel))
		copied = append(copied, rel)
	}
	return dir
}

// copyTree copies the directory src to dst, but for its Go test files.
func copyTree(t testing.TB, dst, src string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		switch {
		case d.IsDir():
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		case strings.HasSuffix(d.Name(), "_test.go") || !d.Type().IsRegular():
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}
