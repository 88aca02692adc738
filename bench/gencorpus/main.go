// Command gencorpus writes the module that reasonlint's benchmarks
// analyze: packages that handle LINE Planet disconnect reasons the way
// callback servers do. The same flags write the same files.
//
// # Usage
//
//	gencorpus [-packages 200] [-plain 25] [-seed 1] [-mistakes 0.1] [-reasonlint dir] dir
//
// dir must be empty or not exist. -reasonlint is the directory of the
// reasonlint module that the generated go.mod replaces it with; by default,
// the one this command is built from.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"

	"github.com/reasonlint/reasonlint/bench/internal/corpus"
	"github.com/reasonlint/reasonlint/bench/internal/repo"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("gencorpus: ")
	cfg := corpus.Default
	flag.IntVar(&cfg.Packages, "packages", cfg.Packages, "number of packages that use the reasons package")
	flag.IntVar(&cfg.Plain, "plain", cfg.Plain, "number of packages that do not")
	flag.Uint64Var(&cfg.Seed, "seed", cfg.Seed, "seed of the generator's choices")
	flag.Float64Var(&cfg.Mistakes, "mistakes", cfg.Mistakes, "how often the code makes mistakes: 1 for the dense corpus, 0 for none")
	flag.StringVar(&cfg.Reasonlint, "reasonlint", "", "directory of the reasonlint module (default: the one this command is built from)")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: gencorpus [flags] dir\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	if cfg.Reasonlint == "" {
		dir, err := repo.Dir()
		if err != nil {
			log.Fatal(err)
		}
		cfg.Reasonlint = dir
	}
	st, err := corpus.Generate(flag.Arg(0), cfg)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d packages, %d files, %d lines\n", st.Packages, st.Files, st.Lines)
}
