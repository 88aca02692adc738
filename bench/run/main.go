// Command run measures the wall time and peak memory of reasonlint beside
// a no-op analyzer (the floor: loading and type checking alone) and
// nishanths/exhaustive (the peer), all three built with the same x/tools
// driver, and prints a table of the results against reasonlint's targets.
//
// # Usage
//
//	cd bench && go run ./run [-n 5] [-only std,std-notest,corpus,dense,vet] [-with name=path]...
//
// It builds the three commands once, generates the corpus module (see
// package github.com/reasonlint/reasonlint/bench/internal/corpus), warms the
// build cache with one run of the no-op analyzer per workload, then runs
// every tool on every workload -n times, interleaved, and reports the
// median and minimum wall time and the median peak RSS of each. The
// workloads are:
//
//	std          reasonlint, noop, exhaustive: std, with tests
//	std-notest   reasonlint, noop, exhaustive: -test=false std
//	corpus       reasonlint, noop, exhaustive: ./... of the generated corpus
//	dense        the same on the dense corpus, with mistakes everywhere: a
//	             worst case, reported but not held to the targets
//	vet          go vet -vettool=<tool> std, for reasonlint and noop
//
// go vet caches the output of a vet tool by the tool's ID (the SHA-256 of
// the executable that the tool prints for -V=full), its flags and the
// package, and passes no flag through that could tell two runs apart
// without changing what they do. To make every vet run analyze every
// package, while reusing the compiled export data in the build cache, each
// vet run uses a copy of the tool with a few bytes of its own appended:
// the program is the same, its ID is new. Making the copy is not timed.
//
// Peak RSS is the Maxrss of the process's resource usage, which on Linux
// covers the largest of the process and the children it waited for: go
// list for the analyzers, the largest vet tool process for go vet.
//
// -with adds another build of an analyzer command, such as a candidate
// change to reasonlint, to every workload, held to reasonlint's targets:
// before and after side by side, on the same machine at the same time.
//
// The targets: reasonlint within 1.05x of the no-op's median wall time and
// peak RSS on every workload, and at most half of exhaustive's median wall
// time on std (the std workload: `<tool> std`, tests included). The table
// shows the ratio to exhaustive on the other workloads too. Timings are
// comparable only within one run: the table is the record of one machine
// at one time.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/reasonlint/reasonlint/bench/internal/corpus"
	"github.com/reasonlint/reasonlint/bench/internal/repo"
)

// The targets.
const (
	maxOverNoop       = 1.05 // reasonlint's wall time and peak RSS over the no-op's
	maxOverExhaustive = 0.50 // reasonlint's wall time over exhaustive's, on std
)

// The tools.
const (
	reasonlint = "reasonlint"
	noop       = "noop"
	exhaustive = "exhaustive"
)

// A workload is what the tools run on.
type workload struct {
	name  string
	desc  string
	tools []string
	args  func(bin string) []string // the command line that runs the tool at bin
	dir   string                    // where to run
	ok    []int                     // exit codes that mean the tool ran to the end
	fresh bool                      // run a copy of the tool with an ID of its own
	info  bool                      // reported, not held to the targets
}

// A result is one run.
type result struct {
	wall  time.Duration
	rss   int64 // bytes
	diags int   // lines of the output that are diagnostics
}

var diagLine = regexp.MustCompile(`(?m)^\S+\.go:\d+:\d+: `)

