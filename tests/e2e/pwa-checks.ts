// Shared steps of the offline, update and CSP tests.
import type { BrowserContext, Page } from '@playwright/test';

/** Resolves once the service worker controls the page. */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
		// clientsClaim is off (open tabs keep the version they started with): the first visit is controlled after a reload.
		await page.reload();
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
	}
}

/** Cuts the network for real: every request from the pages and the service worker fails. */
export async function abortAllRequests(context: BrowserContext): Promise<void> {
	await context.route('**', (route) => route.abort('internetdisconnected'));
}

export interface CspWatch {
	/** Every violation seen so far: "directive blocked-uri sample (page)". */
	violations: string[];
}

/**
 * Collects CSP violations from every page of the context: securitypolicyviolation events (reported from an init
 * script) and Chromium's console errors about the policy.
 */
export async function watchCsp(context: BrowserContext): Promise<CspWatch> {
	const watch: CspWatch = { violations: [] };
	await context.exposeBinding('__reportCspViolation', ({ page }, text: string) => {
		watch.violations.push(`${text} (${page.url()})`);
	});
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			const report = (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation;
			void report(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
		});
	});
	const listen = (page: Page) =>
		page.on('console', (message) => {
			if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
				watch.violations.push(`console: ${message.text()} (${page.url()})`);
			}
		});
	context.pages().forEach(listen);
	context.on('page', listen);
	return watch;
}
