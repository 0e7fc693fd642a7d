// `npx tsx scripts/golden-builder.ts OUT_DIR`: writes everything the builder produces (questions in order, their
// scores, every rejection with its reason, the bank files, the report, the registry) for the seed corpus (as
// `npm run bank` reads it), each held-out set (as `npm run measure` reads it) and a synthetic corpus of copies (as
// the bench builds it), one JSON file per corpus. A speed change must leave these files byte-identical:
// `npx tsx scripts/golden-builder.ts /tmp/a`, change, `npx tsx scripts/golden-builder.ts /tmp/b`, `diff -r /tmp/a /tmp/b`.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBanks } from '../src/lib/bank/build-banks';
import type { BuildInput } from '../src/lib/bank/build-banks';

const out = process.argv[2];
if (!out) throw new Error('usage: tsx scripts/golden-builder.ts OUT_DIR');
mkdirSync(out, { recursive: true });
const readText = (p: string) => (existsSync(p) ? readFileSync(p, 'utf8') : null);
const yaml = (p: string) => (existsSync(p) ? { path: p, text: readFileSync(p, 'utf8') } : null);
const curatedOf = (dir: string) =>
	existsSync(dir)
		? readdirSync(dir)
				.filter((f) => f.endsWith('.yaml'))
				.sort()
				.map((f) => ({ path: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }))
		: [];

function seed(copies: number): BuildInput {
	const dir = 'questions';
	const sourcesDir = join(dir, 'sources');
	const manifest = JSON.parse(readFileSync(join(sourcesDir, 'manifest.json'), 'utf8')) as { documents: Record<string, unknown>[] };
	const files = new Map(
		readdirSync(sourcesDir)
			.filter((f) => f.endsWith('.txt'))
			.sort()
			.map((f) => [f, new Uint8Array(readFileSync(join(sourcesDir, f)))])
	);
	const docs = [...manifest.documents];
	for (let i = 1; i <= copies; i++)
		for (const d of manifest.documents) {
			const file = `copy${i}-${d.file as string}`;
			docs.push({ ...d, file, title: d.title ? `${d.title as string} (copy ${i})` : null });
			files.set(file, files.get(d.file as string)!);
		}
	return {
		sourcesDir,
		manifest: { path: join(sourcesDir, 'manifest.json'), text: copies ? JSON.stringify({ documents: docs }) : readFileSync(join(sourcesDir, 'manifest.json'), 'utf8') },
		files,
		actors: yaml(join(dir, 'actors.yaml')),
		curated: curatedOf(join(dir, 'curated')),
		review: copies ? null : yaml(join(dir, 'review.yaml')),
		registry: { path: join(dir, 'ids.json'), text: copies ? null : readText(join(dir, 'ids.json')) }
	};
}

function heldout(sourcesDir: string): BuildInput {
	const names = readdirSync(sourcesDir).filter((f) => f.endsWith('.txt'));
	return {
		sourcesDir,
		manifest: { path: join(sourcesDir, 'manifest.json'), text: readFileSync(join(sourcesDir, 'manifest.json'), 'utf8') },
		files: new Map(names.map((f) => [f, new Uint8Array(readFileSync(join(sourcesDir, f)))])),
		actors: null,
		curated: [],
		review: null,
		registry: { path: 'ids.json', text: null }
	};
}

const corpora: [string, () => BuildInput][] = [
	['seed', () => seed(0)],
	['heldout', () => heldout('tests/heldout')],
	['heldout-b', () => heldout('tests/heldout-b')],
	['heldout-c', () => heldout('tests/heldout-c')],
	['copies', () => seed(3)]
];
for (const [name, input] of corpora) {
	const t = performance.now();
	const r = buildBanks(input());
	const ms = performance.now() - t;
	writeFileSync(
		join(out, `golden-${name}.json`),
		JSON.stringify({ questions: r.questions, rejected: r.rejected, scores: r.scores, summary: r.summary, registry: r.registry, report: r.report, files: r.files }, null, 1)
	);
	console.log(`${name}: ${r.questions.length} questions, ${r.rejected.length} rejected, ${Math.round(ms)} ms`);
}
