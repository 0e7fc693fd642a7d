import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBanks } from '../src/lib/bank/build-banks';
const dir = process.argv[2] ?? 'questions/sources';
const kind = process.argv[3];
const files = new Map(readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => [f, new Uint8Array(readFileSync(join(dir, f)))]));
const r = buildBanks({ sourcesDir: dir, manifest: { path: join(dir, 'manifest.json'), text: readFileSync(join(dir, 'manifest.json'), 'utf8') }, files, actors: null, curated: [], review: null, registry: { path: 'ids.json', text: null } });
for (const q of r.questions.filter((q) => q.origin === 'generated' && (!kind || q.kind === kind))) console.log(`- [${q.type}] ${q.prompt}\n    A: ${q.answer}${q.choices ? '  | ' + q.choices.join(' / ') : ''}`);
