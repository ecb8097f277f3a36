// Package fix computes the edits that resolve findings and plans a batch of
// them. Fixes: per finding, an environment reference (plus the value for
// .env), a redaction or a suppression comment, in the file's language. The
// plan: one kind of fix applied to a repository's files, pass after pass,
// with the .env and .gitignore changes and the names used. `sasguard fix` and
// the language server both execute a Plan, so they cannot disagree. It is
// pure: bytes in, bytes out; the callers read and write the files.
package fix
