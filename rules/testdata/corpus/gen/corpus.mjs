// The corpus writer: a file is built from text with tokens put in through
// put(), which brackets each token with alphanumeric markers. Markers survive
// whatever escaping the file applies later (JSON, HTML, URL encoding), so
// once the file's bytes are final the markers say on which lines each token
// starts and ends; they are then removed and the lines written to the .want.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { severity } from './mint.mjs';

export class Corpus {
  constructor(root) {
    this.root = root;
    this.files = [];
    this.stats = { files: 0, tokens: 0, negatives: 0, kinds: {}, severities: {} };
  }

  // file adds one corpus file. build(c) returns the content, calling
  // c.put(token, text?) for every token the engine must report and
  // c.neg(text) for every look-alike it must not.
  file(rel, build, opts = {}) {
    if (this.files.some((f) => f.rel === rel)) throw new Error(`duplicate corpus file ${rel}`);
    const ctx = new FileCtx();
    let content = build(ctx);
    if (opts.post) content = opts.post(content);
    if (opts.crlf) content = content.replace(/\r?\n/g, '\r\n');
    const { text, wants } = finalize(content, ctx.tokens);
    if (/QQ[SE]\d+QQ/.test(text)) throw new Error(`${rel}: marker left in file`);
    this.files.push({ rel, text, wants, enc: opts.enc ?? 'utf8', negatives: ctx.negatives });
  }

  write() {
    for (const f of this.files) {
      const abs = path.join(this.root, f.rel);
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      fs.writeFileSync(abs, encode(f.text, f.enc));
      if (f.wants.length) {
        const lines = [
          `# ${f.rel}: the findings the engine must report, clock 2026-11-22T00:00:00Z`,
          '# line (or first-last line of the token) kind severity fingerprint-of-the-secret: what it is',
          ...f.wants.map((w) => `${w.first === w.last ? w.first : `${w.first}-${w.last}`} ${w.kind} ${w.severity} ${w.fp}: ${w.note}`),
        ];
        fs.writeFileSync(abs + '.want', lines.join('\n') + '\n');
      }
      this.stats.files++;
      this.stats.negatives += f.negatives;
      for (const w of f.wants) {
        this.stats.tokens++;
        this.stats.kinds[w.kind] = (this.stats.kinds[w.kind] ?? 0) + 1;
        this.stats.severities[w.severity] = (this.stats.severities[w.severity] ?? 0) + 1;
      }
    }
  }
}

class FileCtx {
  constructor() {
    this.tokens = [];
    this.negatives = 0;
  }

  // put brackets text (the token as this file writes it, t.text by
  // default) with markers and records what the engine must report.
  put(t, text = t.text, note = '') {
    const id = this.tokens.length;
    this.tokens.push({ kind: t.kind, severity: t.severity ?? severity(t), fp: fingerprint(secretOf(t.text ?? text)), note: t.note + (note ? `; ${note}` : '') });
    return `QQS${id}QQ${text}QQE${id}QQ`;
  }

  // neg marks a look-alike that must not be reported (counted only).
  neg(text) {
    this.negatives++;
    return text;
  }
}

// secretOf is the secret in a token's canonical text, decoded: the
// signature of a SAS (also inside a connection string or a Service Bus
// token), else the key of a connection string, else the text itself (a
// bare key).
function secretOf(text) {
  const sig = text.match(/(?:^|[?&\s;=])sig=([^&;#\s]+)/);
  if (sig) return decodeURIComponent(sig[1]);
  const key = text.match(/(?:AccountKey|SharedAccessKey)=([^;]+)/);
  if (key) return key[1];
  return text;
}

// fingerprint is the engine's stable id of a secret (rules.fingerprint), so
// the test can tell which of two tokens on a line it missed.
function fingerprint(secret) {
  return crypto.createHash('sha256').update('sasguard/v1\0' + secret).digest('hex').slice(0, 32);
}

function finalize(content, tokens) {
  const wants = tokens.map((t) => ({ ...t, first: 0, last: 0 }));
  let out = '';
  let line = 1;
  let last = 0;
  for (const m of content.matchAll(/QQ([SE])(\d+)QQ/g)) {
    const seg = content.slice(last, m.index);
    out += seg;
    line += countNL(seg);
    const w = wants[Number(m[2])];
    if (m[1] === 'S') w.first = line;
    else w.last = line;
    last = m.index + m[0].length;
  }
  out += content.slice(last);
  for (const w of wants) {
    if (!w.first || !w.last) throw new Error(`token lost its markers: ${w.note}`);
  }
  wants.sort((a, b) => a.first - b.first);
  return { text: out, wants };
}

function countNL(s) {
  let n = 0;
  for (const c of s) if (c === '\n') n++;
  return n;
}

function encode(text, enc) {
  switch (enc) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16be': {
      const le = Buffer.from(text, 'utf16le');
      const be = Buffer.alloc(le.length);
      for (let i = 0; i < le.length; i += 2) {
        be[i] = le[i + 1];
        be[i + 1] = le[i];
      }
      return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
    }
  }
  throw new Error(`encoding ${enc}`);
}
