package rules

import (
	"strings"
	"testing"
)

// TestKeyNearby: a messaging key printed under the az command that asked
// for it, a password-manager entry's password beside its policy name (a
// JSON entry or a CSV row), or a generic-named value grouped with its
// policy and namespace, blocks; the same value with no messaging service named, or under a name
// that says something else, does not.
func TestKeyNearby(t *testing.T) {
	e := testEngine(t, nil)
	conn := sampleByID(t, "t019").Text
	i := strings.Index(conn, "SharedAccessKey=") + len("SharedAccessKey=")
	key := conn[i : i+44]
	cases := []struct {
		name, path, src string
		want            bool
	}{
		{"az output", "notes.txt", "$ az servicebus namespace authorization-rule keys list -g rg --namespace-name ns -n send --query primaryKey -o tsv\n" + key + "\n", true},
		{"Bitwarden login", "vault.json", "{\n  \"login\": {\n    \"uris\": [{\"uri\": \"sb://ns.servicebus.windows.net/\"}],\n    \"username\": \"RootManageSharedAccessKey\",\n    \"password\": \"" + key + "\",\n    \"totp\": null\n  }\n}\n", true},
		{"KeePassXC CSV row", "export.csv", "\"Group\",\"Title\",\"Username\",\"Password\",\"URL\"\n\"Azure\",\"bus\",\"RootManageSharedAccessKey\",\"" + key + "\",\"sb://ns.servicebus.windows.net/\"\n", true},
		{"yaml group under its policy", "worker.yaml", "notifications:\n  namespace: ns.servicebus.windows.net\n  policy: send\n  value: " + key + "\n", true},
		{"elixir attributes", "bus.ex", "  @sb_namespace \"ns.servicebus.windows.net\"\n  @sb_policy \"send\"\n  @sb_secret \"" + key + "\"\n", true},
		{"KeePass XML entry", "kp.xml", "<Entry>\n  <String><Key>UserName</Key><Value>RootManageSharedAccessKey</Value></String>\n  <String><Key>Password</Key><Value ProtectInMemory=\"True\">" + key + "</Value></String>\n  <String><Key>URL</Key><Value>sb://ns.servicebus.windows.net/</Value></String>\n</Entry>\n", true},
		// Not a messaging key here.
		{"KeePass XML, another field", "kp.xml", "<Entry>\n  <String><Key>UserName</Key><Value>RootManageSharedAccessKey</Value></String>\n  <String><Key>Checksum</Key><Value>" + key + "</Value></String>\n  <String><Key>URL</Key><Value>sb://ns.servicebus.windows.net/</Value></String>\n</Entry>\n", false},
		{"the next yaml block's public key", "worker.yaml", "notifications:\n  namespace: ns.servicebus.windows.net\n  policy: send\nsigning:\n  value: " + key + "\n", false},
		{"a public key in the group", "worker.yaml", "notifications:\n  namespace: ns.servicebus.windows.net\n  policy: send\n  publicKey: " + key + "\n", false},
		{"a policy with no host", "worker.yaml", "retry:\n  policy: exponential\n  secret: " + key + "\n", false},
		{"no service named", "notes.txt", "$ some-tool show --query primaryKey\n" + key + "\n", false},
		{"another field's value", "vault.json", "{\"uri\": \"sb://ns.servicebus.windows.net/\",\n \"username\": \"RootManageSharedAccessKey\",\n \"checksum\": \"" + key + "\"}\n", false},
	}
	for _, c := range cases {
		fs := e.Scan(c.path, []byte(c.src))
		got := len(fs) == 1 && fs[0].Kind == KindServiceBusSAS && fs[0].Severity == SeverityError
		if got != c.want || !c.want && len(fs) > 0 {
			t.Errorf("%s: %d findings %v, want the key: %v", c.name, len(fs), findingKinds(fs), c.want)
		}
	}
}
