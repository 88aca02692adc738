// Package corpus generates a Go module that handles LINE Planet disconnect
// reasons the way callback servers do, for reasonlint's benchmarks.
//
// The module has [Config.Packages] packages that use the reasons package
// heavily: switches over reasons.Reason and reasons.Source, exhaustive
// and not, switches and comparisons over codes (r.String()), raw integers,
// calls of the parse functions with constant codes, callback query
// parameters read by hand, struct fields tagged disconnect_reason and map
// literals keyed by reasons. Beside them are [Config.Plain] packages of
// ordinary code that never mention reasons, and a main package. Each
// package imports a few of the packages generated before it, so that
// loading and type checking the module is like loading a real one.
//
// The output depends only on the [Config], on the reasons package the
// generator is built with and on the go.sum of the reasonlint module that
// the Config names, which the generated module copies: the same Config
// writes the same files. The
// files do not carry a "Code generated" comment, since reasonlint skips
// generated files by default and the corpus is there to be checked.
package corpus

import (
	"bytes"
	"cmp"
	"fmt"
	"go/format"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/reasonlint/reasonlint/reasons"
)

// ModulePath is the module path of the generated module.
const ModulePath = "example.com/callcorpus"

// reasonlintPath is the module path of reasonlint, which the generated
// module requires and replaces.
const reasonlintPath = "github.com/reasonlint/reasonlint"

// A Config says what to generate.
type Config struct {
	// Packages is the number of packages that use the reasons package.
	Packages int
	// Plain is the number of packages that do not.
	Plain int
	// Seed seeds every choice the generator makes.
	Seed uint64
	// Mistakes scales how often the code makes the mistakes reasonlint
	// reports: 1 makes them about half the time, the dense worst case;
	// 0 never.
	Mistakes float64
	// Reasonlint is the directory of the reasonlint module, which the
	// generated go.mod replaces github.com/reasonlint/reasonlint with.
	Reasonlint string
}

// Default is the configuration of the benchmarks, less the directory of
// the reasonlint module.
// It makes a mistake in about one construct in twenty, as code under
// review does.
var Default = Config{Packages: 200, Plain: 25, Seed: 1, Mistakes: 0.1}

// Dense is Default with mistakes everywhere: the worst case for the cost
// of reasonlint's own work, with a finding every few lines.
var Dense = Config{Packages: 200, Plain: 25, Seed: 1, Mistakes: 1}

// Stats describe a generated module.
type Stats struct {
	Packages int // all packages, the main package included
	Files    int // Go files
	Lines    int // lines of Go
}

// Generate writes the module that cfg describes into dir, which must be
// empty or not exist.
func Generate(dir string, cfg Config) (Stats, error) {
	var st Stats
	if cfg.Packages < 1 || cfg.Plain < 0 {
		return st, fmt.Errorf("corpus: need at least one package that uses reasons, got %d (and %d plain)", cfg.Packages, cfg.Plain)
	}
	if cfg.Reasonlint == "" {
		return st, fmt.Errorf("corpus: no reasonlint directory to replace %s with", reasonlintPath)
	}
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return st, fmt.Errorf("corpus: %s is not empty", dir)
	}
	rl, err := filepath.Abs(cfg.Reasonlint)
	if err != nil {
		return st, err
	}
	// reasonlint's go.sum has the checksums of what the go command reads
	// of reasonlint's requirements, so that it never asks the checksum
	// database.
	sum, err := os.ReadFile(filepath.Join(rl, "go.sum"))
	if err != nil {
		return st, fmt.Errorf("corpus: %v", err)
	}
	g := newGenerator(cfg)
	files := map[string][]byte{
		"go.mod": fmt.Appendf(nil, "module %s\n\ngo 1.26.0\n\nrequire %s v0.0.0\n\nreplace %s => %s\n",
			ModulePath, reasonlintPath, reasonlintPath, filepath.ToSlash(rl)),
		"go.sum": sum,
	}
	for _, p := range g.pkgs {
		for name, src := range g.packageFiles(p) {
			files[filepath.Join(filepath.FromSlash(p.dir), name)] = src
		}
	}
	main, err := g.mainFile()
	if err != nil {
		return st, err
	}
	files[filepath.Join("cmd", "callbackd", "main.go")] = main
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return st, err
		}
		if err := os.WriteFile(path, files[name], 0o644); err != nil {
			return st, err
		}
		if strings.HasSuffix(name, ".go") {
			st.Files++
			st.Lines += bytes.Count(files[name], []byte("\n"))
		}
	}
	st.Packages = len(g.pkgs) + 1
	return st, g.err
}

