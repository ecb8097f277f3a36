// Round two of the red team, written by someone who had not seen the first
// round's misses: the places and shapes real repositories carry tokens in
// that round one did not try (pipeline logging commands, ARM deployment
// outputs, Postman query arrays without a raw URL, escapes that belong to
// one format only: Java properties '\=', LaTeX '\&', YAML '\' line joins,
// CSV doubled quotes, JSON-escaped ANSI), text around the token that is not
// ASCII (NBSP, zero-width space, Windows-1252), and look-alikes that must
// stay clean (WireGuard keys, Function keys, PEM, SSH, PGP, CDN tokens).
// Everything goes under round2/. Registered after every other module so the
// earlier tokens keep their seeded values.
import fs from 'node:fs';
import path from 'node:path';
import { split, xmlEscape } from './split.mjs';

const R = 'round2/';

// Encodings corpus.mjs does not write: files registered here are written
// again, from the same text, by rewrite() after Corpus.write(). Lines do not
// change, so the .want stays right.
const recode = new Map();

// cp1252 encodes the few non-ASCII characters the Windows-1252 case uses.
function cp1252(text) {
  const map = { '\u00e9': 0xe9, '\u2013': 0x96, '\u201c': 0x93, '\u201d': 0x94, '\u00ab': 0xab, '\u00bb': 0xbb };
  return Buffer.from([...text].map((ch) => {
    if (ch.charCodeAt(0) < 0x80) return ch.charCodeAt(0);
    if (!(ch in map)) throw new Error(`cp1252: no byte for U+${ch.charCodeAt(0).toString(16)}`);
    return map[ch];
  }));
}

// rewrite writes the files registered in recode in their own encoding.
export function rewrite(C) {
  for (const [rel, enc] of recode) {
    const f = C.files.find((x) => x.rel === rel);
    if (!f) throw new Error(`recode: no file ${rel}`);
    fs.writeFileSync(path.join(C.root, rel), enc(f.text));
  }
}

export function register(C, m) {
  pipelines(C, m);
  deployments(C, m);
  tools(C, m);
  escapes(C, m);
  markup(C, m);
  languages(C, m);
  shapes(C, m);
  services(C, m);
  lookalikes(C, m);
  outOfScope(C, m);
  readme(C);
}

// ---------------------------------------------------------------- CI logs

function pipelines(C, m) {
  C.file(R + 'ci/azure-pipelines.yml', (c) => {
    const t1 = m.accountSAS({ live: true, style: 'public' });
    const t2 = m.blobSAS({ live: true, style: 'public', sr: 'c' });
    return `trigger: [main]
variables:
  - name: artifactSas
    value: '${c.put(t1, t1.query, 'pipeline variable: name/value pair, bare query')}'
  - group: storage-secrets
steps:
  - script: |
      echo "##vso[task.setvariable variable=DROP_URL;issecret=false]${c.put(t2, t2.text, '##vso logging command sets a non-secret variable')}"
  - script: azcopy copy ./drop "$(DROP_URL)" --recursive
`;
  });

  C.file(R + 'ci/github-actions.log', (c) => {
    const t1 = m.blobSAS({ live: true, style: 'public' });
    const t2 = m.sasConnString({ form: 'blobonly', shuffle: false, trailing: false });
    const ts = (n) => `2026-11-20T10:0${n}:1${n}.123456${n}Z`;
    return `${ts(1)} ##[group]Run azcopy copy
${ts(1)} [command]/usr/bin/azcopy copy ./dist ${c.put(t1, `'${t1.text}'`, 'GitHub Actions log line: timestamp, [command], quoted URL')} --recursive
${ts(2)} ##[endgroup]
${ts(3)} AZURE_STORAGE_CONNECTION_STRING: ${c.put(t2, t2.text, 'env block echoed by the runner')}
${ts(4)} sas: ${c.neg('***')}
`;
  });
}

// ------------------------------------------------- ARM, Bicep, Terraform

