// Storage benchmark in real Chromium at 4× CPU throttling (CDP Emulation.setCPUThrottlingRate).
// The storage module (src/lib/storage, idb and the domain) is bundled with esbuild into a temporary page served on
// localhost; the page seeds 10,000 cards and 100,000 review-log entries (batched transactions), then measures:
//   - the first 200 due cards (getDueCards: index getAll(range, 200))            budget ≤ 15 ms (median)
//   - open + queue + counts, from a cold page (reload), as the study page does: the first call opens the DB,
//     getStudyStart (today's queue and the counts, one transaction) for the corpus budget ≤ 60 ms (median)
//   - the home page's counts of all 6 banks after a cold open (informational)
//   - one answer: ts-fsrs rating + commitAnswer (one strict transaction)         p50 / p95 printed
// Prints the figures; exits 1 when over budget.
import { chromium, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs } from '../../playwright.config';

const CARDS = 10_000;
const REVIEWS = 100_000;
const DUE_BUDGET_MS = 15;
const OPEN_BUDGET_MS = 60;
const THROTTLE = 4;

/** The page's code: bundled by esbuild from this string (resolved against tests/bench). */
const PAGE_SOURCE = `
import { getDatabase, closeStorage, configureStorage } from '../../src/lib/storage/connection';
import { commitAnswer } from '../../src/lib/storage/answers';
import { countBanks, getDueCards, getStudyStart } from '../../src/lib/storage/queue';
import { createScheduler } from '../../src/lib/domain/scheduling';
import { DB_VERSION } from '../../src/lib/storage/schema';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 2, 10, 9);
const DOCS = ['doc-a', 'doc-b', 'doc-c', 'doc-d', 'doc-e'];
const scheduler = createScheduler({ enableFuzz: true });
configureStorage({ name: 'sourcedeck-bench', version: DB_VERSION });

function card(i) {
	const doc = DOCS[i % DOCS.length];
	const learnt = i < ${CARDS} * 0.7;
	return {
		id: 'q-' + i, doc, fp: 'fp' + (i % 97), queue: learnt ? 1 : 0,
		// Learnt cards: due spread from 60 days ago to 60 days ahead (about half due now).
		due: learnt ? NOW + ((i * 7919) % 120 - 60) * DAY + (i % 1000) : NOW - 30 * DAY + i,
		state: learnt ? 2 : 0, stability: learnt ? 5 + (i % 40) : 0, difficulty: learnt ? 3 + (i % 6) : 0,
		elapsed_days: learnt ? 3 : 0, scheduled_days: learnt ? 5 + (i % 40) : 0, learning_steps: 0,
		reps: learnt ? 1 + (i % 12) : 0, lapses: learnt ? i % 3 : 0, last_review: learnt ? NOW - (i % 40) * DAY : null
	};
}

function review(j) {
	const q = j % Math.floor(${CARDS} * 0.7);
	return {
		id: 'r-' + j, kind: 'review', questionId: 'q-' + q, doc: DOCS[q % DOCS.length], at: NOW - 400 * DAY + j * 300_000,
		rating: 1 + (j % 4), state: j % 10 === 0 ? 0 : 2, due: NOW - 400 * DAY + j * 300_000, dueBefore: NOW - 400 * DAY,
		stability: 4, difficulty: 5, elapsed_days: 3, last_elapsed_days: 2, scheduled_days: 4, learning_steps: 0, durationMs: 4000
	};
}

async function putAll(store, records) {
	const db = await getDatabase();
	for (let start = 0; start < records.length; start += 5000) {
		const tx = db.transaction(store, 'readwrite', { durability: 'relaxed' });
		for (const r of records.slice(start, start + 5000)) tx.store.put(r);
		await tx.done;
	}
}

window.bench = {
	/** Written raw into a schema-1 database (before the tallies), then opened by the app: the upgrade builds them. */
	async seed() {
		const t0 = performance.now();
		configureStorage({ version: 1 });
		await putAll('cards', Array.from({ length: ${CARDS} }, (_, i) => card(i)));
		await putAll('reviews', Array.from({ length: ${REVIEWS} }, (_, j) => review(j)));
		const seeded = performance.now() - t0;
		configureStorage({ version: DB_VERSION });
		const t1 = performance.now();
		const db = await getDatabase();
		const upgrade = performance.now() - t1;
		return { ms: seeded, upgrade, cards: await db.count('cards'), reviews: await db.count('reviews') };
	},
	async firstDue() {
		await getDatabase();
		const t0 = performance.now();
		const due = await getDueCards({}, NOW, 200);
		return { ms: performance.now() - t0, count: due.length, ordered: due.every((c, i) => i === 0 || due[i - 1].due <= c.due) };
	},
	/** From a cold page (the study page): the first call opens the database; the queue and the bank's counts. */
	async openQueueCounts() {
		const t0 = performance.now();
		const { queue, counts } = await getStudyStart({}, { now: NOW, utcOffsetMinutes: 0 });
		return { ms: performance.now() - t0, due: queue.due.length, fresh: queue.fresh.length, counts };
	},
	/** From a cold page (the home page): counts of the corpus and the five article banks, one transaction. */
	async openHomeCounts() {
		const t0 = performance.now();
		await countBanks([{}, ...DOCS.map((doc) => ({ docs: [doc] }))], NOW);
		return { ms: performance.now() - t0 };
	},
	/** The counts by walking the index (what the tallies replace), to check them. */
	async indexCounts() {
		const db = await getDatabase();
		const count = (q, to) => db.countFromIndex('cards', 'byQueueDue', IDBKeyRange.bound([q, -Infinity], [q, to]));
		return { new: await count(0, Infinity), due: await count(1, NOW), learned: await count(1, Infinity) };
	},
	/** Where the time goes, on an open connection. */
	async parts() {
		const db = await getDatabase();
		const index = db.transaction('cards').store.index('byQueueDue');
		const time = async (f) => { const t0 = performance.now(); await f(); return performance.now() - t0; };
		const range = IDBKeyRange.bound([1, -Infinity], [1, NOW]);
		return {
			getDueCards200: await time(() => getDueCards({}, NOW, 200)),
			rawGetAll200: await time(() => db.getAllFromIndex('cards', 'byQueueDue', range, 200)),
			getAllKeys200: await time(() => db.getAllKeysFromIndex('cards', 'byQueueDue', range, 200)),
			countDue: await time(() => db.countFromIndex('cards', 'byQueueDue', range)),
			countAll: await time(() => db.count('cards')),
			emptyTx: await time(() => db.transaction('settings').done)
		};
	},
	async answers(n) {
		const due = await getDueCards({}, NOW, n);
		const rate = [], commit = [];
		for (const [i, c] of due.entries()) {
			const now = NOW + i * 1000;
			const t0 = performance.now();
			const { card, review } = scheduler.rate(c, 1 + (i % 4), now, { id: crypto.randomUUID(), durationMs: 3000 });
			const t1 = performance.now();
			await commitAnswer(card, review);
			const t2 = performance.now();
			rate.push(t1 - t0);
			commit.push(t2 - t0);
		}
		return { rate, commit };
	},
	close() { closeStorage(); }
};
document.title = 'ready';
`;