// A pkg is one generated package.
type pkg struct {
	index int
	name  string // package name: billing017
	dir   string // directory in the module, slash-separated: svc/billing017
	plain bool   // does not use the reasons package
	deps  []*pkg // packages it imports, generated before it
	// What it exports for the packages that import it.
	outcomes int // Outcome0 ... of a reasons package
	helpers  int // Checksum0 ... of a plain package
}

func (p *pkg) importPath() string { return ModulePath + "/" + p.dir }

// domains name the packages, as the parts of a callback server would be.
var domains = []string{
	"billing", "notify", "rooms", "alerts", "metrics", "history", "quality",
	"support", "routing", "presence", "webhook", "audit", "retention", "dialer",
}

// A generator holds the choices made so far.
type generator struct {
	rng      *rand.Rand
	pkgs     []*pkg
	all      []reasons.Reason // value order
	common   []reasons.Reason // value order
	sources  []reasons.Source // value order
	retired  []int            // retired wire values
	mistakes float64          // see Config.Mistakes

	protoMembers []reasons.Reason // the members of the protobuf enum being generated
	err          error            // the first file that would not format
}

func newGenerator(cfg Config) *generator {
	g := &generator{
		rng:      rand.New(rand.NewPCG(cfg.Seed, 0x7265617365)),
		all:      reasons.All(),
		common:   reasons.Common(),
		sources:  reasons.AllSources(),
		mistakes: cfg.Mistakes,
	}
	for v := 1000; v < 2000; v++ {
		if _, ok := reasons.Retired(v); ok {
			g.retired = append(g.retired, v)
		}
	}
	// Spread the plain packages evenly among the others, so that both
	// kinds import both kinds.
	total := cfg.Packages + cfg.Plain
	for i := range total {
		plain := cfg.Plain > 0 && (i+1)*cfg.Plain/total != i*cfg.Plain/total
		name := fmt.Sprintf("%s%03d", domains[i%len(domains)], i)
		dir := "svc/" + name
		if plain {
			dir = "lib/" + name
		}
		p := &pkg{index: i, name: name, dir: dir, plain: plain}
		// Import up to three packages generated before this one, most
		// often recent ones, as layered code does.
		for range g.rng.IntN(4) {
			if i == 0 {
				break
			}
			j := i - 1 - g.rng.IntN(min(i, 24))
			if d := g.pkgs[j]; !slices.Contains(p.deps, d) && (!plain || d.plain) {
				p.deps = append(p.deps, d)
			}
		}
		slices.SortFunc(p.deps, func(a, b *pkg) int { return cmp.Compare(a.index, b.index) })
		if plain {
			p.helpers = 2 + g.rng.IntN(3)
		} else {
			p.outcomes = 3 + g.rng.IntN(4)
		}
		g.pkgs = append(g.pkgs, p)
	}
	return g
}

// packageFiles returns the files of p by name.
func (g *generator) packageFiles(p *pkg) map[string][]byte {
	files := make(map[string][]byte)
	add := func(name string, f *file) { files[name] = g.format(p, name, f) }
	if p.plain {
		add("doc.go", g.docFile(p, "holds helpers of the call services that know nothing of reasons."))
		add("util.go", g.utilFile(p, p.helpers))
		add("deps.go", g.plainDepsFile(p))
		return files
	}
	add("doc.go", g.docFile(p, "handles the disconnect reasons of one part of the call service."))
	add("classify.go", g.classifyFile(p))
	add("compare.go", g.compareFile(p))
	add("callback.go", g.callbackFile(p))
	add("tables.go", g.tablesFile(p))
	add("util.go", g.utilFile(p, 1+g.rng.IntN(3)))
	g.ownFiles(p, add)
	return files
}

// A file is a Go file in the making: its doc comment, the imports it
// needs and its body.
type file struct {
	doc     string
	imports map[string]bool // by path
	body    bytes.Buffer
}

