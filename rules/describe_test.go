package rules

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestDescribe describes the real-format samples at the samples' clock and
// checks the rows a person acts on: what the token reaches, what it may do,
// how long it lives, how it travels, from where, and how to revoke it. It
// also checks that no row repeats the secret.
func TestDescribe(t *testing.T) {
	samples := loadSamples(t)
	now := samples.ReferenceTime
	for _, tc := range []struct {
		id    string
		title string
		rows  map[string]string // label -> the exact value; "" means the row must be absent
		risky []string          // labels that must be flagged as risk
	}{
		{
			id:    "t001", // the 2023 leak: account-wide, full control, 2051, http, any address
			title: "Account SAS for st4t67ig",
			rows: map[string]string{
				"scope":          "the whole account st4t67ig",
				"services":       "btqf (blob, table, queue, file)",
				"resource types": "sco (service, container, object)",
				"permissions":    "rwdlacup (read, write, delete, list, add, create, update, process messages): can change data and can delete data",
				"valid":          "until 2051-10-06 00:00 UTC (24 years 10 months left)",
				"protocol":       "http or https: the token may travel in clear text",
				"IP range":       "none: usable from any address on the internet",
				"stored policy":  "none",
				"revoke":         "rotate the account key that signed it (az storage account keys renew --account-name st4t67ig --key primary|secondary): an account SAS cannot be revoked any other way",
			},
			risky: []string{"permissions", "protocol", "IP range"},
		},
		{
			id:    "t002",
			title: "Account SAS for st4t67ig",
			rows: map[string]string{
				"permissions": "rl (read, list): read-only",
				"valid":       "until 2026-11-23 00:00 UTC (24 hours left)",
				"protocol":    "https only",
			},
		},
		{
			id: "t003",
			rows: map[string]string{
				"IP range": "10.1.0.1-10.1.0.255",
				"valid":    "until 2029-11-21 00:00 UTC (3 years left)",
			},
		},
		{
			id: "t004", // expired a month before the clock
			rows: map[string]string{
				"valid": "expired 2026-10-23 00:00 UTC (30 days ago)",
			},
		},
		{
			id:    "t005",
			title: "Service SAS for st4t67ig",
			rows: map[string]string{
				"scope":         "one blob in account st4t67ig",
				"permissions":   "r (read): read-only",
				"valid":         "until 2026-11-29 00:00 UTC (7 days left)",
				"protocol":      "https only",
				"stored policy": "none",
				"revoke":        "rotate the account key that signed it (az storage account keys renew --account-name st4t67ig); next time bind the SAS to a stored access policy so it can be revoked alone",
			},
		},
		{
			id: "t006",
			rows: map[string]string{
				"scope":       "a whole container in account st4t67ig",
				"permissions": "racwdl (read, add, create, write, delete, list): can change data and can delete data",
			},
			risky: []string{"permissions"},
		},
		{
			id:    "t008", // bound to a stored access policy: permissions and expiry live there
			title: "Service SAS for stqs6vvm",
			rows: map[string]string{
				"permissions":   "set by the stored access policy",
				"valid":         "until the stored access policy's expiry",
				"stored policy": "read-policy: revocable by editing or deleting the policy",
				"revoke":        `delete or change stored access policy "read-policy" on its container, share, queue or table`,
			},
		},
		{
			id:    "t009", // delegation key outlives the token: no key note
			title: "User delegation SAS for stqs6vvm",
			rows: map[string]string{
				"valid":  "until 2026-11-24 00:00 UTC (2 days left)",
				"revoke": "revoke the account's user delegation keys (az storage account revoke-delegation-keys --name stqs6vvm) or remove the signing principal's role",
			},
		},
		{
			id: "t010", // claims 2051, but its delegation key ended two days ago
			rows: map[string]string{
				"valid": "expired 2026-11-20 00:00 UTC (2 days ago); the token claims 2051-01-01 00:00 UTC but its delegation key ends first",
			},
		},
		{
			id: "t014",
			rows: map[string]string{
				"scope": "a table in account stqs6vvm",
			},
		},
		{
			id:    "t015",
			title: "Storage account key for st4t67ig",
			rows: map[string]string{
				"scope":         "the whole account st4t67ig",
				"permissions":   "everything: a key can mint any token",
				"valid":         "never expires: valid until the key is rotated",
				"protocol":      "https only",
				"IP range":      "",
				"stored policy": "",
				"revoke":        "rotate the key (az storage account keys renew --account-name st4t67ig --key primary, or secondary) and update what uses it",
			},
			risky: []string{"permissions", "valid"},
		},
		{
			id:    "t017",
			title: "Storage connection string with an Account SAS for st65bm28s6",
			rows: map[string]string{
				"services": "b (blob)",
				"revoke":   "rotate the account key that signed it (az storage account keys renew --account-name st65bm28s6 --key primary|secondary): an account SAS cannot be revoked any other way",
			},
		},
		{
			id:    "t018",
			title: "Service Bus / Event Hubs SAS token for orders-pub1",
			rows: map[string]string{
				"scope":       "namespace orders-pub1",
				"resource":    "https://orders-pub1.servicebus.windows.net/orders",
				"permissions": "the rights (send, listen, manage) of the signing key's policy",
				"valid":       "until 2026-12-22 00:00 UTC (30 days left)",
				"key name":    "RootManageSharedAccessKey",
				"IP range":    "",
				"revoke":      "regenerate the keys of shared access policy RootManageSharedAccessKey (portal, or az servicebus namespace authorization-rule keys renew / az eventhubs namespace authorization-rule keys renew --namespace-name orders-pub1)",
			},
		},
		{
			id:    "t019",
			title: "Service Bus / Event Hubs shared access key for orders-pub1",
			rows: map[string]string{
				"permissions": "everything: a key can mint any token",
				"valid":       "never expires: valid until the key is rotated",
			},
		},
		{
			id:    "t020",
			title: "IoT Hub SAS token for fleet-pub1",
			rows: map[string]string{
				"scope":  "IoT hub fleet-pub1",
				"revoke": "regenerate the keys of its shared access policy (portal, or az iot hub policy renew-key --hub-name fleet-pub1)",
			},
		},
	} {
		t.Run(tc.id, func(t *testing.T) {
			s := sampleByID(t, tc.id)
			content := []byte(s.Text)
			fs := testEngine(t, nil).Scan("", content)
			if len(fs) != 1 {
				t.Fatalf("%d findings, want 1", len(fs))
			}
			f := fs[0]
			d := Describe(&f, now)
			if tc.title != "" && d.Title != tc.title {
				t.Errorf("title %q, want %q", d.Title, tc.title)
			}
			got := map[string]string{}
			risky := map[string]bool{}
			for _, r := range d.Rows {
				if _, dup := got[r.Label]; dup {
					t.Errorf("row %q appears twice", r.Label)
				}
				got[r.Label] = r.Value
				risky[r.Label] = r.Risk
			}
			for label, want := range tc.rows {
				v, ok := got[label]
				switch {
				case want == "" && ok:
					t.Errorf("row %q = %q, want no such row", label, v)
				case want != "" && !ok:
					t.Errorf("no row %q; rows: %v", label, labels(d))
				case want != "":
					if diff := cmp.Diff(want, v); diff != "" {
						t.Errorf("row %q (-want +got):\n%s", label, diff)
					}
				}
			}
			for _, label := range tc.risky {
				if !risky[label] {
					t.Errorf("row %q is not flagged as a risk", label)
				}
			}
			if got["token"] != f.Redacted || got["fingerprint"] != f.Fingerprint {
				t.Errorf("token/fingerprint rows do not carry the redacted token and fingerprint")
			}
			assertNoSecretIn(t, d, string(content[f.SecretSpan.Start:f.SecretSpan.End]))
		})
	}
}