function median(values: number[]): number {
	return percentile(values, 50);
}
function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function serve(dir: string, script: string): Promise<{ server: Server; url: string }> {
	const html = '<!doctype html><meta charset="utf-8"><title>loading</title><script type="module" src="/bench.js"></script>';
	const server = createServer((req, res) => {
		if (req.url === '/bench.js') {
			res.writeHead(200, { 'content-type': 'text/javascript' });
			res.end(script);
		} else {
			res.writeHead(200, { 'content-type': 'text/html' });
			res.end(html);
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('no port');
	void dir;
	return { server, url: `http://127.0.0.1:${address.port}/` };
}

async function ready(page: Page): Promise<void> {
	await page.waitForFunction(() => document.title === 'ready');
}

async function main(): Promise<number> {
	const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
	const dir = await mkdtemp(join(tmpdir(), 'sourcedeck-storage-bench-'));
	const bundle = await build({
		stdin: { contents: PAGE_SOURCE, resolveDir: 'tests/bench', loader: 'ts', sourcefile: 'storage-bench-page.ts' },
		bundle: true,
		format: 'esm',
		target: 'es2022',
		minify: true,
		write: false,
		logLevel: 'error'
	});
	const script = bundle.outputFiles[0].text;
	await writeFile(join(dir, 'bench.js'), script);
	const { server, url } = await serve(dir, script);
	const browser = await chromium.launch({ executablePath, args: chromiumArgs });
	let failed = false;
	try {
		const context = await browser.newContext();
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await page.goto(url);
		await ready(page);
		const seeded = await page.evaluate(() => (window as unknown as BenchWindow).bench.seed());
		console.log(`seeded ${seeded.cards} cards and ${seeded.reviews} log entries in ${ms(seeded.ms)} (unthrottled, batches of 5,000, schema 1)`);
		console.log(`upgrade to the current schema (tallies built from the 10,000 cards): ${ms(seeded.upgrade)} unthrottled, once per device`);
		console.log(`bundle: ${(script.length / 1024).toFixed(1)} KB minified (storage + domain + idb + ts-fsrs + valibot)`);

		// Let the browser settle (LevelDB compacts after a bulk write), as a learner's device would between sessions.
		await page.waitForTimeout(5000);
		await page.reload();
		await ready(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });

		const due: number[] = [];
		let dueCount = 0;
		for (let i = 0; i < 30; i++) {
			const r = await page.evaluate(() => (window as unknown as BenchWindow).bench.firstDue());
			if (!r.ordered) throw new Error('due cards not in due order');
			due.push(r.ms);
			dueCount = r.count;
		}

		const open: number[] = [];
		const home: number[] = [];
		let sample: Awaited<ReturnType<BenchWindow['bench']['openQueueCounts']>> | null = null;
		for (let i = 0; i < 10; i++) {
			await page.reload();
			await ready(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
			sample = await page.evaluate(() => (window as unknown as BenchWindow).bench.openQueueCounts());
			open.push(sample.ms);
			await page.reload();
			await ready(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
			home.push((await page.evaluate(() => (window as unknown as BenchWindow).bench.openHomeCounts())).ms);
		}
		const parts: Record<string, number[]> = {};
		for (let i = 0; i < 10; i++) {
			for (const [k, v] of Object.entries(await page.evaluate(() => (window as unknown as BenchWindow).bench.parts()))) (parts[k] ??= []).push(v);
		}

		const byIndex = await page.evaluate(() => (window as unknown as BenchWindow).bench.indexCounts());
		const answers = await page.evaluate(() => (window as unknown as BenchWindow).bench.answers(200));

		console.log(`\nAt ${THROTTLE}× CPU throttling, ${CARDS.toLocaleString('en')} cards, ${REVIEWS.toLocaleString('en')} log entries (machine load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores):`);
		console.log(`first ${dueCount} due cards:     median ${ms(median(due))}, p95 ${ms(percentile(due, 95))}, max ${ms(Math.max(...due))}  (budget ${DUE_BUDGET_MS} ms, median)`);
		console.log(
			`open + queue + counts:   median ${ms(median(open))}, p95 ${ms(percentile(open, 95))}, max ${ms(Math.max(...open))}  (budget ${OPEN_BUDGET_MS} ms, median; ` +
				`queue ${sample?.due} due + ${sample?.fresh} new, corpus counts new ${sample?.counts.new} / due ${sample?.counts.due} / learned ${sample?.counts.learned})`
		);
		console.log(`home page: open + counts of 6 banks: median ${ms(median(home))}, p95 ${ms(percentile(home, 95))}  (informational)`);
		console.log(`parts (median, open connection): ${Object.entries(parts).map(([k, v]) => `${k} ${ms(median(v))}`).join(', ')}`);
		console.log(`one answer (rate + commitAnswer, strict): p50 ${ms(median(answers.commit))}, p95 ${ms(percentile(answers.commit, 95))}, max ${ms(Math.max(...answers.commit))}  (n=${answers.commit.length}; ts-fsrs rate alone p50 ${ms(median(answers.rate))})`);

		const counted = sample?.counts;
		if (!counted || counted.new !== byIndex.new || counted.due !== byIndex.due || counted.learned !== byIndex.learned) {
			console.log(`WRONG COUNTS: ${JSON.stringify(counted)} but the index holds ${JSON.stringify(byIndex)}`);
			failed = true;
		}
		if (median(due) > DUE_BUDGET_MS) {
			console.log(`OVER BUDGET: first 200 due cards ${ms(median(due))} > ${DUE_BUDGET_MS} ms`);
			failed = true;
		}
		if (median(open) > OPEN_BUDGET_MS) {
			console.log(`OVER BUDGET: open + queue + counts ${ms(median(open))} > ${OPEN_BUDGET_MS} ms`);
			failed = true;
		}
	} finally {
		await browser.close();
		server.close();
		await rm(dir, { recursive: true, force: true });
	}
	return failed ? 1 : 0;
}

interface BenchWindow {
	bench: {
		seed(): Promise<{ ms: number; upgrade: number; cards: number; reviews: number }>;
		firstDue(): Promise<{ ms: number; count: number; ordered: boolean }>;
		openQueueCounts(): Promise<{ ms: number; due: number; fresh: number; counts: { new: number; due: number; learned: number } }>;
		openHomeCounts(): Promise<{ ms: number }>;
		parts(): Promise<Record<string, number>>;
		indexCounts(): Promise<{ new: number; due: number; learned: number }>;
		answers(n: number): Promise<{ rate: number[]; commit: number[] }>;
	};
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(error);
		process.exit(1);
	}
);
