// `npm run bank`: builds the question banks from questions/ into static/banks/ and publishes the documents to
// static/sources/ (the app fetches /sources/<file> to show a whole article offline). Thin wrapper: the
// pipeline is src/lib/bank/build-banks.ts; this file only reads and writes files, and adds each bank's views' data
// (src/lib/views/view-data.ts: <id>.timeline.json, <id>.people.json, <id>.positions.json) beside its facts.
// Options: --questions DIR (default questions), --out DIR (default static). A failed build changes nothing.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildBanks } from '../src/lib/bank/build-banks';
import { BuildError } from '../src/lib/bank/errors';
import { formatSummary } from '../src/lib/bank/assemble/format-report';
import type { BankFacts } from '../src/lib/format/bank-format';
import { viewFiles } from '../src/lib/views/view-data';

function option(args: readonly string[], name: string, fallback: string): string {
	const i = args.indexOf(name);
	return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
}

function readText(path: string): string | null {
	return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

function readYaml(path: string) {
	const text = readText(path);
	return text === null ? null : { path, text };
}

/** Writes every file to a temporary name first, then renames them all: a crash leaves no half-written file. */
function writeAll(dir: string, files: { path: string; data: string | Uint8Array }[], prune: (name: string) => boolean): void {
	mkdirSync(dir, { recursive: true });
	const temps = files.map((f) => {
		const tmp = join(dir, `.${f.path}.${process.pid}.tmp`);
		writeFileSync(tmp, f.data);
		return { tmp, final: join(dir, f.path) };
	});
	for (const t of temps) renameSync(t.tmp, t.final);
	const keep = new Set(files.map((f) => f.path));
	for (const name of readdirSync(dir)) if (!keep.has(name) && prune(name)) rmSync(join(dir, name));
}

function build(questionsDir: string, outDir: string, log: (line: string) => void): void {
	const sourcesDir = join(questionsDir, 'sources');
	const started = performance.now();
	const sourceNames = existsSync(sourcesDir) ? readdirSync(sourcesDir).filter((f) => !f.startsWith('.')).sort() : [];
	const files = new Map(sourceNames.filter((f) => f.endsWith('.txt')).map((f) => [f, new Uint8Array(readFileSync(join(sourcesDir, f)))]));
	const curatedDir = join(questionsDir, 'curated');
	const curated = existsSync(curatedDir)
		? readdirSync(curatedDir)
				.filter((f) => f.endsWith('.yaml'))
				.sort()
				.map((f) => ({ path: join(curatedDir, f), text: readFileSync(join(curatedDir, f), 'utf8') }))
		: [];
	const registryPath = join(questionsDir, 'ids.json');
	const result = buildBanks({
		sourcesDir,
		manifest: { path: join(sourcesDir, 'manifest.json'), text: readText(join(sourcesDir, 'manifest.json')) },
		files,
		actors: readYaml(join(questionsDir, 'actors.yaml')),
		curated,
		review: readYaml(join(questionsDir, 'review.yaml')),
		registry: { path: registryPath, text: readText(registryPath) }
	});
	// The views' data (timeline, who's who, positions), ordered and grouped here so that each page only renders.
	const views = result.files.filter((f) => f.path.endsWith('.facts.json')).flatMap((f) => viewFiles(f.path, JSON.parse(f.text) as BankFacts));
	// Everything is built in memory; only now is anything written.
	writeAll(
		join(outDir, 'banks'),
		[...[...result.files, ...views].map((f) => ({ path: f.path, data: f.text })), { path: 'report.txt', data: result.report }],
		(name) => name.endsWith('.json')
	);
	writeAll(
		join(outDir, 'sources'),
		sourceNames.map((f) => ({ path: f, data: readFileSync(join(sourcesDir, f)) })),
		() => false
	);
	if (readText(registryPath) !== result.registry) writeAll(questionsDir, [{ path: 'ids.json', data: result.registry }], () => false);
	log(formatSummary(result.summary));
	log(`report: ${join(outDir, 'banks', 'report.txt')} (${Math.round(performance.now() - started)} ms)`);
}

/** Runs the CLI with `args`; returns the exit code. Exported so tests can run it in-process. */
export function runBankCli(args: readonly string[], out = console.log, err = console.error): number {
	const questionsDir = option(args, '--questions', 'questions');
	const outDir = option(args, '--out', 'static');
	try {
		build(questionsDir, outDir, out);
		return 0;
	} catch (e) {
		if (e instanceof BuildError) {
			err(`Bank build failed: ${e.message}\nNothing in ${join(outDir, 'banks')} was changed.`);
			return 1;
		}
		throw e;
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = runBankCli(process.argv.slice(2));
