package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/textproto"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/reasonlint/reasonlint/analyzer"
	"github.com/reasonlint/reasonlint/internal/testutil"
)

// testEditor drives the gopls at gopls the way an editor does, over the
// Language Server Protocol on its standard input and output, in a copy of
// the module: it opens example/server.go, waits for the diagnostics, and
// checks that every finding of reasonlint -json arrives as a warning of
// source reasonlint whose code is the finding's category. It then asks for
// the quick fixes at a missing-cases finding and at a raw-integer finding,
// applies each as the editor would (telling gopls of the change in
// between), checks that the result is what reasonlint's own suggested
// fixes give, and builds it.
func testEditor(t *testing.T, gopls, reasonlint string, env []string) {
	dir := testutil.CopyModule(t, "./example")
	file := filepath.Join(dir, "example", "server.go")
	uri := fileURI(file)
	original := testutil.ReadFile(t, file)
	want := diagnosticsIn(t, dir, reasonlint, "./example", file)

	c := startServer(t, dir, env, gopls)
	var init struct {
		Capabilities struct {
			CodeActionProvider json.RawMessage `json:"codeActionProvider"`
		} `json:"capabilities"`
		ServerInfo struct{ Name, Version string } `json:"serverInfo"`
	}
	c.call("initialize", initializeParams(dir), &init)
	// gopls sends its build information as its version.
	var version struct{ Version string }
	if json.Unmarshal([]byte(init.ServerInfo.Version), &version) != nil {
		version.Version = init.ServerInfo.Version
	}
	t.Logf("server %s %s", init.ServerInfo.Name, version.Version)
	if len(init.Capabilities.CodeActionProvider) == 0 || string(init.Capabilities.CodeActionProvider) == "false" {
		t.Fatalf("gopls offers no code actions: %s", init.Capabilities.CodeActionProvider)
	}
	c.notify("initialized", struct{}{})

	doc := &document{uri: uri, version: 1, text: original}
	c.notify("textDocument/didOpen", map[string]any{
		"textDocument": map[string]any{"uri": uri, "languageId": "go", "version": doc.version, "text": doc.text},
	})

	// Every finding arrives, as reasonlint reports it.
	got := c.diagnostics(doc)
	for _, w := range want {
		d := findDiagnostic(got, doc.text, w)
		if d == nil {
			t.Errorf("no diagnostic for reasonlint's %s: %s", w.Posn, w.Message)
			continue
		}
		if d.Severity != severityWarning {
			t.Errorf("%s: severity %d, want %d (warning)", w.Posn, d.Severity, severityWarning)
		}
		if code := d.code(); code != w.Category {
			t.Errorf("%s: code %q, want the category %q", w.Posn, code, w.Category)
		}
		if end := position(t, doc.text, w.End); d.Range.End != end {
			t.Errorf("%s: range ends at %v, want %v", w.Posn, d.Range.End, end)
		}
	}
	t.Logf("diagnostics of version %d:\n%s", doc.version, c.describe(got))
	if n := len(reasonlintDiagnostics(got)); n != len(want) {
		t.Errorf("%d diagnostics of reasonlint, want the %d of reasonlint -json:\n%s", n, len(want), c.describe(got))
	}

	// The quick fixes, one after the other, as a user takes them.
	current := got
	var fixed []testutil.Fix
	for _, category := range []string{analyzer.CategorySwitch, analyzer.CategoryRawInt} {
		i := slices.IndexFunc(want, func(d testutil.Diagnostic) bool { return d.Category == category && len(d.SuggestedFixes) == 1 })
		if i < 0 {
			t.Fatalf("reasonlint reports no %s finding with one fix in %s", category, file)
		}
		w := want[i]
		d := findDiagnostic(current, doc.text, w)
		if d == nil {
			t.Fatalf("version %d: no diagnostic for %s: %s", doc.version, w.Posn, w.Message)
		}
		fix := w.SuggestedFixes[0]
		edits := c.quickFix(doc, d, fix.Message)
		doc.apply(t, edits)
		c.notify("textDocument/didChange", map[string]any{
			"textDocument":   map[string]any{"uri": uri, "version": doc.version},
			"contentChanges": []map[string]any{{"text": doc.text}},
		})
		fixed = append(fixed, fix)
		current = c.diagnostics(doc)
		// The findings that are left have moved with the edit.
		want = shift(t, want, original, doc.text)
	}

	// The edits are those of reasonlint's suggested fixes.
	var edits []testutil.Edit
	for _, f := range fixed {
		edits = append(edits, f.Edits...)
	}
	expected, err := testutil.ApplyEdits([]byte(original), edits)
	if err != nil {
		t.Fatal(err)
	}
	if doc.text != string(expected) {
		t.Errorf("after the quick fixes:\n%s\nwant, from reasonlint's suggested fixes:\n%s", doc.text, expected)
	}
	testutil.WriteFile(t, file, doc.text)
	testutil.MustRun(t, 0, dir, nil, "go", "build", "./example")

	c.call("shutdown", nil, nil)
	c.notify("exit", nil)
	c.wait()
}

