module github.com/reasonlint/reasonlint

go 1.26.0
