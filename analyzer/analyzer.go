package analyzer

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"os"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/reasonlint/reasonlint/reasons"
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
	FlagCheckMaps                  = "check-maps"
	FlagCheckGenerated             = "check-generated"
)

// The diagnostic categories: each check's stable name.
const (
	CategorySwitch    = "switch"
	CategoryMap       = "map"
	CategoryRawInt    = "raw-int"
	CategoryCode      = "code"
	CategoryCallback  = "callback"
	CategoryDirective = "directive"
)

// config holds one analyzer instance's settings.
type config struct {
	checkSwitch, checkRawInt, checkCodes, checkCallbacks     bool
	webReasons, defaultExhaustive, checkMaps, checkGenerated bool
}

// New returns a new instance of reasonlint with the default settings and
// its own flags.
func New() *analysis.Analyzer {
	cfg := new(config)
	a := &analysis.Analyzer{
		Name: "reasonlint",
		Doc:  doc,
		URL:  "https://pkg.go.dev/github.com/reasonlint/reasonlint/analyzer",
		Run:  func(pass *analysis.Pass) (any, error) { return nil, run(pass, cfg) },
	}
	fs := &a.Flags
	fs.BoolVar(&cfg.checkSwitch, FlagCheckSwitch, true, "report switches and map literals that miss disconnect reasons or sources")
	fs.BoolVar(&cfg.checkRawInt, FlagCheckRawInt, true, "report raw integers used as disconnect reasons or sources")
	fs.BoolVar(&cfg.checkCodes, FlagCheckCodes, true, "report unknown disconnect reason codes and source names, and codes compared as strings")
	fs.BoolVar(&cfg.checkCallbacks, FlagCheckCallbacks, true, "report callback parameters (disconnect_reason, releaser_type) compared with constants or held in plain ints and strings")
	fs.BoolVar(&cfg.webReasons, FlagWebReasons, false, "require the web-only reasons (1601-1612) in exhaustive switches and maps")
	fs.BoolVar(&cfg.defaultExhaustive, FlagDefaultSignifiesExhaustive, false, "accept a switch with a default clause as exhaustive")
	fs.BoolVar(&cfg.checkMaps, FlagCheckMaps, false, "require every map literal keyed by a reason or source to be exhaustive, not only those marked //reasonlint:exhaustive")
	fs.BoolVar(&cfg.checkGenerated, FlagCheckGenerated, false, "check generated files too")
	return a
}

// doc is the analyzer's Doc: a summary line, then the details that
// `reasonlint -h` prints.
const doc = `check handling of LINE Planet disconnect reasons and sources

reasonlint reports switches over reasons.Reason and reasons.Source that miss
a member, raw integers used as reasons or sources, unknown or misspelled
reason codes and source names, and LINE Planet callback parameters compared
with literals. See https://pkg.go.dev/github.com/reasonlint/reasonlint/analyzer.`

func run(pass *analysis.Pass, cfg *config) error {
	enum := findEnum(pass.Pkg)
	// Without the reasons package, only the callback check applies, and
	// only if a string literal names a callback parameter.
	if enum == nil && !(cfg.checkCallbacks && slices.ContainsFunc(pass.Files, mentionsCallbackParams)) {
		return nil // nothing here can hold a reason, a source or a callback value
	}
	c := &checker{pass: pass, cfg: cfg, enum: enum, files: make(map[*token.File]*fileState)}
	// The reasons package itself defines what the checks compare with.
	c.self = enum != nil && enum.pkg == pass.Pkg
	// Reached only through other packages, the reasons package is known
	// by its members in reasonlint's own version, which the analyzed code
	// may not have: no fix names them.
	c.partial = enum != nil && !enum.pkg.Complete()
	for _, file := range pass.Files {
		// cgo's output is generated, but from the programmer's file,
		// to which its line directives map it back.
		translated := lineMapped(pass.Fset, file)
		if !cfg.checkGenerated && ast.IsGenerated(file) && !translated {
			continue
		}
		// Edits would land in cgo's output, or be placed by drivers in
		// the file that a //line directive names.
		c.fileState = &fileState{file: file, noFixes: translated || hasLineDirectives(file)}
		c.files[pass.Fset.File(file.Pos())] = c.fileState
		c.checkFile(file)
	}
	if enum != nil && cfg.checkRawInt && !c.self {
		c.checkRawInts()
	}
	// The raw-integer check reports after the walk: in the order of the
	// source, drivers that print as reported print that order. (Not by
	// token.Pos, whose order of files depends on the order in which the
	// driver happened to parse them.)
	slices.SortStableFunc(c.diags, func(a, b analysis.Diagnostic) int {
		pa, pb := pass.Fset.PositionFor(a.Pos, false), pass.Fset.PositionFor(b.Pos, false)
		return cmp.Or(cmp.Compare(pa.Filename, pb.Filename), cmp.Compare(pa.Offset, pb.Offset))
	})
	for _, d := range c.diags {
		pass.Report(d)
	}
	return nil
}

