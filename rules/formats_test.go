package rules

import (
	"encoding/json"
	"fmt"
	"html"
	"net/url"
	"strings"
	"testing"
)

// embedding puts a token into a realistic file of some language or format,
// the way developers actually paste them.
type embedding struct {
	name string
	path string
	make func(token string) string
	// sasOnly marks embeddings that only make sense for URL-shaped tokens.
	urlOnly bool
}

var embeddings = []embedding{
	{"python", "app/storage.py", func(tok string) string {
		return "import os\nfrom azure.storage.blob import BlobClient\n\n# download the model\nSAS = \"" + tok + "\"\nclient = BlobClient.from_blob_url(SAS)\n"
	}, false},
	{"python-single", "app/conf.py", func(tok string) string { return "settings = {'sas': '" + tok + "'}\n" }, false},
	{"javascript", "web/src/upload.ts", func(tok string) string {
		return "import { BlobServiceClient } from '@azure/storage-blob';\n\nconst url = `" + tok + "`;\nexport const client = new BlobServiceClient(url);\n"
	}, false},
	{"go", "internal/store/store.go", func(tok string) string {
		return "package store\n\nconst sasURL = \"" + tok + "\"\n\nfunc URL() string { return sasURL }\n"
	}, false},
	{"csharp", "src/Storage.cs", func(tok string) string {
		return "namespace Acme;\npublic static class Storage {\n    public const string Sas = @\"" + tok + "\";\n}\n"
	}, false},
	{"java", "src/main/java/Acme.java", func(tok string) string {
		return "class Acme {\n  static final String SAS = \"" + tok + "\";\n}\n"
	}, false},
	{"shell", "scripts/sync.sh", func(tok string) string {
		return "#!/bin/sh\nset -eu\nexport AZ_URL='" + tok + "'\nazcopy copy ./out \"$AZ_URL\"\n"
	}, false},
	{"powershell", "deploy.ps1", func(tok string) string { return "$sas = \"" + tok + "\"\nInvoke-WebRequest -Uri $sas\n" }, false},
	{"yaml-plain", "k8s/secret.yaml", func(tok string) string {
		return "apiVersion: v1\nkind: ConfigMap\ndata:\n  storage: " + tok + "\n  region: westeurope\n"
	}, false},
	{"yaml-quoted", ".github/workflows/ci.yml", func(tok string) string {
		return "jobs:\n  build:\n    env:\n      SAS: \"" + tok + "\"\n"
	}, false},
	{"dotenv", ".env", func(tok string) string { return "DEBUG=1\nAZURE_STORAGE=" + tok + "\nPORT=8080\n" }, false},
	{"dockerfile", "Dockerfile", func(tok string) string { return "FROM alpine\nENV DATA_URL=\"" + tok + "\"\n" }, false},
	{"terraform", "infra/main.tf", func(tok string) string { return "locals {\n  sas = \"" + tok + "\"\n}\n" }, false},
	{"markdown-inline", "README.md", func(tok string) string {
		return "# Models\n\nDownload with `azcopy copy '" + tok + "' .`\n"
	}, false},
	{"markdown-link", "docs/data.md", func(tok string) string { return "Get the [weights](" + tok + ") here.\n" }, true},
	{"log", "logs/app.log", func(tok string) string {
		return "2026-11-20T10:00:00Z INFO GET " + tok + " 200 12ms\n"
	}, true},
	{"xml", "app.config", func(tok string) string {
		return "<configuration>\n  <add key=\"Storage\" value=\"" + html.EscapeString(tok) + "\" />\n</configuration>\n"
	}, false},
	{"html", "site/index.html", func(tok string) string {
		return "<p><a href=\"" + strings.ReplaceAll(tok, "&", "&amp;") + "\">download</a></p>\n"
	}, true},
	{"json-go-escaped", "appsettings.json", func(tok string) string {
		b, _ := json.Marshal(map[string]string{"ConnectionStrings": tok}) // Go escapes & as \u0026
		return string(b) + "\n"
	}, false},
	{"json-slash-escaped", "config/php.json", func(tok string) string {
		return "{\"url\":\"" + strings.ReplaceAll(tok, "/", `\/`) + "\"}\n"
	}, false},
	{"json-nested", "cache.json", func(tok string) string {
		inner, _ := json.Marshal(map[string]string{"u": tok})
		outer, _ := json.Marshal(map[string]string{"payload": string(inner)})
		return string(outer) + "\n"
	}, false},
	{"ipynb-source", "notebooks/explore.ipynb", func(tok string) string {
		src, _ := json.Marshal([]string{"import pandas as pd\n", "df = pd.read_parquet(\"" + tok + "\")\n"})
		return `{"cells":[{"cell_type":"code","metadata":{},"source":` + string(src) + `,"outputs":[]}],"nbformat":4,"nbformat_minor":5}` + "\n"
	}, false},
	{"ipynb-output", "notebooks/out.ipynb", func(tok string) string {
		out, _ := json.Marshal([]string{"'" + tok + "'"})
		return `{"cells":[{"cell_type":"code","source":["url"],"outputs":[{"output_type":"execute_result","data":{"text/plain":` + string(out) + `}}]}]}` + "\n"
	}, false},
	{"shell-unquoted", "scripts/get.sh", func(tok string) string {
		return "curl -fsSL " + strings.NewReplacer("&", `\&`, "?", `\?`).Replace(tok) + " -o out\n"
	}, true},
	{"cmd-unquoted", "scripts/get.cmd", func(tok string) string {
		return "@echo off\r\ncurl " + strings.ReplaceAll(tok, "&", "^&") + " -o out\r\n"
	}, true},
	{"url-encoded-param", "docs/redirect.txt", func(tok string) string {
		return "GET /login?returnUrl=" + url.QueryEscape(tok) + " HTTP/1.1\n"
	}, false},
	{"url-encoded", "docs/redirect.txt", func(tok string) string {
		return "https://login.example.com/callback?next=" + url.QueryEscape(tok) + "&state=abc\n"
	}, true},
}

