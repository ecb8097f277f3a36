package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/sasguard/sasguard/rules"
	"github.com/sasguard/sasguard/rules/config"
	"github.com/sasguard/sasguard/rules/safefile"
)

const initUsage = `usage: sasguard init [--force] [DIR]

Write a commented starter .sasguard.toml in DIR (default "."), the one config
the hook, the editor and CI share. An existing file is kept unless --force.

`

// initTemplate is the starter config. Every section is documented; keys set
// here hold the defaults, and commented-out lines ("# key = …", "# [[…]]")
// are examples that form a valid config when uncommented (a test checks).
const initTemplate = `# sasguard's config, shared by the pre-commit hook (sasguard hook), the editor
# (sasguard lsp) and CI (sasguard scan). Keep it at the repository root and
# commit it, so the editor never says "fine" about a line the hook blocks.
# Unknown keys are an error: a typo cannot silently switch a check off.
version = 1

# Fingerprints recorded by "sasguard baseline" are not reported again, so a
# team can adopt sasguard on a repository with old findings and block only
# new ones. The path is relative to this file.
# baseline = ".sasguard-baseline.json"

[policy]
# Findings at or above this severity block a commit and make "sasguard scan"
# exit 1: "error" (default) or "warning".
block_on = "error"
# The severity of a live credential.
live = "error"
# The severity of a token past its expiry: it grants nothing any more but
# still names the account and how it is reached.
expired = "warning"

# Team-approved grades for narrow tokens, first match wins. A token must meet
# every condition the entry sets. Keys (account keys, Service Bus keys) are
# only tolerated when named in kinds. Kinds: account_sas, service_sas,
# user_delegation_sas, storage_connection_string_key,
# storage_connection_string_sas, servicebus_sas.
# [[policy.tolerate]]
# name = "read-only sample links in docs"
# severity = "warning"
# paths = ["docs/**/*.md"]
# kinds = ["service_sas"]
# permissions = "rl"
# https_only = true
# ip_restricted = false
# max_days = 7

[env]
# How the "replace with an environment variable" fixes name the variable.
# {ACCOUNT} is the storage account or namespace in upper snake case, {KIND}
# is SAS_URL, SAS_TOKEN, CONNECTION_STRING or KEY. The default is
# AZURE_STORAGE_{KIND} for storage and AZURE_SERVICEBUS_{KIND} for Service
# Bus, Event Hubs and IoT Hub.
# template = "{ACCOUNT}_{KIND}"

# Your own rules for secrets sasguard does not know. regex is Go RE2 syntax
# (TOML '''literal''' strings avoid double escaping); keywords (any one must
# appear) keep it fast; secret_group names the capture group holding the
# secret (0 = whole match). examples must match and counterexamples must not:
# sasguard checks both when it loads this file.
# [[rules]]
# id = "acme-api-key"
# description = "ACME API key"
# regex = '''\bacme_(?:live|test)_([0-9A-Za-z]{32})\b'''
# keywords = ["acme_"]
# severity = "error"
# secret_group = 1
# examples = ["ACME_KEY=acme_live_4f9Qz1XcV7bN2mK8pL3sD6hJ0tR5wY1e"]
# counterexamples = ["ACME_KEY=acme_live_<your-key-here>"]

# Audited exceptions. An entry matches by fingerprint (from sasguard's
# output), by path glob, or by both. Every entry needs a reason; expires (a
# date) makes it lapse, so an exception is revisited.
# [[allow]]
# fingerprint = "0123456789abcdef0123456789abcdef"
# path = "testdata/**"
# reason = "expired token kept as a parser test vector"
# expires = 2027-06-30
`

func runInit(c Command, args []string) int {
	set := flag.NewFlagSet("sasguard init", flag.ContinueOnError)
	force := set.Bool("force", false, "overwrite an existing .sasguard.toml")
	positional, code, ok := c.parseFlags(set, initUsage, args)
	if !ok {
		return code
	}
	if len(positional) > 1 {
		c.errorf("init takes one directory, got %d arguments", len(positional))
		return exitUsage
	}
	dir := "."
	if len(positional) == 1 {
		dir = positional[0]
	}
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		c.errorf("%s is not a directory", dir)
		return exitUsage
	}
	// The template must stay a valid config; this cannot fail unless the
	// template was edited badly, which tests catch.
	if _, err := config.Parse(rules.ConfigFileName, []byte(initTemplate)); err != nil {
		c.errorf("internal: starter config does not parse: %v", err)
		return exitFailure
	}
	path := filepath.Join(dir, rules.ConfigFileName)
	write := safefile.Create
	if *force {
		write = safefile.Write
	}
	err := write(dir, rules.ConfigFileName, []byte(initTemplate), 0o644)
	if errors.Is(err, fs.ErrExist) {
		c.errorf("%s already exists; not overwriting it", path)
		c.hintf("edit it, or run `sasguard init --force %s` to replace it with the starter file", dir)
		return exitUsage
	}
	if err != nil {
		c.errorf("%v", walkCause(err))
		return exitFailure
	}
	fmt.Fprintf(c.Stdout, "wrote %s\nnext: commit it, then run `sasguard install` to add the pre-commit hook\n", filepath.ToSlash(path))
	return exitOK
}
