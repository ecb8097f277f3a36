// Round eight of the red team, combinatorial: features that each pass alone
// crossed at random (seeded). Every case is a freshly minted token of one
// kind × an encoding layer × a container (a string in some language or
// format) × a split × a neighbour, and each file holds several cases of one
// container. Registered last so every earlier token keeps its seeded value.
import { goJSON, phpJSON, htmlAmp, xmlEscape, wrap } from './split.mjs';

const R = 'round8/';
const FILES = 110; // × CASES_PER_FILE cases
const CASES_PER_FILE = 7;

// ---------------------------------------------------------------- kinds

function namedKey(m) {
  return { kind: 'storage_connection_string_key', exp: null, text: m.key64(), named: true, note: 'bare storage account key under a key-like name' };
}

const KINDS = {
  'account-sas': (m) => m.accountSAS(),
  'blob-sas': (m) => m.blobSAS(),
  'datalake-sas': (m) => m.dataLakeSAS(),
  'file-sas': (m) => m.fileSAS(),
  'queue-sas': (m) => m.queueSAS(),
  'table-sas': (m) => m.tableSAS(),
  'udk-blob-sas': (m) => m.userDelegationSAS({ service: 'blob' }),
  'udk-dfs-sas': (m) => m.userDelegationSAS({ service: 'dfs' }),
  'conn-key': (m) => m.keyConnString(),
  'conn-sas': (m) => m.sasConnString(),
  'sb-conn': (m) => m.sbConnString(),
  'iot-conn': (m) => m.iotConnString(),
  'sb-token': (m) => m.sbToken(),
  'iot-token': (m) => m.iotToken(),
  'named-key': (m) => namedKey(m),
};

// placeholder is the same token with its secret replaced, as docs and
// templates write it: it must never be reported.
function placeholder(t) {
  if (t.named) return '<storage-account-key>';
  return t.text
    .replace(/(sig=)[^&;\s]+/, '$1<signature>')
    .replace(/(AccountKey=)[^;]+/, '$1<account-key>')
    .replace(/(SharedAccessKey=)[^;]+/, '$1<shared-access-key>');
}

// ---------------------------------------------------------------- encodings

// An encoding turns the token's text into what the file holds. json marks
// the ones that are a JSON serialisation (the JSON container uses them as
// its string literal instead of JSON.stringify).
const ENCODINGS = {
  none: { enc: (s) => s },
  'go-json': { enc: (s) => goJSON(s).slice(1, -1), json: true },
  'php-json': { enc: (s) => phpJSON(s).slice(1, -1), json: true },
  'html-amp': { enc: htmlAmp },
  'url-once': { enc: (s) => encodeURIComponent(s), prefix: 'https://app.contoso.example/open?target=' },
  'url-twice': { enc: (s) => encodeURIComponent(encodeURIComponent(s)), prefix: 'https://login.contoso.example/cb?state=' },
  base64: { enc: (s) => Buffer.from(s, 'utf8').toString('base64') },
  'quoted-printable': { enc: quotedPrintable },
};

// quotedPrintable encodes as a mail client does (RFC 2045): '=' as =3D,
// soft line breaks "=\n" so no line passes 76 characters.
function quotedPrintable(s) {
  const e = s.replace(/[=\x80-\uffff]/g, (c) => [...Buffer.from(c, 'utf8')].map((b) => '=' + b.toString(16).toUpperCase().padStart(2, '0')).join(''));
  const out = [];
  let line = '';
  for (let i = 0; i < e.length; ) {
    const step = e[i] === '=' ? 3 : 1;
    if (line.length + step > 75) {
      out.push(line + '=');
      line = '';
    }
    line += e.slice(i, i + step);
    i += step;
  }
  out.push(line);
  return out.join('\n');
}

// ---------------------------------------------------------------- splits

