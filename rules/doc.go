// Package rules is sasguard's engine: it finds Azure SAS tokens and the keys
// that mint them in bytes, says what each grants and grades it. It is pure:
// no files, git, terminals or LSP. The CLI, the hook and the language server
// feed it bytes and render what it returns, so they cannot disagree. Fixes
// are computed from its findings by rules/fix; .sasguard.toml is read by
// rules/config; the credential kinds are one table, kinds.go; facts become
// words in one place, words.go.
//
// Detection runs as six stages, in order; scan.go calls them and
// shows the whole flow in one screen. Data flows one way: a stage calls only
// later stages' files, the form readers and the shared helpers, never back
// into an earlier stage.
//
//	1  stage1_candidates.go  find candidates: marker hits ("sig", also cut
//	                         by a string split; "key" in any case; '@' of
//	                         amqp URLs), each classified in one switch into
//	                         the form it is written in; a "sig" field before
//	                         a signature; runs of 88 key characters; base64
//	                         wrappers; custom rules' keywords
//	2  stage2_views.go       decode views: escapes undone, percent-decoding,
//	                         joins across string splits and lines,
//	                         quoted-printable, base64; cheapest first
//	3  stage3_assemble.go    assemble tokens: the form's reader builds the
//	                         token from a view (readers: sasquery.go and
//	                         sas.go SAS queries, connstring.go connection
//	                         strings, namedkey.go named keys and key lists,
//	                         postman.go Postman/HAR query arrays and maps,
//	                         amqp.go amqp URLs, fieldset.go a SAS's signed
//	                         fields however written, keyvalue.go a random
//	                         64-byte key its window names a storage key);
//	                         custom rules' regexes
//	4  stage4_validate.go    validate: shape of HMAC signatures and keys,
//	                         placeholders, fakes, published keys, emulator,
//	                         test vectors signed with a fake key
//	5  stage5_facts.go       facts: what the token says (kind, permissions,
//	                         expiry…), its fingerprint, as a Finding
//	6  stage6_grade.go       grade: severity and message (grade.go), policy,
//	                         allowlist, inline suppressions (suppress.go),
//	                         baseline, position and masked snippet
//
// Stages 2 and 3 interleave per hit: stage 2 offers one view at a time and
// stops as soon as stage 3 assembles a token, which keeps text full of
// "sig=REDACTED" cheap. Readers apply stage 4's shape tests and stage 5's
// fact readers while they read, so a reading that fails falls through to
// the next view. Shared by every stage: token.go (the data passed between
// stages: view, secretToken), syntax.go (character classes, where a key's
// name and value are), hosts.go (storage hosts and URLs), util.go.
package rules
