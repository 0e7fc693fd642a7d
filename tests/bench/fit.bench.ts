// `npm run bench -- fit`: Settings' "Fit to my reviews" on a phone viewport at 4× CPU (CDP
// Emulation.setCPUThrottlingRate) in real Chromium, for histories of about 1,000 and 5,000 answers restored from a
// generated backup. Prints the optimizer's own time in the worker (fsrs-browser computeParameters) and the time
// from the tap to the gain on screen (worker start, WebAssembly load, log conversion, fit and both evaluations).
// Also checks that home's first load fetches none of the optimizer. Budget: 90 s from tap to gain for ~5,000
// answers (CDP throttling does not reach a dedicated worker: the fit itself runs at the machine's speed). Needs `npm run build` first; exits 1 when over budget.
import { chromium, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { chromiumArgs } from '../../playwright.config';
import { fitBackupText, type HistoryShape } from '../e2e/fit-backup';
import { serveBuild } from './serve-build';

const BUDGET_MS = 90_000;
const CPU = Number(process.env.BENCH_CPU ?? 4);
const HISTORIES: { label: string; shape: HistoryShape }[] = [
	{ label: '~1,000 answers', shape: { questions: 140, days: 180, againRate: 0.1 } },
	{ label: '~5,000 answers', shape: { questions: 330, days: 420, againRate: 0.15 } }
];

async function timeFit(page: Page, base: string, shape: HistoryShape): Promise<{ answers: number; items: number; fitMs: number; tapToGainMs: number }> {
	const text = fitBackupText(Date.now(), shape);
	await page.goto(`${base}/settings`);
	await page.getByLabel('Import a backup file').setInputFiles({ name: 'history.json', mimeType: 'application/json', buffer: Buffer.from(text) });
	await page.getByText('Imported “history.json”').waitFor({ timeout: 120_000 });
	const button = page.getByRole('button', { name: 'Fit to my reviews' });
	await button.waitFor();
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
	const start = Date.now();
	await button.click();
	await page.getByText(/Predicts your recalls|Not better than the parameters in use/).waitFor({ timeout: 300_000 });
	const tapToGainMs = Date.now() - start;
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	const mark = (await page.evaluate(() => (performance.getEntriesByName('sourcedeck:fit').at(-1) as PerformanceMark | undefined)?.detail)) as {
		ms: number;
		items: number;
	};
	return { answers: (JSON.parse(text) as { reviews: unknown[] }).reviews.length, items: mark.items, fitMs: mark.ms, tapToGainMs };
}

async function main(): Promise<number> {
	if (!existsSync('build/index.html')) {
		console.error('build/ is missing: run `npm run build` first.');
		return 1;
	}
	const { base, stop } = await serveBuild();
	const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
	const browser = await chromium.launch({ executablePath, args: chromiumArgs });
	let failed = false;
	try {
		{
			const context = await browser.newContext({ serviceWorkers: 'block' });
			const page = await context.newPage();
			const fetched: string[] = [];
			page.on('response', (r) => fetched.push(r.url()));
			await page.goto(`${base}/`, { waitUntil: 'networkidle' });
			const leaked = fetched.filter((url) => /fit\.worker|fsrs_browser/.test(url));
			console.log(`home first load: ${fetched.length} requests, ${leaked.length} of the optimizer`);
			if (leaked.length) failed = true;
			await context.close();
		}
		for (const { label, shape } of HISTORIES) {
			// A fresh profile each: the restore adds this history only.
			const context = await browser.newContext({ viewport: { width: 393, height: 851 }, serviceWorkers: 'block' });
			const page = await context.newPage();
			const r = await timeFit(page, base, shape);
			console.log(
				`${label} (${r.answers} answers, ${r.items} on a later day), ${CPU}× CPU: fit ${(r.fitMs / 1000).toFixed(1)} s in the worker, tap → gain shown ${(r.tapToGainMs / 1000).toFixed(1)} s (budget ${BUDGET_MS / 1000} s)`
			);
			if (r.tapToGainMs > BUDGET_MS) failed = true;
			await context.close();
		}
	} finally {
		await browser.close();
		stop();
	}
	console.log(failed ? 'OVER BUDGET' : 'within budget');
	return failed ? 1 : 0;
}

main().then(
	(code) => process.exit(code),
	(error) => {
		console.error(error);
		process.exit(1);
	}
);
