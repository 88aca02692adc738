package plugin_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/reasonlint/reasonlint/analyzer"
	"github.com/reasonlint/reasonlint/internal/testutil"
	_ "github.com/reasonlint/reasonlint/plugin" // registers the plugin
)

// fixtures is the module of analysistest fixtures, one package per
// scenario.
var fixtures = testutil.Must(filepath.Abs(filepath.Join("..", "testdata", "src")))

// build returns the analyzer that the registered plugin builds from conf,
// the settings as golangci-lint passes them.
func build(t *testing.T, conf any) *analysis.Analyzer {
	t.Helper()
	newPlugin, err := register.GetPlugin("reasonlint")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(conf)
	if err != nil {
		t.Fatalf("settings %v: %v", conf, err)
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	if len(as) != 1 {
		t.Fatalf("BuildAnalyzers returned %d analyzers, want 1", len(as))
	}
	// golangci-lint shows the messages of an analyzer named like the
	// linter as they are, and prefixes the others with the name.
	if as[0].Name != "reasonlint" {
		t.Errorf("analyzer name = %q, want %q", as[0].Name, "reasonlint")
	}
	return as[0]
}

func TestDefaultSettings(t *testing.T) {
	t.Parallel()
	for _, conf := range []any{nil, map[string]any{}} {
		t.Run(fmt.Sprint(conf), func(t *testing.T) {
			t.Parallel()
			analysistest.Run(t, fixtures, build(t, conf), "./default-case")
		})
	}
}

// settings is the configuration of the plugin-settings fixture.
var settings = map[string]any{
	analyzer.FlagDefaultSignifiesExhaustive: true,
	analyzer.FlagWebReasons:                 true,
	analyzer.FlagCheckRawInt:                false,
}

func TestSettings(t *testing.T) {
	t.Parallel()
	analysistest.Run(t, fixtures, build(t, settings), "./plugin-settings")
}

// TestSettingsMatter proves the plugin-settings fixture depends on its
// settings: with the defaults, reasonlint reports what the settings turn
// off and misses what they turn on.
func TestSettingsMatter(t *testing.T) {
	t.Parallel()
	var errs testutil.Recorder
	analysistest.Run(&errs, fixtures, build(t, nil), "./plugin-settings")
	all := errs.String()
	for _, want := range []string{
		"settings.go:8:2: unexpected diagnostic: missing cases in switch of type reasons.Source",
		"settings.go:18:14: unexpected diagnostic: raw integer 1203 used as reasons.Reason",
		"settings.go:24:2: diagnostic \"missing cases in switch of type reasons.Reason: reasons.Busy\" does not match pattern",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("with the default settings, no error %q; errors:\n%s", want, all)
		}
	}
}

// TestSettingsAreFlags checks that every flag of the analyzer is a
// setting, named like it, that sets that flag alone.
func TestSettingsAreFlags(t *testing.T) {
	t.Parallel()
	analyzer.New().Flags.VisitAll(func(f *flag.Flag) {
		def, err := strconv.ParseBool(f.DefValue)
		if err != nil {
			t.Errorf("flag %q: default %q is not a bool", f.Name, f.DefValue)
			return
		}
		for _, v := range []any{!def, def, nil} {
			a := build(t, map[string]any{f.Name: v})
			a.Flags.VisitAll(func(g *flag.Flag) {
				want := g.DefValue
				if g.Name == f.Name && v != nil {
					want = strconv.FormatBool(v.(bool))
				}
				if got := g.Value.String(); got != want {
					t.Errorf("setting %s: %v: flag %q = %s, want %s", f.Name, v, g.Name, got, want)
				}
			})
		}
	})
}