// A document is the editor's copy of an open file.
type document struct {
	uri     string
	version int
	text    string
}

// apply applies edits to the document, as of its version, and makes a new
// version.
func (doc *document) apply(t *testing.T, edits []textEdit) {
	t.Helper()
	type span struct {
		start, end int
		text       string
	}
	var spans []span
	for _, e := range edits {
		start, err1 := offset(doc.text, e.Range.Start)
		end, err2 := offset(doc.text, e.Range.End)
		if err1 != nil || err2 != nil || start > end {
			t.Fatalf("edit %+v outside version %d of the file: %v, %v", e, doc.version, err1, err2)
		}
		spans = append(spans, span{start, end, e.NewText})
	}
	// LSP edits are relative to the document before any of them; apply
	// them from the end.
	slices.SortStableFunc(spans, func(a, b span) int { return b.start - a.start })
	text := doc.text
	limit := len(text)
	for _, s := range spans {
		if s.end > limit {
			t.Fatalf("overlapping edits: %+v", edits)
		}
		text = text[:s.start] + s.text + text[s.end:]
		limit = s.start
	}
	doc.text = text
	doc.version++
}

// shift returns diags with the positions of their findings, in the file
// old, moved to where the same lines are in new: one edit, inserted or
// removed lines, lies between the two.
func shift(t *testing.T, diags []testutil.Diagnostic, old, new string) []testutil.Diagnostic {
	t.Helper()
	oldLines, newLines := strings.Split(old, "\n"), strings.Split(new, "\n")
	prefix := 0
	for prefix < min(len(oldLines), len(newLines)) && oldLines[prefix] == newLines[prefix] {
		prefix++
	}
	delta := len(newLines) - len(oldLines)
	var out []testutil.Diagnostic
	for _, d := range diags {
		move := func(posn string) string {
			file, line, col, ok := testutil.SplitPosn(posn)
			if !ok {
				t.Fatalf("bad position %q", posn)
			}
			if line > prefix {
				line += delta
			}
			return fmt.Sprintf("%s:%d:%d", file, line, col)
		}
		d.Posn, d.End = move(d.Posn), move(d.End)
		out = append(out, d)
	}
	return out
}

// The LSP's DiagnosticSeverity of a warning.
const severityWarning = 2

// A diagnostic is an LSP Diagnostic, with its JSON as the server sent it,
// which code action requests send back.
type diagnostic struct {
	Range           lspRange        `json:"range"`
	Severity        int             `json:"severity"`
	Code            json.RawMessage `json:"code"`
	CodeDescription *struct {
		Href string `json:"href"`
	} `json:"codeDescription"`
	Source  string `json:"source"`
	Message string `json:"message"`
	raw     json.RawMessage
}

// code returns the diagnostic's code, a string or a number, as text.
func (d *diagnostic) code() string {
	var s string
	if json.Unmarshal(d.Code, &s) == nil {
		return s
	}
	return string(d.Code)
}

type lspPosition struct {
	Line      int `json:"line"`
	Character int `json:"character"` // in UTF-16 code units
}

type lspRange struct {
	Start lspPosition `json:"start"`
	End   lspPosition `json:"end"`
}

type textEdit struct {
	Range   lspRange `json:"range"`
	NewText string   `json:"newText"`
}

