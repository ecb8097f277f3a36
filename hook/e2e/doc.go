// Package e2e holds sasguard's end-to-end hook tests: real repositories
// built with the git command in temporary directories, `sasguard install`,
// and real `git commit` and `git push` runs that must be blocked, pass, or
// fail closed. It has no code of its own.
package e2e