func newFile() *file { return &file{imports: make(map[string]bool)} }

func (f *file) use(path string) { f.imports[path] = true }

func (f *file) p(format string, args ...any) { fmt.Fprintf(&f.body, format+"\n", args...) }

// format assembles and formats a file of p. A file that does not format
// is a bug in the generator: it is recorded in g.err and written as it is.
func (g *generator) format(p *pkg, name string, f *file) []byte {
	var b bytes.Buffer
	b.WriteString(f.doc)
	fmt.Fprintf(&b, "package %s\n\n", p.name)
	if len(f.imports) > 0 {
		paths := make([]string, 0, len(f.imports))
		for path := range f.imports {
			paths = append(paths, path)
		}
		// The standard library first, then a group of the others.
		isStd := func(path string) bool { return !strings.Contains(strings.Split(path, "/")[0], ".") }
		slices.SortFunc(paths, func(a, b string) int {
			if sa, sb := isStd(a), isStd(b); sa != sb {
				if sa {
					return -1
				}
				return 1
			}
			return strings.Compare(a, b)
		})
		b.WriteString("import (\n")
		for i, path := range paths {
			if i > 0 && isStd(paths[i-1]) && !isStd(path) {
				b.WriteString("\n")
			}
			fmt.Fprintf(&b, "\t%q\n", path)
		}
		b.WriteString(")\n\n")
	}
	b.Write(f.body.Bytes())
	src, err := format.Source(b.Bytes())
	if err != nil {
		if g.err == nil {
			g.err = fmt.Errorf("corpus: %s/%s: %v", p.dir, name, err)
		}
		return b.Bytes()
	}
	return src
}

func (g *generator) docFile(p *pkg, what string) *file {
	f := newFile()
	f.doc = fmt.Sprintf("// Package %s %s\n", p.name, what)
	return f
}

// pick returns n distinct elements of xs in their order in xs.
func pick[T any](rng *rand.Rand, xs []T, n int) []T {
	idx := rng.Perm(len(xs))[:min(n, len(xs))]
	slices.Sort(idx)
	out := make([]T, len(idx))
	for i, j := range idx {
		out[i] = xs[j]
	}
	return out
}

func one[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

// partition splits xs, in order, into n non-empty groups of random sizes.
func partition[T any](rng *rand.Rand, xs []T, n int) [][]T {
	n = max(1, min(n, len(xs)))
	cuts := pick(rng, seq(1, len(xs)), n-1)
	var groups [][]T
	start := 0
	for _, c := range append(cuts, len(xs)) {
		groups = append(groups, xs[start:c])
		start = c
	}
	return groups
}

// seq returns lo, lo+1 ... hi-1.
func seq(lo, hi int) []int {
	s := make([]int, 0, hi-lo)
	for i := lo; i < hi; i++ {
		s = append(s, i)
	}
	return s
}

func names[T interface{ GoString() string }](xs []T) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = x.GoString()
	}
	return strings.Join(s, ", ")
}

func codes(rs []reasons.Reason) string {
	s := make([]string, len(rs))
	for i, r := range rs {
		s[i] = strconv.Quote(r.String())
	}
	return strings.Join(s, ", ")
}

// wrong decides whether to make a mistake that the dense corpus makes with
// probability p.
func (g *generator) wrong(p float64) bool { return g.rng.Float64() < p*g.mistakes }

// misspell returns a wrong spelling of a reason code: a doubled letter, a
// lower-case code or a dropped underscore, as people write them.
func (g *generator) misspell(code string) string {
	switch g.rng.IntN(3) {
	case 0:
		i := g.rng.IntN(len(code))
		return code[:i] + code[i:i+1] + code[i:]
	case 1:
		return strings.ToLower(code)
	}
	if i := strings.IndexByte(code, '_'); i >= 0 {
		return code[:i] + code[i+1:]
	}
	return code + "S"
}

// rawReason returns a raw integer to compare a reason with: mostly a known
// wire value, sometimes a retired or unknown one.
func (g *generator) rawReason() int {
	switch n := g.rng.IntN(10); {
	case n == 0 && len(g.retired) > 0:
		return one(g.rng, g.retired)
	case n == 1:
		return 1900 + g.rng.IntN(100)
	}
	return int(one(g.rng, g.all))
}

