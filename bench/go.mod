module github.com/reasonlint/reasonlint/bench

go 1.26.0

require (
	github.com/nishanths/exhaustive v0.17.1
	github.com/reasonlint/reasonlint v0.0.0-00010101000000-000000000000
	golang.org/x/tools v0.52.0
)

require (
	golang.org/x/mod v0.42.0 // indirect
	golang.org/x/sync v0.24.0 // indirect
)

replace github.com/reasonlint/reasonlint => ../