// cut finds where a split goes in the encoded text: at the '&' (or ';')
// before the secret, or inside the secret itself.
function cut(s, where) {
  if (where === 'amp') {
    const re = /(?:&amp;|\\u0026|%2526|%26|&|;|%3B|%253B)(?:sig|SharedAccessKey|AccountKey|SharedAccessSignature|se)(?:=|%3D|%253D)/g;
    const ms = [...s.matchAll(re)];
    if (!ms.length) return -1;
    return ms[ms.length - 1].index;
  }
  const m = s.match(/(?:sig|Key)(?:=|%3D|%253D)/);
  if (!m) return -1;
  let i = m.index + m[0].length + 12;
  // Never cut an escape (\/, \u0026) or a %XX in two.
  while (i < s.length && (s[i - 1] === '\\' || s[i - 1] === '%' || s[i - 2] === '%' || /\\u?[0-9a-f]{0,3}$/.test(s.slice(i - 5, i)))) i++;
  return i < s.length - 4 ? i : -1;
}

// ---------------------------------------------------------------- containers

// A container writes a file of cases. lit(parts) is the inside of one
// string literal whose value is parts.join('') (parts has two entries when
// the token is split across source lines); line(name, inner) is one
// assignment; same(name1, inner1, name2, inner2) puts two on one line.
// concat: false where the format has no way to join strings.
const CONTAINERS = {
  python: {
    ext: 'py', head: '# settings for the exporter job\nimport os\n\n',
    join: (a, b) => `${a}"\n    "${b}`, line: (n, v, split) => split ? `${n} = ("${v}")\n` : `${n} = "${v}"\n`,
    same: (n1, v1, n2, v2) => `${n1}, ${n2} = "${v1}", "${v2}"\n`, name: (k) => k ? 'AZURE_STORAGE_KEY' : 'EXPORT_URL',
  },
  js: {
    ext: 'js', head: "'use strict';\n\n",
    join: (a, b) => `${a}" +\n  "${b}`, line: (n, v) => `const ${n} = "${v}";\n`,
    same: (n1, v1, n2, v2) => `const ${n1} = "${v1}"; const ${n2} = "${v2}";\n`, name: (k) => k ? 'storageAccountKey' : 'exportUrl',
  },
  go: {
    ext: 'go', head: 'package settings\n\n',
    join: (a, b) => `${a}" +\n\t"${b}`, line: (n, v) => `const ${n} = "${v}"\n`,
    same: (n1, v1, n2, v2) => `var ${n1}, ${n2} = "${v1}", "${v2}"\n`, name: (k) => k ? 'storageAccountKey' : 'exportURL',
  },
  csharp: {
    ext: 'cs', head: 'namespace Contoso.Export;\n\npublic static partial class Settings\n{\n', tail: '}\n',
    join: (a, b) => `${a}" +\n        "${b}`, line: (n, v) => `    public const string ${n} = "${v}";\n`,
    same: (n1, v1, n2, v2) => `    public const string ${n1} = "${v1}", ${n2} = "${v2}";\n`, name: (k) => k ? 'StorageAccountKey' : 'ExportUrl',
  },
  java: {
    ext: 'java', head: 'package com.contoso.export;\n\nfinal class Settings {\n', tail: '}\n', file: 'Settings',
    join: (a, b) => `${a}"\n        + "${b}`, line: (n, v) => `    static final String ${n} = "${v}";\n`,
    same: (n1, v1, n2, v2) => `    static final String ${n1} = "${v1}", ${n2} = "${v2}";\n`, name: (k) => k ? 'STORAGE_ACCOUNT_KEY' : 'EXPORT_URL',
  },
  shell: {
    ext: 'sh', head: '#!/usr/bin/env bash\nset -euo pipefail\n\n',
    join: (a, b) => `${a}\\\n${b}`, line: (n, v) => `export ${n}="${v}"\n`,
    same: (n1, v1, n2, v2) => `export ${n1}="${v1}"; export ${n2}="${v2}"\n`, name: (k) => k ? 'AZURE_STORAGE_KEY' : 'EXPORT_URL',
  },
  powershell: {
    ext: 'ps1', head: '#Requires -Version 7\n\n',
    join: (a, b) => `${a}" +\n    "${b}`, line: (n, v) => `$${n} = "${v}"\n`,
    same: (n1, v1, n2, v2) => `$${n1} = "${v1}"; $${n2} = "${v2}"\n`, name: (k) => k ? 'StorageAccountKey' : 'ExportUrl',
  },
  yaml: {
    ext: 'yaml', head: 'exporter:\n',
    // A double-quoted YAML scalar continues over a line break escaped with '\'.
    join: (a, b) => `${a}\\\n    ${b}`, line: (n, v) => `  ${n}: "${v}"\n`,
    same: (n1, v1, n2, v2) => `  pair: {${n1}: "${v1}", ${n2}: "${v2}"}\n`, name: (k) => k ? 'accountKey' : 'exportUrl', wrap: true,
  },
  dotenv: {
    ext: 'env', head: '# local settings, do not commit\n',
    join: null, line: (n, v) => `${n}="${v}"\n`, name: (k) => k ? 'AZURE_STORAGE_KEY' : 'EXPORT_URL',
  },
  dockerfile: {
    ext: 'Dockerfile', head: 'FROM mcr.microsoft.com/dotnet/aspnet:9.0\nWORKDIR /app\n',
    join: (a, b) => `${a}\\\n${b}`, line: (n, v) => `ENV ${n}="${v}"\n`,
    same: (n1, v1, n2, v2) => `ENV ${n1}="${v1}" ${n2}="${v2}"\n`, name: (k) => k ? 'AZURE_STORAGE_KEY' : 'EXPORT_URL',
  },
  terraform: {
    ext: 'tf', head: 'locals {\n', tail: '}\n',
    join: (a, b) => `${a}",\n    "${b}`, line: (n, v, split) => split ? `  ${n} = join("", [\n    "${v}",\n  ])\n` : `  ${n} = "${v}"\n`,
    same: (n1, v1, n2, v2) => `  ${n1} = "${v1}", ${n2} = "${v2}"\n`, name: (k) => k ? 'storage_account_key' : 'export_url',
  },
  markdown: {
    ext: 'md', head: '# Exporter runbook\n\n',
    join: null, line: (n, v, split, wrapped) => wrapped ? `${n}:\n\n${v}\n\n` : `- ${n}: \`${v}\`\n\n`,
    same: (n1, v1, n2, v2) => `Use \`${v1}\` for ${n1} or \`${v2}\` for ${n2}.\n\n`, name: (k) => k ? 'AccountKey' : 'export URL', wrap: true, qp: true,
  },
  json: {
    ext: 'json', json: true,
    line: (n, v) => `  "${n}": "${v}",\n`, same: (n1, v1, n2, v2) => `  "pair": {"${n1}": "${v1}", "${n2}": "${v2}"},\n`,
    name: (k) => k ? 'storageAccountKey' : 'exportUrl', join: null,
  },
  xml: {
    ext: 'config', head: '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n', tail: '  </appSettings>\n</configuration>\n', xml: true,
    line: (n, v) => `    <add key="${n}" value="${v}" />\n`, same: (n1, v1, n2, v2) => `    <add key="${n1}" value="${v1}" alt="${v2}" />\n`,
    name: (k) => k ? 'StorageAccountKey' : 'ExportUrl', join: null,
  },
  ipynb: {
    ext: 'ipynb', json: true, notebook: true,
    join: (a, b) => `${a}\\"\\n",\n    "     \\"${b}`, line: (n, v, split) => split ? `    "${n} = (\\"${v}\\")\\n",\n` : `    "${n} = \\"${v}\\"\\n",\n`,
    same: (n1, v1, n2, v2) => `    "${n1}, ${n2} = \\"${v1}\\", \\"${v2}\\"\\n",\n`, name: (k) => k ? 'storage_key' : 'export_url',
  },
};

