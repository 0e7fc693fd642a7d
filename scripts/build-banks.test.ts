// CLI tests: run `tsx scripts/build-banks.ts --questions DIR --out DIR` on temp copies of small inputs and check
// what a person sees (the message, the exit code) and that a failed build leaves the output untouched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACTORS, CURATED, MANIFEST, STRATFOR, TATSUMI, THIRD } from '../src/lib/bank/testing/fixtures';
import { runBankCli } from './build-banks';

const root = mkdtempSync(join(tmpdir(), 'bank-cli-'));
let counter = 0;

function makeQuestions(): string {
	const dir = join(root, `q${counter++}`);
	mkdirSync(join(dir, 'sources'), { recursive: true });
	mkdirSync(join(dir, 'curated'));
	writeFileSync(join(dir, 'sources', 'manifest.json'), MANIFEST);
	writeFileSync(join(dir, 'sources', 'tatsumi.txt'), TATSUMI);
	writeFileSync(join(dir, 'sources', 'stratfor.txt'), STRATFOR);
	writeFileSync(join(dir, 'sources', 'third.txt'), THIRD);
	writeFileSync(join(dir, 'actors.yaml'), ACTORS);
	writeFileSync(join(dir, 'curated', 'tatsumi.yaml'), CURATED);
	return dir;
}

/** In-process run of the CLI (spawning tsx costs seconds per run on a busy machine). */
function run(questions: string, out: string) {
	const stdout: string[] = [];
	const stderr: string[] = [];
	const status = runBankCli(['--questions', questions, '--out', out], (l) => stdout.push(l), (l) => stderr.push(l));
	return { status, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

/** The real command, as `npm run bank` runs it. */
function spawnCli(questions: string, out: string) {
	const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-banks.ts', '--questions', questions, '--out', out], { encoding: 'utf8' });
	return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function snapshot(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const f of readdirSync(dir).sort()) out[f] = readFileSync(join(dir, f), 'utf8');
	return out;
}

let goodOut = '';
let goodBanks: Record<string, string> = {};

beforeAll(() => {
	goodOut = join(root, 'good-out');
	const first = run(makeQuestions(), goodOut);
	expect(first.status, first.stderr).toBe(0);
	goodBanks = snapshot(join(goodOut, 'banks'));
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run bank (CLI)', () => {
	it('writes the banks, the report and prints the counts', () => {
		expect(Object.keys(goodBanks)).toEqual([
			'corpus.facts.json',
			'corpus.json',
			'corpus.people.json',
			'corpus.positions.json',
			'corpus.timeline.json',
			'index.json',
			'report.txt',
			'stratfor.facts.json',
			'stratfor.json',
			'stratfor.people.json',
			'stratfor.positions.json',
			'stratfor.timeline.json',
			'tatsumi.facts.json',
			'tatsumi.json',
			'tatsumi.people.json',
			'tatsumi.positions.json',
			'tatsumi.timeline.json',
			'third.facts.json',
			'third.json',
			'third.people.json',
			'third.positions.json',
			'third.timeline.json'
		]);
		const again = run(makeQuestions(), join(root, 'other-out'));
		expect(again.stdout).toMatch(/\d+ questions shipped/);
		expect(again.stdout).toMatch(/by kind:/);
	}, 60_000);

	it('runs as a command: exit code 0 on success, 1 with the message on stderr on failure', () => {
		const out = join(root, 'spawned');
		const ok = spawnCli(makeQuestions(), out);
		expect(ok.status, ok.stderr).toBe(0);
		expect(snapshot(join(out, 'banks'))).toEqual(goodBanks);
		const bad = makeQuestions();
		rmSync(join(bad, 'sources', 'manifest.json'));
		const failed = spawnCli(bad, out);
		expect(failed.status).toBe(1);
		expect(failed.stderr).toMatch(/manifest\.json: file not found\. The manifest is missing/);
		expect(snapshot(join(out, 'banks'))).toEqual(goodBanks);
	}, 120_000);

	it('copies the documents byte for byte to sources/', () => {
		expect(readFileSync(join(goodOut, 'sources', 'tatsumi.txt'), 'utf8')).toBe(TATSUMI);
		expect(readdirSync(join(goodOut, 'sources')).sort()).toEqual(['manifest.json', 'stratfor.txt', 'tatsumi.txt', 'third.txt']);
	});

	it('rebuilds byte-identical banks', () => {
		const out = join(root, 'rebuild');
		cpSync(goodOut, out, { recursive: true });
		expect(run(makeQuestions(), out).status).toBe(0);
		expect(snapshot(join(out, 'banks'))).toEqual(goodBanks);
	}, 60_000);

	const badInputs: [string, (dir: string) => void, RegExp][] = [
		['a broken manifest', (d) => writeFileSync(join(d, 'sources', 'manifest.json'), '{"documents": [\n  {"file": "tatsumi.txt",\n}'), /manifest\.json:3: invalid JSON/],
		['a manifest entry without a date', (d) => writeFileSync(join(d, 'sources', 'manifest.json'), MANIFEST.replace('"date": "2019-01-22"', '"date": "22/01/2019"')), /manifest\.json:\d+: stratfor\.txt: "date" must be YYYY-MM-DD/],
		['a missing document', (d) => rmSync(join(d, 'sources', 'stratfor.txt')), /sources\/stratfor\.txt: file not found\. .*Add the file or remove its entry/],
		['an empty document', (d) => writeFileSync(join(d, 'sources', 'third.txt'), ''), /sources\/third\.txt: file is empty/],
		['a binary document', (d) => writeFileSync(join(d, 'sources', 'third.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])), /third\.txt: NUL byte/],
		['a non-UTF-8 document', (d) => writeFileSync(join(d, 'sources', 'third.txt'), Buffer.from('Line one\nCaf\xe9 line two\n', 'latin1')), /third\.txt:2: invalid UTF-8.*Re-save it as UTF-8/],
		['a curated quote not in its document', (d) => writeFileSync(join(d, 'curated', 'tatsumi.yaml'), CURATED.replace('on Nov. 23 and agreed', 'on Nov. 24 and agreed')), /curated\/tatsumi\.yaml:10: "kono-lavrov-date": the quote is not in tatsumi/],
		['an unknown actor', (d) => writeFileSync(join(d, 'curated', 'tatsumi.yaml'), CURATED.replace('kind: date', 'kind: actor').replace('answer: "Nov. 23"', 'answer: "Kremlin aides"')), /tatsumi\.yaml:\d+: "kono-lavrov-date": "Kremlin aides" is not in questions\/actors\.yaml/],
		['a duplicate id', (d) => writeFileSync(join(d, 'curated', 'tatsumi.yaml'), CURATED + CURATED.split('questions:\n')[1]), /tatsumi\.yaml:11: id "kono-lavrov-date" is used twice in this file \(first at line 3\)/],
		['malformed YAML', (d) => writeFileSync(join(d, 'actors.yaml'), '- id: x\n  name: "unclosed\n'), /actors\.yaml:\d+: /]
	];

	for (const [name, breakIt, message] of badInputs)
		it(`stops on ${name}, says where and what to do, and leaves the banks untouched`, () => {
			const dir = makeQuestions();
			breakIt(dir);
			const out = join(root, `bad-${counter}`);
			cpSync(goodOut, out, { recursive: true });
			const r = run(dir, out);
			expect(r.status).toBe(1);
			expect(r.stderr).toMatch(message);
			expect(r.stderr).toContain('Nothing in');
			expect(snapshot(join(out, 'banks'))).toEqual(goodBanks);
		}, 60_000);
});
