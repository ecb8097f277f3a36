package rules

import (
	"strings"
	"testing"
)

// TestKeyValueAnySyntax: a random 64-byte key is a storage key wherever its
// name or a storage host is attached, and a value of the same length that
// names itself a digest, a public key or a signature is not.
func TestKeyValueAnySyntax(t *testing.T) {
	e := testEngine(t, nil)
	key := sampleByID(t, "t015").Text
	key = key[strings.Index(key, "AccountKey=")+len("AccountKey=") : strings.Index(key, "==;")+2]
	enc := strings.NewReplacer("+", "%2B", "/", "%2F", "=", "%3D").Replace(key)
	cases := []struct {
		path, src string
		want      bool
	}{
		{"a.cs", `b.Add("AccountKey", "` + key + `");`, true},
		{"a.php", `define( 'MICROSOFT_AZURE_ACCOUNT_KEY', '` + key + `' );`, true},
		{"a.php", `$k = getenv('AZURE_STORAGE_KEY') ?: '` + key + `';`, true},
		{"a.java", "String k = env.getOrDefault(\"AZURE_STORAGE_KEY\",\n        \"" + key + "\");", true},
		{"a.rs", `env::var("AZURE_STORAGE_KEY").unwrap_or_else(|_| "` + key + `".to_string())`, true},
		{"a.exs", `account_key: System.get_env("AZURE_STORAGE_KEY") || "` + key + `"`, true},
		{"a.rb", `ENV.fetch("AZURE_STORAGE_ACCESS_KEY", "` + key + `")`, true},
		{"a.swift", `static let accountKey: String = "` + key + `"`, true},
		{"a.c", `#define STORAGE_KEY "` + key + `"`, true},
		{"a.sql", `CREDENTIAL = (IDENTITY = 'Storage Account Key', SECRET = '` + key + `')`, true},
		{"a.bat", `net use Y: \\acct.file.core.windows.net\team /u:AZURE\acct ` + key + ` /persistent:yes`, true},
		{"fstab", `//acct.file.core.windows.net/s /mnt cifs username=acct,password=` + key + `,serverino 0 0`, true},
		{"a.env", `CONN=wasb://acct:` + enc + `@`, true},
		{"ext.sql", "SELECT * FROM azureBlobStorage(\n    'https://acct.blob.core.windows.net',\n    'exports',\n    'orders/*.csv',\n    'acct',\n    '" + key + "',\n    'CSV');", true},
		{"V12.sql", `SELECT azure_storage.account_add('acct', '` + key + `');`, true},
		{"Conn.php", "return sprintf(\n    'DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net',\n    'acct',\n    '" + key + "'\n);", true},
		{"V13.sql", "-- (second region)\nSELECT azure_storage.account_add(\n    'acct2',\n    '" + key + "'\n);", true},
		// A call whose name says nothing of storage, or the key first.
		{"a.js", `crypto.sign('acct', '` + key + `');`, false},
		{"V14.sql", `SELECT azure_storage.account_add('` + key + `');`, false},
		{"spark-defaults.conf", `spark.hadoop.fs.azure.account.key.acct.dfs.core.windows.net    ` + key, true},
		// Same shape, not a storage key.
		{"lock.yaml", `resolution: {integrity: sha512-` + key + `}`, false},
		{"a.json", `{"azure": {"publicKey": "` + key + `"}}`, false},
		{"a.txt", `https://acct.blob.core.windows.net/c?sv=2024-05-04&se=2031-01-01&sr=c&sp=r&sig=` + enc, false},
		{"a.json", `{"storage": "x", "value": "` + key + `"}`, false},
		{"a.go", `var digest = "` + key + `"`, false},
		// A storage host in another, closed call is not this argument's.
		{"a.py", "log('https://acct.blob.core.windows.net')\nf(1, '" + key + "')", false},
		// A generic secret's name that says what else it is for is not a
		// storage key because storage is named elsewhere nearby.
		{"secrets.json", "{\n  \"Storage:Conn\": \"UseDevelopmentStorage=true\",\n  \"Jwt:SigningKey\": \"" + key + "\"\n}", false},
		{"a.env", "AZURE_STORAGE_ACCOUNT=acct\nENCRYPTION_KEY=" + key, false},
		// A non-Azure purpose in the name wins over a storage word in it
		// ("master"), and the object a secret sits in says its purpose too.
		{"a.env", "# storage is Azurite\nDATA_PROTECTION_MASTER_KEY=" + key, false},
		{"fixtures.yaml", "web:\n  push_public_key_p256: x\n  ed25519_release_signature: " + key + "\nfake_storage:\n", false},
		{"production.json", "{\"azure\": {\"container\": \"c\"},\n  \"session\": {\n    \"secret\": \"" + key + "\"\n  }\n}", false},
		// A name's prefix that names a group of storage settings is a
		// namespace (s3proxy's jclouds.*), not another purpose.
		{"s3proxy.conf", "jclouds.provider=azureblob-sdk\njclouds.identity=acct\njclouds.credential=" + key + "\njclouds.endpoint=https://acct.blob.core.windows.net\n", true},
		{"app.properties", "redis.host=cache\nredis.secret=" + key + "\nstorage.endpoint=https://acct.blob.core.windows.net\n", false},
		// A column named by a header line, or a format comment.
		{".azpass", "# format:   host:port:container:account:key\n# mounts acct.blob.core.windows.net\n*:*:*:acct2:" + key + "\n", true},
		{"sums.csv", "file,size,checksum\nazure-storage.tar,1024," + key + "\n", false},
		// sops leaves a value in plain text under NAME_unencrypted.
		{"prod.enc.yaml", "storage:\n    account: acct\n    key_unencrypted: " + key + "\n", true},
		// A box-drawn table (nushell) under the command that printed it,
		// its multi-byte borders far wider than their width.
		{"session.txt", "> az storage account keys list -n acct | from json\n" + strings.Repeat("─", 120) + "\n" + strings.Repeat("─", 120) + "\n│ 0 │ key1 │ FULL │ " + key + " │\n", true},
		// A plain name leaves it to the context (rclone's azureblob remote).
		{"rclone.conf", "[remote]\ntype = azureblob\naccount = acct\nkey = " + key, true},
		// A name that says nothing, or another purpose, is a storage key's
		// where it is handed to a storage credential, however far away.
		{"Sink.java", "static final String ARCHIVE_KEY = \"" + key + "\";\n" + strings.Repeat("// filler\n", 80) + "var c = new StorageSharedKeyCredential(ACCOUNT, ARCHIVE_KEY);\n", true},
		{"cfg.py", "signing_secret = \"" + key + "\"\nconn = f\"AccountName=acct;AccountKey={signing_secret}\"\n", true},
		// Handed to something else, or only a longer name's prefix is.
		// A table's header names the column: Markdown, az keys list -o tsv.
		{"inventory.md", "# Storage inventory\n\n| Account | Purpose | Key | Rotated |\n|---|---|---|---|\n| acct | payroll | `" + key + "` | 2026-11-02 |\n", true},
		{"keys.tsv", "account\tkeyName\tpermissions\tcreationTime\tvalue\nacct\tkey1\tFULL\t2026-11-02T09:14:55+00:00\t" + key + "\n", true},
		{"digests.md", "# Storage inventory\n\n| File | Size | SHA-512 |\n|---|---|---|\n| a.tar | 12 | `" + key + "` |\n", false},
		{"pull.sh", "smbclient //acct.file.core.windows.net/claims \\\n  -U 'acct%" + key + "' -m SMB3\n", true},
		{"restore.sh", "BKP_KEY='" + key + "'\naz storage blob download-batch --account-name acct --account-key \"$BKP_KEY\" -s c -d .\n", true},
		{"notes.sh", "smbclient //fileserver.corp.local/share -U 'svc%" + key + "'\n", false},
		{"Web.Staging.config", "<add key=\"DocStore.Account\" value=\"stlegacy7\" />\n<add key=\"DocStore.Secret\"\n     value=\"" + key + "\" />\n", true},
		{"kp.xml", "<Entry>\n  <String><Key>Title</Key><Value>Storage acct key2</Value></String>\n  <String><Key>URL</Key><Value>https://acct.blob.core.windows.net</Value></String>\n  <String><Key>Password</Key><Value>" + key + "</Value></String>\n</Entry>\n", true},
		{"kp.xml", "<Entry>\n  <String><Key>URL</Key><Value>https://acct.blob.core.windows.net</Value></String>\n</Entry>\n<Entry>\n  <String><Key>Title</Key><Value>Backup encryption</Value></String>\n  <String><Key>Password</Key><Value>" + key + "</Value></String>\n</Entry>\n", false},
		{"map.cmd", "net use P: \\\\acct.file.core.windows.net\\profiles ^\n  /user:localhost\\acct ^\n  " + key + " /persistent:yes\n", true},
		{"reports.Dockerfile", "FROM python:3.12-slim\nARG REPORTS_KEY=" + key + "\nENV AZURE_STORAGE_KEY=${REPORTS_KEY}\n", true},
		{"LakeConf.scala", "private val k =\n  \"" + key[:44] + "\" +\n  \"" + key[44:] + "\"\ndef apply(spark: SparkSession): Unit =\n  spark.conf.set(s\"fs.azure.account.key.$account.dfs.core.windows.net\", k)\n", true},
		{"Sink.java", "static final String ARCHIVE_KEY = \"" + key + "\";\nvar m = new HmacSigner(ARCHIVE_KEY);\nvar c = new StorageSharedKeyCredential(ACCOUNT, ARCHIVE_KEY_V2);\n", false},
	}
	// A key after a Cosmos DB endpoint is a Cosmos DB key (cosmos.go), never
	// a storage key.
	cosmos := `client = CosmosClient("https://x.documents.azure.com:443/", credential="` + key + `")`
	if fs := e.Scan("a.py", []byte(cosmos)); len(fs) != 1 || fs[0].Kind != KindCosmosKey {
		t.Errorf("%q: %d findings, want one %s", corpusMask(cosmos), len(fs), KindCosmosKey)
	}
	for _, c := range cases {
		fs := e.Scan(c.path, []byte(c.src))
		got := len(fs) == 1 && fs[0].Kind == KindStorageKey && fs[0].Severity == SeverityError
		if got != c.want || !c.want && len(fs) > 0 {
			t.Errorf("%s: %q: %d findings, want a storage key: %v", c.path, corpusMask(c.src), len(fs), c.want)
		}
	}
}

// TestKeyScanEveryOffset: the sliding-window key search finds a key
// whatever its offset, across stage 1's block boundaries included.
func TestKeyScanEveryOffset(t *testing.T) {
	e := testEngine(t, nil)
	key := sampleByID(t, "t015").Text
	key = key[strings.Index(key, "AccountKey=")+len("AccountKey=") : strings.Index(key, "==;")+2]
	line := "b.Add(\"AccountKey\", \"" + key + "\");\n" // only the key scan reads this form
	filler := strings.Repeat("word, (x) \"y\" z.w\n", scanBlock/18+8)
	offsets := []int{}
	for off := 0; off < 200; off++ {
		offsets = append(offsets, off)
	}
	for off := scanBlock - 150; off < scanBlock+50; off++ {
		offsets = append(offsets, off)
	}
	for _, off := range offsets {
		src := filler[:off] + line + filler[:300]
		fs := e.Scan("x.env", []byte(src))
		if len(fs) != 1 || fs[0].Kind != KindStorageKey {
			t.Errorf("key at offset %d: %d findings, want the storage key", off, len(fs))
		}
	}
}