function deployments(C, m) {
  C.file(R + 'arm/deployment-outputs.json', (c) => {
    const svc = m.blobSAS({ live: true, sr: 'c', style: 'public', version: '2015-04-05' });
    const acc = m.accountSAS({ live: true, style: 'public', version: '2017-07-29' });
    return JSON.stringify({
      id: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Resources/deployments/storage',
      properties: {
        provisioningState: 'Succeeded',
        outputs: {
          serviceSasToken: { type: 'String', value: c.put(svc, svc.query, 'listServiceSas().serviceSasToken pasted from deployment outputs') },
          accountSasToken: { type: 'String', value: c.put(acc, acc.query, 'listAccountSas().accountSasToken') },
        },
      },
    }, null, 2) + '\n';
  });

  C.file(R + 'terraform/terraform.tfstate', (c) => {
    const acct = m.account();
    const pk = m.key64();
    const sk = m.key64();
    const conn = `DefaultEndpointsProtocol=https;AccountName=${acct};AccountKey=${pk};EndpointSuffix=core.windows.net`;
    const sas = m.accountSAS({ live: true, account: acct, style: 'public' });
    const keyTok = (note) => ({ kind: 'storage_connection_string_key', exp: null, note });
    return `{
  "version": 4,
  "terraform_version": "1.9.8",
  "outputs": {
    "sas": {
      "value": "${c.put(sas, '?' + sas.query, 'data.azurerm_storage_account_sas output with leading ?')}",
      "type": "string",
      "sensitive": true
    }
  },
  "resources": [
    {
      "mode": "managed",
      "type": "azurerm_storage_account",
      "name": "main",
      "instances": [
        {
          "attributes": {
            "name": "${acct}",
            "primary_access_key": "${c.put({ ...keyTok('tfstate primary_access_key, bare key'), text: pk }, pk)}",
            "secondary_access_key": "${c.put({ ...keyTok('tfstate secondary_access_key, bare key'), text: sk }, sk)}",
            "primary_connection_string": "${c.put({ ...keyTok('tfstate primary_connection_string'), text: conn }, conn)}",
            "primary_blob_host": "${acct}.blob.core.windows.net"
          },
          "sensitive_attributes": [[{"type": "get_attr", "value": "primary_access_key"}]]
        }
      ]
    }
  ]
}
`;
  });

  C.file(R + 'terraform/main.tf', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    const k = m.keyConnString({ shuffle: false, trailing: false });
    return `locals {
  seed_url = <<-EOT
    ${c.put(t, t.text, 'HCL indented heredoc')}
  EOT
}

resource "azurerm_app_service" "api" {
  app_settings = {
    "Storage" = <<EOT
${c.put(k, k.text, 'HCL heredoc, connection string')}
EOT
  }
}
`;
  });
}

// ------------------------------------------ azcopy, curl, Postman, Explorer

function tools(C, m) {
  C.file(R + 'tools/azcopy.sh', (c) => {
    const a = m.blobSAS({ live: true, style: 'public', sr: 'c' });
    const b = m.blobSAS({ live: true, style: 'public', sr: 'c' });
    return `#!/bin/sh
azcopy copy ${c.put(a, `"${a.text}"`, 'azcopy source')} ${c.put(b, `"${b.text}"`, 'azcopy destination on the same line')} --recursive=true
# azcopy redacts signatures in its own logs:
# INFO: Scanning... https://x.blob.core.windows.net/c?se=2030-01-01&sig=${c.neg('-REDACTED-')}&sp=rl&sr=c&sv=2023-11-03
`;
  });

  C.file(R + 'tools/azcopy-job.log', (c) => {
    const t = m.blobSAS({ live: true, style: 'public', sr: 'c' });
    return `2026/11/20 10:00:00 AzcopyVersion  10.27.1
2026/11/20 10:00:00 OS-Environment  linux
2026/11/20 10:00:00 Job-Command copy ./out ${c.put(t, t.text, 'azcopy job log: the command line as the user typed it')} --recursive
2026/11/20 10:00:01 INFO: [P#0-T#0] has worker 0 which is processing TRANSFER
`;
  });

  C.file(R + 'tools/curl-verbose.txt', (c) => {
    const t = m.blobSAS({ live: true, style: 'public', sr: 'b', blob: 'img/logo.png' });
    const u = new URL(t.text);
    return `*   Trying 20.60.0.1:443...
* Connected to ${u.host} (20.60.0.1) port 443
> GET ${c.put(t, u.pathname + u.search, 'curl -v request line: path and query, host on its own line')} HTTP/1.1
> Host: ${u.host}
> User-Agent: curl/8.5.0
> Accept: */*
>
< HTTP/1.1 200 OK
< x-ms-version: 2025-11-05
`;
  });

  C.file(R + 'tools/request.http', (c) => {
    const t = m.blobSAS({ live: true, style: 'public', sr: 'b' });
    const u = new URL(t.text);
    const params = [...u.searchParams];
    const lines = params.map(([k, v], i) => `    ${i === 0 ? '?' : '&'}${k}=${encodeURIComponent(v)}`);
    return `### upload
PUT https://${u.host}${u.pathname}
${c.put(t, lines.join('\n'), 'REST Client / IntelliJ .http: one query parameter per line')}
x-ms-blob-type: BlockBlob

hello
`;
  });

  C.file(R + 'tools/no-raw.postman_collection.json', (c) => {
    const t = m.blobSAS({ live: true, style: 'public', sr: 'b' });
    const u = new URL(t.text);
    const q = [...u.searchParams].map(([key, value]) => `            { "key": "${key}", "value": "${value}" }`).join(',\n');
    return `{
  "info": { "name": "storage", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "item": [
    {
      "name": "download",
      "request": {
        "method": "GET",
        "url": {
          "protocol": "https",
          "host": ["${u.host.split('.').join('", "')}"],
          "path": ["${u.pathname.slice(1).split('/').join('", "')}"],
          "query": [
${c.put(t, q, 'Postman query array only (no raw URL): sig is its own JSON value, decoded')}
          ]
        }
      }
    }
  ]
}
`;
  });

  C.file(R + 'tools/storage-explorer-connections.json', (c) => {
    const t = m.accountSAS({ live: true, style: 'public' });
    const t2 = m.blobSAS({ live: true, style: 'public', sr: 'c' });
    return JSON.stringify([
      { name: 'shared-by-partner', connectionType: 'sasAttachedAccount', accountName: t.account, sasToken: c.put(t, '?' + t.query, 'Storage Explorer attached-account export: sasToken with ?'), endpointsDomain: 'core.windows.net' },
      { name: 'drop', connectionType: 'sasAttachedContainer', sasUrl: c.put(t2, t2.text, 'Storage Explorer attached container sasUrl') },
    ], null, 4) + '\n';
  });

  C.file(R + 'tools/function.json', (c) => {
    const k = m.keyConnString({ shuffle: false });
    return `{
  "bindings": [
    {
      "name": "input",
      "type": "blobTrigger",
      "direction": "in",
      "path": "uploads/{name}",
      "connection": "${c.put(k, k.text, 'Functions binding with the connection string inlined instead of an app setting name')}"
    },
    {
      "type": "eventGridTrigger",
      "name": "event",
      "direction": "in"
    }
  ]
}
`;
  });
}

