package rules

import (
	"strings"
	"testing"
)

// TestNamedKeys: account and Service Bus keys outside connection strings,
// assigned to a name that says what they are, in the forms configs use.
func TestNamedKeys(t *testing.T) {
	e := testEngine(t, nil)
	conn := sampleByID(t, "t015").Text
	key := conn[strings.Index(conn, "AccountKey=")+len("AccountKey=") : strings.Index(conn, ";EndpointSuffix")]
	sb := sampleByID(t, "t019").Text
	sbKey := sb[strings.Index(sb, "SharedAccessKey=")+len("SharedAccessKey="):]
	tests := []struct {
		name, path, content string
		kind                string
	}{
		{"dotenv", ".env", "AZURE_STORAGE_ACCOUNT=acme\nAZURE_STORAGE_KEY=" + key + "\n", KindStorageKey},
		{"dotenv account key", ".env", "STORAGE_ACCOUNT_KEY=\"" + key + "\"\n", KindStorageKey},
		{"json", "appsettings.json", "{\n  \"Storage\": {\n    \"AccountName\": \"acme\",\n    \"AccountKey\": \"" + key + "\"\n  }\n}\n", KindStorageKey},
		{"yaml", "values.yaml", "storage:\n  accountKey: " + key + "\n", KindStorageKey},
		{"terraform", "main.tf", "resource \"x\" \"y\" {\n  storage_account_access_key = \"" + key + "\"\n}\n", KindStorageKey},
		{"python", "settings.py", "PRIMARY_KEY = '" + key + "'\n", KindStorageKey},
		{"go", "main.go", "accessKey := \"" + key + "\"\n", KindStorageKey},
		{"hadoop xml", "core-site.xml", "<property>\n  <name>fs.azure.account.key.acme.dfs.core.windows.net</name>\n  <value>" + key + "</value>\n</property>\n", KindStorageKey},
		{"spark", "mount.py", "spark.conf.set(\"fs.azure.account.key.acme.dfs.core.windows.net\", \"" + key + "\")\n", KindStorageKey},
		{"fluent bit", "fluent-bit.conf", "[OUTPUT]\n    name        azure_blob\n    shared_key  " + key + "\n", KindStorageKey},
		{"rclone", "rclone.conf", "[backup]\ntype = azureblob\nkey = " + key + "\n", KindStorageKey},
		{"k8s env list", "deploy.yaml", "env:\n  - name: AZURE_STORAGE_KEY\n    value: \"" + key + "\"\n", KindStorageKey},
		{"arm parameters", "azuredeploy.parameters.json", "{\n  \"storageAccountKey\": {\n    \"value\": \"" + key + "\"\n  }\n}\n", KindStorageKey},
		{"app settings", "appsettings.json", "[{\"name\": \"StorageAccountKey\", \"value\": \"" + key + "\", \"slotSetting\": false}]\n", KindStorageKey},
		{"servicebus json", "local.settings.json", "{\"SharedAccessKey\": \"" + sbKey + "\"}\n", KindServiceBusSAS},
		{"ada typed, split", "config.ads", "   Account_Key : constant String :=\n     \"" + key[:44] + "\" &\n     \"" + key[44:] + "\";\n", KindStorageKey},
		{"cobol value clause, split", "AZCFG.cpy", "000500      05  AZ-ACCOUNT-KEY      PIC X(88) VALUE\n000600          '" + key[:44] + "\n000700-    '" + key[44:] + "'.\n", KindStorageKey},
		{"C macro, adjacent literals, split", "cloud.h", "#define CLOUD_ACCOUNT_KEY \"" + key[:44] + "\" \\\n                          \"" + key[44:] + "\"\n", KindStorageKey},
		{"pulumi, the name says Service Bus", "Pulumi.stg.yaml", "config:\n  infra:serviceBusNamespace: sb-stg\n  infra:serviceBusSendKey: " + sbKey + "\n", KindServiceBusSAS},
		{"perl hash, split", "Sync.pm", "my %cfg = (\n    key     => '" + key[:44] + "'\n             . '" + key[44:] + "',\n);\nmy $u = 'https://acct.table.core.windows.net/T';\n", KindStorageKey},
		{"a policy's key used in a connection string", "producer.ts", "const policy = \"send\";\nconst policyKey = \"" + sbKey + "\";\nexport const c = `Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=${policy};SharedAccessKey=${policyKey}`;\n", KindServiceBusSAS},
		{"swift, a messaging key split", "Device.swift", "static let hostName = \"hub.azure-devices.net\"\nstatic let sharedAccessKey = \"" + sbKey[:22] + "\" +\n    \"" + sbKey[22:] + "\"\n", KindServiceBusSAS},
		{"DPS enrollment group key", "line.yaml", "dps:\n  idScope: 0ne00D1E03D\n  enrollmentGroupKey: " + sbKey + "\n", KindServiceBusSAS},
		{"properties continuation, split", "app.properties", "azure.storage.account-key=" + key[:44] + "\\\n    " + key[44:] + "\n", KindStorageKey},
		{"thunder client sbKey", "thunderEnvironment.json", "[{\"data\": [\n  { \"name\": \"sbNamespace\", \"value\": \"sb-orders\" },\n  { \"name\": \"sbKey\", \"value\": \"" + sbKey + "\" }\n]}]\n", KindServiceBusSAS},
		{"a Relay key in an XDT transform", "web.Release.config", "<appSettings>\n  <add key=\"Relay.Key\" value=\"" + sbKey + "\" xdt:Transform=\"SetAttributes\" />\n</appSettings>\n", KindServiceBusSAS},
		{"kotlin typed", "Config.kt", "val storageKey: String = \"" + key + "\"\n", KindStorageKey},
		{"yaml unquoted, padding glued", "keys.yaml", "namespace: ns.servicebus.windows.net\nprimaryKey: " + sbKey + "\n", KindServiceBusSAS},
		{"psql wrapped cell, split", "dump.txt", " id |     key     | value\n----+-------------+------------\n  2 | storage.key | " + key[:44] + ".\n    |             |." + key[44:] + "\n", KindStorageKey},
		{"erlang map beside its bus", "sys.config", "{bus, #{endpoint => <<\"sb://ns.servicebus.windows.net/\">>,\n       key_name => <<\"send\">>,\n       key => <<\"" + sbKey + "\">>}}\n", KindServiceBusSAS},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := e.Scan(tt.path, []byte(tt.content))
			if len(fs) != 1 {
				t.Fatalf("got %d findings, want 1", len(fs))
			}
			f := fs[0]
			if f.Kind != tt.kind || f.Severity != SeverityError {
				t.Errorf("kind %s severity %v", f.Kind, f.Severity)
			}
			secret := tt.content[f.SecretSpan.Start:f.SecretSpan.End]
			if strings.HasSuffix(tt.name, "split") && strings.HasPrefix(secret, key[:44]) && strings.HasSuffix(secret, key[44:]) {
				secret = key // the span runs from the first literal to the last
			}
			if strings.HasPrefix(secret, sbKey[:22]) && strings.HasSuffix(secret, sbKey[22:]) {
				secret = sbKey // a messaging key in two literals
			}
			if secret != key && secret != sbKey {
				t.Errorf("secret span holds %q", maskSecret(secret))
			}
			if strings.Contains(f.Redacted, secret) || strings.Contains(f.Message, secret) {
				t.Errorf("secret printed")
			}
		})
	}
	negatives := []struct{ name, content string }{
		{"npm integrity", `"integrity": "sha512-` + key + `"`},
		{"unnamed base64", "blob = \"" + key + "\"\n"},
		{"other name", "signing_secret = \"" + key + "\"\n"},
		{"placeholder", "AZURE_STORAGE_KEY=<your-storage-key>\n"},
		{"env reference", "accountKey: ${AZURE_STORAGE_KEY}\n"},
		{"emulator", "AccountKey: Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==\n"},
		{"aws secret", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"},
		{"truncated", "AZURE_STORAGE_KEY=" + key[:60] + "\n"},
		{"key in identifier", "accountKeyLength := 88\n"},
		{"cache key digest", "\"cacheKey\": \"" + key + "\"\n"},
		{"generic name, no Azure near", "{\"snapshotKey\": \"" + key + "\", \"dedupeKey\": \"" + key + "\"}\n"},
		{"signing key, no Azure near", "JWT_SIGNING_KEY=" + key + "\n"},
		{"public key", "publicKey: " + key + "\n"},
	}
	for _, n := range negatives {
		if fs := e.Scan("x.txt", []byte(n.content)); len(fs) != 0 {
			t.Errorf("%s: got %d findings, want none", n.name, len(fs))
		}
	}
}