// A workspaceEdit is an LSP WorkspaceEdit, in either of its forms.
type workspaceEdit struct {
	Changes         map[string][]textEdit `json:"changes"`
	DocumentChanges []struct {
		TextDocument struct {
			URI     string `json:"uri"`
			Version *int   `json:"version"`
		} `json:"textDocument"`
		Edits []textEdit `json:"edits"`
	} `json:"documentChanges"`
}

// editsOf returns the edits of doc in we. Edits of other files, or of
// another version of doc, are fatal.
func (we *workspaceEdit) editsOf(t *testing.T, doc *document) []textEdit {
	t.Helper()
	var edits []textEdit
	for uri, es := range we.Changes {
		if uri != doc.uri {
			t.Fatalf("the fix edits %s, not %s", uri, doc.uri)
		}
		edits = append(edits, es...)
	}
	for _, dc := range we.DocumentChanges {
		if dc.TextDocument.URI != doc.uri {
			t.Fatalf("the fix edits %s, not %s", dc.TextDocument.URI, doc.uri)
		}
		if v := dc.TextDocument.Version; v != nil && *v != doc.version {
			t.Fatalf("the fix edits version %d of the file, not %d", *v, doc.version)
		}
		edits = append(edits, dc.Edits...)
	}
	return edits
}

// A codeAction is an LSP CodeAction.
type codeAction struct {
	Title       string            `json:"title"`
	Kind        string            `json:"kind"`
	Edit        *workspaceEdit    `json:"edit"`
	Command     *lspCommand       `json:"command"`
	Data        json.RawMessage   `json:"data"`
	Diagnostics []json.RawMessage `json:"diagnostics"`
}

type lspCommand struct {
	Title     string            `json:"title"`
	Command   string            `json:"command"`
	Arguments []json.RawMessage `json:"arguments"`
}

// quickFix asks for the quick fixes of d, takes the one titled title, and
// returns its edits of doc, however the server delivers them: in the code
// action, through codeAction/resolve, or as a command whose execution
// makes the server ask the editor to apply an edit.
func (c *client) quickFix(doc *document, d *diagnostic, title string) []textEdit {
	t := c.t
	t.Helper()
	var actions []json.RawMessage
	c.call("textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": doc.uri},
		"range":        d.Range,
		"context": map[string]any{
			"diagnostics": []json.RawMessage{d.raw},
			"only":        []string{"quickfix"},
			"triggerKind": 1, // invoked by the user
		},
	}, &actions)
	var titles []string
	for _, raw := range actions {
		var a codeAction
		if err := json.Unmarshal(raw, &a); err != nil {
			t.Fatal(err)
		}
		titles = append(titles, a.Title)
		if a.Title != title {
			continue
		}
		if a.Kind != "quickfix" {
			t.Errorf("code action %q: kind %q, want quickfix", title, a.Kind)
		}
		switch {
		case a.Edit != nil:
			t.Logf("%q: the edit is in the code action", title)
			return a.Edit.editsOf(t, doc)
		case a.Command != nil:
			t.Logf("%q: command %s", title, a.Command.Command)
			c.call("workspace/executeCommand", map[string]any{"command": a.Command.Command, "arguments": a.Command.Arguments}, nil)
			we := c.appliedEdit()
			return we.editsOf(t, doc)
		case a.Data != nil:
			t.Logf("%q: resolved with codeAction/resolve", title)
			var resolved codeAction
			c.call("codeAction/resolve", raw, &resolved)
			if resolved.Edit == nil {
				t.Fatalf("codeAction/resolve of %q gave no edit", title)
			}
			return resolved.Edit.editsOf(t, doc)
		default:
			t.Fatalf("code action %q has no edit, command or data: %s", title, raw)
		}
	}
	t.Fatalf("no quick fix %q at %v; the code actions: %q", title, d.Range, titles)
	return nil
}

// findDiagnostic returns the diagnostic of reasonlint among diags that
// reports w, in the file text, or nil.
func findDiagnostic(diags []*diagnostic, text string, w testutil.Diagnostic) *diagnostic {
	_, line, col, _ := testutil.SplitPosn(w.Posn)
	start, err := lspPositionOf(text, line, col)
	if err != nil {
		return nil
	}
	for _, d := range reasonlintDiagnostics(diags) {
		if d.Message == w.Message && d.Range.Start == start {
			return d
		}
	}
	return nil
}