// ------------------------------------------------- format-specific escapes

function escapes(C, m) {
  C.file(R + 'escapes/application.properties', (c) => {
    const t = m.accountSAS({ live: true, style: 'public' });
    const k = m.keyConnString({ shuffle: false, trailing: false, withSuffix: true });
    const esc = (s) => s.replaceAll(':', '\\:').replaceAll('=', '\\=');
    return `# written by java.util.Properties.store(): ':' and '=' escaped
#Fri Nov 20 10:00:00 UTC 2026
azure.storage.url=${c.put(t, esc(t.text), "Properties.store escapes every ':' and '=' with a backslash")}
azure.storage.connection-string=${c.put(k, esc(k.text), "connection string with AccountKey\\= escaped")}
`;
  });

  C.file(R + 'escapes/paper.tex', (c) => {
    const t = m.blobSAS({ live: true, style: 'public', sr: 'c', container: 'datasets' });
    const t2 = m.blobSAS({ live: true, style: 'public', sr: 'c', container: 'datasets' });
    return `\\section{Data availability}
The training set can be downloaded from
\\url{${c.put(t, t.text.replaceAll('&', '\\&'), "LaTeX \\url with & written \\&")}}.
See also \\href{${c.put(t2, t2.text.replaceAll('%', '\\%').replaceAll('&', '\\&'), "LaTeX \\href with % written \\% and & written \\&")}}{the mirror}.
`;
  });

  C.file(R + 'escapes/quoted.csv', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    const k = m.sbConnString({ shuffle: false, entity: false });
    return `id,description,link
1,"Partner said ""use ${c.put(t, t.text, 'CSV field with doubled quotes around the URL')}"" for the drop",x
2,"${c.put(k, k.text.replaceAll(';', '";"'), "CSV split on ';' by a spreadsheet export: each field quoted")}",y
`;
  });

  C.file(R + 'escapes/links.tsv', (c) => {
    const t = m.fileSAS({ live: true, style: 'public' });
    return `name\turl\towner\nprofiles\t${c.put(t, t.text, 'TSV: tab on both sides')}\tops\n`;
  });

  C.file(R + 'escapes/seed.sql', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    const k = m.keyConnString({ shuffle: false });
    return `INSERT INTO settings (name, value, note) VALUES
  (N'export_url', N'${c.put(t, t.text, "T-SQL N'' literal")}', N'partner''s drop'),
  ('conn', '${c.put(k, k.text, "after a doubled '' quote on the line before")}', 'it''s the prod account');
`;
  });

  C.file(R + 'escapes/jsonc-settings.jsonc', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    const t2 = m.accountSAS({ live: true, style: 'public' });
    return `{
  // azure settings
  "azure.storage.sas": "${c.put(t, t.text, 'JSONC after a line comment, trailing comma')}",
  /* old one:
  "azure.storage.sasOld": "${c.put(t2, t2.query, 'inside a JSONC block comment (still committed)')}",
  */
}
`;
  });

  C.file(R + 'escapes/config.json5', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    return `{
  storage: {
    sas: '${c.put(t, t.query, 'JSON5 single-quoted string, unquoted key')}',
  },
}
`;
  });

  C.file(R + 'escapes/yaml-escaped-break.yaml', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    const [a, b] = split(t.text, 'sig');
    const t2 = m.accountSAS({ live: true, style: 'public' });
    const [a2, b2] = split(t2.text, 'mid');
    return `storage:
  url: "${c.put(t, `${a}\\\n    ${b}`, "YAML double-quoted scalar: '\\' at line end joins without a space")}"
  other: "${c.put(t2, `${a2}\\\n    ${b2}`, "YAML '\\' line join inside the signature")}"
`;
  });

  C.file(R + 'escapes/anchors.yaml', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    return `defaults: &storage
  sas: &sas ${c.put(t, t.query, 'YAML anchor &sas before a plain bare query')}
prod:
  <<: *storage
  sas: *sas
`;
  });

  C.file(R + 'escapes/Cargo-like.toml', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    const k = m.keyConnString({ shuffle: false, trailing: false });
    return `[storage]
url = '''
${c.put(t, t.text, "TOML multi-line literal '''")}'''
conn = """
${c.put(k, k.text, 'TOML multi-line basic string')}
"""
`;
  });

  C.file(R + 'escapes/cdata.xml', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    const t2 = m.accountSAS({ live: true, style: 'public' });
    return `<?xml version="1.0" encoding="utf-8"?>
<config>
  <download><![CDATA[${c.put(t, t.text, 'XML CDATA: raw &')}]]></download>
  <mirror url="${c.put(t2, xmlEscape(t2.text).replaceAll('&amp;', '&#x26;'), 'XML attribute with & as the hex reference &#x26;')}"/>
</config>
`;
  });

  C.file(R + 'escapes/ipynb-ansi.ipynb', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    const text = `\u001b[1;34m${c.put(t, t.text, 'notebook stream output: JSON-escaped ANSI colour codes around the URL')}\u001b[0m\n`;
    return JSON.stringify({
      cells: [{ cell_type: 'code', execution_count: 3, metadata: {}, source: ['print(colored(url, "blue"))'], outputs: [{ name: 'stdout', output_type: 'stream', text: [text] }] }],
      metadata: { kernelspec: { name: 'python3', display_name: 'Python 3' } }, nbformat: 4, nbformat_minor: 5,
    }, null, 1) + '\n';
  });

  C.file(R + 'escapes/lowercase-percent.txt', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    const lower = t.text.replace(/%[0-9A-F]{2}/g, (s) => s.toLowerCase());
    const t2 = m.accountSAS({ live: true, style: 'public' });
    const full = t2.text.replace(/[?&=]/g, (ch) => '%' + ch.charCodeAt(0).toString(16));
    return `${c.put(t, lower, 'lowercase percent escapes (%3d, %2b, %2f), as .NET Uri and Python quote() can write')}
https://portal.contoso.com/open?target=${c.put(t2, full, 'whole URL percent-encoded with lowercase hex (%3f %26 %3d)')}
`;
  });
}

