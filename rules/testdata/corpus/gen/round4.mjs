// Round four of the red team: the gaps rounds one to three left. Every kind
// crossed with a wrapper it had not met (URL-encoding, JSON escapes written
// by Go, PHP and System.Text.Json, base64, HTML numeric entities, shell and
// cmd escapes, YAML folding, HTTP header folding), the same token twice,
// tokens next to look-alikes, almost-real placeholders, severity edges,
// CRLF and tabs, and very long lines. Registered after round 3 so every
// earlier token keeps its seeded value.
import crypto from 'node:crypto';

const R = 'round4/';

export function register(C, m) {
  wrappers(C, m);
  repeats(C, m);
  severities(C, m);
  long(C, m);
  negatives(C, m);
  readme(C);
}

// sbTokenAt signs a Service Bus token expiring at exactly exp (the mint's
// sbToken picks its own expiry).
function sbTokenAt(m, exp, note) {
  const ns = m.namespace();
  const uri = `https://${ns}.servicebus.windows.net/orders`;
  const se = Math.floor(exp.getTime() / 1000);
  const encoded = encodeURIComponent(uri);
  const sig = crypto.createHmac('sha256', m.key32()).update(`${encoded}\n${se}`, 'utf8').digest('base64');
  const q = `sr=${encoded}&sig=${encodeURIComponent(sig)}&se=${se}&skn=send`;
  return { kind: 'servicebus_sas', text: `SharedAccessSignature ${q}`, exp, note, query: q };
}

