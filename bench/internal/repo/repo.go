// Package repo locates the reasonlint module that the benchmarks measure.
package repo

import (
	"fmt"
	"os/exec"
	"strings"
)

// Dir returns the directory of the reasonlint module that the bench
// module replaces github.com/reasonlint/reasonlint with. The go command
// must run in the bench module.
func Dir() (string, error) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{with .Replace}}{{.Dir}}{{else}}{{.Dir}}{{end}}", "github.com/reasonlint/reasonlint").Output()
	if err != nil {
		return "", fmt.Errorf("locating the reasonlint module: %v", err)
	}
	dir := strings.TrimSpace(string(out))
	if dir == "" {
		return "", fmt.Errorf("locating the reasonlint module: go list gave no directory")
	}
	return dir, nil
}