// ---------------------------------------------------------- markup formats

function markup(C, m) {
  C.file(R + 'markup/table.md', (c) => {
    const t1 = m.blobSAS({ live: true, style: 'public' });
    const t2 = m.blobSAS({ live: false, style: 'public' });
    const t3 = m.accountSAS({ live: true, style: 'public' });
    return `| env | link |
|-----|------|
| prod | ${c.put(t1, t1.text, 'Markdown table cell')} |
| old | \`${c.put(t2, t2.text, 'Markdown table, code span')}\` |

See the [drop][drop].

[drop]: <${c.put(t3, t3.text, 'Markdown reference definition in angle brackets with a title')}> "Partner drop"
`;
  });

  C.file(R + 'markup/guide.rst', (c) => {
    const t1 = m.blobSAS({ live: true, style: 'public' });
    const t2 = m.accountSAS({ live: true, style: 'public' });
    return `Download
========

Fetch the \`model <${c.put(t1, t1.text, 'reStructuredText hyperlink `text <url>`_')}>\`_ first.

.. _mirror: ${c.put(t2, t2.text, 'reStructuredText link target')}
`;
  });

  C.file(R + 'markup/guide.adoc', (c) => {
    const t1 = m.blobSAS({ live: true, style: 'public' });
    const t2 = m.blobSAS({ live: true, style: 'public' });
    return `= Setup

Download link:${c.put(t1, t1.text, 'AsciiDoc link: macro, [ straight after the signature')}[the model].

${c.put(t2, t2.text, 'AsciiDoc bare URL with [text]')}[mirror]
`;
  });

  C.file(R + 'markup/notes.rtf', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    return `{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Calibri;}}
{\\pard Link: {\\field{\\*\\fldinst{HYPERLINK "${c.put(t, t.text, 'RTF HYPERLINK field')}"}}{\\fldrslt{download}}}\\par}
}
`;
  });

  C.file(R + 'markup/diagram.svg', (c) => {
    const t = m.blobSAS({ live: true, style: 'public', sr: 'b', blob: 'img/logo.png' });
    return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="80">
  <image xlink:href="${c.put(t, t.text.replaceAll('&', '&amp;'), 'SVG <image xlink:href>')}" width="200" height="80"/>
</svg>
`;
  });

  C.file(R + 'markup/rendered-helm.yaml', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    const k = m.keyConnString({ shuffle: false });
    return `---
# Source: app/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
spec:
  template:
    spec:
      containers:
        - name: app
          env:
            - name: MODEL_URL
              value: ${c.put(t, JSON.stringify(t.text), 'helm template output: JSON-quoted by | quote')}
            - name: STORAGE
              value: ${c.put(k, k.text, 'helm template output: plain scalar')}
`;
  });

  C.file(R + 'markup/storage.erb', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    return `<% sas = ENV.fetch("MODEL_SAS", "${c.put(t, t.query, 'ERB ENV.fetch default value')}") %>
<a href="<%= url %>?<%= sas %>">model</a>
`;
  });

  C.file(R + 'markup/application.yml', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    const k = m.keyConnString({ shuffle: false, trailing: false });
    return `spring:
  cloud:
    azure:
      storage:
        blob:
          sas-token: \${AZURE_SAS:${c.put(t, t.query, 'Spring ${ENV:default} placeholder with a real default')}}
          connection-string: \${AZURE_CONN:${c.put(k, k.text, 'Spring placeholder default, connection string')}}
`;
  });
}

// -------------------------------------------------------- more languages

function languages(C, m) {
  C.file(R + 'langs/fetch.jl', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    const [a, b] = split(t.text, 'sig');
    return `url = ${c.put(t, `"${a}" *\n      "${b}"`, 'Julia string concatenation with *')}\n`;
  });

  C.file(R + 'langs/load.m', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    const [a, b] = split(t.text, 'sig');
    return `url = [${c.put(t, `'${a}' ...\n       '${b}'`, "MATLAB [' ' ...] concatenation with ... continuation")}];\nwebsave('model.bin', url);\n`;
  });

  C.file(R + 'langs/config.lua', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    return `local sas = [[${c.put(t, t.query, 'Lua long bracket string')}]]\n`;
  });

  C.file(R + 'langs/deploy.pl', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    return `my $url = qq{${c.put(t, t.text, 'Perl qq{}')}};\n`;
  });

  C.file(R + 'langs/fetch.R', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    const [a, b] = split(t.text, 'sig');
    return `url <- paste0(${c.put(t, `"${a}",\n              "${b}"`, 'R paste0 over two lines')})\n`;
  });

  C.file(R + 'langs/storage.py', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    const t2 = m.accountSAS({ live: true, style: 'public' });
    const k = m.keyConnString({ shuffle: false });
    return `SAS = b"${c.put(t, t.query, 'Python bytes literal')}"
DOC = """
Use ${c.put(t2, t2.text, 'Python triple-quoted docstring')}
"""
CONN = rf"${c.put(k, k.text, 'Python rf-string')}"
`;
  });

  C.file(R + 'langs/storage.go', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    const [a, b] = split(t.text, 'sig');
    return `package storage

const modelURL = \`${c.put(t, `${a}\` +\n\t\`${b}`, 'Go raw strings joined with +')}\`
`;
  });

  C.file(R + 'langs/Storage.cpp', (c) => {
    const t = m.accountSAS({ live: true, style: 'public' });
    const [a, b] = split(t.text, 'mid');
    return `static const char* kUrl = ${c.put(t, `u8"${a}"\n                          u8"${b}"`, 'C++ u8 literal concatenation, split inside the signature')};\n`;
  });

  C.file(R + 'langs/Storage.cs', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    return `var url = """\n    ${c.put(t, t.text, 'C# 11 raw string literal')}\n    """;\n`;
  });

  C.file(R + 'langs/Dockerfile', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    const k = m.key64();
    return `FROM mcr.microsoft.com/dotnet/aspnet:9.0
ARG MODEL_SAS="${c.put(t, '?' + t.query, 'Dockerfile ARG default with ?')}"
ENV AZURE_STORAGE_ACCOUNT=contosoprod \\
    AZURE_STORAGE_KEY=${c.put({ kind: 'storage_connection_string_key', exp: null, note: 'Dockerfile ENV continuation line, bare key', text: k }, k)}
`;
  });

  C.file(R + 'langs/deploy.ps1', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    const t2 = m.accountSAS({ live: true, style: 'public' });
    return `$sas = @"
${c.put(t, t.query, 'PowerShell expandable here-string')}
"@
Invoke-WebRequest -Uri ${c.put(t2, `"${t2.text.replaceAll('&', '`&')}"`, 'PowerShell backtick before & (harmless escape)')}
`;
  });

  C.file(R + 'langs/setup.sh', (c) => {
    const t = m.sasConnString({ form: 'endpoints', shuffle: false, trailing: false });
    const t2 = m.blobSAS({ live: true, style: 'public' });
    return `cat > .env <<'EOF'
AZURE_STORAGE_CONNECTION_STRING="${c.put(t, t.text, 'shell heredoc writing a .env')}"
EOF
curl -fsSL ${c.put(t2, t2.text.replaceAll('&', '\\&'), 'unquoted URL with & escaped as \\& for the shell')} -o model.bin
`;
  });
}

