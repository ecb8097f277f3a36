// generate.mjs writes the detection corpus: realistic files in many formats
// and encodings, each real token freshly minted for an account that does not
// exist, next to placeholders and look-alikes. Every file with findings gets
// a .want sidecar. Run once (npm ci && node generate.mjs); the output is
// committed and CI only runs rules/corpus_test.go.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as m from './mint.mjs';
import { Corpus } from './corpus.mjs';
import { register as formats } from './formats.mjs';
import { register as matrix } from './matrix.mjs';
import { register as negatives } from './negatives.mjs';
import { register as hard } from './hard.mjs';
import { register as more } from './more.mjs';
import { register as edges } from './edges.mjs';
import { register as round2, rewrite as round2Rewrite } from './round2.mjs';
import { register as round3 } from './round3.mjs';
import { register as round4 } from './round4.mjs';
import { register as round5 } from './round5.mjs';
import { register as round6 } from './round6.mjs';
import { register as round7a } from './round7a.mjs';
import { register as round8 } from './round8.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

// Remove the previous output: every entry of the corpus root but gen/.
for (const e of fs.readdirSync(root)) {
  if (e === 'gen' || e === '.gitattributes') continue;
  fs.rmSync(path.join(root, e), { recursive: true, force: true });
}

const c = new Corpus(root);
formats(c, m);
hard(c, m);
negatives(c, m);
matrix(c, m);
more(c, m);
edges(c, m);
round2(c, m);
round3(c, m);
round4(c, m);
round5(c, m);
round6(c, m);
round7a(c, m);
round8(c, m);
c.write();
round2Rewrite(c);

const bytes = c.files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
console.log(JSON.stringify({ ...c.stats, bytes }, null, 1));
