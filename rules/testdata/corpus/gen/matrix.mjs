// Breadth: every token family in every format. Each file holds two random
// tokens (any storage SAS, connection string, Service Bus or IoT token,
// live or expired) and one look-alike, written the way that format writes
// a string.
import { htmlAmp, xmlEscape, goJSON } from './split.mjs';

const PLACEHOLDERS = [
  'https://myaccount.blob.core.windows.net/c/x?sv=2022-11-02&se=2030-01-01&sr=b&sp=r&sig=<signature>',
  'https://myaccount.blob.core.windows.net/?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01&sig=REDACTED',
  'DefaultEndpointsProtocol=https;AccountName=myaccount;AccountKey=<key>;EndpointSuffix=core.windows.net',
  'Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${SB_KEY}',
  'UseDevelopmentStorage=true',
  'https://myaccount.blob.core.windows.net/c?sv=2022-11-02&se=2030-01-01&sr=c&sp=r&sig=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX%3D',
];

const FORMATS = [
  ['python', 'py', (a, b, n) => `import os\n\nSTORAGE = "${a}"\nOTHER = '${b}'\nDOC = "${n}"\nFROM_ENV = os.environ.get("SAS")\n`],
  ['javascript', 'js', (a, b, n) => `const storage = "${a}";\nconst other = '${b}';\nconst doc = \`${n}\`;\nmodule.exports = { storage, other };\n`],
  ['typescript', 'ts', (a, b, n) => `export const storage: string = "${a}";\nexport const other = \`${b}\`;\n// e.g. ${n}\n`],
  ['go', 'go', (a, b, n) => `package cfg\n\nconst Storage = "${a}"\n\nvar other = \`${b}\`\n\n// Example: ${n}\n`],
  ['csharp', 'cs', (a, b, n) => `public static class Cfg\n{\n    public const string Storage = "${a}";\n    public static readonly string Other = @"${b}";\n    // ${n}\n}\n`],
  ['java', 'java', (a, b, n) => `public final class Cfg {\n    public static final String STORAGE = "${a}";\n    static final String OTHER = "${b}";\n    /* ${n} */\n}\n`],
  ['kotlin', 'kt', (a, b, n) => `object Cfg {\n    const val STORAGE = "${a}"\n    val other = """${b}"""\n    // ${n}\n}\n`],
  ['rust', 'rs', (a, b, n) => `pub const STORAGE: &str = "${a}";\npub static OTHER: &str = r"${b}";\n// ${n}\n`],
  ['ruby', 'rb', (a, b, n) => `STORAGE = "${a}"\nOTHER = '${b}'\n# ${n}\n`],
  ['php', 'php', (a, b, n) => `<?php\n$storage = '${a}';\ndefine('OTHER', "${b}");\n// ${n}\n`],
  ['shell', 'sh', (a, b, n) => `#!/bin/sh\nexport STORAGE='${a}'\nOTHER="${b}"\n# ${n}\n`],
  ['powershell', 'ps1', (a, b, n) => `$storage = '${a}'\n$env:OTHER = "${b}"\n# ${n}\n`],
  ['batch', 'bat', (a, b, n) => `@echo off\r\nset "STORAGE=${a}"\r\nset "OTHER=${b}"\r\nrem ${n}\r\n`],
  ['yaml', 'yaml', (a, b, n) => `storage: "${a}"\nother: '${b}'\n# ${n}\n`],
  ['yaml-plain', 'yml', (a, b, n) => `env:\n  - name: STORAGE\n    value: ${a}\n  - name: OTHER\n    value: ${b}\n# ${n}\n`],
  ['json', 'json', (a, b, n) => JSON.stringify({ storage: a, other: b, example: n }, null, 2) + '\n'],
  ['json-go', 'json', (a, b, n) => goJSON({ storage: a, other: b, example: n }) + '\n'],
  ['html', 'html', (a, b, n) => `<html><body>\n<a href="${htmlAmp(a)}">one</a>\n<div data-url="${htmlAmp(b)}"></div>\n<!-- ${n} -->\n</body></html>\n`],
  ['xml', 'config', (a, b, n) => `<configuration>\n  <appSettings>\n    <add key="Storage" value="${xmlEscape(a)}" />\n    <add key="Other" value="${xmlEscape(b)}" />\n    <add key="Example" value="${xmlEscape(n)}" />\n  </appSettings>\n</configuration>\n`],
  ['markdown', 'md', (a, b, n) => `# Notes\n\nStorage: \`${a}\`\n\n- other: ${b}\n- example: \`${n}\`\n`],
  ['dotenv', 'env', (a, b, n) => `STORAGE=${a}\nOTHER="${b}"\n# EXAMPLE=${n}\n`],
  ['ini', 'ini', (a, b, n) => `[azure]\nstorage = ${a}\nother = "${b}"\n; ${n}\n`],
  ['toml', 'toml', (a, b, n) => `[azure]\nstorage = "${a}"\nother = '${b}'\n# ${n}\n`],
  ['terraform', 'tf', (a, b, n) => `locals {\n  storage = "${a}"\n  other   = "${b}"\n  # ${n}\n}\n`],
  ['dockerfile', 'Dockerfile', (a, b, n) => `FROM alpine:3.20\nENV STORAGE="${a}"\nARG OTHER="${b}"\n# ${n}\n`],
  ['csv', 'csv', (a, b, n) => `name,value\nstorage,"${a.replaceAll('"', '""')}"\nother,"${b.replaceAll('"', '""')}"\nexample,"${n}"\n`],
  ['log', 'log', (a, b, n) => `2026-11-20T10:00:00Z INFO config storage=${a}\n2026-11-20T10:00:01Z INFO config other="${b}"\n2026-11-20T10:00:02Z INFO example ${n}\n`],
  ['sql', 'sql', (a, b, n) => `INSERT INTO settings (k, v) VALUES ('storage', '${a}');\nINSERT INTO settings (k, v) VALUES ('other', '${b}');\n-- ${n}\n`],
  ['text', 'txt', (a, b, n) => `storage: ${a}\n\nother: ${b}\n\nexample: ${n}\n`],
  ['ipynb', 'ipynb', (a, b, n) => JSON.stringify({ cells: [{ cell_type: 'code', execution_count: 1, metadata: {}, outputs: [], source: [`storage = "${a}"\n`, `other = '${b}'\n`, `# ${n}`] }], metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, 1) + '\n'],
];

const FILES_PER_FORMAT = 4;

export function register(C, m) {
  for (const [name, ext, render] of FORMATS) {
    for (let i = 1; i <= FILES_PER_FORMAT; i++) {
      const rel = ext === 'Dockerfile' ? `matrix/${name}/Dockerfile.${i}` : ext === 'env' ? `matrix/${name}/.env.${i}` : `matrix/${name}/case${i}.${ext}`;
      C.file(rel, (c) => {
        const ta = pickToken(m);
        const tb = pickToken(m);
        return render(c.put(ta), c.put(tb), c.neg(m.pick(PLACEHOLDERS)));
      }, { crlf: name === 'batch' });
    }
  }
}

// pickToken picks any family; a storage SAS is sometimes written as its
// bare query, the way --sas-token and SDK options take it.
function pickToken(m) {
  const t = m.anyToken();
  if (t.query && t.kind !== 'servicebus_sas' && m.chance(0.2)) return m.bare(t, m.chance(0.5));
  return t;
}
