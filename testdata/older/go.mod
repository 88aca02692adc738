module older

go 1.26.0

require github.com/reasonlint/reasonlint v0.1.0

replace github.com/reasonlint/reasonlint => ./reasonlint
