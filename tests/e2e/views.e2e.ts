// The dispute's three views (timeline, who's who, positions) from home on a phone: each line quotes its sentence,
// opens it marked in the reader and starts a session of the questions that ask about it — online and offline; no
// axe violations in light or dark; the corpus timeline prints on two A4 pages.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BankFacts } from '../../src/lib/format/bank-format';
import { abortAllRequests, waitForServiceWorker } from './pwa-checks';
import { startServer } from './pwa-server';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

async function facts(page: Page, base = ''): Promise<BankFacts> {
	return (await (await page.request.get(`${base}/banks/corpus.facts.json`)).json()) as BankFacts;
}

async function axeViolations(page: Page): Promise<string[]> {
	// Injected through the DevTools protocol: the app's CSP rightly refuses an inline script tag.
	await page.evaluate(axeSource);
	const ids = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
		const result = await axe.run(document, { resultTypes: ['violations'] });
		return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
	});
	return ids;
}

/** From a timeline line that has questions: its sentence marked in the reader, then back and a study session of them. */
async function followALine(page: Page, base: string, f: BankFacts) {
	const event = f.events.find((e) => e.label && e.questions.length > 0 && e.source.doc.startsWith('tatsumi'))!;
	const line = page.getByRole('listitem').filter({ has: page.locator(`#event-${event.id}`) }).last();
	await expect(line.getByText(event.source.quote, { exact: false })).toBeVisible();
	await line.getByRole('link', { name: 'Open in reader' }).click();
	await expect(page).toHaveURL(/\/read\?doc=/);
	await expect(page.locator('mark')).toHaveText(event.source.quote);
	await page.goto(`${base}/timeline?bank=corpus`);
	const again = page.getByRole('listitem').filter({ has: page.locator(`#event-${event.id}`) }).last();
	await again.getByRole('link', { name: `Study these (${event.questions.length})` }).click();
	await expect(page).toHaveURL(/\/study\?bank=corpus&only=/);
	const prompt = page.locator('[data-prompt]');
	await expect(prompt).toBeVisible();
	expect(event.questions).toContain(await prompt.getAttribute('data-prompt'));
}

