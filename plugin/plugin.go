// Package plugin registers reasonlint as a golangci-lint module plugin.
//
// A golangci-lint binary that imports this package, built with
// `golangci-lint custom` or by a module of its own, runs reasonlint when
// its configuration names it:
//
//	version: "2"
//	linters:
//	  enable:
//	    - reasonlint
//	  settings:
//	    custom:
//	      reasonlint:
//	        type: module
//	        settings:
//	          web-reasons: true
//
// The settings are the analyzer's flags, with the same names and values.
package plugin

import (
	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"
)

// The name is the key of reasonlint's entry in the custom linters of a
// golangci-lint configuration. It is also the analyzer's name, so that
// golangci-lint shows the messages as they are.
func init() {
	register.Plugin("reasonlint", New)
}

// New returns the golangci-lint plugin for reasonlint configured by conf,
// the settings from the golangci-lint configuration (nil for none). It
// returns an error if a setting is unknown or has a value of the wrong
// type.
func New(conf any) (register.LinterPlugin, error) {
	a, err := newAnalyzer(conf)
	if err != nil {
		return nil, err
	}
	return &linter{analyzer: a}, nil
}

// A linter is reasonlint as a golangci-lint plugin.
type linter struct {
	analyzer *analysis.Analyzer // with the flags set from the settings
}

// BuildAnalyzers returns the reasonlint analyzer with the plugin's
// settings.
func (l *linter) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return []*analysis.Analyzer{l.analyzer}, nil
}

// GetLoadMode reports that reasonlint needs type information.
func (l *linter) GetLoadMode() string {
	return register.LoadModeTypesInfo
}
