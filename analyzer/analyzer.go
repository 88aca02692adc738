package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"os"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Analyzer is reasonlint with its default settings. Its flags set the
// settings of this instance only; use [New] for an instance of your own.
var Analyzer = New()

// The names of the analyzer's flags, for drivers that set them.
const (
	FlagCheckSwitch                = "check-switch"
	FlagCheckRawInt                = "check-raw-int"
	FlagCheckCodes                 = "check-codes"
	FlagCheckCallbacks             = "check-callbacks"
	FlagWebReasons                 = "web-reasons"
	FlagDefaultSignifiesExhaustive = "default-signifies-exhaustive"
	FlagRequireDefault             = "require-default"
	FlagCheckMaps                  = "check-maps"
	FlagCheckGenerated             = "check-generated"
	FlagDetectOwnTypes             = "detect-own-types"
)

// The diagnostic categories: each check's stable name, which
// //reasonlint:ignore:CHECK names.
const (
	CategorySwitch      = "switch"
	CategoryMap         = "map"
	CategoryRawInt      = "raw-int"
	CategoryArithmetic  = "arithmetic"
	CategoryCode        = "code"
	CategoryCallback    = "callback"
	CategoryDeclaration = "declaration"
	CategoryDirective   = "directive"
)

// Categories lists the diagnostic categories, in the order of the package
// documentation.
var Categories = []string{CategorySwitch, CategoryMap, CategoryRawInt, CategoryArithmetic, CategoryCode, CategoryCallback, CategoryDeclaration, CategoryDirective}

// url is the documentation of the analyzer.
const url = "https://pkg.go.dev/github.com/reasonlint/reasonlint/analyzer"

// headings are the headings of the package documentation's section of each
// category, which diagnostics link to.
var headings = map[string]string{
	CategorySwitch:      "Switches that miss a case",
	CategoryMap:         "Map literals that miss a key",
	CategoryRawInt:      "Raw integers",
	CategoryArithmetic:  "Arithmetic on reasons",
	CategoryCode:        "Unknown codes",
	CategoryCallback:    "Callback parameters",
	CategoryDeclaration: "Own types",
	CategoryDirective:   "Directives",
}

// DocURL returns the address of the documentation of the check that
// reports diagnostics of category: the package documentation's section,
// at the anchor that pkg.go.dev gives its heading.
func DocURL(category string) string {
	h, ok := headings[category]
	if !ok {
		return url
	}
	b := []byte("#hdr-")
	for i := 0; i < len(h); i++ {
		ch := h[i]
		if 'a' <= ch && ch <= 'z' || 'A' <= ch && ch <= 'Z' || '0' <= ch && ch <= '9' || ch == '_' {
			b = append(b, ch)
		} else {
			b = append(b, '_')
		}
	}
	return url + string(b)
}

// docURLs holds DocURL of every category.
var docURLs = func() map[string]string {
	m := make(map[string]string, len(headings))
	for category := range headings {
		m[category] = DocURL(category)
	}
	return m
}()

// config holds one analyzer instance's settings.
type config struct {
	checkSwitch, checkRawInt, checkCodes, checkCallbacks     bool
	webReasons, defaultExhaustive, requireDefault, checkMaps bool
	checkGenerated, detectOwnTypes                           bool
}

// enabled reports whether the check that reports category runs.
func (cfg *config) enabled(category string) bool {
	switch category {
	case CategorySwitch, CategoryMap:
		return cfg.checkSwitch
	case CategoryRawInt, CategoryArithmetic:
		return cfg.checkRawInt
	case CategoryCode:
		return cfg.checkCodes
	case CategoryCallback:
		return cfg.checkCallbacks
	}
	return true
}

// New returns a new instance of reasonlint with the default settings and
// its own flags.
func New() *analysis.Analyzer {
	cfg := new(config)
	cache := new(caches)
	a := &analysis.Analyzer{
		Name: "reasonlint",
		Doc:  doc,
		URL:  url,
		Run:  func(pass *analysis.Pass) (any, error) { return nil, run(pass, cfg, cache) },
		// Editors analyze code as it is typed: reasonlint checks what
		// type-checks and leaves the rest alone.
		RunDespiteErrors: true,
	}
	fs := &a.Flags
	fs.BoolVar(&cfg.checkSwitch, FlagCheckSwitch, true, "report switches and map literals that miss disconnect reasons or sources")
	fs.BoolVar(&cfg.checkRawInt, FlagCheckRawInt, true, "report raw integers used as disconnect reasons or sources, and arithmetic on them")
	fs.BoolVar(&cfg.checkCodes, FlagCheckCodes, true, "report unknown disconnect reason codes and source names, and codes compared as strings")
	fs.BoolVar(&cfg.checkCallbacks, FlagCheckCallbacks, true, "report callback parameters (disconnect_reason, releaser_type, rel_code, terminate ...) compared with constants or held in plain ints and strings")
	fs.BoolVar(&cfg.webReasons, FlagWebReasons, false, "require the web-only reasons (1601-1612) in exhaustive switches, maps and own types")
	fs.BoolVar(&cfg.defaultExhaustive, FlagDefaultSignifiesExhaustive, false, "accept a switch with a default clause as exhaustive")
	fs.BoolVar(&cfg.requireDefault, FlagRequireDefault, false, "require a default clause in every switch over a reason or source, for values LINE Planet adds later")
	fs.BoolVar(&cfg.checkMaps, FlagCheckMaps, false, "require every map literal keyed by a reason or source to be exhaustive, not only those marked //reasonlint:exhaustive")
	fs.BoolVar(&cfg.checkGenerated, FlagCheckGenerated, false, "check generated files too")
	fs.BoolVar(&cfg.detectOwnTypes, FlagDetectOwnTypes, true, "recognize the application's own reason and source types by their constants, not only those marked //reasonlint:reason or //reasonlint:source")
	return a
}