// styled puts a word before a variable name in the name's own style, so
// each case in a file gets its own name (FOO -> BACKUP_FOO, fooBar ->
// backupFooBar, FooBar -> BackupFooBar, foo_bar -> backup_foo_bar).
const PREFIXES = ['primary', 'backup', 'archive', 'media', 'etl', 'reports', 'audit'];

function styled(base, p) {
  if (/^[A-Z0-9_]+$/.test(base)) return `${p.toUpperCase()}_${base}`;
  if (/^[a-z0-9_]+$/.test(base)) return `${p}_${base}`;
  if (base.includes(' ')) return `${p} ${base}`;
  const cap = (w) => w[0].toUpperCase() + w.slice(1);
  if (/^[A-Z]/.test(base)) return cap(p) + base;
  return p + cap(base);
}

// ---------------------------------------------------------------- sampling

const NEIGHBOURS = ['none', 'none', 'same-line', 'placeholder-twin'];
const SPLITS = ['none', 'none', 'amp', 'sig', 'wrap'];

// meaningful says why a combination is skipped (README lists the rules).
function meaningful(kind, encName, cont, split, nb) {
  const named = kind === 'named-key';
  if (encName === 'base64' && cont !== 'yaml') return false; // base64 only in a YAML data: field
  if (encName === 'quoted-printable' && !CONTAINERS[cont].qp) return false; // mail pasted into a doc
  if (encName === 'quoted-printable' && split !== 'none') return false; // QP already wraps
  if (encName === 'base64' && split !== 'none') return false;
  if (named && /^url|json|html/.test(encName) && encName !== 'php-json') return false; // no-op or a key as a URL
  if ((split === 'amp' || split === 'sig') && !CONTAINERS[cont].join) return false; // no concatenation
  if (split === 'amp' && named) return false; // a key has no '&'
  if (split === 'wrap' && !CONTAINERS[cont].wrap) return false;
  if (nb === 'same-line' && split !== 'none') return false;
  if (nb === 'same-line' && !CONTAINERS[cont].same) return false;
  if (nb === 'same-line' && (encName === 'base64' || encName === 'quoted-printable')) return false;
  if (cont === 'xml' && encName === 'html-amp') return false; // XML escapes & itself
  return true;
}