// ------------------------------------------------------------ text shapes

function shapes(C, m) {
  C.file(R + 'shapes/nbsp-zwsp.md', (c) => {
    const t1 = m.blobSAS({ live: true, style: 'public' });
    const t2 = m.accountSAS({ live: true, style: 'public' });
    const t3 = m.blobSAS({ live: true, style: 'public' });
    return `Link:\u00a0${c.put(t1, t1.text, 'NBSP before, NBSP after')}\u00a0(valid a week)
Token: \u200b${c.put(t2, t2.text.replace('&sig=', '&\u200bsig='), 'zero-width spaces pasted from a web page, one before sig=')}\u200b
\u3000${c.put(t3, t3.text, 'ideographic space before, full-width full stop after')}\u3002
`;
  });

  C.file(R + 'shapes/windows-1252.txt', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    const k = m.keyConnString({ shuffle: false, trailing: false });
    return `R\u00e9sum\u00e9 \u2013 partner drop: \u201c${c.put(t, t.text, 'Windows-1252 curly quotes (0x93/0x94) around the URL')}\u201d\nConnexion : \u00ab${c.put(k, k.text, 'Latin guillemets in a Windows-1252 file')}\u00bb\n`;
  }, { enc: 'utf8' });
  recode.set(R + 'shapes/windows-1252.txt', cp1252);

  C.file(R + 'shapes/utf16le-nobom.txt', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    return `url=${c.put(t, t.text, 'UTF-16 LE without a BOM (Encoding.Unicode.GetBytes written raw): every other byte NUL')}\r\n`;
  }, { enc: 'utf8' });
  recode.set(R + 'shapes/utf16le-nobom.txt', (text) => Buffer.from(text, 'utf16le'));

  C.file(R + 'shapes/start-end.txt', (c) => {
    const t1 = m.blobSAS({ live: true, style: 'public' });
    const t2 = m.accountSAS({ live: true, style: 'public' });
    return `${c.put(t1, t1.text, 'first byte of the file')}\nnothing else here\n${c.put(t2, t2.query, 'last bytes of the file, bare query, no newline')}`;
  });

  C.file(R + 'shapes/concatenated.txt', (c) => {
    const t1 = m.blobSAS({ live: true, style: 'public' });
    const t2 = m.blobSAS({ live: true, style: 'public' });
    const k1 = m.keyConnString({ shuffle: false, trailing: false, withSuffix: true });
    const k2 = m.keyConnString({ shuffle: false, trailing: false, withSuffix: true });
    return `${c.put(t1, t1.text, 'URL glued to the next URL')}${c.put(t2, t2.text, 'second URL, no separator')}
${c.put(k1, k1.text, 'connection string glued to the next')}${c.put(k2, k2.text, 'second connection string, no separator')}
`;
  });

  C.file(R + 'shapes/fragment-and-data.html', (c) => {
    const t1 = m.blobSAS({ live: true, style: 'public' });
    const t2 = m.blobSAS({ live: true, style: 'public' });
    const t3 = m.accountSAS({ live: true, style: 'public' });
    const b64 = Buffer.from(t3.text).toString('base64');
    return `<a href="https://viewer.contoso.com/#${c.put(t1, t1.query.replaceAll('&', '&amp;'), 'SAS query in a URL fragment (#)')}">view</a>
<a href="https://viewer.contoso.com/#src=${c.put(t2, encodeURIComponent(t2.text), 'encoded URL in a fragment')}">view</a>
<a href="data:text/plain;base64,${c.put(t3, b64, 'data: URI, base64 of the URL')}">link.txt</a>
`;
  });

  C.file(R + 'shapes/qr.py', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    return `import qrcode\nqrcode.make("URLTO:${c.put(t, t.text, 'QR payload with a URLTO: prefix')}").save("qr.png")\n`;
  });

  C.file(R + 'shapes/long-line.min.js', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    const filler = (n) => {
      let s = '';
      let i = 0;
      while (s.length < n) s += `function f${i}(a,b){return a.map(function(x){return x*${i++}+b})};`;
      return s;
    };
    return `${filler(60000)}var u="${c.put(t, t.text, 'in the middle of a 120 kB minified line')}";${filler(60000)}\n`;
  });

  C.file(R + 'shapes/padded.env', (c) => {
    const t = m.blobSAS({ live: true, style: 'public' });
    const k = m.sbConnString({ shuffle: false });
    return `MODEL_SAS=   ${c.put(t, t.query, 'spaces after =')}   \t\nSB="  ${c.put(k, k.text, 'leading spaces inside the quotes')}  "\n`;
  });
}