// netJSON escapes as System.Text.Json's default encoder does: + & < > ' "
// become \u002B \u0026 \u003C \u003E \u0027 \u0022.
const netJSON = (s) => s.replace(/[+&<>']/g, (ch) => '\\u' + ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0'));
// goJSON escapes as encoding/json does: & < > become \u0026 \u003c \u003e.
const goJSON = (s) => s.replace(/[&<>]/g, (ch) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'));
// phpJSON escapes as json_encode does by default: / becomes \/.
const phpJSON = (s) => s.replace(/\//g, '\\/');

// ---------------------------------------------------------------- wrappers

function wrappers(C, m) {
  // A Service Bus token and an IoT token passed whole as a query value:
  // the space, '=' and '&' are percent-encoded once more.
  C.file(R + 'wrappers/urlencoded-messaging.txt', (c) => {
    const sb = m.sbToken({ live: true });
    const iot = m.iotToken({ live: true });
    const cs = m.sbConnString({ entity: true });
    return `# webhook registrations copied from the relay's admin page
callback=https://relay.contoso.com/hook?auth=${c.put(sb, encodeURIComponent(sb.text), 'the whole token URL-encoded as a query value')}&retry=3
device=https://gw.fabrikam.io/provision?token=${c.put(iot, encodeURIComponent(iot.text), 'the whole token URL-encoded as a query value')}
bridge=https://bridge.contoso.com/cfg?cs=${c.put(cs, encodeURIComponent(cs.text), 'connection string URL-encoded as a query value')}
`;
  });

  // Settings files serialised by three JSON encoders, each escaping
  // something a hand-written file would not.
  C.file(R + 'wrappers/appsettings.net.json', (c) => {
    const k = m.keyConnString({ trailing: true });
    const sas = m.blobSAS({ live: true, stored: false, style: 'public' });
    const sb = m.sbConnString({});
    return `{
  "ConnectionStrings": {
    "Storage": "${c.put(k, netJSON(k.text), 'System.Text.Json escapes + as \\u002B')}",
    "Bus": "${c.put(sb, netJSON(sb.text), 'System.Text.Json escapes + as \\u002B')}"
  },
  "Export": { "Url": "${c.put(sas, netJSON(sas.text), 'System.Text.Json escapes & and + as \\u0026 and \\u002B')}" }
}
`;
  });
  C.file(R + 'wrappers/state.go.json', (c) => {
    const ud = m.userDelegationSAS({ live: true, service: 'blob', style: 'public' });
    const sc = m.sasConnString({ live: true, form: 'endpoints' });
    const iot = m.iotToken({ live: true });
    return `{"version":3,"exports":[{"url":"${c.put(ud, goJSON(ud.text), 'encoding/json escapes & as \\u0026')}","conn":"${c.put(sc, goJSON(sc.text), 'encoding/json escapes & as \\u0026')}"}],"device":{"auth":"${c.put(iot, goJSON(iot.text), 'encoding/json escapes & as \\u0026')}"}}
`;
  });
  C.file(R + 'wrappers/config.php.json', (c) => {
    const k = m.keyConnString({ blobEndpoint: true });
    const acc = m.accountSAS({ live: true, style: 'public' });
    return `{"storage":{"connection":"${c.put(k, phpJSON(k.text), 'json_encode escapes / as \\/')}","sas_url":"${c.put(acc, phpJSON(acc.text), 'json_encode escapes / as \\/')}"}}
`;
  });

  // Base64-encoded values of every kind in a .env, as some CI variable
  // stores export them.
  C.file(R + 'wrappers/base64.env', (c) => {
    const b64 = (s) => Buffer.from(s).toString('base64');
    const ud = m.userDelegationSAS({ live: true, service: 'dfs', style: 'public' });
    const sb = m.sbToken({ live: true });
    const iotc = m.iotConnString({ form: 'service' });
    const q = m.bare(m.fileSAS({ live: true, style: 'public' }));
    return `# decoded by entrypoint.sh with base64 -d
EXPORT_URL_B64=${c.put(ud, b64(ud.text), 'user delegation SAS URL base64 in .env')}
BUS_TOKEN_B64=${c.put(sb, b64(sb.text), 'Service Bus token base64 in .env')}
IOT_OWNER_B64="${c.put(iotc, b64(iotc.text), 'IoT Hub service connection string base64 in .env')}"
SHARE_SAS_B64='${c.put(q, b64(q.text), 'bare file SAS query base64 in .env')}'
`;
  });

  // Connection strings split across YAML lines: a plain multi-line scalar,
  // a folded block and a literal block with one field per line.
  C.file(R + 'wrappers/split-connstrings.yaml', (c) => {
    const a = m.keyConnString({ shuffle: false, withSuffix: true, trailing: false });
    const b = m.sbConnString({ shuffle: false, entity: true, trailing: false });
    const s = m.sasConnString({ live: true, form: 'name', shuffle: false, trailing: false });
    const fields = (t) => t.text.split(';');
    return `storage:
  plain: ${c.put(a, fields(a).join(';\n    '), 'plain scalar continued on indented lines (YAML folds them with spaces)')}
bus:
  folded: >-
    ${c.put(b, fields(b).join(';\n    '), 'folded block, one field per line')}
sas:
  literal: |
    ${c.put(s, fields(s).join(';\n    '), 'literal block, one field per line')}
`;
  });

  // HTTP/1.1 requests with a SharedAccessSignature Authorization header
  // folded onto a continuation line (obs-fold), CRLF throughout.
  C.file(R + 'wrappers/folded-auth.http', (c) => {
    const iot = m.iotToken({ live: true, resource: `plant-${m.word(4)}.azure-devices.net/devices/sensor-01` });
    const sb = m.sbToken({ live: true });
    const fold = (t) => t.text.replace('&se=', '\r\n\t&se=');
    return `POST /devices/sensor-01/messages/events?api-version=2021-04-12 HTTP/1.1
Host: ${iot.text.match(/sr=([^&]+)/)[1].split('%2F')[0]}
Authorization: ${c.put(iot, fold(iot), 'IoT Hub token in an Authorization header with an obs-fold before &se=')}
Content-Type: application/json

{"temp":21.5}

POST /orders/messages HTTP/1.1
Host: bus.servicebus.windows.net
Authorization:
 ${c.put(sb, sb.text, 'Service Bus token folded onto the line after Authorization:')}
Content-Length: 0
`;
  }, { crlf: true });

  // Escapes a shell or cmd user types around an unquoted URL, and HTML
  // numeric entities a CMS writes for '&'.
  C.file(R + 'wrappers/escaped-ampersands.sh', (c) => {
    const a = m.blobSAS({ live: true, stored: false, style: 'public', sr: 'b' });
    const b = m.accountSAS({ live: true, style: 'public' });
    return `#!/bin/sh
curl -fsSL ${c.put(a, a.text.replace(/&/g, '\\&'), 'unquoted URL with \\& escapes')} -o model.bin
wget -q ${c.put(b, b.text.replace(/&/g, '\\&').replace(/\?/g, '\\?'), 'unquoted URL with \\? and \\& escapes')}
`;
  });
  C.file(R + 'wrappers/escaped-ampersands.cmd', (c) => {
    const a = m.blobSAS({ live: true, stored: false, style: 'public', sr: 'c' });
    return `@echo off
azcopy copy C:\\exports\\*.csv ${c.put(a, a.text.replace(/&/g, '^&'), 'cmd unquoted URL with ^& escapes')} --recursive
`;
  }, { crlf: true });
  C.file(R + 'wrappers/numeric-entities.html', (c) => {
    const a = m.blobSAS({ live: true, stored: false, style: 'public', sr: 'b' });
    const b = m.queueSAS({ live: true, stored: false, style: 'public' });
    return `<!doctype html>
<p>Download: <a href="${c.put(a, a.text.replace(/&/g, '&#38;'), 'href with &#38; for &')}">report</a></p>
<p>Queue: <a href='${c.put(b, b.text.replace(/&/g, '&#x26;'), "href with &#x26; for &")}'>queue</a></p>
`;
  });

  // A diff of a config: the removed line still carries a token.
  C.file(R + 'wrappers/rotate-keys.patch', (c) => {
    const old = m.keyConnString({ trailing: true });
    const neu = m.keyConnString({ trailing: true });
    return `diff --git a/appsettings.json b/appsettings.json
index 3f1c2aa..9b0e4d1 100644
--- a/appsettings.json
+++ b/appsettings.json
@@ -2,3 +2,3 @@
   "ConnectionStrings": {
-    "Storage": "${c.put(old, old.text, 'removed line of a diff')}"
+    "Storage": "${c.put(neu, neu.text, 'added line of a diff')}"
   },
`;
  });

  // Hand-written connection strings with spaces around '=' and ';' (the
  // .NET parser trims them), tab-indented.
  C.file(R + 'wrappers/spaced-connstrings.ini', (c) => {
    const acct = m.account();
    const key = m.key64();
    const k = { kind: 'storage_connection_string_key', exp: null, note: 'storage connection string with spaces around = and ;', text: `AccountKey=${key}` };
    const key2 = m.key32();
    const sb = { kind: 'servicebus_sas', exp: null, note: 'Service Bus connection string with spaces around = and ;', text: `SharedAccessKey=${key2}` };
    return `[storage]
\tconnection = ${c.put(k, `DefaultEndpointsProtocol = https; AccountName = ${acct}; AccountKey = ${key}; EndpointSuffix = core.windows.net`)}
[bus]
\tconnection = ${c.put(sb, `Endpoint = sb://${m.namespace()}.servicebus.windows.net/ ; SharedAccessKeyName = send ; SharedAccessKey = ${key2}`)}
`;
  });
}

// ---------------------------------------------------------------- repeats

function repeats(C, m) {
  // The same token twice: two findings, one per occurrence.
  C.file(R + 'repeats/same-token-twice.txt', (c) => {
    const a = m.accountSAS({ live: true, style: 'public' });
    const k = m.keyConnString({});
    return `primary:   ${c.put(a, a.text, 'first occurrence')}
secondary: ${c.put(a, a.text, 'second occurrence on another line')}
both: ${c.put(k, k.text, 'first of two on one line')} | ${c.put(k, k.text, 'second of two on one line')}
`;
  });

  // A link whose text is its own URL: href and text are two occurrences.
  C.file(R + 'repeats/href-and-text.md', (c) => {
    const a = m.blobSAS({ live: true, stored: false, style: 'public', sr: 'b' });
    const b = m.userDelegationSAS({ live: true, service: 'blob', style: 'public' });
    return `# Shared files

- [${c.put(a, a.text, 'markdown link text')}](${c.put(a, a.text, 'markdown link target')})
- <a href="${c.put(b, b.text.replace(/&/g, '&amp;'), 'HTML href, &amp;')}">${c.put(b, b.text.replace(/&/g, '&amp;'), 'HTML link text, &amp;')}</a>
`;
  });

  // Tokens next to look-alikes on the same line.
  C.file(R + 'repeats/adjacent-lookalikes.txt', (c) => {
    const a = m.blobSAS({ live: true, stored: false, style: 'public', sr: 'b' });
    const b = m.accountSAS({ live: false, style: 'public' });
    const redacted = a.text.replace(/sig=[^&]+/, 'sig=REDACTED');
    const fake = b.text.replace(/sig=[^&]+/, 'sig=' + encodeURIComponent(m.randomBase64(31)));
    const k = m.keyConnString({ trailing: true });
    return `old=${c.neg(redacted)} new=${c.put(a, a.text, 'real URL after its redacted twin')}
${c.put(b, b.text, 'real URL before a 31-byte look-alike')},${c.neg(fake)}
${c.neg('AccountName=devstoreaccount1;AccountKey=' + m.emulatorKey + ';')}${c.put(k, k.text, 'real connection string glued after the emulator one')}
`;
  });
}

// ---------------------------------------------------------------- severities

function severities(C, m) {
  C.file(R + 'severity/edges.txt', (c) => {
    const REF = m.REF;
    const H = 3600e3;
    const future = m.blobSAS({ stored: false, style: 'public', startsOn: new Date(REF.getTime() + 30 * 24 * H), expiresOn: new Date(REF.getTime() + 60 * 24 * H) });
    const udKeyFirst = m.userDelegationSAS({ live: true, keyLive: false, service: 'blob', style: 'public' });
    const udKeyAtClock = m.userDelegationSAS({ live: true, service: 'blob', style: 'public', skExpiry: REF });
    const storedExpired = m.blobSAS({ stored: true, keepExpiry: true, live: false, style: 'public' });
    const storedLive = m.blobSAS({ stored: true, keepExpiry: true, live: true, style: 'public' });
    const storedNone = m.blobSAS({ stored: true, style: 'public' });
    const sbAt = sbTokenAt(m, REF, 'Service Bus token with se exactly the clock: expired');
    const sbAfter = sbTokenAt(m, new Date(REF.getTime() + 1000), 'Service Bus token with se one second after the clock: live');
    return `${c.put(future, future.text, 'st a month in the future: not yet valid, but will be')}
${c.put(udKeyFirst, udKeyFirst.text, 'ske before se: the key expired first')}
${c.put(udKeyAtClock, udKeyAtClock.text, 'ske exactly the clock')}
${c.put(storedExpired, storedExpired.text, 'stored policy with an expired se in the URL')}
${c.put(storedLive, storedLive.text, 'stored policy with a live se in the URL')}
${c.put(storedNone, storedNone.text, 'stored policy, no se in the URL')}
${c.put(sbAt)}
${c.put(sbAfter)}
`;
  });
}

// ---------------------------------------------------------------- long lines

function long(C, m) {
  // Long paths before the query: the signature sits kilobytes from the host.
  C.file(R + 'long/long-paths.txt', (c) => {
    const out = [];
    for (const n of [3000, 4090, 4096, 4100, 5000]) {
      const t = m.blobSAS({ live: true, stored: false, style: 'public', sr: 'b' });
      const q = t.query;
      const seg = 'deep/' + 'a'.repeat(n - 5);
      const url = `${t.base}/archive/${seg}?${q}`;
      out.push(c.put(t, url, `path of ${n} characters before the query`));
    }
    return out.join('\n') + '\n';
  });

  // A 4 KB run of padding before a token on the same line, at offsets
  // around 4096, and a minified array of many tokens on one line.
  C.file(R + 'long/offsets.min.js', (c) => {
    const lines = [];
    for (const pad of [4070, 4090, 4096, 8190]) {
      const t = m.anyStorageSAS({ live: true, style: 'public' });
      lines.push(`var p${pad}="${'x'.repeat(pad)}",u="${c.put(t, t.text, `after ${pad} bytes of padding on the line`)}";`);
    }
    const many = [];
    for (let i = 0; i < 40; i++) {
      const t = m.anyToken({ live: true });
      many.push(JSON.stringify(c.put(t, t.text, `token ${i + 1} of 40 on one line`)));
    }
    lines.push(`window.__FIXTURES__=[${many.join(',')}];`);
    return lines.join('\n') + '\n';
  });

  // A long query parameter between the version and the signature.
  C.file(R + 'long/long-query.txt', (c) => {
    const t = m.blobSAS({ live: true, stored: false, style: 'public', sr: 'b' });
    const text = t.text.replace('sig=', `x-ms-meta-notes=${'n'.repeat(4500)}&sig=`);
    return `${c.put(t, text, '4.5 KB query parameter before sig (not signed, so the signature still works)')}\n`;
  });
}

// ---------------------------------------------------------------- negatives

function negatives(C, m) {
  // Almost-real placeholders: the right shape with the wrong size.
  C.file(R + 'negatives/almost-real.txt', (c) => {
    const t = m.blobSAS({ live: true, stored: false, style: 'public', sr: 'b' });
    const withSig = (s) => t.text.replace(/sig=[^&]+/, 'sig=' + encodeURIComponent(s));
    const sig44 = decodeURIComponent(t.text.match(/sig=([^&]+)/)[1]);
    const lines = [
      withSig(m.randomBase64(31)),
      withSig(m.randomBase64(33)),
      withSig(m.randomBase64(16)),
      withSig(m.randomBase64(64)),
      withSig('A'.repeat(43) + '='),
      withSig('x'.repeat(44)),
      t.text.replace(/sig=[^&]+/, 'sig=<signature>').replace(/sv=[^&]+/, 'sv=latest'),
      t.text.replace(/sv=[^&]+/, 'sv=latest').replace(/sig=[^&]+/, 'sig=' + encodeURIComponent(m.randomBase64(31))),
      `AccountName=example;AccountKey=${'A'.repeat(86)}==;EndpointSuffix=core.windows.net`,
      `SharedAccessKey=${'0'.repeat(43)}=`,
      `SharedAccessSignature sr=contoso.servicebus.windows.net&sig=${encodeURIComponent('A'.repeat(43) + '=')}&se=1795000000&skn=send`,
      `sig length check: ${sig44.length} characters`,
    ];
    return lines.map((l) => c.neg(l)).join('\n') + '\n';
  });
}

function readme(C) {
  C.file(R + 'README.md', () => `# Corpus round 4: gaps

Every token here was minted by gen/round4.mjs (seeded). A file with a
\`.want\` lists what a careful reviewer would flag; a file without one must
scan clean.

- wrappers/: kinds crossed with wrappers no earlier round used: a whole
  Service Bus or IoT token URL-encoded as a query value; JSON written by
  System.Text.Json (\\u002B, \\u0026), encoding/json (\\u0026) and PHP
  json_encode (\\/); base64 of every kind in a .env; connection strings
  split over YAML lines; an Authorization header folded with obs-fold;
  \\& and ^& escapes; &#38; and &#x26; entities; a diff's removed line;
  connection strings with spaces around = and ;.
- repeats/: the same token twice (two findings, one per occurrence), a
  link whose text is its own URL, tokens glued to look-alikes.
- severity/: st in the future, ske before se, ske exactly the clock, a
  stored policy with and without se, a Service Bus se exactly the clock.
- long/: 3-5 KB paths before the query, tokens after 4 KB of padding on a
  line, 40 tokens on one minified line, a 4.5 KB parameter before sig.
- negatives/almost-real.txt: real-shaped URLs whose signature decodes to
  the wrong length, is not base64, or whose sv is not a date.

Decisions:

- A folded YAML or HTTP header value is expected on the lines it spans: the
  reader joins them back into the secret.
- A token is expected once per occurrence: a fix or a report per place.
`);
}
