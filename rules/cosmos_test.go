package rules

import (
	"strings"
	"testing"
)

// A real-shaped Cosmos DB key (64 random bytes), not a live one.
const cosmosTestKey = "u7nfbvXvrAs1aUoX8HhA+JePmXXNFk+UmQlVAhaaa4N+pnGXkiv2lDYzYF5747yrRSrc8TF9zN3YbGip8ApPsw=="

func TestCosmosKind(t *testing.T) {
	eng := testEngine(t, nil)
	for _, tc := range []struct {
		name, path, text, account string
	}{
		{"connection string", "appsettings.json", `{"Cosmos": "AccountEndpoint=https://cosmosacct1.documents.azure.com:443/;AccountKey=` + cosmosTestKey + `"}`, "cosmosacct1"},
		{"env name", ".env", "COSMOS_ENDPOINT=https://cosmosacct2.documents.azure.com:443/\nCOSMOS_KEY=" + cosmosTestKey + "\n", "cosmosacct2"},
		{"spring yaml", "application.yaml", "spring:\n  cloud:\n    azure:\n      cosmos:\n        endpoint: https://cosmosacct3.documents.azure.com:443/\n        key: " + cosmosTestKey + "\n", "cosmosacct3"},
		{"client credential", "nb.py", `client = CosmosClient("https://cosmosacct4.documents.azure.com:443/", credential="` + cosmosTestKey + `")`, "cosmosacct4"},
		{"go key credential", "main.go", "kc, err := azcosmos.NewKeyCredential(\"" + cosmosTestKey + "\")\nc, err := azcosmos.NewClientWithKey(\"https://cosmosacct7.documents.azure.com:443/\", kc, nil)\n", "cosmosacct7"},
		{"endpoint after", "settings.json", "{\"key\": \"" + cosmosTestKey + "\", \"endpoint\": \"https://cosmosacct8.documents.azure.com:443/\"}", "cosmosacct8"},
		{"rust concat", "defaults.rs", "pub const COSMOS_ENDPOINT: &str = \"https://cosmosacct10.documents.azure.com:443/\";\npub const COSMOS_KEY: &str = concat!(\n    \"" + cosmosTestKey[:30] + "\",\n    \"" + cosmosTestKey[30:60] + "\",\n    \"" + cosmosTestKey[60:] + "\"\n);\n", "cosmosacct10"},
		{"mongodb userinfo", "production.json", "{\"mongo\": {\"uri\": \"mongodb://cosmosacct11:" + strings.NewReplacer("+", "%2B", "/", "%2F", "=", "%3D").Replace(cosmosTestKey) + "@cosmosacct11.mongo.cosmos.azure.com:10255/?ssl=true\"}}", "cosmosacct11"},
		{"client positional", "Program.cs", "var c = new CosmosClient(\n    \"https://cosmosacct5.documents.azure.com:443/\",\n    \"" + cosmosTestKey + "\");\n", "cosmosacct5"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := eng.Scan(tc.path, []byte(tc.text))
			if len(fs) != 1 {
				t.Fatalf("%d findings %v, want 1", len(fs), findingKinds(fs))
			}
			f := fs[0]
			if f.Kind != KindCosmosKey || f.Rule != "azure-cosmosdb-key" || f.Facts.Type != FactsCosmosKey || f.Severity != SeverityError {
				t.Errorf("got %s %s %s %s", f.Kind, f.Rule, f.Facts.Type, f.Severity)
			}
			if f.Facts.Account != tc.account {
				t.Errorf("account %q, want %q", f.Facts.Account, tc.account)
			}
			if !strings.Contains(f.Message, "Cosmos DB account key") || !strings.Contains(f.Message, "az cosmosdb keys regenerate") {
				t.Errorf("message %q: want the Cosmos DB name and revoke command", f.Message)
			}
			if d := Describe(&f, loadSamples(t).ReferenceTime); !strings.Contains(describeText(d), "az cosmosdb keys regenerate --name "+tc.account) {
				t.Errorf("explain does not say how to regenerate the key: %+v", d)
			}
		})
	}
	// A storage key credential right after a Cosmos DB client stays a
	// storage key (Java: the key on its own line).
	java := "CosmosClient c = new CosmosClientBuilder()\n    .endpoint(\"https://cosmosacct9.documents.azure.com:443/\")\n    .buildClient();\nStorageSharedKeyCredential k =\n    new StorageSharedKeyCredential(\"acct\",\n        \"/TnaV4A1BUyXB8lL4LT/S5z6DH+FeAzWUZd2xNDUK6tEwvpJCs6a//qsks8fk1zmrML6NhqYRFri+BStUiKeBQ==\");\n"
	if got := findingKinds(eng.Scan("Repo.java", []byte(java))); len(got) != 1 || got[0] != KindStorageKey {
		t.Errorf("storage key credential after a Cosmos DB client: got %v", got)
	}
	// A storage key next to a Cosmos DB block stays a storage key.
	fs := eng.Scan("cm.yaml", []byte("data:\n  COSMOS_ENDPOINT: https://cosmosacct6.documents.azure.com:443/\n  COSMOS_KEY: "+cosmosTestKey+"\n  BLOB_KEY: \"/TnaV4A1BUyXB8lL4LT/S5z6DH+FeAzWUZd2xNDUK6tEwvpJCs6a//qsks8fk1zmrML6NhqYRFri+BStUiKeBQ==\"\n  AZURE_STORAGE: yes\n"))
	if got := findingKinds(fs); len(got) != 2 || got[0] != KindCosmosKey || got[1] != KindStorageKey {
		t.Errorf("Cosmos DB key then storage key: got %v", got)
	}
}