// ----------------------------------------------- Service Bus family forms

function services(C, m) {
  C.file(R + 'services/iot-edge.yaml', (c) => {
    const mod = m.iotConnString({ form: 'module', trailing: false });
    const gw = m.iotConnString({ form: 'device', trailing: false });
    const hub = 'plant-' + m.word(4);
    return `# IoT Edge config.toml rendered as YAML by a deploy tool
provisioning:
  source: manual
  device_connection_string: "${c.put(gw, gw.text + ';GatewayHostName=edge-gw.local', 'device with GatewayHostName last')}"
module: "${c.put(mod, mod.text, 'module connection string')}"
x509_device: "${c.neg(`HostName=${hub}.azure-devices.net;DeviceId=cam-01;x509=true`)}"
`;
  });

  C.file(R + 'services/kafka-jaas.conf', (c) => {
    const t = m.sbConnString({ entity: true, shuffle: false });
    return `KafkaClient {
    org.apache.kafka.common.security.plain.PlainLoginModule required
    username="$ConnectionString"
    password="${c.put(t, t.text, 'JAAS file, password with EntityPath')}";
};
`;
  });

  C.file(R + 'services/sb-token-header.http', (c) => {
    const t = m.sbToken({ live: true });
    const t2 = m.iotToken({ live: true });
    return `POST https://orders-x.servicebus.windows.net/orders/messages
Authorization: ${c.put(t, t.text, 'Authorization header with a Service Bus token')}
Content-Type: application/json

###
GET https://fleet-x.azure-devices.net/devices/sensor-01?api-version=2021-04-12
authorization: ${c.put(t2, t2.text, 'lower-case header name, IoT token')}
`;
  });

  C.file(R + 'services/eventhubs.cs', (c) => {
    const t = m.sbConnString({ entity: true, shuffle: false, keyName: 'send' });
    return `var producer = new EventHubProducerClient(
    ${c.put(t, `"${t.text.replace(';SharedAccessKey=', ';"\n    + "SharedAccessKey=')}"`, 'C# concatenation split before SharedAccessKey=')});
`;
  });
}

