package rules

import (
	"strings"
	"testing"
)

// The account is read from the host however the URL around a token is
// written, or from the text the token sits in when its URL does not carry it.
func TestAccountFromContext(t *testing.T) {
	url := sampleByID(t, "t006").Text // https://st4t67ig.blob.core.windows.net/uploads?sv=…
	q := url[strings.IndexByte(url, '?')+1:]
	key := sampleSecret(sampleByID(t, "t015"))
	eng := testEngine(t, nil)
	for _, tc := range []struct {
		name, path, text, account string
	}{
		{"$web container", "deploy.sh", `curl "https://stweb01.blob.core.windows.net/$web/index.html?` + q + `"`, "stweb01"},
		{"interpolated container", "upload.ts", "const u = `https://stinterp02.blob.core.windows.net/${container}/a.txt?" + q + "`;", "stinterp02"},
		{"log line with :443", "access.log", "2026-11-20T10:00:00Z GET stlog03.blob.core.windows.net:443/uploads/a.txt?" + q + " 200", "stlog03"},
		{"Host header", "req.http", "GET /uploads/a.txt?" + q + " HTTP/1.1\nHost: sthost04.blob.core.windows.net\nAccept: */*\n", "sthost04"},
		{"Spark fixed SAS token", "spark-defaults.conf", "spark.hadoop.fs.azure.sas.fixed.token.stspark05.dfs.core.windows.net    " + q + "\n", "stspark05"},
		{"Databricks key, name on the line above", "ingest.py", "spark.conf.set(\n    \"fs.azure.account.key.stdbx06.dfs.core.windows.net\",\n    \"" + key + "\")\n", "stdbx06"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs := eng.Scan(tc.path, []byte(tc.text))
			if len(fs) != 1 {
				t.Fatalf("%d findings, want 1", len(fs))
			}
			if fs[0].Facts.Account != tc.account {
				t.Errorf("account %q, want %q", fs[0].Facts.Account, tc.account)
			}
			if !strings.Contains(fs[0].Message, tc.account) {
				t.Errorf("message does not name the account: %s", fs[0].Message)
			}
		})
	}
	// A host in an unrelated line further up does not name a bare query's account.
	text := "see https://stother07.blob.core.windows.net/\n\n\nSAS=" + q + "\n"
	if fs := eng.Scan("notes.env", []byte(text)); len(fs) != 1 || fs[0].Facts.Account != "" {
		t.Errorf("a host three lines up named the account: %+v", fs)
	}
}

// sduoid, skdutid, srh and srq bind a SAS to a user or to request values:
// the facts carry them and the message, explain and hover say so.
func TestBoundFacts(t *testing.T) {
	url := sampleByID(t, "t009").Text // a user delegation SAS
	bound := "&sduoid=11111111-2222-3333-4444-555555555555&skdutid=66666666-7777-8888-9999-000000000000&srh=x-ms-client-request-id,x-ms-version&srq=comp"
	i := strings.Index(url, "&sig=")
	text := url[:i] + bound + url[i:]
	eng := testEngine(t, nil)
	fs := eng.Scan("x.txt", []byte(text))
	if len(fs) != 1 {
		t.Fatalf("%d findings, want 1", len(fs))
	}
	fa := fs[0].Facts
	if deref(fa.DelegatedUser) != "11111111-2222-3333-4444-555555555555" || deref(fa.DelegatedUserTenant) != "66666666-7777-8888-9999-000000000000" ||
		deref(fa.RequestHeaders) != "x-ms-client-request-id,x-ms-version" || deref(fa.RequestQuery) != "comp" {
		t.Fatalf("facts %+v", fa)
	}
	want := "only for Entra user 11111111-2222-3333-4444-555555555555 (tenant 66666666-7777-8888-9999-000000000000), with that user's own token; each request must carry the signed values of headers x-ms-client-request-id and x-ms-version and of query parameters comp"
	if !strings.Contains(fs[0].Message, want) {
		t.Errorf("message %q\nwant it to contain %q", fs[0].Message, want)
	}
	if d := describeText(Describe(&fs[0], loadSamples(t).ReferenceTime)); !strings.Contains(d, "bound to: "+want) {
		t.Errorf("explain/hover rows:\n%s", d)
	}
	// Without them, nothing is said.
	if fs := eng.Scan("x.txt", []byte(url)); len(fs) != 1 || strings.Contains(fs[0].Message, "Entra user") || fs[0].Facts.DelegatedUser != nil {
		t.Errorf("unbound token: %+v", fs)
	}
}

// A SAS with no host of its own, a few lines under the storage emulator's
// account, is signed for the emulator and is silent like its connection
// strings; the same SAS with no emulator around (or further up) still blocks.
func TestEmulatorSASByContext(t *testing.T) {
	url := sampleByID(t, "t006").Text
	q := url[strings.IndexByte(url, '?')+1:]
	eng := testEngine(t, nil)
	for _, tc := range []struct {
		name, text string
		want       int
	}{
		{"interpolated emulator URL", "AZURITE = \"http://127.0.0.1:10000/devstoreaccount1\"\nURL = f\"{AZURITE}/uploads?" + q + "\"\n", 0},
		{"bare token two lines under", "AZURITE = \"http://127.0.0.1:10000/devstoreaccount1\"\n\nSAS = \"" + q + "\"\n", 0},
		{"no emulator", "BASE = \"https://example.invalid\"\nURL = f\"{BASE}/uploads?" + q + "\"\n", 1},
		{"another setting between", "PRICING_CONN: \"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1\"\nCOSMOS_KEY: \"x\"\n# the shared dev account\nFIXTURES_SAS: \"?" + q + "\"\n", 1},
		{"emulator far above", "AZURITE = \"http://127.0.0.1:10000/devstoreaccount1\"\n\n\n\n\nSAS = \"" + q + "\"\n", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if fs := eng.Scan("test_upload.py", []byte(tc.text)); len(fs) != tc.want {
				t.Errorf("%d findings, want %d", len(fs), tc.want)
			}
		})
	}
}
