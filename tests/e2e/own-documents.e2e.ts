// Your own documents: paste an article, build its questions on the phone, review and save them, study the bank like
// a built-in one — and again with the network gone. Then every bad input a learner can meet on the add page.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { abortAllRequests, studyOneCard, waitForServiceWorker } from './pwa-checks';
import { startServer } from './pwa-server';
import { homeCounts, ownStored } from './ui-helpers';

const ARTICLE = readFileSync('tests/e2e/fixtures/own-article.txt', 'utf8');
const TITLE = 'Riverton council votes to close the Old Mill Bridge';

async function openAdd(page: Page, base = '') {
	await page.goto(`${base}/`);
	await page.getByRole('link', { name: 'Add a document' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Add a document' })).toBeVisible();
}

async function pasteAndContinue(page: Page, text: string) {
	await page.getByLabel('Text of the document').fill(text);
	await page.getByRole('button', { name: 'Continue' }).click();
}

/** From the details to the review screen; returns the milliseconds from the click to the review heading. */
async function build(page: Page): Promise<number> {
	await expect(page.getByRole('heading', { level: 1, name: 'Check the details' })).toBeVisible();
	const t0 = Date.now();
	await page.getByRole('button', { name: 'Build questions' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Review the questions' })).toBeVisible({ timeout: 30_000 });
	return Date.now() - t0;
}

const ownCard = (page: Page) => page.getByRole('list', { name: 'Your banks' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: TITLE }) });

test('paste an article, build, review, save, study it — then offline, reopen and study it again', async ({ page, context }) => {
	test.setTimeout(150_000);
	const server = await startServer();
	await openAdd(page, server.url);
	await pasteAndContinue(page, ARTICLE);

	// Details proposed from the text, editable.
	await expect(page.getByLabel('Title')).toHaveValue(TITLE);
	await expect(page.getByLabel('Author')).toHaveValue('Ana Reyes');
	await expect(page.getByLabel('Date')).toHaveValue('2020-03-04');
	await expect(page.getByText("stated in the text ('March 4, 2020')")).toBeVisible();
	await page.getByLabel('Publisher').fill('Riverton Gazette');

	const ms = await build(page);
	console.log(`build of a ${ARTICLE.split(/\s+/).length}-word article: ${ms} ms from Build to the review screen`);

	// Every candidate shows its source sentence; nothing is accepted until the learner says so.
	const candidates = page.locator('li.candidate');
	const total = Number(/(\d+) questions from/.exec((await page.getByText(/\d+ questions from \d+ words/).textContent()) ?? '')?.[1]);
	expect(total).toBeGreaterThan(5);
	await expect(candidates).toHaveCount(total);
	await expect(page.getByText(`0 of ${total} accepted`)).toBeVisible();
	await expect(page.getByRole('button', { name: /^Save/ })).toBeDisabled();
	await expect(candidates.first().locator('blockquote')).toContainText('Riverton');
	await candidates.nth(0).getByRole('button', { name: 'Accept' }).click();
	await candidates.nth(1).getByRole('button', { name: 'Reject' }).click();
	await expect(page.getByText(`1 of ${total} accepted`)).toBeVisible();
	await page.getByRole('button', { name: 'Accept all' }).click();
	await candidates.nth(1).getByRole('button', { name: 'Reject' }).click();
	await expect(candidates.nth(1).getByRole('button', { name: 'Reject' })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByText(`${total - 1} of ${total} accepted`)).toBeVisible();
	// The builder's turned-down candidates, with reasons, folded away.
	await page.getByText(/candidates? turned down by the builder/).click();
	await expect(page.getByText(/forecast: "April 14, 2020" is after the article's date/).first()).toBeVisible();

	await page.getByRole('button', { name: `Save ${total - 1} questions` }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Saved' })).toBeVisible();
	await page.getByRole('link', { name: 'Home', exact: true }).click();

	// On home like a built-in bank, with its counts.
	await expect(ownCard(page).getByRole('definition').first()).toHaveText(String(total - 1));
	await expect(ownCard(page)).toContainText('Ana Reyes, Riverton Gazette · 4 Mar 2020');
	await ownCard(page).getByRole('link', { name: 'Study' }).click();
	await expect(page.getByRole('article', { name: 'Question' })).toBeVisible();
	const first = await studyOneCard(page);
	expect(first.startsWith('u-')).toBe(true);

	// Offline: the server stops and nothing may leave the browser.
	await waitForServiceWorker(page);
	await server.close();
	await abortAllRequests(context);
	await page.goto(`${server.url}/`);
	await expect(ownCard(page).getByRole('definition').first()).toHaveText(String(total - 2));
	await ownCard(page).getByRole('link', { name: 'Study' }).click();
	const second = await studyOneCard(page);
	expect(second).not.toBe(first);
	// The next card's answer shows its source sentence, and the whole document opens from it, offline.
	const card = page.getByRole('article', { name: 'Question' });
	const textbox = card.getByRole('textbox');
	const reveal = card.getByRole('button', { name: 'Show answer' });
	if (await textbox.count()) {
		await textbox.fill('not sure');
		await card.getByRole('button', { name: 'Check', exact: true }).click();
	} else if (await reveal.count()) await reveal.click();
	else await card.locator('button[aria-keyshortcuts="1"]').first().click();
	await page.getByRole('link', { name: 'Read the whole article' }).click();
	await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
	await expect(page.getByText('Council member David Osei voted against the closure.', { exact: false })).toBeVisible();
});

test.describe('bad input on the add page', () => {
	test('empty text: a message, and no next step', async ({ page }) => {
		await openAdd(page);
		await pasteAndContinue(page, '   \n\n  ');
		await expect(page.getByRole('alert')).toContainText('There is no text');
		await expect(page.getByRole('heading', { level: 1, name: 'Add a document' })).toBeVisible();
	});

	test('a binary file renamed .txt is refused', async ({ page }) => {
		await openAdd(page);
		const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
		await page.getByLabel('Open a file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: png });
		await expect(page.getByRole('alert')).toContainText('This file is not text');
		await expect(page.getByLabel('Text of the document')).toHaveValue('');
	});

	test('a 20 MB file is refused before it is read, saying the limit', async ({ page }) => {
		await openAdd(page);
		const big = Buffer.alloc(20 * 1024 * 1024, 'a');
		await page.getByLabel('Open a file').setInputFiles({ name: 'book.txt', mimeType: 'text/plain', buffer: big });
		await expect(page.getByRole('alert')).toContainText('This file is 20.0 MB; Sourcedeck opens files up to 5.0 MB');
	});

	test('a file picked and then cancelled changes nothing', async ({ page }) => {
		await openAdd(page);
		await page.getByLabel('Text of the document').fill('Kept text.');
		const chooser = page.waitForEvent('filechooser');
		await page.getByRole('button', { name: 'Open a file…' }).click();
		await (await chooser).setFiles([]);
		await expect(page.getByRole('heading', { level: 1, name: 'Add a document' })).toBeVisible();
		await expect(page.getByLabel('Text of the document')).toHaveValue('Kept text.');
		await expect(page.getByRole('alert')).toHaveCount(0);
	});

	test('a saved web page: its article text and details are taken, the menus left out', async ({ page }) => {
		await openAdd(page);
		const paragraphs = ARTICLE.split('\n\n').slice(1).map((p) => `<p>${p.replace(/\n/g, ' ')}</p>`).join('\n');
		const html = `<!doctype html><html><head><title>${TITLE} | Riverton Gazette</title>
			<meta property="og:site_name" content="Riverton Gazette"><meta name="author" content="Ana Reyes">
			<meta property="article:published_time" content="2020-03-04T08:00:00Z"></head><body>
			<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
			<article><h1>${TITLE}</h1>${paragraphs}</article><footer><a href="/privacy">Privacy policy</a></footer></body></html>`;
		await page.getByLabel('Open a file').setInputFiles({ name: 'bridge.html', mimeType: 'text/html', buffer: Buffer.from(html) });
		await expect(page.getByRole('heading', { level: 1, name: 'Check the details' })).toBeVisible();
		await expect(page.getByLabel('Author')).toHaveValue('Ana Reyes');
		await expect(page.getByLabel('Publisher')).toHaveValue('Riverton Gazette');
		await expect(page.getByLabel('Date')).toHaveValue('2020-03-04');
		await page.getByRole('button', { name: 'Back to the text' }).click();
		const text = await page.getByLabel('Text of the document').inputValue();
		expect(text).toContain('Council member David Osei voted against the closure.');
		expect(text).not.toContain('Privacy policy');
	});

	test('a page that is all links gets a plain answer, not an empty bank', async ({ page }) => {
		await openAdd(page);
		await page.getByLabel('Open a file').setInputFiles('tests/e2e/fixtures/links-only.html');
		await expect(page.getByRole('alert')).toContainText('This web page has no article text Sourcedeck can find: it is mostly links');
		await expect(page.getByRole('heading', { level: 1, name: 'Add a document' })).toBeVisible();
	});

	test('text in another language: a small bank of what can be checked, and a note that it is not English', async ({ page }) => {
		await openAdd(page);
		const text = 'Le pont fermé\n\nLe 3 mars 2020, le conseil municipal a voté la fermeture du vieux pont.\n\nLa maire a déclaré que les travaux coûteraient quatre millions.';
		await pasteAndContinue(page, text);
		await build(page);
		// A small bank (the builder reads English; only what it can check, here the years, is asked) and a word on why.
		await expect(page.getByText('This text does not look like English')).toBeVisible();
		const quotes = await page.locator('li.candidate blockquote').allTextContents();
		expect(quotes.length).toBeLessThanOrEqual(3);
		for (const quote of quotes) expect(text).toContain(quote);
	});

	test('Cancel stops a build at once and keeps the details', async ({ page }) => {
		// The builder's code arrives slowly (a poor connection): the build is still under way when Cancel is pressed,
		// however fast the machine builds once it has the code.
		await page.route('**/_app/immutable/workers/**', async (route) => {
			await new Promise((resolve) => setTimeout(resolve, 5_000));
			await route.continue().catch(() => undefined);
		});
		await openAdd(page);
		// The longest text accepted (~50,000 words: several seconds of building) so it is still running at Cancel.
		// Set as a paste sets it (Playwright's fill types such a text slowly).
		// Every sentence different (the builder reads a repeated sentence once), so the build takes seconds, not
		// milliseconds, and is still running when Cancel is pressed however fast the machine.
		const copy = (i: number) => ARTICLE.replace(/\. (?=\p{Lu})/gu, `. In part ${i}, `);
		const long = Array.from({ length: Math.floor(280_000 / (ARTICLE.length + 200)) }, (_, i) => copy(i)).join('\n\n');
		await page.getByLabel('Text of the document').evaluate((area: HTMLTextAreaElement, value) => {
			area.value = value;
			area.dispatchEvent(new Event('input', { bubbles: true }));
		}, long);
		await page.getByRole('button', { name: 'Continue' }).click();
		await page.getByRole('button', { name: 'Build questions' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Building questions…' })).toBeVisible();
		await page.getByRole('button', { name: 'Cancel' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Check the details' })).toBeVisible();
		await expect(page.getByLabel('Title')).toHaveValue(TITLE);
		await expect(page.getByRole('heading', { level: 1, name: 'Review the questions' })).toHaveCount(0);
	});

	test('out of space while saving: a clear message and nothing half-saved', async ({ page }) => {
		await openAdd(page);
		await pasteAndContinue(page, ARTICLE);
		await build(page);
		await page.getByRole('button', { name: 'Accept all' }).click();
		// The device's storage is full from now on: writing the document's text fails as a full disk does.
		await page.evaluate(() => {
			const put = IDBObjectStore.prototype.put;
			IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
				if (this.name === 'texts') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				return put.apply(this, args);
			};
		});
		await page.getByRole('button', { name: /^Save \d+ questions/ }).click();
		await expect(page.getByRole('alert').filter({ hasText: 'out of space' })).toContainText('the bank was not saved');
		await expect(page.getByRole('heading', { level: 1, name: 'Review the questions' })).toBeVisible();
		await page.goto('/');
		await expect(page.getByRole('heading', { name: 'Your own documents' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Add a document' })).toBeVisible();
		await expect(page.getByRole('list', { name: 'Your banks' })).toHaveCount(0);
		// Nothing half-saved: the device's own-bank database holds no bank and no text.
		expect(await ownStored(page)).toEqual([0, 0]);
	});
});

test('delete a bank: keep the progress or remove it', async ({ page }) => {
	test.setTimeout(90_000);
	await openAdd(page);
	await pasteAndContinue(page, ARTICLE);
	await build(page);
	await page.getByRole('button', { name: 'Accept all' }).click();
	await page.getByRole('button', { name: /^Save \d+ questions/ }).click();
	await page.getByRole('link', { name: 'Study it now' }).click();
	await studyOneCard(page);
	await page.goto('/');
	await expect(page.getByText(/Today:\s*1 answers?/)).toBeVisible();
	await expect(ownCard(page).getByRole('definition').nth(2)).toHaveText('1');
	// The built-in corpus counts (and studies) its own articles only.
	expect((await homeCounts(page, 'All articles')).learned).toBe(0);
	await ownCard(page).getByRole('button', { name: 'Delete…' }).click();
	await ownCard(page).getByRole('button', { name: 'Delete, keep my progress' }).click();
	await expect(page.getByText(`“${TITLE}” was deleted; your progress on it is kept`)).toBeVisible();
	await expect(ownCard(page)).toHaveCount(0);

	// The same text again: its progress is back (same question ids). Then delete it with the progress.
	await openAdd(page);
	await pasteAndContinue(page, ARTICLE);
	await build(page);
	await page.getByRole('button', { name: 'Accept all' }).click();
	await page.getByRole('button', { name: /^Save \d+ questions/ }).click();
	await page.getByRole('link', { name: 'Home', exact: true }).click();
	await expect(ownCard(page).getByRole('definition').nth(2)).toHaveText('1');
	await ownCard(page).getByRole('button', { name: 'Delete…' }).click();
	await ownCard(page).getByRole('button', { name: 'Delete with my progress' }).click();
	await expect(page.getByText(`“${TITLE}” was deleted with your progress on it.`)).toBeVisible();
	// The answer went with it: today's tally, read from the device, is back to none.
	await page.reload();
	await expect(page.getByText(/Today:\s*0 answers/)).toBeVisible();
});

test('share a bank as a file and import it on another device; a changed file is refused whole', async ({ page, browser }) => {
	test.setTimeout(90_000);
	await openAdd(page);
	await pasteAndContinue(page, ARTICLE);
	await build(page);
	await page.getByRole('button', { name: 'Accept all' }).click();
	await page.getByRole('button', { name: /^Save \d+ questions/ }).click();
	await page.getByRole('link', { name: 'Home', exact: true }).click();
	await expect(ownCard(page).getByRole('definition').first()).not.toHaveText('–');
	const count = await ownCard(page).getByRole('definition').first().textContent();
	const download = page.waitForEvent('download');
	await ownCard(page).getByRole('button', { name: 'Share file' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^riverton-council-votes-to-close-the-old-mill-[a-z-]*\.sourcedeck\.json$/);
	const content = readFileSync((await file.path())!, 'utf8');

	// Another device: a fresh profile.
	const other = await browser.newContext({ ...test.info().project.use, baseURL: test.info().project.use.baseURL });
	const phone = await other.newPage();
	await openAdd(phone);
	// A file changed by hand (an answer edited) is refused, and nothing is added.
	const crafted = JSON.parse(content);
	crafted.bank.questions[0].answer = 'Something else';
	await phone.getByLabel('Import a bank file').setInputFiles({ name: 'bank.sourcedeck.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(crafted)) });
	await expect(phone.getByRole('alert')).toContainText('This bank file cannot be imported');
	await phone.getByLabel('Import a bank file').setInputFiles({ name: 'bank.sourcedeck.json', mimeType: 'application/json', buffer: Buffer.from(content) });
	await expect(phone.getByRole('heading', { level: 1, name: 'Saved' })).toBeVisible();
	await phone.getByRole('link', { name: 'Home', exact: true }).click();
	await expect(ownCard(phone).getByRole('definition').first()).toHaveText(count ?? '');
	await ownCard(phone).getByRole('link', { name: 'Study' }).click();
	expect((await studyOneCard(phone)).startsWith('u-')).toBe(true);
	await other.close();
});