// ------------------------------------------------------------ look-alikes

function lookalikes(C, m) {
  C.file(R + 'negatives/wireguard.conf', (c) => `[Interface]
# example keys from the WireGuard quick start
PrivateKey = ${c.neg('yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=')}
Address = 10.200.100.8/24

[Peer]
PublicKey = ${c.neg('xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=')}
PresharedKey = ${c.neg(m.randomBase64(32))}
Endpoint = vpn.contoso.com:51820
`);

  C.file(R + 'negatives/function-keys.json', (c) => JSON.stringify({
    webhook: c.neg(`https://contoso-fn.azurewebsites.net/api/ingest?code=${m.randomBase64(40).replaceAll('+', '-').replaceAll('/', '_')}==`),
    eventGridEndpoint: c.neg(`https://contoso-fn.azurewebsites.net/runtime/webhooks/EventGrid?functionName=Ingest&code=${m.randomBase64(40)}`),
  }, null, 2) + '\n');

  C.file(R + 'negatives/pem-ssh-pgp.txt', (c) => {
    const b = (n) => m.randomBase64(n);
    const lines = (s) => s.match(/.{1,64}/g).join('\n');
    return `-----BEGIN CERTIFICATE-----
${c.neg(lines(b(600)))}
-----END CERTIFICATE-----
ssh_key = "ssh-ed25519 ${c.neg('AAAAC3NzaC1lZDI1NTE5AAAAI' + b(24).slice(0, 43))} dev@laptop"
-----BEGIN PGP PUBLIC KEY BLOCK-----

${c.neg(lines(b(300)))}
=${b(3)}
-----END PGP PUBLIC KEY BLOCK-----
signing_key: ${c.neg(b(32))}
`;
  });

  C.file(R + 'negatives/cdn-tokens.txt', (c) => `${c.neg(`https://cdn.contoso.com/v.mp4?verify=1795000000-${encodeURIComponent(m.randomBase64(32))}`)}
${c.neg(`https://media.contoso.com/v/index.m3u8?token=${m.randomBase64(32).replace(/=+$/, '')}&expires=1795000000`)}
${c.neg(`https://contoso.vault.azure.net/secrets/storage-key/${m.word(32)}`)}
${c.neg(`https://atlas.microsoft.com/map/static/png?api-version=2024-04-01&subscription-key=${m.randomBase64(64).replace(/[+/=]/g, '').slice(0, 86)}`)}
${c.neg(`docker login contosoacr.azurecr.io -u pull-token -p ${m.randomBase64(39).replace(/[+/=]/g, 'A').slice(0, 52)}`)}
`);

  C.file(R + 'negatives/sdk-fixtures.py', (c) => `# Shapes from the Azure SDK docs and test suites: placeholders and fakes.
sas_token = generate_account_sas(
    account_name="${c.neg('<storage-account-name>')}",
    account_key="${c.neg('<account-access-key>')}",
    resource_types=ResourceTypes(service=True),
    permission=AccountSasPermissions(read=True),
    expiry=datetime.utcnow() + timedelta(hours=1),
)
FAKE_STORAGE = {"name": "storagename", "key": "${c.neg('NzhL3hKZbJBuJ2484dPTR+xF30kYaWSSCbs2BzLgVVI1woqeST/1IgqaLm6QAOTxtGvxctSNbIR/1hW8yH+bJg==')}"}
conn = "DefaultEndpointsProtocol=https;AccountName=fakeaccount;AccountKey=${c.neg('ZmFrZWtleQ==')};EndpointSuffix=core.windows.net"
url = f"https://{account}.blob.core.windows.net/{container}?{sas_token}"
sig = "${c.neg('sig=' + encodeURIComponent(Buffer.from('a'.repeat(32)).toString('base64')))}"
`);

  C.file(R + 'negatives/generated-client.ts', (c) => `// Code generated by AutoRest. DO NOT EDIT.
export const sig: OperationQueryParameter = {
  parameterPath: "sig",
  mapper: { serializedName: "sig", required: true, type: { name: "String" } },
};
export const accountKey: OperationURLParameter = { parameterPath: "accountKey", mapper: { serializedName: "AccountKey", type: { name: "String" } } };
const q = \`sv=\${version}&ss=\${services}&srt=\${types}&sp=\${perms}&se=\${expiry}&sig=\${encodeURIComponent(signature)}\`;
${c.neg('')}`);

  C.file(R + 'negatives/redacted-forms.log', (c) => `2026-11-20 GET https://x.blob.core.windows.net/c/b?sv=2025-11-05&sr=b&sp=r&se=2026-12-01T00%3A00%3A00Z&sig=${c.neg('REDACTED')}
2026-11-20 GET https://x.blob.core.windows.net/c/b?sv=2025-11-05&sr=b&sp=r&se=2026-12-01&sig=${c.neg('*****')}
2026-11-20 conn DefaultEndpointsProtocol=https;AccountName=x;AccountKey=${c.neg('****')};EndpointSuffix=core.windows.net
2026-11-20 sb Endpoint=sb://x.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${c.neg('[hidden]')}
2026-11-20 GET https://x.blob.core.windows.net/c/b?sv=2025-11-05&sr=b&sp=r&se=2026-12-01&sig=${c.neg(encodeURIComponent(m.randomBase64(32)).slice(0, 12) + '...')}
`);
}

