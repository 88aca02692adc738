// Command buildgopls builds a gopls that runs reasonlint, so that editors
// show reasonlint's findings as diagnostics and offer its suggested fixes
// as quick fixes.
//
// gopls cannot load analyzers at run time (golang/go#59869), so the
// command builds gopls from its module source with one added file,
// internal/settings/reasonlint.go (see reasonlint.go.tmpl), that appends
// reasonlint to the analyzers gopls runs. It copies gopls's source from
// the module cache, fetching it through the module proxy if needed, into a
// temporary directory, requires reasonlint from a local directory, keeps
// golang.org/x/tools at the version gopls was released with, and runs
// go mod tidy and go build.
//
// # Usage
//
//	go run ./cmd/buildgopls -o bin/gopls-reasonlint [-reasonlint dir] [-v]
//
// -o is the file to build; the directory it is in is created if needed.
// -reasonlint is the directory of the reasonlint module to build in; by
// default the module that contains the current directory. -v prints the
// go commands as they run. On success it prints what it built: the file,
// the gopls version, and the reasonlint version, which is the module's
// version for a directory of the module cache, and otherwise "devel" with
// what git describe says of the directory's checkout.
//
// Point the editor at the result: in VS Code, "go.alternateTools":
// {"gopls": "/abs/path/bin/gopls-reasonlint"}; in Neovim, cmd =
// {"/abs/path/bin/gopls-reasonlint"} in the gopls server settings. The
// "analyses" setting of gopls turns reasonlint off: "analyses":
// {"reasonlint": false}.
package main

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"text/template"
)

// The gopls release to build, and the golang.org/x/tools version it was
// released with. Each gopls release builds only against its own x/tools,
// and requiring reasonlint would otherwise select reasonlint's newer one.
const (
	goplsModule  = "golang.org/x/tools/gopls"
	goplsVersion = "v0.23.0"
	toolsModule  = "golang.org/x/tools"
	toolsVersion = "v0.47.1-0.20260707181000-a299dadba899"
)

// The reasonlint module, and the package of its analyzer.
const (
	reasonlintModule   = "github.com/reasonlint/reasonlint"
	reasonlintAnalyzer = reasonlintModule + "/analyzer"
)

// settingsFile is where the added file goes in the gopls module.
const settingsFile = "internal/settings/reasonlint.go"

//go:embed reasonlint.go.tmpl
var settingsTemplate string

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err == nil {
		return
	}
	if !errors.Is(err, flag.ErrHelp) {
		fmt.Fprintf(os.Stderr, "buildgopls: %v\n", err)
	}
	if errors.Is(err, flag.ErrHelp) || errors.As(err, new(usageError)) {
		os.Exit(2)
	}
	os.Exit(1)
}

// A usageError is a bad command line.
type usageError struct{ error }

// config is what one build needs.
type config struct {
	out        string    // the gopls binary to write, absolute
	reasonlint string    // the reasonlint module's directory, absolute
	verbose    io.Writer // where the go commands are logged, or nil
}

// run parses the command line, builds gopls and prints what it built to
// stdout.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("buildgopls", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "write the gopls binary to `file` (required)")
	dir := fs.String("reasonlint", "", "build in the reasonlint module in `dir` (default: the module that contains the current directory)")
	verbose := fs.Bool("v", false, "print the go commands as they run")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "usage: go run ./cmd/buildgopls -o file [-reasonlint dir] [-v]\n\nBuilds gopls %s with reasonlint among its analyzers.\n\n", goplsVersion)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err}
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return usageError{fmt.Errorf("unexpected arguments: %q", fs.Args())}
	}
	if *out == "" {
		fs.Usage()
		return usageError{errors.New("missing -o")}
	}
	cfg := config{}
	if *verbose {
		cfg.verbose = stderr
	}
	var err error
	if cfg.out, err = filepath.Abs(*out); err != nil {
		return err
	}
	if fi, err := os.Stat(cfg.out); err == nil && fi.IsDir() {
		return fmt.Errorf("-o %q is a directory", *out)
	}
	if *dir == "" {
		if *dir, err = containingModule(ctx, cfg); err != nil {
			return err
		}
	}
	if cfg.reasonlint, err = reasonlintDir(ctx, cfg, *dir); err != nil {
		return err
	}
	// Fail now rather than after minutes of building.
	if err := os.MkdirAll(filepath.Dir(cfg.out), 0o755); err != nil {
		return fmt.Errorf("-o %q: %v", *out, err)
	}
	if err := build(ctx, cfg); err != nil {
		return err
	}
	_, err = fmt.Fprintf(stdout, "built %s: gopls %s with reasonlint %s (%s)\n",
		cfg.out, goplsVersion, reasonlintVersion(ctx, cfg.reasonlint), cfg.reasonlint)
	return err
}

