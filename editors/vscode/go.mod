// This go.mod keeps the Go tool out of this npm package. node_modules can hold
// .go files (flatted does), and `go test ./...` / `go vet ./...` at the
// repository root would try to build them; a nested module is skipped. There
// is no Go code here: editors/editors_test.go runs this package's checks.
module github.com/sasguard/sasguard/editors/vscode

go 1.26