var outcomeLabels = []string{"completed", "missed", "failed", "group", "service", "retry", "ignore", "page"}

// classifyFile holds the switches: over reasons, over sources and over
// codes, exhaustive and not.
func (g *generator) classifyFile(p *pkg) *file {
	f := newFile()
	f.use("github.com/reasonlint/reasonlint/reasons")
	for k := range p.outcomes {
		f.p("// Outcome%d sorts the reasons into what %s cares about.", k, p.name)
		f.p("func Outcome%d(r reasons.Reason) string {", k)
		members := g.common
		const web, forgets, dflt = 0, 1, 3
		mode := 4
		switch {
		case g.wrong(2.0 / 6):
			mode = forgets
		case g.wrong(1.0 / 6):
			mode = dflt
		case g.rng.IntN(6) == 0:
			mode = web
		}
		switch mode {
		case web: // the web reasons too
			members = g.all
		case forgets: // forgets a few
			members = pick(g.rng, g.common, len(g.common)-1-g.rng.IntN(3))
		case dflt: // a few, and a default clause
			members = pick(g.rng, g.common, 3+g.rng.IntN(8))
		}
		f.p("\tswitch r {")
		for _, group := range partition(g.rng, members, 3+g.rng.IntN(4)) {
			f.p("\tcase %s:", names(group))
			f.p("\t\treturn %q", one(g.rng, outcomeLabels))
		}
		if mode == dflt {
			f.p("\tdefault:")
			f.p("\t\treturn %q", one(g.rng, outcomeLabels))
			f.p("\t}")
		} else {
			f.p("\t}")
			f.p("\treturn \"unknown\"")
		}
		f.p("}")
		f.p("")
	}

	f.p("// Releaser names who ended the call.")
	f.p("func Releaser(s reasons.Source) string {")
	f.p("\tswitch s {")
	srcs := g.sources
	if g.wrong(1.0 / 3) {
		srcs = pick(g.rng, srcs, len(srcs)-1)
	}
	for _, group := range partition(g.rng, srcs, 2+g.rng.IntN(2)) {
		f.p("\tcase %s:", names(group))
		f.p("\t\treturn %q", strings.ToLower(group[0].String()))
	}
	f.p("\t}")
	f.p("\treturn \"\"")
	f.p("}")
	f.p("")

	f.p("// Bucket sorts a call by its reason.")
	f.p("func Bucket(d reasons.Disconnected) int {")
	if g.wrong(1) {
		// Over the codes, some of them, one misspelled now and then.
		f.p("\tswitch d.Reason.String() {")
		for i, group := range partition(g.rng, pick(g.rng, g.common, 4+g.rng.IntN(6)), 3) {
			cs := codes(group)
			if g.rng.IntN(4) == 0 {
				cs += ", " + strconv.Quote(g.misspell(group[0].String()))
			}
			f.p("\tcase %s:", cs)
			f.p("\t\treturn %d", i+1)
		}
	} else {
		f.p("\tswitch d.Reason {")
		for i, group := range partition(g.rng, g.common, 3) {
			f.p("\tcase %s:", names(group))
			f.p("\t\treturn %d", i+1)
		}
	}
	f.p("\t}")
	f.p("\treturn 0")
	f.p("}")
	f.p("")

	// A generic helper over the Reason type: type parameters reach the
	// enum too.
	f.p("// Count counts the calls of each outcome.")
	f.p("func Count[R ~int](rs []R, outcome func(R) string) map[string]int {")
	f.p("\tm := make(map[string]int)")
	f.p("\tfor _, r := range rs {")
	f.p("\t\tm[outcome(r)]++")
	f.p("\t}")
	f.p("\treturn m")
	f.p("}")
	f.p("")
	f.p("// Summary counts the outcomes of the calls.")
	f.p("func Summary(ds []reasons.Disconnected) map[string]int {")
	f.p("\trs := make([]reasons.Reason, len(ds))")
	f.p("\tfor i, d := range ds {")
	f.p("\t\trs[i] = d.Reason")
	f.p("\t}")
	f.p("\treturn Count(rs, Outcome%d)", g.rng.IntN(p.outcomes))
	f.p("}")
	return f
}

