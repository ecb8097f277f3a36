package main

import (
	"strings"
	"testing"
)

// TestExplain feeds real-format tokens (shared/testdata/sas-tokens.json) to
// `sasguard explain` by argument and by stdin, and checks the report says
// what each grants relative to the pinned clock, and never the whole secret.
func TestExplain(t *testing.T) {
	for _, tc := range []struct {
		name   string
		token  string
		secret string   // must not appear
		want   []string // lines or fragments the report must hold
	}{
		{
			name:   "account SAS, full control, 2051",
			token:  "https://st4t67ig.blob.core.windows.net/?sv=2019-02-02&ss=btqf&srt=sco&se=2051-10-06T00%3A00%3A00Z&sp=rwdlacup&sig=ijEaTz6v46XfZH4tBrBq2ztmyS8wgIN76UNWGs7lXRw%3D",
			secret: "ijEaTz6v46XfZH4tBrBq2ztmyS8wgIN76UNWGs7lXRw",
			want: []string{"Account SAS for st4t67ig [azure-account-sas]", "rwdlacup (read, write, delete, list, add, create, update, process messages): can change data and can delete data", "btqf (blob, table, queue, file)",
				"sco (service, container, object)", "until 2051-10-06 00:00 UTC (24 years 10 months left)", "http or https", "none: usable from any address",
				"az storage account keys renew --account-name st4t67ig", "sig=ijEa****", "error: a commit holding it is blocked"},
		},
		{
			name:   "service SAS, https only, 7 days",
			token:  "https://st4t67ig.blob.core.windows.net/models/resnet50.ckpt?sv=2026-04-06&spr=https&se=2026-11-29T00%3A00%3A00Z&sr=b&sp=r&sig=4P%2BQtC3BrGU9FruD4ANxQ9Mrn0%2BuzQEjN1hEUPXpOCI%3D",
			secret: "uzQEjN1hEUPXpOCI",
			want:   []string{"Service SAS for st4t67ig", "r (read): read-only", "scope           one blob in account st4t67ig", "(7 days left)", "https only", "stored policy   none"},
		},
		{
			name:   "stored access policy",
			token:  "https://stqs6vvm.blob.core.windows.net/shared?sv=2026-04-06&si=read-policy&sr=c&sig=HUPuEv3QBibVkmIA4BClKILlydYTGx34dM5sqJGHuIE%3D",
			secret: "HUPuEv3QBibVkmIA4BClKILlydYTGx34dM5sqJGHuIE",
			want:   []string{"set by the stored access policy", "stored policy   read-policy: revocable", `delete or change stored access policy "read-policy"`},
		},
		{
			name:   "user delegation SAS whose key expired first",
			token:  "https://stqs6vvm.blob.core.windows.net/datasets?sv=2026-04-06&se=2051-01-01T00%3A00%3A00Z&skoid=10161213-0333-4202-90ca-889e2bca975a&sktid=9676acf3-9c49-432e-92b7-f9fb6d0a3aff&skt=2026-11-13T00%3A00%3A00Z&ske=2026-11-20T00%3A00%3A00Z&sks=b&skv=2025-11-05&sr=c&sp=racwdl&sig=yiru4mqlpBFvWNqFyU4sukLLTDerYqbNRqsIHDuV22w%3D",
			secret: "yiru4mqlpBFvWNqFyU4sukLLTDerYqbNRqsIHDuV22w",
			want:   []string{"User delegation SAS for stqs6vvm", "expired 2026-11-20 00:00 UTC (2 days ago)", "delegation key ends first", "revoke-delegation-keys", "warning: reported, does not block"},
		},
		{
			name:   "IP-restricted account SAS",
			token:  "https://st65bm28s6.blob.core.windows.net/?sv=2026-04-06&ss=btqf&srt=sco&spr=https%2Chttp&se=2029-11-21T00%3A00%3A00Z&sip=10.1.0.1-10.1.0.255&sp=rwdxftlacupiy&sig=Qgc4bpaS5V5gph1PbvHC%2BHi5wtAJwPndoH%2B93M17O2g%3D",
			secret: "93M17O2g",
			want:   []string{"IP range        10.1.0.1-10.1.0.255", "until 2029-11-21 00:00 UTC (3 years left)"},
		},
		{
			name:   "storage account key",
			token:  "DefaultEndpointsProtocol=https;AccountName=st4t67ig;AccountKey=hAB1jciM+l8Qygk348RTDz8eBEcJfdTMaHavR88qOUTwaa1/99Z+uRQqc+93T1RbEXHEKvCe0w3CfUj4S34VpA==;EndpointSuffix=core.windows.net",
			secret: "hAB1jciM+l8Qygk348RTDz8eBEcJfdTMaHavR88qOUTwaa1/99Z+uRQqc+93T1RbEXHEKvCe0w3CfUj4S34VpA==",
			want:   []string{"Storage account key for st4t67ig [azure-storage-account-key]", "everything: a key can mint any token", "never expires: valid until the key is rotated", "keys renew --account-name st4t67ig", "and update what uses it"},
		},
		{
			name:   "Service Bus SAS token",
			token:  "SharedAccessSignature sr=https%3A%2F%2Forders-pub1.servicebus.windows.net%2Forders&sig=AC6%2FgMTeTaJ4ZoMGr8tm8Im39jezhktdU1osEpCeB9s%3D&se=1797897600&skn=RootManageSharedAccessKey",
			secret: "gMTeTaJ4ZoMGr8tm8Im39jezhktdU1osEpCeB9s",
			want:   []string{"Service Bus / Event Hubs SAS token for orders-pub1", "key name        RootManageSharedAccessKey", "until 2026-12-22 00:00 UTC (30 days left)", "signing key's policy"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, via := range []string{"arg", "stdin", "dash"} {
				var stdout, stderr string
				var code int
				switch via {
				case "arg":
					stdout, stderr, code = runMain(t, "", "explain", tc.token)
				case "stdin":
					stdout, stderr, code = runMain(t, "see the link:\n  "+tc.token+"\n", "explain")
				case "dash":
					stdout, stderr, code = runMain(t, tc.token, "explain", "-")
				}
				if code != exitOK {
					t.Fatalf("%s: exit %d: %s", via, code, stderr)
				}
				for _, w := range tc.want {
					if !strings.Contains(stdout, w) {
						t.Errorf("%s: report lacks %q:\n%s", via, w, stdout)
					}
				}
				if strings.Contains(stdout+stderr, tc.secret) {
					t.Errorf("%s: the report prints the whole secret", via)
				}
			}
		})
	}
}