// TestDescribeEveryRowSaysSomething runs every sample and checks each row
// has a label and a value and no row holds the secret.
func TestDescribeEveryRowSaysSomething(t *testing.T) {
	samples := loadSamples(t)
	for _, s := range samples.Samples {
		t.Run(s.ID, func(t *testing.T) {
			content := []byte(s.Text)
			for _, f := range testEngine(t, nil).Scan("", content) {
				d := Describe(&f, samples.ReferenceTime)
				if d.Title == "" || strings.HasPrefix(d.Title, "Secret (") {
					t.Errorf("title %q does not name the kind", d.Title)
				}
				for _, r := range d.Rows {
					if r.Label == "" || strings.TrimSpace(r.Value) == "" || strings.Contains(r.Value, "\n") {
						t.Errorf("row %q = %q: want a label and a one-line value", r.Label, r.Value)
					}
				}
				assertNoSecretIn(t, d, string(content[f.SecretSpan.Start:f.SecretSpan.End]))
			}
		})
	}
}

func TestSpanWords(t *testing.T) {
	const day = 24 * time.Hour
	for _, tc := range []struct {
		d    time.Duration
		want string
	}{
		{0, "1 minute"},
		{3 * time.Minute, "3 minutes"},
		{3 * time.Hour, "3 hours"},
		{day, "24 hours"},
		{7 * day, "7 days"},
		{90 * day, "3 months"},
		{365 * day, "1 year"},
		{(24*365 + 300) * day, "24 years 10 months"},
		{-2 * day, "2 days"},
	} {
		t.Run(tc.want, func(t *testing.T) {
			if got := spanWords(tc.d); got != tc.want {
				t.Errorf("spanWords(%v) = %q, want %q", tc.d, got, tc.want)
			}
		})
	}
}

func labels(d Description) []string {
	var out []string
	for _, r := range d.Rows {
		out = append(out, r.Label)
	}
	return out
}

// assertNoSecretIn fails if the description holds the secret, or a long
// piece of it (a mask keeps only a few leading characters).
func assertNoSecretIn(t *testing.T, d Description, secret string) {
	t.Helper()
	if len(secret) < 16 {
		t.Fatalf("secret span too short to check (%d bytes)", len(secret))
	}
	piece := secret[len(secret)/2:]
	all := d.Title
	for _, r := range d.Rows {
		all += "\n" + r.Value
	}
	if strings.Contains(all, piece) {
		t.Errorf("the description holds the secret (its second half, %d bytes)", len(piece))
	}
}