// compareFile holds comparisons of reasons and sources with raw integers,
// codes and constants, and calls of the parse functions.
func (g *generator) compareFile(p *pkg) *file {
	f := newFile()
	f.use("github.com/reasonlint/reasonlint/reasons")
	stmts := []func() string{
		func() string {
			return fmt.Sprintf("if d.Reason == %d {\n\t\tn += %d\n\t}", g.rawReason(), 1+g.rng.IntN(5))
		},
		func() string {
			return fmt.Sprintf("if d.Reason == %s {\n\t\tn += %d\n\t}", one(g.rng, g.all).GoString(), 1+g.rng.IntN(5))
		},
		func() string { return fmt.Sprintf("if int(d.Reason) == %d {\n\t\tn++\n\t}", g.rawReason()) },
		func() string {
			code := one(g.rng, g.common).String()
			if g.rng.IntN(4) == 0 {
				code = g.misspell(code)
			}
			return fmt.Sprintf("if d.Reason.String() == %q {\n\t\tn--\n\t}", code)
		},
		func() string { return fmt.Sprintf("if d.Source == %d {\n\t\tn *= 2\n\t}", 1+g.rng.IntN(5)) },
		func() string {
			return fmt.Sprintf("if d.Source == %s && d.ByRemote {\n\t\tn++\n\t}", one(g.rng, g.sources).GoString())
		},
		func() string { return "if d.Reason.Known() && d.Reason.WebOnly() {\n\t\tn -= 3\n\t}" },
		func() string {
			code := one(g.rng, g.all).String()
			if g.wrong(1.0 / 3) {
				code = g.misspell(code)
			}
			return fmt.Sprintf("if r, err := reasons.Parse(%q); err == nil && r == d.Reason {\n\t\tn++\n\t}", code)
		},
		func() string {
			s := one(g.rng, g.sources)
			name := s.String()
			if g.rng.IntN(2) == 0 {
				name = s.WebName()
			}
			return fmt.Sprintf("if s, err := reasons.ParseSource(%q); err == nil && s != d.Source {\n\t\tn++\n\t}", name)
		},
		func() string {
			return fmt.Sprintf("if r, err := reasons.ParseValue(%q); err == nil && r == d.Reason {\n\t\tn++\n\t}", strconv.Itoa(g.rawReason()))
		},
		func() string {
			return fmt.Sprintf("for _, r := range reasons.Common()[%d:] {\n\t\tif r == d.Reason {\n\t\t\tn += %d\n\t\t}\n\t}", g.rng.IntN(20), g.rng.IntN(4))
		},
		func() string { return fmt.Sprintf("if len(d.UserCode) > %d {\n\t\tn++\n\t}", g.rng.IntN(8)) },
		func() string {
			return fmt.Sprintf("switch d.Reason {\n\tcase %s:\n\t\tn += %d\n\t}", names(pick(g.rng, g.common, 1+g.rng.IntN(4))), g.rng.IntN(9))
		},
	}
	// The statements that are mistakes whatever their operands.
	mistakes := []int{0, 2, 3, 4, 9, 12}
	stmt := func() string {
		i := g.rng.IntN(len(stmts))
		for slices.Contains(mistakes, i) && !g.wrong(1) {
			i = g.rng.IntN(len(stmts))
		}
		return stmts[i]()
	}
	nfuncs := 3 + g.rng.IntN(4)
	for k := range nfuncs {
		f.p("// Severity%d scores how loudly to alert on a call that ended as d did.", k)
		f.p("func Severity%d(d reasons.Disconnected) int {", k)
		f.p("\tn := %d", g.rng.IntN(3))
		for range 5 + g.rng.IntN(8) {
			f.p("\t%s", stmt())
		}
		f.p("\treturn n")
		f.p("}")
		f.p("")
	}

	f.p("// Defaults are the reasons that %s retries, read from its configuration.", p.name)
	f.p("func Defaults() ([]reasons.Reason, reasons.Source) {")
	f.p("\tvar out []reasons.Reason")
	for _, r := range pick(g.rng, g.common, 2+g.rng.IntN(4)) {
		code := r.String()
		if g.wrong(1.0 / 5) {
			code = g.misspell(code)
		}
		f.p("\tif r, err := reasons.Parse(%q); err == nil {", code)
		f.p("\t\tout = append(out, r)")
		f.p("\t}")
	}
	if g.wrong(1) {
		f.p("\tvar fallback reasons.Reason = %d", g.rawReason())
	} else {
		f.p("\tvar fallback = %s", one(g.rng, g.common).GoString())
	}
	f.p("\tout = append(out, fallback, %s)", one(g.rng, g.common).GoString())
	f.p("\tvar by reasons.Source")
	if g.rng.IntN(2) == 0 {
		f.use("encoding/json")
		f.p("\t_ = json.Unmarshal([]byte(`%q`), &by)", one(g.rng, g.sources).WebName())
	} else {
		f.p("\t_ = by.UnmarshalText([]byte(%q))", one(g.rng, g.sources).String())
	}
	f.p("\treturn out, by")
	f.p("}")
	f.p("")

	// Use what the imported packages export.
	f.p("// Combined scores a call with the rules of the packages %s builds on.", p.name)
	f.p("func Combined(d reasons.Disconnected) int {")
	f.p("\tn := Severity%d(d)", g.rng.IntN(nfuncs))
	for _, dep := range p.deps {
		f.use(dep.importPath())
		if dep.plain {
			f.p("\tn += int(%s.Checksum%d([]byte(d.UserCode)) %% 7)", dep.name, g.rng.IntN(dep.helpers))
			continue
		}
		f.p("\tif %s.Outcome%d(d.Reason) == %q {", dep.name, g.rng.IntN(dep.outcomes), one(g.rng, outcomeLabels))
		f.p("\t\tn += %s.Combined(d)", dep.name)
		f.p("\t}")
		f.p("\tn += %s.Bucket(d) + len(%s.Label(d.Reason))", dep.name, dep.name)
	}
	f.p("\treturn n")
	f.p("}")
	return f
}

