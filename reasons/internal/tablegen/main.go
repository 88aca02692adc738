// Command tablegen writes the tables of the reasons package, and the table of reasons
// in README.md, from planet.tsv, the one data file of the package. go
// generate runs it in the reasons directory, through the go:generate line
// of doc.go:
//
//	go run ./internal/tablegen
//
// It writes tables.go, the constants of every type with their
// documentation and the tables that the package derives everything else
// from, and rewrites the generated regions of ../README.md (see readme).
// A file whose content would not change is left alone, so a second run
// changes nothing. A data file that breaks a rule of its format (see the
// comment at its top) is an error that names the line, and nothing is
// written.
//
// Flags:
//
//	-data file    the data file (default planet.tsv)
//	-go file      the Go file to write (default tables.go)
//	-readme file  the README to update (default ../README.md)
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
)

func main() {
	dataFile := flag.String("data", "planet.tsv", "the data `file`")
	goOut := flag.String("go", "tables.go", "the Go `file` to write")
	readmeFile := flag.String("readme", "../README.md", "the README `file` to update")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: gen [-data file] [-go file] [-readme file]")
		os.Exit(2)
	}
	if err := run(*dataFile, *goOut, *readmeFile); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(dataFile, goOut, readmeFile string) error {
	src, err := os.ReadFile(dataFile)
	if err != nil {
		return err
	}
	d, err := parse(dataFile, src)
	if err != nil {
		return err
	}
	code, err := goFile(d)
	if err != nil {
		return err
	}
	old, err := os.ReadFile(readmeFile)
	if err != nil {
		return err
	}
	text, err := readme(readmeFile, old, d)
	if err != nil {
		return err
	}
	if err := write(goOut, code); err != nil {
		return err
	}
	return write(readmeFile, text)
}

// write writes content to the file name unless it holds content already.
func write(name string, content []byte) error {
	if old, err := os.ReadFile(name); err == nil && bytes.Equal(old, content) {
		return nil
	}
	return os.WriteFile(name, content, 0o666)
}