// reasonlintDiagnostics returns the diagnostics of reasonlint among diags.
func reasonlintDiagnostics(diags []*diagnostic) []*diagnostic {
	var out []*diagnostic
	for _, d := range diags {
		if d.Source == testutil.AnalyzerName {
			out = append(out, d)
		}
	}
	return out
}

// position converts a position of reasonlint (file:line:col, col in
// bytes) in the file text to an LSP position; a bad one is fatal.
func position(t *testing.T, text, posn string) lspPosition {
	t.Helper()
	_, line, col, ok := testutil.SplitPosn(posn)
	if !ok {
		t.Fatalf("bad position %q", posn)
	}
	p, err := lspPositionOf(text, line, col)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// lspPositionOf converts a 1-based line and byte column in text to an LSP
// position.
func lspPositionOf(text string, line, col int) (lspPosition, error) {
	lines := strings.SplitAfter(text, "\n")
	if line < 1 || line > len(lines) || col < 1 || col-1 > len(lines[line-1]) {
		return lspPosition{}, fmt.Errorf("no line %d, column %d in the file", line, col)
	}
	prefix := lines[line-1][:col-1]
	return lspPosition{Line: line - 1, Character: len(utf16.Encode([]rune(prefix)))}, nil
}

// offset converts an LSP position in text to a byte offset.
func offset(text string, p lspPosition) (int, error) {
	lines := strings.SplitAfter(text, "\n")
	if p.Line < 0 || p.Line >= len(lines) {
		if p.Line == len(lines) && p.Character == 0 {
			return len(text), nil
		}
		return 0, fmt.Errorf("no line %d", p.Line)
	}
	start := 0
	for _, l := range lines[:p.Line] {
		start += len(l)
	}
	units := 0
	for i, r := range lines[p.Line] {
		if units == p.Character {
			return start + i, nil
		}
		if units > p.Character || r == '\n' {
			break
		}
		units += utf16.RuneLen(r)
		if r == utf8.RuneError {
			return 0, fmt.Errorf("line %d is not UTF-8", p.Line)
		}
	}
	if units == p.Character {
		return start + len(strings.TrimSuffix(lines[p.Line], "\n")), nil
	}
	return 0, fmt.Errorf("no character %d on line %d", p.Character, p.Line)
}

// fileURI returns the file URI of an absolute file name.
func fileURI(name string) string {
	return (&url.URL{Scheme: "file", Path: filepath.ToSlash(name)}).String()
}

// initializeParams returns the parameters of initialize for a workspace
// of one folder, dir: the capabilities of an editor that shows
// diagnostics and applies code actions with their edits.
func initializeParams(dir string) map[string]any {
	return map[string]any{
		"processId":  os.Getpid(),
		"clientInfo": map[string]any{"name": "reasonlint-test"},
		"rootUri":    fileURI(dir),
		"workspaceFolders": []map[string]any{
			{"uri": fileURI(dir), "name": filepath.Base(dir)},
		},
		"capabilities": map[string]any{
			"workspace": map[string]any{
				"applyEdit":        true,
				"workspaceEdit":    map[string]any{"documentChanges": true},
				"configuration":    true,
				"workspaceFolders": true,
			},
			"textDocument": map[string]any{
				"synchronization": map[string]any{"didSave": true},
				"publishDiagnostics": map[string]any{
					"relatedInformation":     true,
					"versionSupport":         true,
					"codeDescriptionSupport": true,
					"dataSupport":            true,
				},
				"codeAction": map[string]any{
					"codeActionLiteralSupport": map[string]any{
						"codeActionKind": map[string]any{
							"valueSet": []string{"", "quickfix", "refactor", "refactor.extract", "refactor.inline", "refactor.rewrite", "source", "source.organizeImports"},
						},
					},
					"dataSupport":    true,
					"resolveSupport": map[string]any{"properties": []string{"edit"}},
				},
			},
		},
	}
}

// A client is the editor's end of a JSON-RPC 2.0 connection to a language
// server: messages framed by a Content-Length header, on the server's
// standard input and output.
type client struct {
	t      *testing.T
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	stderr *lockedBuffer
	ctx    context.Context // done a little before the test's deadline

	mu      sync.Mutex // guards the fields below and writes to stdin
	nextID  int
	pending map[int]chan *message

	publish chan *message       // textDocument/publishDiagnostics notifications
	edits   chan *workspaceEdit // the edits of workspace/applyEdit requests
	done    chan struct{}       // closed when the server's output ends
	quit    chan struct{}       // closed at the end of the test
	readErr error               // why it ended; read after done
}

// A message is a JSON-RPC 2.0 request, response or notification.
type message struct {
	JSONRPC string           `json:"jsonrpc"`
	ID      *json.RawMessage `json:"id,omitempty"`
	Method  string           `json:"method,omitempty"`
	Params  json.RawMessage  `json:"params,omitempty"`
	Result  json.RawMessage  `json:"result,omitempty"`
	Error   *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error,omitempty"`
}

// startServer starts gopls serve in dir and returns the client of its
// connection. The server is killed at the end of the test if it is still
// running.
func startServer(t *testing.T, dir string, env []string, gopls string) *client {
	t.Helper()
	ctx := context.Background()
	if deadline, ok := t.Deadline(); ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithDeadline(ctx, deadline.Add(-30*time.Second))
		t.Cleanup(cancel)
	}
	cmd := exec.Command(gopls, "serve")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	c := &client{
		t:       t,
		cmd:     cmd,
		stderr:  new(lockedBuffer),
		ctx:     ctx,
		pending: make(map[int]chan *message),
		publish: make(chan *message, 100),
		edits:   make(chan *workspaceEdit, 10),
		done:    make(chan struct{}),
		quit:    make(chan struct{}),
	}
	cmd.Stderr = c.stderr
	var err error
	if c.stdin, err = cmd.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		close(c.quit)
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			cmd.Wait()
		}
	})
	go c.read(bufio.NewReader(stdout))
	return c
}