// ----------------------------------------------------------- out of scope

// Keys for services DESIGN.md does not name (Cosmos DB, SignalR, Web
// PubSub, Communication Services, App Configuration, Logic Apps trigger
// URLs, whose sv=1.0&sig= is a SAS of its own). They
// are real secrets, but no engine kind covers them: these files carry no
// .want, so the test pins that the engine does not report them, or
// reports them under the wrong storage kind (see the report).
function outOfScope(C, m) {
  C.file(R + 'out-of-scope/other-azure-keys.txt', (c) => {
    const cosmos = `AccountEndpoint=https://contoso-${m.word(5)}.documents.azure.com:443/;AccountKey=${m.key64()};`;
    const signalr = `Endpoint=https://contoso-${m.word(5)}.service.signalr.net;AccessKey=${m.key32()};Version=1.0;`;
    const pubsub = `Endpoint=https://contoso-${m.word(5)}.webpubsub.azure.com;AccessKey=${m.key32()};Version=1.0;`;
    const acs = `endpoint=https://contoso-${m.word(5)}.communication.azure.com/;accesskey=${m.key64()}`;
    const appconfig = `Endpoint=https://contoso-${m.word(5)}.azconfig.io;Id=${m.word(4)}-l0-s0:${m.word(20)};Secret=${m.key32()}`;
    const logicApp = `https://prod-01.westeurope.logic.azure.com:443/workflows/${m.guid().replaceAll('-', '')}/triggers/manual/paths/invoke?api-version=2016-10-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${m.randomBase64(32).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')}`;
    return [cosmos, signalr, pubsub, acs, appconfig, logicApp].map((s) => c.neg(s)).join('\n') + '\n';
  });
}

// readme writes round2/README.md, the decisions behind the expectations. It
// is a case too: prose about tokens that must scan clean.
function readme(C) {
  C.file(R + 'README.md', () => `# Corpus round 2: decisions

Every token here was minted by gen/round2.mjs (seeded). A file with a
\`.want\` lists what a careful reviewer would flag; a file without one must
scan clean.

- UTF-16 without a BOM (shapes/utf16le-nobom.txt) is expected to be
  reported: a secret does not stop being one because a tool wrote raw
  Encoding.Unicode bytes. Today both this test and sasguard scan decode UTF-16
  only after a BOM, and scan skips a file with a NUL as binary, as git does.
- A zero-width space pasted before sig= (shapes/nbsp-zwsp.md) is expected to
  be reported: the signature is intact and one delete away from working.
- Upper-case parameter names (SV=, SIG=) and URL-safe base64 signatures are
  left out: whether Azure accepts them was not verified, so no expectation
  is pinned either way.
- Lower-case percent escapes (%3d) are expected: RFC 3986 makes the hex
  case-insensitive and the service decodes them.
- out-of-scope/ holds real keys for services DESIGN.md does not name (Cosmos
  DB, SignalR, Web PubSub, Communication Services, App Configuration, Logic
  Apps trigger URLs). TestCorpus skips them; TestCorpusOutOfScope logs what
  the engine reports and checks only that nothing it says carries a whole
  secret.
`);
}