func TestExplainNothingToExplain(t *testing.T) {
	for _, input := range []string{
		"",
		"https://example.com/?q=1",
		"https://acct.blob.core.windows.net/c?sv=2026-04-06&sr=c&sp=rl&sig=<signature>",
		"DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=<your-key>",
	} {
		stdout, stderr, code := runMain(t, input, "explain")
		if code != exitUsage || stdout != "" || !strings.Contains(stderr, "no Azure SAS token") {
			t.Errorf("explain %q: exit %d, stdout %q, stderr %q; want exit 2 and a clear message", input, code, stdout, stderr)
		}
	}
}

func TestExplainSeveralTokens(t *testing.T) {
	in := "a=https://st4t67ig.blob.core.windows.net/uploads?sv=2026-04-06&se=2027-12-27T00%3A00%3A00Z&sr=c&sp=racwdl&sig=3zrQXsjpDN%2FOpHhq0jAb0nm2BB54X6YdWe613GiQpnw%3D\n" +
		"b=Endpoint=sb://orders-pub1.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=lubGZsrqZlxN1i26+rILmg+OPPMzuCdNIsOcUne8S/M=\n"
	stdout, _, code := runMain(t, in, "explain")
	if code != exitOK || strings.Count(stdout, "fingerprint") != 2 {
		t.Errorf("exit %d, want 0 and two reports:\n%s", code, stdout)
	}
}

// A percent-decoded name (here a stored policy id) holding an escape
// sequence or a bidi override reaches the terminal escaped, visibly.
func TestExplainEscapesDecodedNames(t *testing.T) {
	token := "https://stqs6vvm.blob.core.windows.net/shared?sv=2026-04-06&si=p%1B%5B2J%E2%80%AEx&sr=c&sig=HUPuEv3QBibVkmIA4BClKILlydYTGx34dM5sqJGHuIE%3D"
	stdout, stderr, code := runMain(t, "", "explain", token)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if strings.ContainsAny(stdout, "\x1b\u202e") {
		t.Errorf("a raw escape or bidi override reached the terminal:\n%q", stdout)
	}
	if !strings.Contains(stdout, `p\x1b[2J\u202ex`) {
		t.Errorf("the policy name is not shown escaped:\n%s", stdout)
	}
}
