package plugin

import (
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/reasonlint/reasonlint/analyzer"
)

// The settings are reasonlint's in a golangci-lint configuration, under
// linters.settings.custom.reasonlint.settings: each key is the name of one
// of the analyzer's flags (analyzer.FlagCheckSwitch and the others, such
// as "web-reasons") and takes a boolean, as the flag does; a setting left
// out, or set to null, keeps the flag's default. See package analyzer for
// what each flag does and its default.

// maxQuoted bounds how much of a setting an error message quotes.
const maxQuoted = 64

// newAnalyzer returns a new reasonlint analyzer with its flags set from
// conf, the settings that golangci-lint passes to the plugin: nil, or a
// map from setting names to values, of any map type.
func newAnalyzer(conf any) (*analysis.Analyzer, error) {
	a := analyzer.New()
	if conf == nil {
		return a, nil
	}
	// Through JSON, whatever the map's type: its keys as they are
	// written, its values as YAML gave them.
	b, err := json.Marshal(conf)
	if err != nil {
		return nil, fmt.Errorf("plugin: settings must be a map from setting names to values; got %s", cut(fmt.Sprint(conf)))
	}
	var settings map[string]json.RawMessage
	if err := json.Unmarshal(b, &settings); err != nil {
		return nil, fmt.Errorf("plugin: settings must be a map from setting names to values; got %s", cut(string(b)))
	}
	for _, name := range slices.Sorted(maps.Keys(settings)) {
		if a.Flags.Lookup(name) == nil {
			var known []string
			a.Flags.VisitAll(func(f *flag.Flag) { known = append(known, f.Name) })
			return nil, fmt.Errorf("plugin: unknown setting %s; known settings: %s", cut(strconv.Quote(name)), strings.Join(known, ", "))
		}
		var v *bool
		if err := json.Unmarshal(settings[name], &v); err != nil {
			return nil, fmt.Errorf("plugin: setting %q must be bool; got %s", name, cut(string(settings[name])))
		}
		if v == nil {
			continue // null: the default
		}
		if err := a.Flags.Set(name, strconv.FormatBool(*v)); err != nil {
			return nil, fmt.Errorf("plugin: setting %q: %v", name, err)
		}
	}
	return a, nil
}

// cut shortens s, the text of a setting, to maxQuoted bytes for a message.
func cut(s string) string {
	if len(s) <= maxQuoted {
		return s
	}
	i := maxQuoted
	for i > 0 && s[i]&0xC0 == 0x80 { // not inside a UTF-8 character
		i--
	}
	return s[:i] + "..."
}
