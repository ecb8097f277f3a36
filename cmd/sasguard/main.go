// Command sasguard keeps Azure SAS tokens and the keys that mint them out of
// source code: a pre-commit hook, a language server and a scanner sharing one
// engine and one .sasguard.toml.
package main

import "os"

func main() {
	os.Exit(Command{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Now: processClock()}.Main(os.Args[1:]))
}
