package plugin

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/reasonlint/reasonlint/analyzer"
)

// Settings are reasonlint's settings in a golangci-lint configuration,
// under linters.settings.custom.reasonlint.settings. Each key is the name
// of one of the analyzer's flags and takes the same value; a setting left
// out, or set to null, keeps the flag's default. See package analyzer for
// what each flag does and its default.
type Settings struct {
	CheckSwitch                *bool `json:"check-switch"`
	CheckRawInt                *bool `json:"check-raw-int"`
	CheckCodes                 *bool `json:"check-codes"`
	CheckCallbacks             *bool `json:"check-callbacks"`
	WebReasons                 *bool `json:"web-reasons"`
	DefaultSignifiesExhaustive *bool `json:"default-signifies-exhaustive"`
	CheckMaps                  *bool `json:"check-maps"`
	CheckGenerated             *bool `json:"check-generated"`
}

// flags returns the settings by the name of the flag each one sets.
func (s *Settings) flags() map[string]*bool {
	return map[string]*bool{
		analyzer.FlagCheckSwitch:                s.CheckSwitch,
		analyzer.FlagCheckRawInt:                s.CheckRawInt,
		analyzer.FlagCheckCodes:                 s.CheckCodes,
		analyzer.FlagCheckCallbacks:             s.CheckCallbacks,
		analyzer.FlagWebReasons:                 s.WebReasons,
		analyzer.FlagDefaultSignifiesExhaustive: s.DefaultSignifiesExhaustive,
		analyzer.FlagCheckMaps:                  s.CheckMaps,
		analyzer.FlagCheckGenerated:             s.CheckGenerated,
	}
}

// analyzer returns a new reasonlint analyzer with its flags set from s.
func (s *Settings) analyzer() (*analysis.Analyzer, error) {
	a := analyzer.New()
	flags := s.flags()
	for _, name := range slices.Sorted(maps.Keys(flags)) {
		v := flags[name]
		if v == nil {
			continue
		}
		if err := a.Flags.Set(name, strconv.FormatBool(*v)); err != nil {
			return nil, fmt.Errorf("plugin: setting %q: %v", name, err)
		}
	}
	return a, nil
}

// decodeSettings decodes the settings that golangci-lint passes to the
// plugin: nil, or a map from setting names to values.
func decodeSettings(conf any) (*Settings, error) {
	m, isMap := conf.(map[string]any)
	if isMap {
		if err := checkNames(m); err != nil {
			return nil, err
		}
	}
	s, err := register.DecodeSettings[Settings](conf)
	if err == nil {
		return &s, nil
	}
	te, ok := errors.AsType[*json.UnmarshalTypeError](err)
	switch {
	case !ok:
		return nil, fmt.Errorf("plugin: invalid settings: %v", err)
	case te.Field == "":
		return nil, fmt.Errorf("plugin: settings must be a map from setting names to values; got %s", describe(conf))
	case isMap:
		if v, ok := m[te.Field]; ok {
			return nil, fmt.Errorf("plugin: setting %q must be %s; got %s", te.Field, te.Type, describe(v))
		}
	}
	return nil, fmt.Errorf("plugin: setting %q must be %s; got %s", te.Field, te.Type, te.Value)
}

// describe returns a setting's value v as it appears in an error message:
// in JSON, the form it had when the settings were decoded.
func describe(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

// checkNames returns an error naming the first unknown setting in m, in
// sorted order.
func checkNames(m map[string]any) error {
	fs := &analyzer.New().Flags
	for _, name := range slices.Sorted(maps.Keys(m)) {
		if fs.Lookup(name) == nil {
			var known []string
			fs.VisitAll(func(f *flag.Flag) { known = append(known, f.Name) })
			return fmt.Errorf("plugin: unknown setting %q; known settings: %s", name, strings.Join(known, ", "))
		}
	}
	return nil
}
