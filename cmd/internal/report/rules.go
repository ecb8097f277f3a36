package report

import "github.com/sasguard/sasguard/rules"

// ruleDoc describes a rule for SARIF consumers (GitHub code scanning shows
// shortDescription in the alert list and help on the alert).
type ruleDoc struct {
	ID    string
	Short string
	Help  string
}

// moveOut is the step after revoking, the same for every kind.
const moveOut = "Then read it from an environment variable or a secret store (`sasguard fix --dotenv PATH`)."

// builtinRules are the engine's rules, from its kind registry, in the
// registry's order.
func builtinRules() []ruleDoc {
	var out []ruleDoc
	for _, k := range rules.Kinds() {
		out = append(out, ruleDoc{ID: k.Rule, Short: k.Short, Help: k.Help + " Revoke it: " + k.Revoke + ". " + moveOut})
	}
	return out
}

// customRuleDoc describes a team's rule from .sasguard.toml, which SARIF
// needs listed like any other.
func customRuleDoc(id string) ruleDoc {
	return ruleDoc{
		ID:    id,
		Short: "Secret matched by the custom rule " + id,
		Help:  "This rule is defined in the repository's .sasguard.toml ([[rules]] id = \"" + id + "\"). Remove the secret from the code, rotate it, and read it from an environment variable or a secret store.",
	}
}