// reasonlintVersion returns the version of the reasonlint module in dir:
// the version in the name of a module cache directory (module@version),
// or else "devel" followed by what git describe says of the checkout in
// dir, or "devel" alone where git says nothing.
func reasonlintVersion(ctx context.Context, dir string) string {
	if _, v, ok := strings.Cut(filepath.Base(dir), "@"); ok && v != "" {
		return v
	}
	git := func(args ...string) string {
		out, err := exec.CommandContext(ctx, "git", append([]string{"-C", dir}, args...)...).Output()
		if err != nil {
			return ""
		}
		return strings.TrimSpace(string(out))
	}
	// Only a checkout of reasonlint itself, not one it was copied into.
	top := git("rev-parse", "--show-toplevel")
	if top == "" || !sameDir(top, dir) {
		return "devel"
	}
	if d := git("describe", "--tags", "--always", "--dirty"); d != "" {
		return "devel " + d
	}
	return "devel"
}

// sameDir reports whether a and b name the same directory.
func sameDir(a, b string) bool {
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(fa, fb)
}

// containingModule returns the directory of the reasonlint module that
// contains the current directory.
func containingModule(ctx context.Context, cfg config) (string, error) {
	out, err := goCmd(ctx, cfg, "", "list", "-m", "-f", "{{.Path}}\t{{.Dir}}")
	if err != nil {
		return "", fmt.Errorf("finding the module of the current directory (use -reasonlint): %v", err)
	}
	for line := range strings.Lines(out) {
		path, dir, _ := strings.Cut(strings.TrimSpace(line), "\t")
		if path == reasonlintModule {
			return dir, nil
		}
	}
	return "", fmt.Errorf("the current directory is not in module %s; use -reasonlint", reasonlintModule)
}

// reasonlintDir checks that dir holds the reasonlint module, and returns
// it as an absolute path.
func reasonlintDir(ctx context.Context, cfg config, dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	gomod := filepath.Join(abs, "go.mod")
	if _, err := os.Stat(gomod); err != nil {
		return "", fmt.Errorf("-reasonlint %q: no go.mod: %v", dir, err)
	}
	mod, err := readModFile(ctx, cfg, gomod)
	if err != nil {
		return "", err
	}
	if mod.Module.Path != reasonlintModule {
		return "", fmt.Errorf("-reasonlint %q: module is %q, not %s", dir, mod.Module.Path, reasonlintModule)
	}
	return abs, nil
}