// TestEmbeddedSamples finds every sample token in every format, once, with
// a span covering its secret and the right kind.
func TestEmbeddedSamples(t *testing.T) {
	e := testEngine(t, nil)
	for _, s := range loadSamples(t).Samples {
		isURL := strings.HasPrefix(s.Text, "https://")
		for _, em := range embeddings {
			if em.urlOnly && !isURL {
				continue
			}
			t.Run(s.ID+"/"+em.name, func(t *testing.T) {
				content := em.make(s.Text)
				fs := e.Scan(em.path, []byte(content))
				if len(fs) != 1 {
					t.Fatalf("got %d findings in:\n%s", len(fs), redactForLog(content))
				}
				f := fs[0]
				if f.Kind != s.Kind {
					t.Errorf("kind = %s, want %s", f.Kind, s.Kind)
				}
				sig := sampleSecret(s)
				written := content[f.SecretSpan.Start:f.SecretSpan.End]
				if got := percentDecode(strings.NewReplacer(`\/`, "/", "%25", "%").Replace(written)); !strings.HasPrefix(sig, percentDecode(got)) && percentDecode(got) != sig {
					t.Errorf("secret span holds %q, want the sample's secret", maskSecret(got))
				}
				if f.Start.Line < 1 || f.Start.Col < 1 {
					t.Errorf("bad position %+v", f.Start)
				}
			})
		}
	}
}

// sampleSecret is the sample's signature or key, decoded.
func sampleSecret(s sample) string {
	for _, marker := range []string{"sig=", "AccountKey=", "SharedAccessKey="} {
		if i := strings.Index(s.Text, marker); i >= 0 {
			v := s.Text[i+len(marker):]
			if j := strings.IndexAny(v, "&;"); j >= 0 {
				v = v[:j]
			}
			return percentDecode(v)
		}
	}
	return ""
}

// redactForLog keeps test failures from printing whole secrets.
func redactForLog(s string) string {
	out := []rune(s)
	if len(out) > 600 {
		out = out[:600]
	}
	return fmt.Sprintf("%d bytes: %s…", len(s), strings.ReplaceAll(string(out), "sig=", "sig=<…>"))
}