// read reads the server's messages until its output ends: it hands
// responses to the calls waiting for them, keeps diagnostics, and answers
// the server's requests.
func (c *client) read(r *bufio.Reader) {
	defer close(c.done)
	for {
		msg, err := readMessage(r)
		if err != nil {
			c.readErr = err
			return
		}
		switch {
		case msg.Method == "" && msg.ID != nil: // a response
			id, err := strconv.Atoi(string(*msg.ID))
			c.mu.Lock()
			ch := c.pending[id]
			delete(c.pending, id)
			c.mu.Unlock()
			if err != nil || ch == nil {
				c.readErr = fmt.Errorf("response to no request: %s", *msg.ID)
				return
			}
			ch <- msg
		case msg.ID != nil: // a request of the server
			c.answer(msg)
		case msg.Method == "textDocument/publishDiagnostics":
			select {
			case c.publish <- msg:
			case <-c.quit:
				return
			}
		}
	}
}

// answer answers a request of the server.
func (c *client) answer(req *message) {
	var result any
	switch req.Method {
	case "workspace/configuration":
		// The defaults for every section asked for.
		var params struct{ Items []json.RawMessage }
		json.Unmarshal(req.Params, &params)
		result = make([]any, len(params.Items))
	case "workspace/applyEdit":
		var params struct {
			Edit workspaceEdit `json:"edit"`
		}
		if err := json.Unmarshal(req.Params, &params); err != nil {
			c.readErr = err
		}
		select {
		case c.edits <- &params.Edit:
		case <-c.quit:
		}
		result = map[string]any{"applied": true}
	}
	c.write(map[string]any{"jsonrpc": "2.0", "id": req.ID, "result": result})
}

// readMessage reads one message.
func readMessage(r *bufio.Reader) (*message, error) {
	header, err := textproto.NewReader(r).ReadMIMEHeader()
	if err != nil {
		return nil, err
	}
	n, err := strconv.Atoi(header.Get("Content-Length"))
	if err != nil {
		return nil, fmt.Errorf("bad Content-Length in %v", header)
	}
	body := make([]byte, n)
	if _, err := io.ReadFull(r, body); err != nil {
		return nil, err
	}
	msg := new(message)
	if err := json.Unmarshal(body, msg); err != nil {
		return nil, fmt.Errorf("bad message %s: %v", body, err)
	}
	return msg, nil
}