// build builds gopls with reasonlint into cfg.out.
func build(ctx context.Context, cfg config) error {
	work, err := os.MkdirTemp("", "reasonlint-gopls-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)

	// Locate (or download) gopls's source.
	out, err := goCmd(ctx, cfg, work, "mod", "download", "-json", goplsModule+"@"+goplsVersion)
	var dl struct{ Dir, Error string }
	if jerr := json.Unmarshal([]byte(out), &dl); jerr != nil || dl.Error != "" || dl.Dir == "" {
		switch {
		case dl.Error != "":
			err = errors.New(dl.Error)
		case err == nil && jerr != nil:
			err = fmt.Errorf("reading go mod download's output: %v", jerr)
		case err == nil:
			err = errors.New("go mod download printed no directory")
		}
		return fmt.Errorf("downloading %s@%s: %v", goplsModule, goplsVersion, err)
	}

	// Copy it: the module cache is read-only, and os.CopyFS creates
	// writable files and directories.
	src := filepath.Join(work, "gopls")
	if err := os.CopyFS(src, os.DirFS(dl.Dir)); err != nil {
		return fmt.Errorf("copying %s: %v", dl.Dir, err)
	}

	// Check the pin: the x/tools replacement must be the version this
	// gopls requires.
	mod, err := readModFile(ctx, cfg, filepath.Join(src, "go.mod"))
	if err != nil {
		return err
	}
	if v := mod.require(toolsModule); v != toolsVersion {
		return fmt.Errorf("%s@%s requires %s %s, not %s: update toolsVersion", goplsModule, goplsVersion, toolsModule, v, toolsVersion)
	}

	if err := writeSettings(filepath.Join(src, settingsFile)); err != nil {
		return err
	}
	if _, err := goCmd(ctx, cfg, src, "mod", "edit",
		"-require="+reasonlintModule+"@v0.0.0-00010101000000-000000000000",
		"-replace="+reasonlintModule+"="+cfg.reasonlint,
		"-replace="+toolsModule+"="+toolsModule+"@"+toolsVersion,
	); err != nil {
		return err
	}
	if _, err := goCmd(ctx, cfg, src, "mod", "tidy"); err != nil {
		return err
	}
	// -trimpath keeps the temporary directory's name out of the build,
	// so that the build cache serves later builds.
	if _, err := goCmd(ctx, cfg, src, "build", "-trimpath",
		"-ldflags=-X main.version="+goplsVersion+"+reasonlint",
		"-o", cfg.out, "."); err != nil {
		return err
	}
	return nil
}

// writeSettings writes the file that adds reasonlint to gopls's analyzers.
func writeSettings(file string) error {
	t, err := template.New("reasonlint.go.tmpl").Parse(settingsTemplate)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	err = t.Execute(&buf, struct{ Generator, Analyzer string }{
		Generator: reasonlintModule + "/cmd/buildgopls",
		Analyzer:  reasonlintAnalyzer,
	})
	if err != nil {
		return err
	}
	if _, err := os.Stat(file); err == nil {
		return fmt.Errorf("%s@%s already has %s", goplsModule, goplsVersion, settingsFile)
	}
	return os.WriteFile(file, buf.Bytes(), 0o644)
}

// A modFile is the part of `go mod edit -json`'s output that the command
// reads.
type modFile struct {
	Module  struct{ Path string }
	Require []struct{ Path, Version string }
}

// require returns the version of path that m requires, or "".
func (m *modFile) require(path string) string {
	for _, r := range m.Require {
		if r.Path == path {
			return r.Version
		}
	}
	return ""
}

// readModFile reads a go.mod file.
func readModFile(ctx context.Context, cfg config, file string) (*modFile, error) {
	out, err := goCmd(ctx, cfg, "", "mod", "edit", "-json", file)
	if err != nil {
		return nil, err
	}
	m := new(modFile)
	if err := json.Unmarshal([]byte(out), m); err != nil {
		return nil, fmt.Errorf("reading %s: %v", file, err)
	}
	return m, nil
}

// goCmd runs the go command in dir (the current directory if "") and
// returns its standard output. Its error includes the standard error.
// Go workspaces are off: the build uses the go.mod it writes.
func goCmd(ctx context.Context, cfg config, dir string, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if cfg.verbose != nil {
		where := ""
		if dir != "" {
			where = " (in " + dir + ")"
		}
		fmt.Fprintf(cfg.verbose, "go %s%s\n", strings.Join(args, " "), where)
		cmd.Stderr = io.MultiWriter(&stderr, cfg.verbose)
	}
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		// The JSON of go mod download carries its error on stdout.
		return stdout.String(), fmt.Errorf("go %s: %s", strings.Join(args, " "), msg)
	}
	return stdout.String(), nil
}