// TestNamedKeyHeredoc: a storage key written as a heredoc's body over
// lines (Perl <<~'EOK', shell <<-EOF) blocks where the file says storage
// (Azure's SharedKey scheme, a storage word); with no such context, or a
// body longer than a key, it does not.
func TestNamedKeyHeredoc(t *testing.T) {
	e := testEngine(t, nil)
	key := sampleSecret(sampleByID(t, "t015"))
	body := "    " + key[:44] + "\n    " + key[44:] + "\n    EOK\n"
	perl := "our $KEY = do { local $/; my $k = <<~'EOK'; $k =~ s/\\s+//gr };\n" + body
	sign := "\nsub sign { return \"SharedKey $ACCOUNT:\" . hmac($KEY) }\n"
	if fs := e.Scan("Blob.pm", []byte(perl+sign)); len(fs) != 1 || fs[0].Kind != KindStorageKey || fs[0].Start.Line != 2 {
		t.Errorf("Perl heredoc: %d findings %v, want a storage key on line 2", len(fs), findingKinds(fs))
	}
	if fs := e.Scan("key.sh", []byte("AZURE_STORAGE_KEY=$(cat <<-EOK\n"+body+")\n")); len(fs) != 1 || fs[0].Kind != KindStorageKey {
		t.Errorf("shell heredoc: %d findings %v, want a storage key", len(fs), findingKinds(fs))
	}
	if fs := e.Scan("Sign.pm", []byte(perl+"\nsub sign { return hmac($KEY) }\n")); len(fs) != 0 {
		t.Errorf("no storage context: %d findings", len(fs))
	}
	longer := "our $KEY = <<~'EOK';\n    " + key[:44] + "\n    " + key[44:] + "\n    " + key[:44] + "\n    EOK\n" + sign
	if fs := e.Scan("Pem.pm", []byte(longer)); len(fs) != 0 {
		t.Errorf("a longer body: %d findings", len(fs))
	}
}
