package testutil

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// A Result is what a command did.
type Result struct {
	Stdout, Stderr string
	Code           int // the exit status
}

// Run runs name with args in dir, with the environment of the test plus
// env (whose entries win over the test's), and returns what it did.
// Failing to start the command is fatal; a non-zero exit status is not. A
// command whose standard error shows a panic fails the test.
func Run(t testing.TB, dir string, env []string, name string, args ...string) Result {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := Result{Stdout: stdout.String(), Stderr: stderr.String()}
	if exit, ok := errors.AsType[*exec.ExitError](err); ok {
		r.Code = exit.ExitCode()
	} else if err != nil {
		t.Fatalf("%s: %v", commandLine(name, args), err)
	}
	if strings.Contains(r.Stderr, "panic:") || strings.Contains(r.Stderr, "goroutine ") {
		t.Errorf("%s panicked:\n%s", commandLine(name, args), r.Stderr)
	}
	return r
}

// MustRun is [Run] that fails the test at once unless the exit status is
// want.
func MustRun(t testing.TB, want int, dir string, env []string, name string, args ...string) Result {
	t.Helper()
	r := Run(t, dir, env, name, args...)
	if r.Code != want {
		t.Fatalf("%s (in %s): exit status %d, want %d\nstdout:\n%s\nstderr:\n%s",
			commandLine(name, args), dir, r.Code, want, r.Stdout, r.Stderr)
	}
	return r
}

// commandLine returns name and args as one line, for messages.
func commandLine(name string, args []string) string {
	return strings.Join(append([]string{filepath.Base(name)}, args...), " ")
}

// Build builds the command in package pkg of the reasonlint module (such
// as "./cmd/reasonlint") into the file out. It is for TestMain, where there
// is no *testing.T.
func Build(out, pkg string) error {
	root, err := Root()
	if err != nil {
		return err
	}
	cmd := exec.Command("go", "build", "-o", out, pkg)
	cmd.Dir = root
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build -o %s %s: %v\n%s", out, pkg, err, b)
	}
	return nil
}