export function register(C, m) {
  const kinds = Object.keys(KINDS);
  const encs = Object.keys(ENCODINGS);
  const conts = Object.keys(CONTAINERS);
  const tally = { cases: 0 };
  for (let f = 0; f < FILES; f++) {
    const cont = conts[f % conts.length];
    const K = CONTAINERS[cont];
    const crlf = m.chance(0.25);
    const n = Math.floor(f / conts.length) + 1;
    const rel = R + cont + '/' + (cont === 'dockerfile' ? `Dockerfile.${n}` : cont === 'dotenv' ? `.env.${n}` : `${K.file ?? 'case'}${n}.${K.ext}`) ;
    const cases = [];
    while (cases.length < CASES_PER_FILE) {
      const c = { kind: m.pick(kinds), enc: m.pick(encs), split: m.pick(SPLITS), nb: m.pick(NEIGHBOURS) };
      if (meaningful(c.kind, c.enc, cont, c.split, c.nb)) cases.push(c);
    }
    const descr = cases.map((c) => `${c.kind} × ${c.enc} × split ${c.split} × neighbour ${c.nb}`);
    C.file(rel, (ctx) => render(ctx, m, K, cases, descr, crlf), { crlf });
    tally.cases += cases.length;
  }
  readme(C, tally);
}

// value encodes t's text for the container: the encoding layer, then what
// the container's own string syntax needs.
function value(K, encName, text) {
  const E = ENCODINGS[encName];
  let v = E.enc(text);
  if (E.prefix) v = E.prefix + v;
  if (K.json && !E.json) v = JSON.stringify(v).slice(1, -1);
  if (K.notebook) v = v.replaceAll('\\', '\\\\').replaceAll('"', '\\"'); // a JSON string holding Python source
  if (K.xml) v = xmlEscape(v);
  return v;
}

