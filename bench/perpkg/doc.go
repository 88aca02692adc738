// Package perpkg holds the Go benchmarks of reasonlint's work on one
// package at a time, without loading: each benchmark loads its packages
// once with go/packages, then runs reasonlint, and for comparison an
// analyzer that does nothing, on every package in each iteration. The
// difference is reasonlint's own work, reported per package as ns/pkg.
//
//	cd bench && go test -run '^$' -bench . -benchtime 10x ./perpkg
//
// The package has nothing but the benchmarks.
package perpkg