// TestSplitTokens: splitting a URL in two does not hide it.
func TestSplitTokens(t *testing.T) {
	e := testEngine(t, nil)
	tok := sampleByID(t, "t001").Text
	at := strings.Index(tok, "&sig=")
	mid := strings.Index(tok, "sig=") + 20 // inside the signature
	a, b := tok[:at], tok[at:]
	c, d := tok[:mid], tok[mid:]
	tests := []struct{ name, path, content string }{
		{"python-implicit", "a.py", "URL = (\n    \"" + a + "\"\n    \"" + b + "\"\n)\n"},
		{"python-plus-backslash", "a.py", "URL = \"" + a + "\" + \\\n    \"" + b + "\"\n"},
		{"python-split-signature", "a.py", "URL = (\"" + c + "\"\n       \"" + d + "\")\n"},
		{"javascript-plus", "a.js", "const u = '" + a + "' +\n  '" + b + "';\n"},
		{"java-leading-plus", "A.java", "String u = \"" + a + "\"\n    + \"" + b + "\";\n"},
		{"csharp-verbatim", "A.cs", "var u = @\"" + a + "\" +\n    @\"" + b + "\";\n"},
		{"go-plus", "a.go", "var u = \"" + a + "\" +\n\t\"" + b + "\"\n"},
		{"shell-continuation", "a.sh", "URL=\"" + a + "\\\n" + b + "\"\n"},
		{"yaml-double-quoted-continuation", "a.yaml", "url: \"" + a + "\\\n  " + b + "\"\n"},
		{"yaml-plain-continued", "a.yaml", "url: " + a + "\n  " + b + "\nother: 1\n"},
		{"yaml-folded", "a.yaml", "url: >-\n  " + c + "\n  " + d + "\nother: 1\n"},
		{"markdown-wrapped", "a.md", "Use this link:\n" + c + "\n" + d + "\n\nThanks.\n"},
		{"wrapped-inside-expiry", "a.md", "Link:\n" + tok[:strings.Index(tok, "se=")+8] + "\n" + tok[strings.Index(tok, "se=")+8:] + "\nDone.\n"},
		{"php-dot", "a.php", "$u = '" + a + "' . '" + b + "';\n"},
		{"vb-ampersand", "a.vb", "Dim u = \"" + a + "\" & \"" + b + "\"\n"},
		{"lua-dotdot", "a.lua", "local u = \"" + a + "\" .. \"" + b + "\"\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := e.Scan(tt.path, []byte(tt.content))
			if len(fs) != 1 {
				t.Fatalf("got %d findings, want 1", len(fs))
			}
			if fs[0].Kind != KindAccountSAS {
				t.Errorf("kind %s", fs[0].Kind)
			}
			if n := fs[0].Span.End - fs[0].Span.Start; n < len(tok) {
				t.Errorf("span %v is shorter than the token (%d bytes)", fs[0].Span, len(tok))
			}
			if strings.Contains(tt.content[fs[0].Span.Start:fs[0].Span.End], "\n") != (fs[0].Start.Line != fs[0].End.Line) {
				t.Errorf("positions %+v..%+v disagree with the span", fs[0].Start, fs[0].End)
			}
			if fs[0].Facts.Account != "st4t67ig" {
				t.Errorf("account = %q", fs[0].Facts.Account)
			}
		})
	}
}

// TestAnyHostAnyOrder: detection reads the query, not the host.
func TestAnyHostAnyOrder(t *testing.T) {
	e := testEngine(t, nil)
	tok := sampleByID(t, "t006").Text
	q := tok[strings.Index(tok, "?")+1:]
	parts := strings.Split(q, "&")
	reversed := make([]string, len(parts))
	for i, p := range parts {
		reversed[len(parts)-1-i] = p
	}
	hosts := []struct{ host, account string }{
		{"https://st4t67ig.blob.core.windows.net/uploads", "st4t67ig"},
		{"https://st4t67ig.blob.core.chinacloudapi.cn/uploads", "st4t67ig"},
		{"https://st4t67ig.blob.core.usgovcloudapi.net/uploads", "st4t67ig"},
		{"https://st4t67ig.privatelink.blob.core.windows.net/uploads", "st4t67ig"},
		{"https://st4t67ig.dfs.core.windows.net/uploads", "st4t67ig"},
		{"https://st4t67ig.z13.web.core.windows.net/uploads", "st4t67ig"},
		{"https://files.contoso.com/uploads", ""},
		{"https://contoso.azureedge.net/uploads", ""},
		{"https://contoso-a1b2.z01.azurefd.net/uploads", ""},
		{"https://st4t67ig.z47.blob.storage.azure.net/uploads", "st4t67ig"},
		{"https://st4t67ig.table.core.windows.net/orders()", "st4t67ig"},
		{"http://10.0.0.5:10000/st4t67ig/uploads", "st4t67ig"},
	}
	for _, h := range hosts {
		for _, query := range []string{q, strings.Join(reversed, "&")} {
			text := h.host + "?" + query
			fs := e.Scan("x.txt", []byte(text))
			if len(fs) != 1 {
				t.Errorf("%s: got %d findings", h.host, len(fs))
				continue
			}
			if fs[0].Facts.Account != h.account {
				t.Errorf("%s: account %q, want %q", h.host, fs[0].Facts.Account, h.account)
			}
			if fs[0].Span != (Span{0, len(text)}) {
				t.Errorf("%s: span %v, want whole URL", h.host, fs[0].Span)
			}
		}
	}
	// Bare queries.
	for _, text := range []string{"?" + q, q, "token: " + strings.Join(reversed, "&")} {
		if fs := e.Scan("x.txt", []byte(text)); len(fs) != 1 || fs[0].Kind != KindServiceSAS {
			t.Errorf("bare query %q…: got %d findings", text[:12], len(fs))
		}
	}
}

