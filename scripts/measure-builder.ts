// `npm run measure -- [--sources DIR] [--with-curated] [--gaps] [--why PATTERN] [--sample N --seed S --out FILE]`: the builder judged as a
// new user meets it. By default it runs on the documents alone (no curated questions, no review, no actors list),
// prints questions per 1,000 words by kind, type and article, and the report's reasons for dropping candidates.
// With --sample, it draws N shipped questions at random (seeded, so a report names its draw) and writes them with
// their source sentences to FILE for a reviewer who did not write the builder.
// The held-out set (tests/heldout/) is for measuring only: never tune the builder on it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBanks } from '../src/lib/bank/build-banks';
import type { Question } from '../src/lib/format/bank-format';
import { createRandom } from '../src/lib/domain/random';

function option(args: readonly string[], name: string): string | undefined {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
}

function count<T>(items: readonly T[], key: (t: T) => string): [string, number][] {
	const m = new Map<string, number>();
	for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
	return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

function describe(q: Question, title: (doc: string) => string): string {
	const lines = [`### ${q.id} (${q.type}, ${q.kind})`, '', `**Prompt:** ${q.prompt}`];
	if (q.choices) lines.push(`**Choices:** ${q.choices.map((c) => `“${c}”`).join(' · ')}`);
	if (q.items) lines.push(`**Items (in the order given as correct):** ${q.items.join(' → ')}`);
	lines.push(`**Answer:** ${q.answer}${q.accept?.length ? ` (also accepted: ${q.accept.join('; ')})` : ''}`);
	if (q.explanation) lines.push(`**Explanation:** ${q.explanation}`);
	for (const s of q.sources) lines.push(`**Source** (${title(s.doc)}, file \`${s.doc}.txt\`, chars ${s.start}-${s.end}): “${s.quote}”`);
	return lines.join('\n');
}

const args = process.argv.slice(2);
const sourcesDir = option(args, '--sources') ?? 'questions/sources';
const questionsDir = join(sourcesDir, '..');
const withCurated = args.includes('--with-curated');
const manifestText = readFileSync(join(sourcesDir, 'manifest.json'), 'utf8');
const names = readdirSync(sourcesDir).filter((f) => f.endsWith('.txt'));
const files = new Map(names.map((f) => [f, new Uint8Array(readFileSync(join(sourcesDir, f)))]));
const readYaml = (p: string) => (withCurated && existsSync(p) ? { path: p, text: readFileSync(p, 'utf8') } : null);
const curatedDir = join(questionsDir, 'curated');
const started = performance.now();
const result = buildBanks({
	sourcesDir,
	manifest: { path: join(sourcesDir, 'manifest.json'), text: manifestText },
	files,
	actors: readYaml(join(questionsDir, 'actors.yaml')),
	curated:
		withCurated && existsSync(curatedDir)
			? readdirSync(curatedDir)
					.filter((f) => f.endsWith('.yaml'))
					.sort()
					.map((f) => ({ path: join(curatedDir, f), text: readFileSync(join(curatedDir, f), 'utf8') }))
			: [],
	review: readYaml(join(questionsDir, 'review.yaml')),
	registry: { path: 'ids.json', text: null }
});
const ms = performance.now() - started;
const questions = result.questions.filter((q) => withCurated || q.origin === 'generated');
const words = [...files.values()].reduce((n, b) => n + new TextDecoder().decode(b).split(/\s+/).filter(Boolean).length, 0);
const per1000 = (n: number) => ((n * 1000) / words).toFixed(1);
console.log(`${sourcesDir}: ${files.size} documents, ${words} words, built in ${Math.round(ms)} ms (${withCurated ? 'with' : 'without'} the curated layer)`);
console.log(`questions: ${questions.length} (${per1000(questions.length)} per 1,000 words)`);
for (const [label, key] of [
	['kind', (q: Question) => q.kind],
	['type', (q: Question) => q.type],
	['article', (q: Question) => q.sources[0].doc]
] as const) {
	console.log(`by ${label}:`);
	for (const [k, n] of count(questions, key)) console.log(`  ${k.padEnd(48)} ${String(n).padStart(4)}  ${per1000(n).padStart(5)}/1k`);
}
/** A reason without its particulars: "give-away: a forecast", "score below threshold: sentence over 55 words". */
function reasonKind(reason: string): string {
	return reason
		.replace(/^score [\d.]+ < [\d.]+: ([^;]*).*$/, 'score below threshold: $1')
		.replace(/^give-away: (a forecast|a title|.* main subject|the surname|".*" of the answer|".*" in the prompt points|.* in the prompt points|only this article|".*" is later).*$/, (_, k: string) => `give-away: ${k.replace(/".*"/, '"…"').replace(/^[A-Z].* (main subject|in the prompt points)$/, '… $1')}`)
		.replace(/^([a-z-]+): (?!a forecast|a title|…).*$/, '$1')
		.replace(/^(another \S+ question on the same sentence).*$/, '$1')
		.replace(/^(near-duplicate|more than \d+).*$/, '$1');
}
const reasons = count(result.rejected, (r) => reasonKind(r.reason));
const cov = result.summary.coverage.counts;
console.log(
	`asked about at least once: ${Object.entries(cov)
		.map(([k, v]) => `${k}s ${v.asked}/${v.found}`)
		.join(', ')} — all facts ${Object.values(cov).reduce((n, v) => n + v.asked, 0)}/${Object.values(cov).reduce((n, v) => n + v.found, 0)}`
);
if (args.includes('--gaps')) for (const g of result.summary.coverage.gaps) console.log(`  gap [${g.doc} ${g.what}] ${g.surface} — ${g.sentence.slice(0, 160)}`);
// --why PATTERN: each dropped candidate whose reason matches, with its prompt (to see what a rule turns down).
const why = option(args, '--why');
if (why) for (const r of result.rejected.filter((x) => new RegExp(why).test(x.reason))) console.log(`  why [${r.reason.slice(0, 90)}] ${r.prompt.slice(0, 200)}`);
console.log('dropped candidates by reason:');
for (const [k, n] of reasons) console.log(`  ${k.padEnd(48)} ${String(n).padStart(4)}`);

const sample = Number(option(args, '--sample') ?? 0);
if (sample > 0) {
	const seed = Number(option(args, '--seed') ?? Date.now() % 1e9);
	const out = option(args, '--out') ?? 'sample.md';
	const rand = createRandom(seed);
	const pool = [...questions];
	const drawn: Question[] = [];
	while (drawn.length < sample && pool.length) drawn.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]);
	const manifest = JSON.parse(manifestText) as { documents: { file: string; title: string | null; author: string | null; publisher: string | null; date: string }[] };
	const title = (doc: string) => {
		const d = manifest.documents.find((x) => x.file === `${doc}.txt`);
		return d ? `“${d.title ?? 'untitled'}”, ${d.author ?? d.publisher ?? 'unknown'}, ${d.date}` : doc;
	};
	writeFileSync(
		out,
		[`# Sample of ${drawn.length} questions (seed ${seed}) from ${sourcesDir}`, '', `Documents: ${sourcesDir}/<file>.txt`, '', ...drawn.map((q, i) => `## ${i + 1}\n\n${describe(q, title)}\n`)].join('\n')
	);
	console.log(`sample: ${drawn.length} questions (seed ${seed}) written to ${out}`);
}
