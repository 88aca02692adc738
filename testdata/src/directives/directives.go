package directives

import "github.com/reasonlint/reasonlint/reasons"

func ignored(r reasons.Reason, s reasons.Source) {
	//reasonlint:ignore billing only distinguishes callers here
	switch s {
	case reasons.Caller:
	}

	if r == 1203 { //reasonlint:ignore legacy value kept for the old report
	}

	//reasonlint:ignore the comment group may go on
	// over several lines
	if s == 4 {
	}

	if r == 1202 { // want `raw integer 1202`
	}

	//reasonlint:ignore	a tab may separate the reason
	if r == 1203 {
	}

	/* a comment before it on its line is no code */ //reasonlint:ignore kept as it is
	if r == 1203 {
	}
}

func malformed(s reasons.Source) {
	// want +1 `^malformed directive "//reasonlint:ignore": say why, as in //reasonlint:ignore <reason>$`
	//reasonlint:ignore
	switch s { // want `missing cases in switch of type reasons.Source`
	}

	// want +1 `^unknown directive "//reasonlint:ignored because": want //reasonlint:ignore <reason> or //reasonlint:exhaustive, or //reasonlint:reason or //reasonlint:source in a type's doc comment$`
	//reasonlint:ignored because
	switch s { // want `missing cases in switch of type reasons.Source`
	}

	// want +1 `^malformed directive "// reasonlint:ignore with a space": write it without a space after //$`
	// reasonlint:ignore with a space
	switch s { // want `missing cases in switch of type reasons.Source`
	}

	// Text that only mentions reasonlint is no directive:
	//	linters:
	//	  reasonlint:
	//	    reasonlint:settings
	// reasonlint: a linter
	switch s { // want `missing cases in switch of type reasons.Source`
	}

	// want +1 `^malformed directive "/\*reasonlint:ignore in a block\*/": write it as a // comment$`
	/*reasonlint:ignore in a block*/
	switch s { // want `missing cases in switch of type reasons.Source`
	}

	// want +1 `^malformed directive "//reasonlint:exhaustive please": //reasonlint:exhaustive takes no arguments$`
	//reasonlint:exhaustive please
	_ = map[reasons.Source]int{}
}

// A directive applies to the next line only.
func nextLineOnly(s reasons.Source) {
	//reasonlint:ignore only the if below
	if s == 1 {
	}
	if s == 2 { // want `raw integer 2`
	}
}

// A directive that follows code applies to its own line only.
func ownLineOnly(s reasons.Source) {
	same := s == 1    //reasonlint:ignore compared as the old report does
	next := s == 2    // want `raw integer 2`
	if same || next { // want +1 `^//reasonlint:ignore silences nothing: no finding on line 79$`
	} //reasonlint:ignore after the brace of a block
}