func main() {
	log.SetFlags(0)
	log.SetPrefix("run: ")
	n := flag.Int("n", 5, "runs of each tool on each workload")
	only := flag.String("only", "std,std-notest,corpus,dense,vet", "comma-separated workloads to run")
	check := flag.Bool("check", false, "exit with status 1 if reasonlint (or a -with command) misses a target")
	keep := flag.Bool("keep", false, "keep the work directory (binaries and corpus)")
	var extras []string
	flag.Func("with", "also run the analyzer command at `name=path` (a candidate build of reasonlint, held to its targets); repeatable", func(v string) error {
		name, path, ok := strings.Cut(v, "=")
		if !ok || name == "" || path == "" || strings.ContainsAny(name, `/\`) || slices.Contains([]string{reasonlint, noop, exhaustive}, name) {
			return fmt.Errorf("want name=path, with a name of its own")
		}
		extras = append(extras, name, path)
		return nil
	})
	flag.Parse()
	if *n < 1 || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	for _, name := range strings.Split(*only, ",") {
		if !slices.Contains([]string{"std", "std-notest", "corpus", "dense", "vet"}, name) {
			log.Fatalf("unknown workload %q", name)
		}
	}
	start := time.Now()

	rl, err := repo.Dir()
	if err != nil {
		log.Fatal(err)
	}
	work, err := os.MkdirTemp("", "reasonlint-bench-")
	if err != nil {
		log.Fatal(err)
	}
	cleanup := func() {
		if *keep {
			log.Printf("work directory: %s", work)
		} else {
			os.RemoveAll(work)
		}
	}
	fatalf := func(format string, args ...any) {
		log.Printf(format, args...)
		cleanup()
		os.Exit(1)
	}

	// Build the tools once, from the bench module, so that all three link
	// the same x/tools.
	bin := filepath.Join(work, "bin")
	log.Printf("building %s, %s and %s", reasonlint, noop, exhaustive)
	build := exec.Command("go", "build", "-o", bin+string(filepath.Separator),
		"github.com/reasonlint/reasonlint/cmd/reasonlint", "./noop", "./exhaustive")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fatalf("building the tools: %v", err)
	}
	rev := revision(rl)

	candidates := []string{reasonlint}
	for i := 0; i < len(extras); i += 2 {
		name, path := extras[i], extras[i+1]
		b, err := os.ReadFile(path)
		if err != nil {
			fatalf("%v", err)
		}
		if err := os.WriteFile(filepath.Join(bin, name), b, 0o755); err != nil {
			fatalf("%v", err)
		}
		candidates = append(candidates, name)
	}

	corpusDir := filepath.Join(work, "corpus")
	cfg := corpus.Default
	cfg.Reasonlint = rl
	st, err := corpus.Generate(corpusDir, cfg)
	if err != nil {
		fatalf("%v", err)
	}
	log.Printf("corpus: %d packages, %d files, %d lines", st.Packages, st.Files, st.Lines)
	denseDir := filepath.Join(work, "dense")
	dense := corpus.Dense
	dense.Reasonlint = rl
	if _, err := corpus.Generate(denseDir, dense); err != nil {
		fatalf("%v", err)
	}

	// std is analyzed from a directory outside any module.
	outside := filepath.Join(work, "outside")
	if err := os.Mkdir(outside, 0o755); err != nil {
		fatalf("%v", err)
	}
	singlechecker := []int{0, 3} // 3: diagnostics reported
	all := []workload{
		{
			name: "std", desc: "`std` (with tests)", dir: outside, ok: singlechecker,
			tools: append(slices.Clone(candidates), noop, exhaustive),
			args:  func(bin string) []string { return []string{bin, "std"} },
		},
		{
			name: "std-notest", desc: "`-test=false std`", dir: outside, ok: singlechecker,
			tools: append(slices.Clone(candidates), noop, exhaustive),
			args:  func(bin string) []string { return []string{bin, "-test=false", "std"} },
		},
		{
			name: "corpus", desc: fmt.Sprintf("corpus `./...` (%d packages)", st.Packages), dir: corpusDir, ok: singlechecker,
			tools: append(slices.Clone(candidates), noop, exhaustive),
			args:  func(bin string) []string { return []string{bin, "./..."} },
		},
		{
			name: "dense", desc: "dense corpus `./...` (mistakes everywhere)", dir: denseDir, ok: singlechecker, info: true,
			tools: append(slices.Clone(candidates), noop, exhaustive),
			args:  func(bin string) []string { return []string{bin, "./..."} },
		},
		{
			name: "vet", desc: "`go vet -vettool std`", dir: outside, ok: []int{0, 1}, fresh: true,
			tools: append(slices.Clone(candidates), noop),
			args:  func(bin string) []string { return []string{"go", "vet", "-vettool=" + bin, "std"} },
		},
	}
	var loads []workload
	for _, name := range strings.Split(*only, ",") {
		i := slices.IndexFunc(all, func(w workload) bool { return w.name == name })
		if i < 0 {
			fatalf("unknown workload %q", name)
		}
		loads = append(loads, all[i])
	}

	// The nonces of fresh copies of the tools: apart across runs of this
	// command too.
	nonce := time.Now().UnixNano()
	runOnce := func(w workload, tool string) result {
		nonce++
		r, err := measure(w, filepath.Join(bin, tool), nonce)
		if err != nil {
			fatalf("%s on %s: %v", tool, w.name, err)
		}
		return r
	}

	// Warm the build cache: the export data that go list and go vet
	// compile for the no-op and reasonlint alike. The no-op itself, not a
	// fresh copy, warms it for go vet, so that a later run of this command
	// finds its results in the cache and warms up in seconds.
	for _, w := range loads {
		log.Printf("warming up: %s on %s", noop, w.name)
		w.fresh = false
		runOnce(w, noop)
	}

	results := make(map[string]map[string][]result) // workload, tool
	for _, w := range loads {
		results[w.name] = make(map[string][]result)
	}
	for i := range *n {
		for _, w := range loads {
			// Rotate the order of the tools from one round to the next.
			tools := slices.Clone(w.tools)
			k := i % len(tools)
			tools = append(tools[k:], tools[:k]...)
			for _, tool := range tools {
				r := runOnce(w, tool)
				log.Printf("round %d/%d %-10s %-10s %8.2fs %7.0f MiB %5d diagnostics", i+1, *n, w.name, tool, r.wall.Seconds(), mib(r.rss), r.diags)
				results[w.name][tool] = append(results[w.name][tool], r)
			}
		}
	}

	missed := report(os.Stdout, loads, candidates, results, *n, rev, st, start)
	cleanup()
	if *check && missed {
		os.Exit(1)
	}
}

// measure runs one tool on one workload.
func measure(w workload, bin string, nonce int64) (result, error) {
	if w.fresh {
		copied, err := freshCopy(bin, nonce)
		if err != nil {
			return result{}, err
		}
		defer os.Remove(copied)
		bin = copied
	}
	args := w.args(bin)
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Dir = w.dir
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	t0 := time.Now()
	err := cmd.Run()
	wall := time.Since(t0)
	if cmd.ProcessState == nil {
		return result{}, err
	}
	if code := cmd.ProcessState.ExitCode(); !slices.Contains(w.ok, code) {
		tail := out.Bytes()[max(0, out.Len()-2000):]
		return result{}, fmt.Errorf("%s: exit status %d:\n%s", strings.Join(args, " "), code, tail)
	}
	return result{
		wall:  wall,
		rss:   maxRSS(cmd.ProcessState),
		diags: len(diagLine.FindAllIndex(out.Bytes(), -1)),
	}, nil
}

// freshCopy copies the executable bin and appends nonce to the copy, which
// runs as bin does but has an ID of its own.
func freshCopy(bin string, nonce int64) (string, error) {
	b, err := os.ReadFile(bin)
	if err != nil {
		return "", err
	}
	copied := fmt.Sprintf("%s-%d", bin, nonce)
	b = fmt.Appendf(b, "\nnonce %d\n", nonce)
	return copied, os.WriteFile(copied, b, 0o755)
}

func mib(b int64) float64 { return float64(b) / (1 << 20) }

// A summary sums up the runs of one tool on one workload.
type summary struct {
	wallMed, wallMin time.Duration
	rssMed           int64
	diags            int
}

func summarize(rs []result) summary {
	walls := make([]time.Duration, len(rs))
	rsss := make([]int64, len(rs))
	for i, r := range rs {
		walls[i], rsss[i] = r.wall, r.rss
	}
	return summary{wallMed: median(walls), wallMin: slices.Min(walls), rssMed: median(rsss), diags: rs[len(rs)-1].diags}
}

// median returns the median of xs, the mean of the middle two for an even
// count.
func median[T time.Duration | int64](xs []T) T {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// report prints the environment and the table in Markdown, and reports
// whether reasonlint, or another candidate, missed a target.
func report(w io.Writer, loads []workload, candidates []string, results map[string]map[string][]result, n int, rev string, st corpus.Stats, start time.Time) (missed bool) {
	goVersion, _ := exec.Command("go", "env", "GOVERSION").Output()
	fmt.Fprintf(w, "%s, reasonlint %s, %s %s/%s, %d CPUs, load average %s, -n %d, corpus of %d packages (%d files, %d lines), %s in all\n\n",
		time.Now().Format("2006-01-02 15:04 MST"), rev, strings.TrimSpace(string(goVersion)), runtime.GOOS, runtime.GOARCH,
		runtime.NumCPU(), loadAverage(), n, st.Packages, st.Files, st.Lines, time.Since(start).Round(time.Second))
	fmt.Fprintln(w, "| workload | tool | wall median | wall min | peak RSS median | wall ÷ noop | RSS ÷ noop | wall ÷ exhaustive | diagnostics | target |")
	fmt.Fprintln(w, "|---|---|---:|---:|---:|---:|---:|---:|---:|---|")
	for _, l := range loads {
		sums := make(map[string]summary)
		for _, tool := range l.tools {
			sums[tool] = summarize(results[l.name][tool])
		}
		base := sums[noop]
		for _, tool := range l.tools {
			s := sums[tool]
			wallRatio := s.wallMed.Seconds() / base.wallMed.Seconds()
			rssRatio := float64(s.rssMed) / float64(base.rssMed)
			vsPeer, verdict := "", ""
			if peer, ok := sums[exhaustive]; ok && tool != exhaustive {
				vsPeer = fmt.Sprintf("%.2f", s.wallMed.Seconds()/peer.wallMed.Seconds())
			}
			if l.info && slices.Contains(candidates, tool) {
				verdict = "(no target)"
			} else if slices.Contains(candidates, tool) {
				var fails []string
				if wallRatio > maxOverNoop {
					fails = append(fails, fmt.Sprintf("wall > %.2fx noop", maxOverNoop))
				}
				if rssRatio > maxOverNoop {
					fails = append(fails, fmt.Sprintf("RSS > %.2fx noop", maxOverNoop))
				}
				if peer, ok := sums[exhaustive]; ok && l.name == "std" && s.wallMed.Seconds() > maxOverExhaustive*peer.wallMed.Seconds() {
					fails = append(fails, fmt.Sprintf("wall > %.2fx exhaustive", maxOverExhaustive))
				}
				verdict = "PASS"
				if len(fails) > 0 {
					verdict = "FAIL: " + strings.Join(fails, ", ")
					missed = true
				}
			}
			fmt.Fprintf(w, "| %s | %s | %.2fs | %.2fs | %.0f MiB | %.2f | %.2f | %s | %d | %s |\n",
				l.desc, tool, s.wallMed.Seconds(), s.wallMin.Seconds(), mib(s.rssMed), wallRatio, rssRatio, vsPeer, s.diags, verdict)
		}
	}
	return missed
}

// revision describes the commit of the reasonlint module in dir, and
// whether its tree has changes, or returns "(revision unknown)".
func revision(dir string) string {
	out, err := exec.Command("git", "-C", dir, "describe", "--always", "--dirty").Output()
	if err != nil {
		return "(revision unknown)"
	}
	return strings.TrimSpace(string(out))
}

// loadAverage returns the system's load averages, or "unknown".
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}