// doc is the analyzer's Doc: a summary line, then the details that
// `reasonlint -h` prints.
const doc = `check handling of LINE Planet disconnect reasons and sources

reasonlint reports switches over disconnect reasons and sources that miss
a member, raw integers used as reasons or sources, unknown or misspelled
reason codes and source names, and LINE Planet callback parameters
compared with literals. It checks the types of package
github.com/reasonlint/reasonlint/reasons and the application's own
reason and source types: those marked //reasonlint:reason or
//reasonlint:source, and, unless -detect-own-types=false, types whose
constants copy LINE Planet's table, whose declarations it holds to that
table. See ` + url + `.`

// A checker checks one package.
type checker struct {
	pass    *analysis.Pass
	cfg     *config
	cache   *reasonsCache // the reasons package's enums, for the next package
	untyped *untypedCache // the values of imported packages' untyped constants
	self    bool          // the package is the reasons package

	enums  map[*types.TypeName]*enum                             // see enumOf
	consts map[*types.Package]map[*types.TypeName][]*types.Const // see constsOf
	owned  map[*types.Package]map[*types.TypeName]*enum          // see ownTypesOf
	marks  map[*types.TypeName]mark                              // the directives on the package's types

	typed    bool                // the package may hold values of enums
	mentions bool                // a comment mentions directives, which must be checked even where nothing else is
	flow     *flow               // the callback values of the package, if any
	sets     map[ast.Expr]setUse // the constants of sets searched with a converted reason, see findSets
	records  *survey             // see survey
	next     int                 // the first candidate of records not yet passed by the walk
	fileEnd  token.Pos           // the end of the file being walked

	files        map[*token.File]*fileState // the package's files
	decls        map[*enum]*ownDecl         // see declOf
	declaredList *[]declaredConst           // see declaredConsts

	suggestions map[suggestKey]suggestion // see suggest
	importSets  []*valueFlags             // see importedUntyped
	lastScope   struct {                  // the last answer of scopeAt
		file  *ast.File
		pos   token.Pos
		scope *types.Scope
	}

	file          *fileState // the file being walked
	stack         []ast.Node // the nodes that enclose the one being visited
	nextDirective token.Pos  // where the next malformed directive of the file is, to report it in order

	switches map[*ast.SwitchStmt]*switchInfo // switches being walked, see caseContext
	covered  []bool                          // see newCoverage
	missed   []int64
	noFix    map[*ast.BinaryExpr]bool // comparisons whose fix would repeat another's
}

// A fileState is what the checks keep of a file of the package.
type fileState struct {
	file      *ast.File
	tf        *token.File
	generated bool
	test      bool // a test file, _test.go
	skipped   bool // a generated file, not checked
	noFixes   bool // suggested fixes cannot be applied to it
	// mentions: a comment says "reasonlint:", as directives do, and
	// malformed ones too.
	mentions bool
	src      []byte // its source, read on demand
	read     bool   // src has been read
	dirs     *directives
}

// caches holds what an analyzer instance keeps from package to package.
type caches struct {
	reasons reasonsCache
	untyped untypedCache
}