test('from home, each view opens; a line leads to its sentence in the reader and to a session of its questions', async ({ page }) => {
	const f = await facts(page);
	await page.goto('/');
	const nav = page.getByRole('navigation', { name: 'See the dispute' });

	await nav.getByRole('link', { name: 'Timeline' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
	// A list first: periods as headings, each an ordered list, dates at the text's precision.
	await expect(page.getByRole('heading', { level: 2, name: '1950s' })).toBeVisible();
	await expect(page.getByRole('list').first()).toBeVisible();
	await expect(page.locator('time', { hasText: /^14 Nov 2018$/ }).first()).toBeVisible();
	await expect(page.locator('time', { hasText: /^Nov\. 2018$/ }).first()).toBeVisible();
	// The Singapore summit as two articles date it, side by side.
	await expect(page.getByText(/Dated differently by 2 articles:\s+Nov\. 2018 and 14 Nov 2018/)).toBeVisible();
	// Filters: one article, then one period.
	await page.getByRole('combobox', { name: 'Article', exact: true }).selectOption({ index: 1 });
	const events = page.locator('time');
	const first = f.events[0].source.doc;
	const oneArticle = new Set(f.events.filter((e) => e.source.doc === first).map((e) => e.id)).size;
	await expect(events).toHaveCount(oneArticle);
	await page.getByRole('combobox', { name: 'Article', exact: true }).selectOption('');
	await page.getByRole('combobox', { name: 'Period', exact: true }).selectOption({ index: 1 });
	await expect(page.getByRole('heading', { level: 2 })).toHaveCount(1);
	await page.getByRole('combobox', { name: 'Period', exact: true }).selectOption('');

	await followALine(page, '', f);

	await page.goto('/');
	await page.getByRole('navigation', { name: 'See the dispute' }).getByRole('link', { name: 'Who’s who' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Who’s who' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 3, name: 'Shinzo Abe' })).toBeVisible();
	const abe = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: 'Shinzo Abe' }) });
	await abe.getByText(/What the articles say/).click();
	await expect(abe.getByRole('link', { name: 'Open in reader' }).first()).toBeVisible();

	await page.getByRole('navigation', { name: 'Views of the dispute' }).getByRole('link', { name: 'Positions' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Positions' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'The outcome of World War II' })).toBeVisible();
	await expect(page.getByText('Northern Territories', { exact: true })).toBeVisible();
	await expect(page.getByText('South Kuril Islands', { exact: true })).toBeVisible();
	const lavrov = f.positions.find((p) => p.actor === 'sergei-lavrov')!;
	const line = page.getByRole('listitem').filter({ hasText: 'Sergei Lavrov' }).first();
	await line.getByRole('link', { name: `Study these (${lavrov.questions.length})` }).click();
	await expect(page.locator('[data-prompt]')).toBeVisible();
	expect(lavrov.questions).toContain(await page.locator('[data-prompt]').getAttribute('data-prompt'));
});

test('a bank that does not exist says so in plain words', async ({ page }) => {
	await page.goto('/timeline?bank=nope');
	await expect(page.getByRole('alert')).toContainText('There is no question bank called “nope”');
});

test('a view whose file is missing or from another version says so, and shows nothing half-read', async ({ page }) => {
	await page.route('**/banks/corpus.people.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
	await page.goto('/people?bank=corpus');
	await expect(page.getByRole('alert')).toContainText('A question file is missing on the server (error 404)');
	await expect(page.getByRole('heading', { level: 3 })).toHaveCount(0);

	await page.route('**/banks/corpus.positions.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ format: 0, issues: [] }) }));
	await page.goto('/positions?bank=corpus');
	await expect(page.getByRole('alert')).toContainText('These facts are from another version of Sourcedeck');
	await expect(page.getByRole('heading', { level: 2 })).toHaveCount(0);
});

test('who’s who and positions: choosing an article keeps only what it says', async ({ page }) => {
	const f = await facts(page);
	const doc = 'stratfor-2019-01-22-odds-stacked-against-abe';
	await page.goto('/positions?bank=corpus');
	await expect(page.getByRole('heading', { level: 2, name: 'The outcome of World War II' })).toBeVisible();
	await page.getByRole('combobox', { name: 'Article', exact: true }).selectOption(doc);
	const stances = f.positions.filter((p) => p.source.doc === doc);
	// Each position of the article under at least one question, and none from another article.
	const cited = async () => new Set(await page.locator('.side li blockquote').evaluateAll((qs) => qs.map((q) => q.querySelector('p')!.textContent!)));
	await expect.poll(async () => (await cited()).size).toBe(new Set(stances.map((p) => p.source.quote)).size);
	for (const p of stances) expect([...(await cited())].some((q) => q.includes(p.source.quote)), p.source.quote).toBe(true);

	await page.getByRole('navigation', { name: 'Views of the dispute' }).getByRole('link', { name: 'Who’s who' }).click();
	await expect(page.getByRole('heading', { level: 3, name: 'Shinzo Abe' })).toBeVisible();
	await page.getByRole('combobox', { name: 'Article', exact: true }).selectOption(doc);
	const named = f.actors.filter((a) => a.mentions.some((m) => m.doc === doc) || f.positions.some((p) => p.actor === a.id && p.source.doc === doc));
	await expect(page.getByRole('heading', { level: 3 })).toHaveCount(named.length);
	await expect(page.getByText('Mentioned in one article:').first()).toBeVisible();
});

test('the views work offline after one visit', async ({ page, context }) => {
	test.setTimeout(120_000);
	const server = await startServer();
	const f = await facts(page, server.url);
	await page.goto(`${server.url}/`);
	await waitForServiceWorker(page);
	await server.close();
	await abortAllRequests(context);

	await page.reload();
	await page.getByRole('navigation', { name: 'See the dispute' }).getByRole('link', { name: 'Timeline' }).click();
	await expect(page.getByRole('heading', { level: 2, name: '1950s' })).toBeVisible();
	await followALine(page, server.url, f);
	await page.goto(`${server.url}/people?bank=corpus`);
	await expect(page.getByRole('heading', { level: 3, name: 'Vladimir Putin' })).toBeVisible();
	await page.goto(`${server.url}/positions?bank=tatsumi-2018-11-catalyst-behind-peace-talks`);
	await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`no axe violations on the three views (${colorScheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		for (const [path, heading] of [
			['/timeline?bank=corpus', '1950s'],
			['/people?bank=corpus', 'Japan'],
			['/positions?bank=corpus', 'One place, two names']
		]) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
			expect(await axeViolations(page), path).toEqual([]);
		}
	});
}

test('the corpus timeline prints on two A4 pages', async ({ page }) => {
	await page.goto('/timeline?bank=corpus');
	await expect(page.getByRole('heading', { level: 2, name: '1950s' })).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	// The screen renders the lines after the first screenful in chunks; print shows every entry the count names.
	const total = Number((await page.locator('p.count').textContent())?.match(/\d+/)?.[0]);
	expect(total).toBeGreaterThan(20);
	await expect(page.locator('ol.timeline .accounts > li')).toHaveCount(total, { timeout: 1000 });
	expect(pdfPages(await page.pdf({ format: 'A4' }))).toBeLessThanOrEqual(2);
});

test('who’s who and positions print every entry, not only the first screenful', async ({ page }) => {
	const f = await facts(page);
	await page.goto('/people?bank=corpus');
	await expect(page.getByRole('heading', { level: 3, name: 'Shinzo Abe' })).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('li.actor')).toHaveCount(f.actors.length, { timeout: 1000 });
	await page.emulateMedia({ media: 'screen' });

	await page.goto('/positions?bank=corpus');
	await expect(page.getByRole('heading', { level: 2, name: 'One place, two names' })).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	// Every position is shown at least once (one can bear on several questions).
	const shown = page.locator('.side li p.who');
	await expect(shown.first()).toBeVisible();
	const ids = await shown.evaluateAll((ps) => ps.map((p) => p.id.split('-').pop()));
	expect(new Set(ids)).toEqual(new Set(f.positions.map((p) => p.id)));
});
