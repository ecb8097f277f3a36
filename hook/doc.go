// Package hook is the root of sasguard's git access. It holds no code of its
// own; the name is the product's (`sasguard hook`), and its packages serve
// every command that reads git, not only the pre-commit hook:
//
//	hook/gitdir     find a repository's git dir, work tree and index as git does
//	hook/staged     what a commit is about to record (pre-commit hook)
//	hook/history    the lines a range of commits added (scan --git, pre-push, baseline)
//	hook/tracked    the files git tracks (baseline, the tracked-.env check of fix)
//	hook/install    put the pre-commit / pre-push hook in place, chaining what was there
//	hook/gittest    real git repositories for tests
//	hook/e2e        end-to-end tests: real git commit and push, the real pre-commit
//
// hook/internal/gitindex reads git's index file and hook/internal/linediff
// says which lines were added; only the packages above use them.
package hook