// A checker checks one package, a file at a time.
type checker struct {
	pass    *analysis.Pass
	cfg     *config
	enum    *enum                        // nil if the package does not depend on the reasons package
	self    bool                         // the package is the reasons package
	partial bool                         // the package reaches it only through others
	req     map[*types.TypeName][]member // the members switches must cover, by type

	suggestions map[suggestKey]reasons.Suggestion // see suggest

	files      map[*token.File]*fileState // the files checked
	*fileState                            // the current one
	wires      map[types.Object]wire      // variables holding callback values

	diags   []analysis.Diagnostic // reported when the package is done
	ordered map[ast.Expr]bool     // constant operands of <, <=, > and >=
}

// A fileState is what the checks keep of a file.
type fileState struct {
	file    *ast.File
	noFixes bool   // suggested fixes cannot be applied to it
	src     []byte // its source, read on demand
	dirs    directives
}

// checkFile walks the file once.
func (c *checker) checkFile(file *ast.File) {
	c.dirs = c.parseDirectives(file)
	ast.Inspect(file, c.visit)
	if c.cfg.checkSwitch {
		c.reportUnusedDirectives()
	}
}

// visit checks one node, and reports whether to visit its children.
func (c *checker) visit(node ast.Node) bool {
	cfg := c.cfg
	hasEnum := c.enum != nil
	switch n := node.(type) {
	case *ast.SwitchStmt:
		if hasEnum && cfg.checkSwitch {
			c.checkSwitch(n)
		}
		if hasEnum && (cfg.checkSwitch || cfg.checkCodes) && !c.self {
			c.checkCodeSwitch(n)
		}
		if hasEnum && cfg.checkRawInt && !c.self {
			c.checkConvertedSwitch(n)
		}
		if cfg.checkCallbacks {
			c.checkWireSwitch(n)
		}
	case *ast.CompositeLit:
		if hasEnum && cfg.checkSwitch {
			c.checkMap(n)
		}
	case *ast.BinaryExpr:
		if isOrdering(n.Op) {
			c.noteOrdered(n)
		}
		if hasEnum && cfg.checkRawInt && !c.self {
			c.checkConvertedComparison(n)
		}
		if hasEnum && cfg.checkCodes && !c.self {
			c.checkCodeComparison(n)
		}
		if cfg.checkCallbacks {
			c.checkWireComparison(n)
		}
	case *ast.CallExpr:
		if hasEnum && cfg.checkCodes && !c.self {
			c.checkCodeCall(n)
		}
	case *ast.Field:
		if cfg.checkCallbacks {
			c.checkTaggedField(n)
		}
	case *ast.AssignStmt:
		if cfg.checkCallbacks {
			c.recordWires(n.Lhs, n.Rhs)
		}
	case *ast.RangeStmt:
		if cfg.checkCallbacks && n.Tok != token.ILLEGAL {
			for _, e := range []ast.Expr{n.Key, n.Value} {
				if e != nil {
					c.holdWire(e, wire{}, false)
				}
			}
		}
	case *ast.IncDecStmt:
		if cfg.checkCallbacks {
			c.holdWire(n.X, wire{}, false)
		}
	case *ast.ValueSpec:
		if cfg.checkCallbacks {
			lhs := make([]ast.Expr, len(n.Names))
			for i, id := range n.Names {
				lhs[i] = id
			}
			c.recordWires(lhs, n.Values)
		}
	}
	return true
}

// report reports d unless a directive silences its line.
func (c *checker) report(d analysis.Diagnostic) {
	if c.ignored(c.line(d.Pos)) {
		return
	}
	if c.noFixes || c.partial {
		d.SuggestedFixes = nil
	}
	c.diags = append(c.diags, d)
}

// line returns the line of pos in the file as parsed, not as line
// directives present it, like the lines of directives.
func (c *checker) line(pos token.Pos) int {
	return c.pass.Fset.PositionFor(pos, false).Line
}

// lineMapped reports whether line directives map file to another file, as
// they map cgo's output back to the programmer's file.
func lineMapped(fset *token.FileSet, file *ast.File) bool {
	tf := fset.File(file.Pos())
	return tf != nil && fset.Position(file.Package).Filename != tf.Name()
}

// hasLineDirectives reports whether file has a //line or /*line directive.
func hasLineDirectives(file *ast.File) bool {
	for _, g := range file.Comments {
		for _, com := range g.List {
			if strings.HasPrefix(com.Text, "//line ") || strings.HasPrefix(com.Text, "/*line ") {
				return true
			}
		}
	}
	return false
}

// reportDirective reports a malformed or misplaced directive.
func (c *checker) reportDirective(pos, end token.Pos, format string, args ...any) {
	c.diags = append(c.diags, analysis.Diagnostic{Pos: pos, End: end, Category: CategoryDirective, Message: fmt.Sprintf(format, args...)})
}

// source returns the current file's source, or nil if it cannot be read.
func (c *checker) source() []byte {
	if c.src == nil {
		read := c.pass.ReadFile
		if read == nil { // drivers such as Bazel's nogo leave it unset
			read = os.ReadFile
		}
		if tf := c.pass.Fset.File(c.file.Pos()); tf != nil {
			c.src, _ = read(tf.Name())
		}
	}
	return c.src
}