// TestNotSecrets: placeholders, references, code that builds a SAS, fakes,
// non-SAS URLs and the public emulator must not produce anything.
func TestNotSecrets(t *testing.T) {
	e := testEngine(t, nil)
	real := sampleByID(t, "t001").Text
	prefix := real[:strings.Index(real, "sig=")+4]
	sig := sampleSecret(sampleByID(t, "t001"))
	cases := []struct{ name, text string }{
		{"angle placeholder", prefix + "<signature>"},
		{"xxxx", prefix + "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX%3D"},
		{"redacted", prefix + "REDACTED"},
		{"stars", prefix + "***"},
		{"env interpolation", prefix + "${SAS_SIGNATURE}"},
		{"whole token from env", "url = f\"https://{account}.blob.core.windows.net/{c}?{os.environ['SAS_TOKEN']}\""},
		{"printf", "fmt.Sprintf(\"https://%s.blob.core.windows.net/?sv=%s&ss=b&srt=co&sp=rl&se=%s&sig=%s\", a, v, e, s)"},
		{"concatenated code", "url = base + \"?sv=\" + version + \"&sig=\" + signature"},
		{"sdk builds it", "sas = generate_account_sas(account_name=name, account_key=key, resource_types=ResourceTypes(object=True), permission=AccountSasPermissions(read=True), expiry=datetime.utcnow() + timedelta(hours=1))"},
		{"malformed short", prefix + "abc123"},
		{"truncated", prefix + sig[:30]},
		{"wrong last char", prefix + sig[:42] + "B="},
		{"low entropy", prefix + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="},
		{"sequence", prefix + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopq="},
		{"non-SAS sv/sig", "https://example.com/api?sv=1&sig=deadbeef"},
		{"sig without sv", "https://cdn.example.com/img.png?sig=" + url.QueryEscape(sig) + "&w=200"},
		{"sig-like word", "the signal=" + sig},
		{"emulator key", "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"},
		{"emulator shortcut", "UseDevelopmentStorage=true"},
		{"emulator SAS", "http://127.0.0.1:10000/devstoreaccount1/c?" + real[strings.Index(real, "?")+1:]},
		{"azurite host SAS", "http://azurite:10000/devstoreaccount1/c?" + real[strings.Index(real, "?")+1:]},
		{"account key placeholder", "DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=<your-key>;EndpointSuffix=core.windows.net"},
		{"account key from env", "DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${STORAGE_KEY}"},
		{"account key template", "AccountKey={{ .Values.storageKey }}"},
		{"servicebus key placeholder", "Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=<key>"},
		{"servicebus token placeholder", "SharedAccessSignature sr=acme.servicebus.windows.net&sig=<sig>&se=1797897600&skn=send"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if fs := e.Scan("x.txt", []byte(c.text)); len(fs) != 0 {
				t.Errorf("got %d findings (%s: %s), want none", len(fs), fs[0].Rule, fs[0].Redacted)
			}
		})
	}
}

// TestManyTokensOneFile finds each of several tokens on adjacent lines, with
// the right positions, and does not merge neighbours.
func TestManyTokensOneFile(t *testing.T) {
	e := testEngine(t, nil)
	samples := loadSamples(t).Samples
	var b strings.Builder
	var lines []int
	for i, s := range samples {
		fmt.Fprintf(&b, "K%d=%s\n", i, s.Text)
		lines = append(lines, i+1)
	}
	fs := e.Scan(".env", []byte(b.String()))
	if len(fs) != len(samples) {
		t.Fatalf("got %d findings, want %d", len(fs), len(samples))
	}
	for i, f := range fs {
		if f.Start.Line != lines[i] || f.Kind != samples[i].Kind {
			t.Errorf("finding %d: line %d kind %s, want line %d kind %s", i, f.Start.Line, f.Kind, lines[i], samples[i].Kind)
		}
		wantCol := len(fmt.Sprintf("K%d=", i)) + 1
		if f.Start.Col != wantCol {
			t.Errorf("finding %d: col %d, want %d", i, f.Start.Col, wantCol)
		}
	}
}