// callbackFile holds an HTTP handler of LINE Planet's call event callback
// that reads the parameters by hand as well as with FromQuery, and a
// struct that decodes them into plain fields.
func (g *generator) callbackFile(p *pkg) *file {
	f := newFile()
	f.use("github.com/reasonlint/reasonlint/reasons")
	f.use("net/http")
	f.use("strconv")
	f.use("fmt")
	f.p("// Event is the part of a callback that %s stores.", p.name)
	f.p("type Event struct {")
	f.p("\tSID string `json:\"sid\"`")
	if g.wrong(1.0 / 2) {
		f.p("\tReason int `json:\"disconnect_reason\"`")
	} else {
		f.p("\tReason reasons.Reason `json:\"disconnect_reason\"`")
	}
	if g.wrong(1.0 / 2) {
		f.p("\tReleaser string `form:\"releaser_type\"`")
	} else {
		f.p("\tReleaser reasons.Source `form:\"releaser_type\"`")
	}
	f.p("\tDuration int `json:\"duration\"`")
	f.p("}")
	f.p("")
	f.p("// Handle serves LINE Planet's call event callback.")
	f.p("func Handle(w http.ResponseWriter, r *http.Request) {")
	f.p("\tq := r.URL.Query()")
	// Parameters read by hand: each one a mistake.
	for range 1 + g.rng.IntN(3) {
		if !g.wrong(1) {
			continue
		}
		switch g.rng.IntN(4) {
		case 0:
			f.p("\tif q.Get(%q) == %q {", reasons.ReasonParam, strconv.Itoa(g.rawReason()))
			f.p("\t\tfmt.Fprintln(w, \"missed\")")
			f.p("\t}")
		case 1:
			f.p("\tif q.Get(%q) == %q {", reasons.SourceParam, strconv.Itoa(1+g.rng.IntN(6)))
			f.p("\t\tfmt.Fprintln(w, \"server\")")
			f.p("\t}")
		case 2:
			f.p("\tswitch q.Get(%q) {", reasons.ReasonParam)
			f.p("\tcase %q, %q:", strconv.Itoa(g.rawReason()), one(g.rng, g.common).String())
			f.p("\t\tfmt.Fprintln(w, \"busy\")")
			f.p("\t}")
		case 3:
			f.p("\tif text := q.Get(%q); text != \"\" {", reasons.ReasonParam)
			f.p("\t\tif n, err := strconv.Atoi(text); err == nil && n == %d {", g.rawReason())
			f.p("\t\t\tfmt.Fprintln(w, \"cancelled\")")
			f.p("\t\t}")
			f.p("\t}")
		}
	}
	f.p("\td, err := reasons.FromQuery(q)")
	f.p("\tif err != nil {")
	f.p("\t\thttp.Error(w, err.Error(), http.StatusBadRequest)")
	f.p("\t\treturn")
	f.p("\t}")
	f.p("\tduration, _ := strconv.Atoi(q.Get(\"duration\"))")
	f.p("\tev := Event{SID: q.Get(\"sid\"), Duration: duration}")
	f.p("\tfmt.Fprintln(w, ev.SID, Outcome%d(d.Reason), Releaser(d.Source), Combined(d), ev.Duration)", g.rng.IntN(p.outcomes))
	f.p("}")
	f.p("")
	f.p("// Check reports whether the stored event ended as the callback says.")
	f.p("func (ev Event) Check(q map[string]string) bool {")
	f.p("\treturn fmt.Sprint(ev.Reason) == q[%q] && fmt.Sprint(ev.Releaser) == q[%q]", reasons.ReasonParam, reasons.SourceParam)
	f.p("}")
	return f
}