// write sends a message.
func (c *client) write(v any) {
	body, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	fmt.Fprintf(c.stdin, "Content-Length: %d\r\n\r\n%s", len(body), body)
}

// call sends a request and decodes its result into result (if not nil);
// an error response is fatal.
func (c *client) call(method string, params, result any) {
	t := c.t
	t.Helper()
	ch := make(chan *message, 1)
	c.mu.Lock()
	c.nextID++
	id := c.nextID
	c.pending[id] = ch
	c.mu.Unlock()
	c.write(map[string]any{"jsonrpc": "2.0", "id": id, "method": method, "params": params})
	select {
	case resp := <-ch:
		if resp.Error != nil {
			t.Fatalf("%s: error %d: %s", method, resp.Error.Code, resp.Error.Message)
		}
		if result != nil {
			if err := json.Unmarshal(resp.Result, result); err != nil {
				t.Fatalf("%s: result %s: %v", method, resp.Result, err)
			}
		}
	case <-c.done:
		t.Fatalf("%s: the server stopped (%v); its standard error:\n%s", method, c.readErr, c.stderr)
	case <-c.ctx.Done():
		t.Fatalf("%s: no answer before the test's deadline; the server's standard error:\n%s", method, c.stderr)
	}
}

// notify sends a notification.
func (c *client) notify(method string, params any) {
	c.write(map[string]any{"jsonrpc": "2.0", "method": method, "params": params})
}

// diagnostics waits for the diagnostics of the document's version that
// hold reasonlint's findings, and returns them.
func (c *client) diagnostics(doc *document) []*diagnostic {
	t := c.t
	t.Helper()
	for {
		select {
		case msg := <-c.publish:
			var params struct {
				URI         string            `json:"uri"`
				Version     *int              `json:"version"`
				Diagnostics []json.RawMessage `json:"diagnostics"`
			}
			if err := json.Unmarshal(msg.Params, &params); err != nil {
				t.Fatal(err)
			}
			if params.URI != doc.uri || params.Version != nil && *params.Version != doc.version {
				continue
			}
			var diags []*diagnostic
			for _, raw := range params.Diagnostics {
				d := &diagnostic{raw: raw}
				if err := json.Unmarshal(raw, d); err != nil {
					t.Fatal(err)
				}
				diags = append(diags, d)
			}
			// Diagnostics of parsing and type checking come first,
			// those of the analyzers with them once they have run.
			if len(reasonlintDiagnostics(diags)) > 0 {
				return diags
			}
		case <-c.done:
			t.Fatalf("the server stopped (%v) before publishing reasonlint's diagnostics; its standard error:\n%s", c.readErr, c.stderr)
		case <-c.ctx.Done():
			t.Fatalf("no diagnostics of reasonlint for version %d before the test's deadline; the server's standard error:\n%s", doc.version, c.stderr)
		}
	}
}

// appliedEdit returns the edit of the server's next workspace/applyEdit
// request.
func (c *client) appliedEdit() *workspaceEdit {
	t := c.t
	t.Helper()
	select {
	case we := <-c.edits:
		return we
	case <-c.done:
		t.Fatalf("the server stopped (%v) without asking to apply an edit; its standard error:\n%s", c.readErr, c.stderr)
	case <-c.ctx.Done():
		t.Fatalf("no workspace/applyEdit before the test's deadline; the server's standard error:\n%s", c.stderr)
	}
	return nil
}

// describe lists diagnostics, for messages.
func (c *client) describe(diags []*diagnostic) string {
	var b strings.Builder
	for _, d := range diags {
		fmt.Fprintf(&b, "\t%d:%d [%s %s, severity %d] %s\n", d.Range.Start.Line+1, d.Range.Start.Character+1, d.Source, d.code(), d.Severity, d.Message)
	}
	return b.String()
}

// wait waits for the server to exit after exit, and checks its status.
func (c *client) wait() {
	t := c.t
	t.Helper()
	c.stdin.Close()
	<-c.done
	if err := c.cmd.Wait(); err != nil {
		t.Errorf("gopls serve: %v; its standard error:\n%s", err, c.stderr)
	}
}

// A lockedBuffer is a bytes.Buffer that one goroutine writes and another
// reads.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

// Write appends p to the buffer.
func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

// String returns what has been written so far.
func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