func describeText(d Description) string {
	var b strings.Builder
	b.WriteString(d.Title)
	for _, r := range d.Rows {
		b.WriteString("\n" + r.Label + ": " + r.Value)
	}
	return b.String()
}

// The Cosmos DB emulator's published key is not a secret, in every form
// round A wrote it and a few more.
func TestCosmosEmulatorKeySilent(t *testing.T) {
	eng := testEngine(t, nil)
	for _, text := range []string{
		`"CosmosLocal": "AccountEndpoint=https://localhost:8081/;AccountKey=` + cosmosEmulatorKey + `"`,
		`COSMOS: "AccountEndpoint=https://cosmos:8081/;AccountKey=` + cosmosEmulatorKey + `"`,
		"COSMOS_KEY: " + cosmosEmulatorKey,
		`client = CosmosClient("https://localhost:8081/", credential="` + cosmosEmulatorKey + `")`,
		`client = CosmosClient("https://x.documents.azure.com:443/", "` + cosmosEmulatorKey + `")`,
		"AZURE_STORAGE_KEY=" + cosmosEmulatorKey,
		"DefaultEndpointsProtocol=https;AccountName=acct9;AccountKey=" + cosmosEmulatorKey,
		cosmosEmulatorKey,
	} {
		if fs := eng.Scan("settings.yaml", []byte(text+"\n")); len(fs) != 0 {
			t.Errorf("%s: reported as %s", strings.ReplaceAll(text, cosmosEmulatorKey, "<emulator key>"), fs[0].Kind)
		}
	}
}

// Another real-shaped key, for a client's own key beside a split one.
const cosmosTestKey2 = "OunNCpzKpQt1ONk/fA5LGaXH5aUz13kGjZiAsMaUzKQI36UtsSAvbYmCj2hT13u6M8kXkyA9Bt9kA1KvM7GjQA=="

// TestKeySplitIntoAdjacentLiterals: a key written as Python's parenthesised
// adjacent literals over lines, or concatenated, is read whole; after a
// Cosmos DB client (which has its own key) it is a Cosmos DB key of that
// account, under a storage name a storage key.
func TestKeySplitIntoAdjacentLiterals(t *testing.T) {
	eng := testEngine(t, nil)
	k := cosmosTestKey
	client := "client = CosmosClient(\"https://cosmosacct12.documents.azure.com:443/\", credential=\"" + cosmosTestKey2 + "\")\n\n"
	for _, tc := range []struct {
		name, path, text, kind, account string
	}{
		{"python parens", "seed.py", client + "# read-only key for the replica\nREPORTING_KEY = (\n    \"" + k[:29] + "\"\n    \"" + k[29:61] + "\"\n    \"" + k[61:] + "\"\n)\n", KindCosmosKey, "cosmosacct12"},
		{"python one line", "seed.py", client + "REPLICA_KEY = \"" + k[:40] + "\" \"" + k[40:] + "\"\n", KindCosmosKey, "cosmosacct12"},
		{"js plus", "a.js", "// azure storage\nconst accountKey = '" + k[:50] + "' +\n  '" + k[50:] + "';\n", KindStorageKey, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, f := range eng.Scan(tc.path, []byte(tc.text)) {
				if f.Severity == SeverityError && strings.HasPrefix(f.Redacted, k[:4]) || strings.Contains(f.Redacted, "'"+k[:4]) {
					got = append(got, f.Kind+":"+f.Facts.Account)
				}
			}
			if want := tc.kind + ":" + tc.account; len(got) != 1 || got[0] != want {
				t.Errorf("split key: got %v, want [%s]", got, want)
			}
		})
	}
}

// A Cosmos DB key that `az cosmosdb keys list` names read-only still
// blocks, and its message and facts say it reads but does not write.
func TestCosmosReadOnlyKey(t *testing.T) {
	eng := testEngine(t, nil)
	doc := "$ az cosmosdb keys list -g rg -n acct --type keys\n{\n  \"primaryMasterKey\": \"" + cosmosTestKey + "\",\n  \"primaryReadonlyMasterKey\": \"" + strings.Replace(cosmosTestKey, "A", "B", 1) + "\"\n}\n"
	fs := eng.Scan("keys.md", []byte(doc))
	if got := findingKinds(fs); len(got) != 2 || got[0] != KindCosmosKey || got[1] != KindCosmosKey {
		t.Fatalf("got %v, want two Cosmos DB keys", got)
	}
	if p := fs[1].Facts.Permissions; p == nil || *p != "r" || !strings.Contains(fs[1].Message, "read-only") || fs[1].Severity != SeverityError {
		t.Errorf("read-only key: permissions %v, message %q, severity %s", p, fs[1].Message, fs[1].Severity)
	}
	if p := fs[0].Facts.Permissions; p != nil && *p == "r" {
		t.Errorf("the read-write key is called read-only")
	}
}