// tablesFile holds map literals keyed by reasons and sources, some marked
// exhaustive.
func (g *generator) tablesFile(p *pkg) *file {
	f := newFile()
	f.use("github.com/reasonlint/reasonlint/reasons")
	f.p("// labels name the reasons in %s's reports.", p.name)
	f.p("//")
	f.p("//reasonlint:exhaustive")
	f.p("var labels = map[reasons.Reason]string{")
	members := g.common
	if g.wrong(1.0 / 4) {
		members = pick(g.rng, g.common, len(g.common)-1)
	}
	for _, r := range members {
		f.p("\t%s: %q,", r.GoString(), strings.ToLower(r.String()))
	}
	f.p("}")
	f.p("")
	f.p("// retry holds the reasons worth calling back after.")
	f.p("var retry = map[reasons.Reason]bool{")
	for _, r := range pick(g.rng, g.common, 2+g.rng.IntN(6)) {
		f.p("\t%s: true,", r.GoString())
	}
	f.p("}")
	f.p("")
	f.p("// weights weigh the sources.")
	f.p("var weights = map[reasons.Source]int{")
	for _, s := range pick(g.rng, g.sources, 3+g.rng.IntN(3)) {
		f.p("\t%s: %d,", s.GoString(), g.rng.IntN(10))
	}
	f.p("}")
	f.p("")
	f.p("// Label names r.")
	f.p("func Label(r reasons.Reason) string {")
	f.p("\tif retry[r] {")
	f.p("\t\treturn labels[r] + \" (retry)\"")
	f.p("\t}")
	f.p("\treturn labels[r]")
	f.p("}")
	f.p("")
	f.p("// Weight weighs d.")
	f.p("func Weight(d reasons.Disconnected) int { return weights[d.Source] }")
	return f
}