function render(ctx, m, K, cases, descr, crlf) {
  let body = '';
  let data = ''; // base64 cases: a Kubernetes Secret's data: field
  const kinds = Object.keys(KINDS);
  cases.forEach((c, i) => {
    const t = KINDS[c.kind](m);
    const name = styled(K.name(!!t.named), PREFIXES[i % PREFIXES.length]);
    const note = `round8 ${descr[i]}${crlf ? ' × CRLF' : ''}`;
    let v = value(K, c.enc, t.text);
    const E = ENCODINGS[c.enc];
    // The encoded prefix of a URL-encoded token is not part of the token.
    const pre = E.prefix ? value(K, 'none', E.prefix) : '';
    let inner = v.slice(pre.length);
    let split = false;
    let wrapped = false;
    if (c.split === 'amp' || c.split === 'sig') {
      const i2 = cut(inner, c.split);
      if (i2 > 0) {
        inner = K.join(inner.slice(0, i2), inner.slice(i2));
        split = true;
      }
    } else if (c.split === 'wrap') {
      inner = K.ext === 'md' ? wrap(inner, 64) : inner.replace(/(.{60})/g, '$1\\\n    ').replace(/\\\n    $/, '');
      wrapped = true;
    }
    if (c.enc === 'quoted-printable') wrapped = true;
    const put = ctx.put(t, inner, note);
    if (c.nb === 'same-line') {
      let other;
      do other = m.pick(kinds); while (other === c.kind);
      const o = KINDS[other](m);
      const ov = value(K, c.enc, o.text);
      const oname = styled(K.name(!!o.named), 'other');
      body += K.same(name, pre + put, oname, ctx.put(o, ov, `same line as ${c.kind}`));
    } else if (c.enc === 'base64') {
      data += `  ${name}: ${put}\n`;
    } else {
      body += K.line(name, pre + put, split, wrapped);
    }
    if (c.nb === 'placeholder-twin') {
      const pv = value(K, c.enc, placeholder(t));
      if (c.enc === 'base64') data += `  ${styled(name, 'example')}: ${ctx.neg(pv)}\n`;
      else body += K.line(styled(name, 'example'), ctx.neg(pv), false, false);
    }
  });
  if (K.notebook) {
    return `{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": 1,\n   "metadata": {},\n   "outputs": [],\n   "source": [\n${body.replace(/,\n$/, '\n')}   ]\n  }\n ],\n "metadata": {"language_info": {"name": "python"}},\n "nbformat": 4,\n "nbformat_minor": 5\n}\n`;
  }
  if (K.json) return `{\n${body}  "version": 1\n}\n`;
  if (data) {
    return `apiVersion: v1\nkind: Secret\nmetadata:\n  name: exporter\ntype: Opaque\ndata:\n${data}stringData:\n${body}`;
  }
  return (K.head ?? '') + body + (K.tail ?? '');
}

function readme(C, tally) {
  C.file(R + 'README.md', () => `# Corpus round 8: combinatorial

Generated by gen/round8.mjs (seeded): ${tally.cases} cases in ${FILES} files. Each case
crosses, at random, a freshly minted token kind (account SAS; blob, Data
Lake, file, queue and table service SAS; user-delegation SAS for blob and
dfs; storage connection strings with AccountKey and with
SharedAccessSignature; Service Bus/Event Hubs and IoT Hub connection
strings; Service Bus and IoT Hub SAS tokens; a bare account key under a
key-like name) × an encoding layer (none; JSON-escaped the Go way \\u0026
and the PHP way \\/; HTML &amp;; URL-encoded once or twice, as a query
parameter of a redirect URL; base64 in a Kubernetes Secret data: field;
quoted-printable) × a container (one directory each: Python, JS, Go, C#,
Java, shell, PowerShell, YAML, .env, Dockerfile, Terraform, Markdown,
JSON, XML .config, ipynb source line) × a split (none; concatenation in
the container's own syntax at the '&' or ';' before the secret; inside
the signature or key; a wrapped line in Markdown or a YAML double-quoted
scalar continued with '\\') × a neighbour (none; another token of a
different kind on the same line; a placeholder twin with the secret
replaced on the next line; CRLF line ends for the whole file). Each
\`.want\` line's note names the combination.

Skipped as not meaningful:

- base64 outside a YAML (Kubernetes Secret) data: field, and base64 with
  any split: base64 is the Secret's own field encoding, never cut.
- quoted-printable outside Markdown (a mail pasted into a doc) and with a
  split: quoted-printable already wraps its own lines.
- a named account key URL-encoded, JSON- or HTML-escaped the Go way: the
  escapes change nothing in a key, and nobody passes a key as a URL.
- concatenation splits in .env, Markdown, JSON and XML: they have no way
  to join strings; a split at '&' for a key, which has none.
- wrapped lines outside Markdown and YAML.
- a same-line neighbour combined with a split (the line layout is then
  the split's), and in .env, which holds one value per line.
- HTML &amp; inside XML, which escapes & itself (double escaping).
`);
}
