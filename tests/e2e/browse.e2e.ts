// The card browser on a phone: search, filters, sort, a card's history (an override shown as such), and the bulk
// actions: suspend (study leaves the card out), reset, flag, study the selection.
import { expect, test, type Page } from '@playwright/test';
import { answerCard, corpus, currentQuestionId, homeCounts } from './ui-helpers';

const count = (page: Page) => page.locator('.toolbar .count');

test('search, filter by article, kind, type and state, sort by due date', async ({ page }) => {
	const bank = await corpus(page);
	await page.goto('/');
	await page.getByRole('link', { name: 'Browse' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Browse cards' })).toBeVisible();
	await expect(count(page)).toHaveText(`${bank.questions.length} cards`);

	await page.getByRole('searchbox', { name: 'Search' }).fill('lavrov');
	const withLavrov = bank.questions.filter((q) => `${q.prompt} ${q.answer}`.toLowerCase().includes('lavrov'));
	await expect(count(page)).toHaveText(`${withLavrov.length} ${withLavrov.length === 1 ? 'card' : 'cards'}`);
	for (const prompt of await page.locator('.rows .prompt').allTextContents()) expect(withLavrov.map((q) => q.prompt)).toContain(prompt);
	await page.getByRole('searchbox', { name: 'Search' }).fill('');

	const doc = bank.documents[1];
	await page.getByLabel('Article', { exact: true }).selectOption(doc.id);
	await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'Date' });
	await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Multiple choice' });
	const expected = bank.questions.filter((q) => q.sources[0].doc === doc.id && q.kind === 'date' && q.type === 'choice');
	await expect(count(page)).toHaveText(`${expected.length} ${expected.length === 1 ? 'card' : 'cards'}`);
	await page.getByLabel('State', { exact: true }).selectOption({ label: 'Learning' });
	await expect(count(page)).toHaveText('0 cards');

	// Two answers, then the Learning filter and the due sort find them.
	await page.goto('/study?bank=corpus');
	const a = await answerCard(page, { right: false });
	const b = await answerCard(page, { rating: 'Good' });
	await page.getByRole('link', { name: 'Browse' }).click();
	await page.getByLabel('State', { exact: true }).selectOption({ label: 'Learning' });
	await expect(count(page)).toHaveText('2 cards');
	await page.getByLabel('Sort by', { exact: true }).selectOption({ label: 'Due date' });
	// Again comes back in a minute, Good in ten: soonest first.
	await expect(page.locator('.rows .prompt')).toHaveText([a.prompt, b.prompt]);
});

test('a card history lists its answers, an "I was right" override as such', async ({ page }) => {
	const bank = await corpus(page);
	const kono = bank.questions.find((q) => q.prompt.includes('Japanese Foreign Minister _____ met'))!;
	await page.goto(`/study?bank=corpus&only=${kono.id}`);
	await page.getByRole('textbox', { name: /Your answer/ }).fill('the foreign minister');
	await page.getByRole('button', { name: 'Check', exact: true }).click();
	await page.getByRole('button', { name: 'I was right' }).click();
	await page.getByRole('button', { name: /^Easy\b/ }).click();
	await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();

	await page.getByRole('link', { name: 'Browse' }).click();
	await page.getByRole('searchbox', { name: 'Search' }).fill('Japanese Foreign Minister met Sergey Lavrov');
	const row = page.locator(`[data-card="${kono.id}"]`);
	await row.getByRole('button', { name: 'History' }).click();
	await expect(row.getByRole('list', { name: /History of/ }).getByRole('listitem')).toHaveText([
		/Easy · wrong by the checker, right by you \("I was right"\)/
	]);
});

test('bulk: suspend keeps cards out of study, reset, flag and study the selection', async ({ page }) => {
	const bank = await corpus(page);
	// The first card study would show, suspended: study shows another one.
	await page.goto('/');
	const home = await homeCounts(page);
	await page.goto('/study?bank=corpus');
	const first = await currentQuestionId(page);
	const q = bank.questions.find((x) => x.id === first)!;
	await page.getByRole('link', { name: 'Browse' }).click();
	await page.getByRole('checkbox', { name: q.prompt, exact: true }).check();
	await expect(count(page)).toContainText('1 selected');
	await page.getByRole('button', { name: 'Suspend', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Suspended 1 card.' })).toBeVisible();
	await page.getByLabel('State', { exact: true }).selectOption({ label: 'Suspended' });
	await expect(page.locator('.rows .prompt')).toHaveText([q.prompt]);
	await page.goto('/study?bank=corpus');
	expect(await currentQuestionId(page)).not.toBe(first);
	// Not counted as new on home while suspended.
	await page.goto('/');
	expect((await homeCounts(page)).new).toBe(home.new - 1);

	// Unsuspend it: none left suspended.
	await page.goto('/browse');
	await page.getByLabel('State', { exact: true }).selectOption({ label: 'Suspended' });
	await page.getByLabel('Select all that match').check();
	await page.getByRole('button', { name: 'Unsuspend', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Unsuspended 1 card.' })).toBeVisible();
	await expect(count(page)).toHaveText('0 cards');
	await page.getByLabel('State', { exact: true }).selectOption('');

	// Select every date question of one article, flag them, then study them.
	const doc = bank.documents[0];
	await page.getByLabel('Article', { exact: true }).selectOption(doc.id);
	await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'Date' });
	const dates = bank.questions.filter((x) => x.sources[0].doc === doc.id && x.kind === 'date');
	await page.getByLabel('Select all that match').check();
	await expect(count(page)).toHaveText(`${dates.length} cards · ${dates.length} selected`);
	await page.getByRole('button', { name: 'Flag', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: `Flagged ${dates.length} cards` })).toBeVisible();
	await page.getByLabel('Article', { exact: true }).selectOption('');
	await page.getByLabel('Kind', { exact: true }).selectOption('');
	await page.getByLabel('State', { exact: true }).selectOption({ label: 'Flagged' });
	await expect(count(page)).toContainText(`${dates.length} cards`);
	await page.getByRole('button', { name: 'Study these' }).click();
	await expect(page.getByText(`Studying the ${dates.length} questions you chose.`)).toBeVisible();
	const studied = await currentQuestionId(page);
	expect(dates.map((x) => x.id)).toContain(studied);
	const answered = await answerCard(page, { rating: 'Easy' });

	// Reset it from the browser: back to New, its answer kept in the history.
	await page.getByRole('link', { name: 'Browse' }).click();
	await page.getByRole('checkbox', { name: answered.prompt, exact: true }).check();
	await page.getByRole('button', { name: 'Reset', exact: true }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Reset 1 card' })).toBeVisible();
	const row = page.locator(`[data-card="${answered.id}"]`);
	await expect(row.locator('.status')).toHaveText('New');
	await row.getByRole('button', { name: 'History' }).click();
	await expect(row.getByRole('listitem')).toHaveText([/Easy · right/, /Reset: started over as new/]);
});