// utilFile holds ordinary code that has nothing to do with reasons.
func (g *generator) utilFile(p *pkg, n int) *file {
	f := newFile()
	f.use("slices")
	f.use("strings")
	f.use("cmp")
	f.p("// A Window keeps the last samples of a measurement.")
	f.p("type Window struct {")
	f.p("\tsamples []float64")
	f.p("\tlimit   int")
	f.p("}")
	f.p("")
	f.p("// Add adds a sample, dropping the oldest past the limit.")
	f.p("func (w *Window) Add(v float64) {")
	f.p("\tw.samples = append(w.samples, v)")
	f.p("\tif w.limit > 0 && len(w.samples) > w.limit {")
	f.p("\t\tw.samples = w.samples[len(w.samples)-w.limit:]")
	f.p("\t}")
	f.p("}")
	f.p("")
	f.p("// Mean returns the mean of the samples, 0 if none.")
	f.p("func (w *Window) Mean() float64 {")
	f.p("\tif len(w.samples) == 0 {")
	f.p("\t\treturn 0")
	f.p("\t}")
	f.p("\tvar sum float64")
	f.p("\tfor _, v := range w.samples {")
	f.p("\t\tsum += v")
	f.p("\t}")
	f.p("\treturn sum / float64(len(w.samples))")
	f.p("}")
	f.p("")
	f.p("// Top returns the n largest of xs, largest first.")
	f.p("func Top[T cmp.Ordered](xs []T, n int) []T {")
	f.p("\ts := slices.Clone(xs)")
	f.p("\tslices.SortFunc(s, func(a, b T) int { return cmp.Compare(b, a) })")
	f.p("\treturn s[:min(n, len(s))]")
	f.p("}")
	f.p("")
	for k := range n {
		f.p("// Checksum%d hashes b.", k)
		f.p("func Checksum%d(b []byte) uint32 {", k)
		f.p("\tvar h uint32 = %d", g.rng.Uint32())
		f.p("\tfor i, c := range b {")
		f.p("\t\th = h*%d + uint32(c)", 31+2*g.rng.IntN(50))
		f.p("\t\tif i%%%d == 0 {", 2+g.rng.IntN(7))
		f.p("\t\t\th ^= h >> %d", 1+g.rng.IntN(15))
		f.p("\t\t}")
		f.p("\t}")
		f.p("\treturn h")
		f.p("}")
		f.p("")
		f.p("// Normalize%d folds s to a key: lower case, words joined by %q.", k, "-")
		f.p("func Normalize%d(s string) string {", k)
		f.p("\tfields := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {")
		f.p("\t\treturn r == ' ' || r == '_' || r == %q", one(g.rng, []rune{'.', '/', ':', ','}))
		f.p("\t})")
		f.p("\tif len(fields) > %d {", 3+g.rng.IntN(6))
		f.p("\t\tfields = fields[:%d]", 3+g.rng.IntN(3))
		f.p("\t}")
		f.p("\treturn strings.Join(fields, \"-\")")
		f.p("}")
		f.p("")
		f.p("// Buckets%d counts the durations, in seconds, by bucket.", k)
		f.p("func Buckets%d(durations []int) map[int]int {", k)
		f.p("\tm := make(map[int]int, %d)", 4+g.rng.IntN(12))
		f.p("\tfor _, d := range durations {")
		f.p("\t\tswitch {")
		f.p("\t\tcase d < %d:", 10+g.rng.IntN(50))
		f.p("\t\t\tm[0]++")
		f.p("\t\tcase d < %d:", 100+g.rng.IntN(500))
		f.p("\t\t\tm[1]++")
		f.p("\t\tdefault:")
		f.p("\t\t\tm[d/%d]++", 600+g.rng.IntN(3000))
		f.p("\t\t}")
		f.p("\t}")
		f.p("\treturn m")
		f.p("}")
		f.p("")
	}
	return f
}

// plainDepsFile uses the plain packages that a plain package imports.
func (g *generator) plainDepsFile(p *pkg) *file {
	f := newFile()
	f.p("// Mix hashes s with the helpers of the packages %s builds on.", p.name)
	f.p("func Mix(s string) uint32 {")
	f.p("\th := Checksum0([]byte(Normalize0(s)))")
	for _, dep := range p.deps {
		f.use(dep.importPath())
		f.p("\th ^= %s.Checksum%d([]byte(%s.Normalize0(s)))", dep.name, g.rng.IntN(dep.helpers), dep.name)
	}
	f.p("\treturn h")
	f.p("}")
	return f
}

// mainFile is the command that serves the callbacks of the last packages.
func (g *generator) mainFile() ([]byte, error) {
	f := newFile()
	f.doc = "// Command callbackd serves LINE Planet's call event callbacks.\n"
	f.use("log")
	f.use("net/http")
	var handlers []*pkg
	for i := len(g.pkgs) - 1; i >= 0 && len(handlers) < 8; i-- {
		if !g.pkgs[i].plain {
			handlers = append(handlers, g.pkgs[i])
		}
	}
	f.p("func main() {")
	for _, p := range handlers {
		f.use(p.importPath())
		f.p("\thttp.HandleFunc(%q, %s.Handle)", "/"+p.name+"/on_call_evt_cb", p.name)
	}
	f.p("\tlog.Fatal(http.ListenAndServe(\"localhost:8080\", nil))")
	f.p("}")
	src := g.format(&pkg{name: "main", dir: "cmd/callbackd"}, "main.go", f)
	return src, g.err
}