// TestInstances checks that two plugins do not share their settings.
func TestInstances(t *testing.T) {
	t.Parallel()
	on := build(t, map[string]any{analyzer.FlagWebReasons: true})
	off := build(t, nil)
	if got := on.Flags.Lookup(analyzer.FlagWebReasons).Value.String(); got != "true" {
		t.Errorf("web-reasons = %s, want true", got)
	}
	if got := off.Flags.Lookup(analyzer.FlagWebReasons).Value.String(); got != "false" {
		t.Errorf("web-reasons of another plugin = %s, want false", got)
	}
	if analyzer.Analyzer.Flags.Lookup(analyzer.FlagWebReasons).Value.String() != "false" {
		t.Errorf("the settings of a plugin changed analyzer.Analyzer")
	}
}

func TestBadSettings(t *testing.T) {
	t.Parallel()
	newPlugin, err := register.GetPlugin("reasonlint")
	if err != nil {
		t.Fatal(err)
	}
	for _, test := range []struct {
		conf any
		want string
	}{
		{
			map[string]any{"web-reason": true},
			`plugin: unknown setting "web-reason"; known settings: check-callbacks, check-codes, check-generated, check-maps, check-raw-int, check-switch, default-signifies-exhaustive, detect-own-types, require-default, web-reasons`,
		},
		{
			map[string]any{"check-switch": true, "zzz": 1, "aaa": 1},
			`plugin: unknown setting "aaa"; known settings: `,
		},
		{
			map[string]any{"Check-Switch": false},
			`plugin: unknown setting "Check-Switch"; known settings: `,
		},
		{
			map[string]any{"check-switch": "yes"},
			`plugin: setting "check-switch" must be bool; got "yes"`,
		},
		{
			map[string]any{"web-reasons": 1},
			`plugin: setting "web-reasons" must be bool; got 1`,
		},
		{
			map[string]any{"check-maps": []any{true}},
			`plugin: setting "check-maps" must be bool; got [true]`,
		},
		{
			map[string]any{"check-maps": map[string]any{"on": true}},
			`plugin: setting "check-maps" must be bool; got {"on":true}`,
		},
		{
			[]any{"web-reasons"},
			`plugin: settings must be a map from setting names to values; got ["web-reasons"]`,
		},
		{
			"web-reasons",
			`plugin: settings must be a map from setting names to values; got "web-reasons"`,
		},
		{
			map[string]int{"web-reasons": 1},
			`plugin: setting "web-reasons" must be bool; got 1`,
		},
		{
			// Any map type: the names are checked as written.
			map[string]string{"WEB-REASONS": "true"},
			`plugin: unknown setting "WEB-REASONS"; known settings: `,
		},
		{
			map[string]string{"web-reasons": "true"},
			`plugin: setting "web-reasons" must be bool; got "true"`,
		},
		{
			map[any]any{"web-reasons": true},
			`plugin: settings must be a map from setting names to values; got map[web-reasons:true]`,
		},
		{
			// Long input is cut.
			map[string]any{"web-reasons": strings.Repeat("x", 1<<20)},
			`plugin: setting "web-reasons" must be bool; got "` + strings.Repeat("x", 63) + `...`,
		},
		{
			map[string]any{strings.Repeat("y", 1<<20): true},
			`plugin: unknown setting "` + strings.Repeat("y", 63) + `...; known settings: `,
		},
	} {
		p, err := newPlugin(test.conf)
		if err == nil {
			t.Errorf("settings %#v: no error, plugin %v", test.conf, p)
			continue
		}
		if !strings.HasPrefix(err.Error(), test.want) || len(err.Error()) > 400 {
			t.Errorf("settings %#v: error %q, want %q", test.conf, err, test.want)
		}
	}
}

// TestExampleConfig checks that the example configuration lists every
// setting with its default.
func TestExampleConfig(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile(filepath.Join("..", ".golangci.example.yml"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	analyzer.New().Flags.VisitAll(func(f *flag.Flag) {
		want := f.Name + ": " + f.DefValue
		if !slices.ContainsFunc(lines, func(l string) bool { return strings.TrimSpace(l) == want }) {
			t.Errorf(".golangci.example.yml: no line %q", want)
		}
	})
}
