// Cold start offline: the learner studied once (service worker and banks cached), closed the browser, and opens
// the study page again on a bus with no signal. Each run restarts Chromium on the same profile with the server
// stopped and the CPU slowed 4×, and times the first card painted. Budget: median ≤ 800 ms over 5 runs.
// The card may first be the copy saved last time (painted by app.html before the app has started,
// src/lib/pwa/study-snapshot.ts); the time the app's own card replaced it (answers are taken) is printed too.
// Needs `npm run build` first.
import { chromium, devices, type BrowserContext } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs } from '../../playwright.config.ts';
import { chromiumPath } from './chromium';
import { startServer } from '../e2e/pwa-server';

const RUNS = 5;
const BUDGET_MS = 800;
const STUDY = '/study?bank=corpus';
const CARD = 'article[aria-label="Question"]';
/** The copy of the card painted before the app started. */
const PAINTED = '[data-study-snapshot]';
const FLOOR_FILE = '/sources/manifest.json';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** First paint of a file with no app code, same conditions: what this host needs before any of our work. */
async function timePlainFile(profile: string, url: string): Promise<number> {
	const context = await openProfile(profile);
	try {
		const tab = context.pages()[0] ?? (await context.newPage());
		const cdp = await context.newCDPSession(tab);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await tab.goto(url);
		await tab.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
		return await tab.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]!.startTime);
	} finally {
		await context.close();
	}
}

async function openProfile(profile: string): Promise<BrowserContext> {
	const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = devices['Pixel 5'];
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath || undefined,
		args: chromiumArgs,
		viewport,
		userAgent,
		deviceScaleFactor,
		isMobile,
		hasTouch
	});
	// Time from navigation start to the paint of the first card: checked every frame (rAF runs just before the
	// frame is painted; a task queued from it runs after), then to the app's own card (no copy left on screen).
	// The page says so on the console: waiting with page.waitForFunction would run Playwright's injected script
	// (~300 ms at 4× CPU) in the page while it loads, delaying what is measured.
	// A string, not a function: tsx wraps named inner functions in a __name() helper the page does not have.
	await context.addInitScript({
		content: `(() => {
			const check = () => {
				const card = document.querySelector(${JSON.stringify(CARD)});
				const live = card && !document.querySelector(${JSON.stringify(PAINTED)});
				if (card && window.firstCardMs === undefined) setTimeout(() => (window.firstCardMs ??= performance.now()));
				if (live) setTimeout(() => {
					window.liveCardMs ??= performance.now();
					console.debug('sourcedeck:first-card');
				});
				else requestAnimationFrame(check);
			};
			requestAnimationFrame(check);
		})();`
	});
	return context;
}

async function main() {
	const server = await startServer('build');
	const profile = mkdtempSync(join(tmpdir(), 'sourcedeck-coldstart-'));
	const times: number[] = [];
	const lives: number[] = [];
	const floors: number[] = [];
	try {
		// One visit online: the service worker installs and precaches; a second load is controlled by it.
		const first = await openProfile(profile);
		const page = first.pages()[0] ?? (await first.newPage());
		await page.goto(`${server.url}/`);
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
		});
		await page.goto(`${server.url}${STUDY}`);
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
		await page.waitForSelector(CARD);
		await first.close();
		await server.close();

		for (let run = 0; run < RUNS; run++) {
			// The floor on this host: a restarted browser painting a plain text file from the same cache.
			floors.push(await timePlainFile(profile, `${server.url}${FLOOR_FILE}`));
			const context = await openProfile(profile);
			const tab = context.pages()[0] ?? (await context.newPage());
			const cdp = await context.newCDPSession(tab);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
			const shown = tab.waitForEvent('console', { predicate: (m) => m.text() === 'sourcedeck:first-card', timeout: 30_000 });
			await tab.goto(`${server.url}${STUDY}`, { waitUntil: 'commit' });
			await shown;
			const { ms, live } = await tab.evaluate(() => {
				const w = window as unknown as { firstCardMs: number; liveCardMs: number };
				return { ms: w.firstCardMs, live: w.liveCardMs };
			});
			// Where the time goes: service worker start, the page from its cache, scripts run, first paint.
			const phases = await tab.evaluate(() => {
				const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
				const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
				return { worker: nav.workerStart, html: nav.responseEnd, dcl: nav.domContentLoadedEventEnd, fcp };
			});
			const controlled = await tab.evaluate(() => navigator.serviceWorker.controller !== null);
			if (!controlled) throw new Error('The page was not served by the service worker');
			times.push(ms);
			lives.push(live);
			const at = (n: number) => `${n.toFixed(0)} ms`;
			console.log(
				`run ${run + 1}: first card ${at(ms)}, the app's own ${at(live)} (worker started ${at(phases.worker)}, page from cache ${at(phases.html)}, ` +
					`DOMContentLoaded ${at(phases.dcl)}, first paint ${at(phases.fcp)}; plain-file floor ${at(floors.at(-1)!)})`
			);
			await context.close();
		}
	} finally {
		await server.close().catch(() => undefined);
		rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
	}
	const sorted = [...times].sort((a, b) => a - b);
	const cardMedian = median(times);
	console.log(
		`cold start offline, 4× CPU: first card median ${cardMedian.toFixed(0)} ms (min ${sorted[0]!.toFixed(0)}, ` +
			`max ${sorted.at(-1)!.toFixed(0)}), budget ${BUDGET_MS} ms; host floor (plain file painted) median ` +
			`${median(floors).toFixed(0)} ms (ratio ${(cardMedian / median(floors)).toFixed(2)}); the app's own card median ` +
			`${median(lives).toFixed(0)} ms; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`
	);
	if (cardMedian > BUDGET_MS) {
		console.log('cold start: over budget');
		process.exit(1);
	}
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
