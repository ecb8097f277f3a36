package config

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sasguard/sasguard/rules"
)

// TestConfigKindsAreTheRegistry: .sasguard.toml accepts exactly the
// registry's ids in `kinds` and reserves them as custom rule ids.
func TestConfigKindsAreTheRegistry(t *testing.T) {
	for _, id := range rules.KindIDs() {
		tol := fmt.Sprintf("[[policy.tolerate]]\nseverity = \"warning\"\nkinds = [%q]\n", id)
		if _, err := Parse("t.toml", []byte(tol)); err != nil {
			t.Errorf("kind %q rejected: %v", id, err)
		}
		rule := fmt.Sprintf("[[rules]]\nid = %q\nregex = 'x(y+)'\n", id)
		if _, err := Parse("t.toml", []byte(rule)); err == nil || !strings.Contains(err.Error(), "reserved") {
			t.Errorf("custom rule id %q: %v, want it reserved", id, err)
		}
	}
	_, err := Parse("t.toml", []byte("[[policy.tolerate]]\nseverity = \"warning\"\nkinds = [\"no_such_kind\"]\n"))
	if err == nil {
		t.Fatal("unknown kind accepted")
	}
	for _, id := range rules.KindIDs() {
		if !strings.Contains(err.Error(), id) {
			t.Errorf("the unknown-kind error does not list %q: %v", id, err)
		}
	}
}