func run(pass *analysis.Pass, cfg *config, cache *caches) error {
	if pass.Pkg == nil {
		return nil
	}
	if isStdPath(pass.Pkg.Path()) && (pass.Module == nil || pass.Module.Path == "") {
		return nil // the standard library handles no LINE Planet values
	}
	c := &checker{pass: pass, cfg: cfg, cache: &cache.reasons, untyped: &cache.untyped, self: isReasonsPath(pass.Pkg.Path())}
	c.files = make(map[*token.File]*fileState, len(pass.Files))
	for _, file := range pass.Files {
		// cgo's output is generated, but from the programmer's file,
		// to which its line directives map it back.
		lineDirectives, mentions := scanComments(file)
		translated := lineDirectives && lineMapped(pass.Fset, file)
		generated := ast.IsGenerated(file) && !translated
		tf := pass.Fset.File(file.Pos())
		fs := &fileState{
			file:      file,
			tf:        tf,
			generated: generated,
			test:      tf != nil && strings.HasSuffix(tf.Name(), "_test.go"),
			skipped:   generated && !cfg.checkGenerated,
			// Edits would land in cgo's output, or be placed by
			// drivers in the file that a //line directive names, and
			// a generated file is generated anew.
			noFixes:  generated || lineDirectives,
			mentions: mentions,
		}
		c.files[fs.tf] = fs
		c.mentions = c.mentions || mentions
	}
	if c.mentions {
		c.marks = c.markedTypes() // directives mention "reasonlint:"
	}
	c.typed = c.reachesReasons() || c.hasOwnTypes(c.pass.Pkg) || c.importsOwnTypes()
	records := c.survey()
	defer records.release()
	defer c.releaseDecls()
	defer c.releaseDeclared()
	if cfg.checkCallbacks {
		c.flow = c.analyzeFlow(records.params)
	}
	if !c.typed && c.flow == nil && !(cfg.checkCallbacks && records.tagged) && !c.mentions {
		return nil // nothing here can hold a reason, a source or a callback value
	}
	if c.flow != nil {
		// The constants compared with callback values are candidates
		// of the walk too.
		records.add(slices.Collect(maps.Keys(c.flow.consts)))
	}
	if c.typed {
		// So are the constants of sets searched with a converted reason.
		if c.sets = c.findSets(records.indexes); c.sets != nil {
			records.add(slices.Collect(maps.Keys(c.sets)))
		}
	}
	c.checkFiles()
	return nil
}

// reachesReasons reports whether the package is the reasons package or
// depends on it, and so may hold its types.
func (c *checker) reachesReasons() bool {
	if c.self || slices.ContainsFunc(c.pass.Pkg.Imports(), func(p *types.Package) bool { return isReasonsPath(p.Path()) }) {
		return true
	}
	seen := make(map[*types.Package]bool)
	var find func(p *types.Package) bool
	find = func(p *types.Package) bool {
		if seen[p] {
			return false
		}
		seen[p] = true
		if isReasonsPath(p.Path()) {
			return true
		}
		return slices.ContainsFunc(p.Imports(), find)
	}
	return find(c.pass.Pkg)
}

// hasOwnTypes reports whether pkg declares an own reason or source type, or,
// if it is the package being analyzed, an untyped block of constants that
// copies LINE Planet's table.
func (c *checker) hasOwnTypes(pkg *types.Package) bool {
	return len(c.ownTypesOf(pkg)) > 0 || pkg == c.pass.Pkg && c.hasUntypedBlocks()
}

// importsOwnTypes reports whether a package that the package imports
// declares an own reason or source type.
func (c *checker) importsOwnTypes() bool {
	return slices.ContainsFunc(c.pass.Pkg.Imports(), func(imp *types.Package) bool {
		return !isStdPath(imp.Path()) && c.hasOwnTypes(imp)
	})
}

// report reports d unless a directive silences its line.
func (c *checker) report(d analysis.Diagnostic) {
	if d.Category != CategoryDirective && c.ignoredAt(d.Pos, d.Category, true) {
		return
	}
	if c.file.noFixes {
		d.SuggestedFixes = nil
	}
	d.URL = docURLs[d.Category]
	c.pass.Report(d)
}

// line returns the line of pos in the file as parsed, not as line
// directives present it, like the lines of directives.
func (c *checker) line(pos token.Pos) int {
	if fs := c.file; fs != nil && fs.tf != nil && fs.tf.Base() <= int(pos) && int(pos) <= fs.tf.Base()+fs.tf.Size() {
		return fs.tf.PositionFor(pos, false).Line
	}
	return c.pass.Fset.PositionFor(pos, false).Line
}

// lineMapped reports whether line directives map file to another file, as
// they map cgo's output back to the programmer's file.
func lineMapped(fset *token.FileSet, file *ast.File) bool {
	tf := fset.File(file.Pos())
	return tf != nil && fset.Position(file.Package).Filename != tf.Name()
}

// scanComments reports whether file has a //line or /*line directive, and
// whether a comment mentions reasonlint's directives, well-formed or not.
func scanComments(file *ast.File) (lineDirectives, mentions bool) {
	for _, g := range file.Comments {
		for _, com := range g.List {
			text := com.Text
			lineDirectives = lineDirectives || strings.HasPrefix(text, "//line ") || strings.HasPrefix(text, "/*line ")
			mentions = mentions || strings.Contains(text, "reasonlint:")
		}
	}
	return lineDirectives, mentions
}

// fileAt returns the file of the package that holds pos, or nil.
func (c *checker) fileAt(pos token.Pos) *fileState {
	return c.files[c.pass.Fset.File(pos)]
}

// checked reports whether the checks walk fs.
func (c *checker) checked(fs *fileState) bool { return !fs.skipped }

// sourceOf returns the source of fs, or nil if it cannot be read.
func (c *checker) sourceOf(fs *fileState) []byte {
	if fs == nil {
		return nil
	}
	if !fs.read {
		fs.read = true
		read := c.pass.ReadFile
		if read == nil { // drivers such as Bazel's nogo leave it unset
			read = os.ReadFile
		}
		if fs.tf != nil {
			fs.src, _ = read(fs.tf.Name())
		}
	}
	return fs.src
}
