// Cases built to find the engine's edges: time formats the SDK never
// writes, parameter orders, raw and oddly encoded signatures, prose around
// a URL, hard-wrapped lines, splits some languages allow, keys outside
// connection strings, encodings on top of encodings.
import { split, wrap, htmlAmp } from './split.mjs';

const REF = Date.parse('2026-11-22T00:00:00Z');

export function register(C, m) {
  // se and st as people and tools really write them. Signed by hand, the
  // documented way, so the signature covers the string as written.
  C.file('hard/time-formats.txt', (c) => {
    const cases = [
      ['2027-01-01', 'date only (az CLI --expiry 2027-01-01)', '2027-01-01T00:00:00Z'],
      ['2027-03-01T08:30Z', 'minutes, no seconds (az CLI)', '2027-03-01T08:30:00Z'],
      ['2027-05-05T10:11:12.1234567Z', 'seven fractional digits (.NET)', '2027-05-05T10:11:12Z'],
      ['2026-11-22T01:00:00+02:00', 'offset +02:00: already expired in UTC', '2026-11-21T23:00:00Z'],
      ['2026-11-21T20:00:00-05:00', 'offset -05:00: live in UTC', '2026-11-22T01:00:00Z'],
      ['2026-11-21T23:59:59Z', 'one second before the clock', '2026-11-21T23:59:59Z'],
      ['2026-11-22T00:00:01Z', 'one second after the clock', '2026-11-22T00:00:01Z'],
      ['2026-11-22', 'date only, exactly the clock: expired', '2026-11-22T00:00:00Z'],
      ['2019-04-30T02:23:26Z', 'expired years ago', '2019-04-30T02:23:26Z'],
      ['2051-10-06T00:00:00.0000000Z', '2051 with fractional zeros', '2051-10-06T00:00:00Z'],
    ];
    const lines = ['# se written the ways tools write it'];
    for (const [se, how, utc] of cases) {
      const t = m.accountSASManual({ se, how, exp: new Date(utc), st: se.length > 10 ? '' : '2026-01-01' });
      lines.push(c.put(t));
    }
    return lines.join('\n') + '\n';
  });

  C.file('hard/param-orders.txt', (c) => {
    const lines = [];
    const orders = [
      [['se', 'sp', 'sv', 'ss', 'srt', 'sig'], 'Azure CLI order'],
      [['sig', 'sv', 'ss', 'srt', 'sp', 'se'], 'sig first'],
      [['sv', 'sig', 'ss', 'srt', 'sp', 'se', 'spr'], 'sig in the middle'],
      [['sp', 'st', 'se', 'spr', 'sv', 'ss', 'srt', 'sig'], 'portal order'],
    ];
    for (const [order, how] of orders) {
      const t = m.accountSASManual({ se: '2027-06-01T00:00:00Z', st: '2026-11-01T00:00:00Z', spr: 'https', order, how, exp: new Date('2027-06-01T00:00:00Z') });
      lines.push(c.put(t, t.text, how));
    }
    const raw = m.accountSASManual({ se: '2027-06-01T00:00:00Z', raw: ['sig', 'se'], how: 'raw (not percent-encoded) signature and time', exp: new Date('2027-06-01T00:00:00Z') });
    lines.push(c.put(raw));
    const lower = m.accountSAS({ live: true, style: 'public' });
    lines.push(c.put(lower, lower.text.replace(/%[0-9A-F]{2}/g, (x) => x.toLowerCase()), 'lower-case percent escapes'));
    const extra = m.blobSAS({ live: true, style: 'public', extra: '&timeout=30&comp=metadata&x-ms-client-request-id=42&foo=bar' });
    lines.push(c.put(extra, extra.text, 'unknown extra parameters after the SAS'));
    const frag = m.blobSAS({ live: true, style: 'public' });
    lines.push(c.put(frag, frag.text + '#page=2', 'fragment after the signature'));
    const dbl = m.blobSAS({ live: true, style: 'public' });
    lines.push(c.put(dbl, dbl.text.replace(/sig=([^&]+)/, (_, s) => 'sig=' + s.replaceAll('%', '%25')), 'signature percent-encoded twice inside a once-encoded URL'));
    return lines.join('\n') + '\n';
  });

  C.file('hard/hosts.txt', (c) => {
    const lines = ['# the same kinds of token on every kind of host'];
    for (const style of ['public', 'china', 'gov', 'private', 'zone', 'custom', 'cdn', 'frontdoor', 'web', 'azurite']) {
      const t = m.blobSAS({ live: true, style });
      lines.push(c.put(t, t.text, `host style ${style}`));
    }
    const ip = m.accountSAS({ live: true, base: 'https://10.20.30.40' });
    lines.push(c.put(ip, `https://10.20.30.40/${ip.account}/?${ip.query}`, 'private endpoint by IP, path-style'));
    return lines.join('\n') + '\n';
  });

  C.file('hard/bare-queries.txt', (c) => {
    const t1 = m.accountSAS({ live: true });
    const t2 = m.blobSAS({ live: true });
    const t3 = m.userDelegationSAS({ live: true });
    const t4 = m.queueSAS({ live: false });
    return `SAS token (copied from the portal):
${c.put(t1, t1.query, 'bare query on its own line')}

with question mark:
${c.put(t2, '?' + t2.query, 'query with leading ?')}

token=${c.put(t3, t3.query, 'bare query after token=')}
queue: ${c.put(t4, t4.query, 'bare query after a label')}
`;
  });

  C.file('hard/dotenv-bare/.env', (c) => {
    const t1 = m.accountSAS({ live: true });
    const t2 = m.blobSAS({ live: true });
    const t3 = m.accountSAS({ live: true });
    return `AZURE_STORAGE_ACCOUNT=${t1.account}
AZURE_STORAGE_SAS_TOKEN=${c.put(t1, t1.query, 'bare query straight after NAME_WITH_UNDERSCORES=')}
SAS=${c.put(t2, t2.query, 'bare query after SAS=')}
AZURE_STORAGE_SAS_TOKEN_QUOTED="${c.put(t3, t3.query, 'quoted bare query')}"
`;
  });

  C.file('hard/prose-punctuation.md', (c) => {
    const t1 = m.blobSAS({ live: true, style: 'public' });
    const t2 = m.accountSAS({ live: true, style: 'public' });
    const t3 = m.blobSAS({ live: true, style: 'public' });
    const t4 = m.blobSAS({ live: true, style: 'public' });
    const t5 = m.accountSAS({ live: true, style: 'public' });
    const t6 = m.sbConnString({ trailing: false });
    return `# Links

Use ${c.put(t1, t1.text, 'URL followed by a full stop')}.

The export (${c.put(t2, t2.text, 'URL in parentheses')}) expires next year.

First ${c.put(t3, t3.text, 'URL followed by a comma')}, then the rest.

**${c.put(t4, t4.text, 'URL in Markdown bold')}**

<${c.put(t5, t5.text, 'Markdown autolink <…>')}>

Service Bus: ${c.put(t6, t6.text, 'connection string followed by a full stop')}.
`;
  });

  C.file('hard/hard-wrapped.txt', (c) => {
    const t1 = m.accountSAS({ live: true, style: 'public', ipRange: { start: '10.0.0.1', end: '10.0.0.255' }, protocol: 'https' });
    const t2 = m.blobSAS({ live: true, style: 'public', overrides: true });
    const t3 = m.keyConnString({ shuffle: false, withSuffix: true });
    return `From: ops@contoso.com
Subject: export link

Here is the link, it is valid for a year:

${c.put(t1, wrap(t1.text, 76), 'hard-wrapped at 76 columns (mail client)')}

and the container:
${c.put(t2, wrap(t2.text, 64), 'hard-wrapped at 64 columns')}

conn:
${c.put(t3, wrap(t3.text, 80), 'connection string hard-wrapped at 80 columns')}
`;
  });

  C.file('hard/quoted-printable.eml', (c) => {
    const t1 = m.blobSAS({ live: true, style: 'public' });
    const qp = t1.text.replaceAll('=', '=3D');
    const soft = qp.match(/.{1,75}/g).join('=\n');
    return `MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Download: ${c.put(t1, soft, 'quoted-printable email body (= as =3D, soft line breaks)')}
`;
  });

  C.file('hard/k8s-secret.yaml', (c) => {
    const t1 = m.keyConnString({ shuffle: false });
    const t2 = m.blobSAS({ live: true });
    const t3 = m.sasConnString({});
    return `apiVersion: v1
kind: Secret
metadata:
  name: storage
type: Opaque
data:
  AZURE_STORAGE_CONNECTION_STRING: ${c.put(t1, Buffer.from(t1.text).toString('base64'), 'base64 in a Kubernetes Secret data field')}
  EXPORT_URL: ${c.put(t2, Buffer.from(t2.text).toString('base64'), 'base64 in a Kubernetes Secret data field')}
stringData:
  SAS_CONNECTION: "${c.put(t3)}"
`;
  });

  C.file('hard/splits.ps1', (c) => {
    const t1 = m.accountSAS({ live: true });
    const [a1, b1] = split(t1.text, 'sig');
    const t2 = m.keyConnString({});
    const [a2, b2] = split(t2.text, 'sig');
    return `$url = "${c.put(t1, `${a1}" + \`\n       "${b1}`, "'+' then a backtick line continuation")}"
$conn = -join @(
    ${c.put(t2, `"${a2}",\n    "${b2}"`, '-join over an array of parts')}
)
`;
  });

  C.file('hard/splits.rs', (c) => {
    const t1 = m.blobSAS({ live: true });
    const [a1, b1] = split(t1.text, 'sig');
    return `pub const SAS: &str = concat!(
    ${c.put(t1, `"${a1}",\n    "${b1}"`, 'Rust concat! with comma-separated parts')}
);
`;
  });

  C.file('hard/splits.sql', (c) => {
    const t1 = m.blobSAS({ live: true });
    const [a1, b1] = split(t1.text, 'sig');
    const t2 = m.accountSAS({ live: true });
    const [a2, b2] = split(t2.text, 'sig');
    return `-- PostgreSQL
INSERT INTO settings VALUES ('export', ${c.put(t1, `'${a1}' ||\n  '${b1}'`, "PostgreSQL '||' concatenation")});
-- T-SQL
SET @url = ${c.put(t2, `N'${a2}' +\n  N'${b2}'`, "T-SQL N'…' + N'…'")};
`;
  });

  C.file('hard/splits.sh', (c) => {
    const t1 = m.accountSAS({ live: true });
    const [a1, b1] = split(t1.text, 'sig');
    const t2 = m.blobSAS({ live: true, style: 'public' });
    const [a2, b2] = split(t2.text, 'query');
    return `#!/bin/bash
SAS_URL="${c.put(t1, `${a1}"\nSAS_URL+="${b1}`, 'bash += append on the next line')}"
BASE='${c.put(t2, `${a2}'\nazcopy copy x "\${BASE}${b2}`, 'variable prefix then literal query in the next command')}"
`;
  });

  C.file('hard/splits.c', (c) => {
    const t1 = m.accountSAS({ live: true });
    const [a1, b1] = split(t1.text, 'mid');
    const t2 = m.sbConnString({});
    const [a2, b2] = split(t2.text, 'sig');
    return `#define SAS_URL "${c.put(t1, `${a1}" \\\n                "${b1}`, 'C macro, adjacent literals with backslash continuation')}"
static const char *conn =
    ${c.put(t2, `"${a2}"\n    "${b2}"`, 'C adjacent literals')};
`;
  });

  C.file('hard/splits.lua', (c) => {
    const t1 = m.blobSAS({ live: true });
    const [a1, b1] = split(t1.text, 'sig');
    return `local url = ${c.put(t1, `"${a1}" ..\n  "${b1}"`, "Lua '..' concatenation")}\n`;
  });

  C.file('hard/html-in-json.html', (c) => {
    const t1 = m.blobSAS({ live: true, style: 'public' });
    const t2 = m.accountSAS({ live: true });
    const cfg = JSON.stringify({ url: c.put(t1, t1.text, 'JSON in an HTML attribute: &quot; and &amp;') }).replaceAll('&', '&amp;').replaceAll('"', '&quot;');
    return `<div id="app" data-config="${cfg}"></div>
<a href="${c.put(t2, t2.text.replaceAll('&', '&amp;amp;'), 'escaped twice: &amp;amp;')}">x</a>
`;
  });

  // Account keys outside connection strings: environment variables,
  // CLI flags and CLI output name them; they mint any SAS.
  C.file('bare-keys/.env', (c) => {
    const k = m.key64();
    const k2 = m.key64();
    return `AZURE_STORAGE_ACCOUNT=${m.account()}
AZURE_STORAGE_KEY=${c.put(bareKey('AZURE_STORAGE_KEY in .env (what az CLI reads)'), k)}
AZURE_STORAGE_ACCESS_KEY="${c.put(bareKey('AZURE_STORAGE_ACCESS_KEY quoted'), k2)}"
`;
  });

  C.file('bare-keys/upload.sh', (c) => {
    const acct = m.account();
    return `az storage blob upload --account-name ${acct} --account-key ${c.put(bareKey('--account-key flag (az CLI)'), m.key64())} -c drop -f out.zip -n out.zip
`;
  });

  C.file('bare-keys/keys-list.json', (c) => JSON.stringify([
    { creationTime: '2026-01-10T09:12:44.000000+00:00', keyName: 'key1', permissions: 'FULL', value: c.put(bareKey('az storage account keys list output'), m.key64()) },
    { creationTime: '2026-01-10T09:12:44.000000+00:00', keyName: 'key2', permissions: 'FULL', value: c.put(bareKey('az storage account keys list output'), m.key64()) },
  ], null, 2) + '\n');

  C.file('bare-keys/client.py', (c) => {
    const acct = m.account();
    return `from azure.storage.blob import BlobServiceClient

service = BlobServiceClient(
    account_url="https://${acct}.blob.core.windows.net",
    credential={"account_name": "${acct}", "account_key": "${c.put(bareKey('Python SDK credential dict account_key'), m.key64())}"},
)
`;
  });

  C.file('bare-keys/context.ps1', (c) => `$ctx = New-AzStorageContext -StorageAccountName "${m.account()}" -StorageAccountKey "${c.put(bareKey('New-AzStorageContext -StorageAccountKey'), m.key64())}"\n`);
}

function bareKey(note) {
  return { kind: 'storage_connection_string_key', exp: null, note: `bare storage account key: ${note}` };
}

export { REF };
