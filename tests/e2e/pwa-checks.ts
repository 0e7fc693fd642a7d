// Shared steps of the offline, update and CSP tests.
import { expect, type BrowserContext, type Page } from '@playwright/test';

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

/** How many cards the study page says were answered in this session ("12 left · 3 answered"). */
export async function readAnsweredCount(page: Page): Promise<number> {
	const text = await page.getByText(/\d+ answered/).first().textContent();
	return Number(/(\d+) answered/.exec(text ?? '')?.[1] ?? NaN);
}

/**
 * Answers the card on screen the way a learner would (types, picks, reveals or checks the order), rates it Good,
 * and waits until the page counts it. Returns the id of the question studied.
 */
export async function studyOneCard(page: Page): Promise<string> {
	const card = page.getByRole('article', { name: 'Question' });
	await card.waitFor();
	const before = await readAnsweredCount(page);
	const questionId = (await card.locator('[data-prompt]').first().getAttribute('data-prompt')) ?? '';
	const textbox = card.getByRole('textbox');
	const reveal = card.getByRole('button', { name: 'Show answer' });
	const checkOrder = card.getByRole('button', { name: 'Check order' });
	if (await textbox.count()) {
		await textbox.fill('I am not sure');
		await card.getByRole('button', { name: 'Check', exact: true }).click();
	} else if (await reveal.count()) {
		await reveal.click();
	} else if (await checkOrder.count()) {
		await checkOrder.click();
	} else {
		// Multiple choice and true/false: the first option.
		await card.locator('button[aria-keyshortcuts="1"]').first().click();
	}
	await card.getByRole('group', { name: 'How well did you know it?' }).getByRole('button').nth(2).click();
	await page.getByText(`${before + 1} answered`).waitFor();
	return questionId;
}

/**
 * Today's answers as the home page counts them ("Today: 5 answers"), from what is stored on the device. The page
 * says "no answers yet" until it has read the device, so this polls until it says `expected` (or times out).
 */
export async function expectTodayAnswers(page: Page, base: string, expected: number): Promise<void> {
	await page.goto(`${base}/`);
	const today = page.getByText(/Today: /).first();
	await expect
		.poll(async () => {
			const text = (await today.textContent()) ?? '';
			return /no answers yet/.test(text) ? 0 : Number(/(\d+) answers?/.exec(text)?.[1] ?? NaN);
		})
		.toBe(expected);
}
