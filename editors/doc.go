// Package editors holds no Go code to import: it is where `go test ./...`
// runs the editor integrations' own checks (the VS Code extension's
// type-check, lint, unit tests, bundle and .vsix; the Neovim plugin's headless
// tests), so that they run wherever the Go tests run.
package editors
