module example.com/fixtures

go 1.26.0

require github.com/reasonlint/reasonlint v0.0.0

replace github.com/reasonlint/reasonlint => ../..
