// Daily limits a learner can see, custom study past them, and new cards mixed across articles without siblings.
import { expect, test, type Page } from '@playwright/test';
import { areSiblings } from '../../src/lib/domain/session-plan';
import { answerCard, corpus, currentQuestionId } from './ui-helpers';

async function setNewPerDay(page: Page, n: number) {
	await page.goto('/settings');
	const input = page.getByLabel('New cards per day');
	await expect(page.getByRole('button', { name: 'Save settings' })).toBeEnabled();
	await input.fill(String(n));
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByText('Settings saved.')).toBeVisible();
}

test('after the daily new-card limit: what is left and why, then 10 more new cards today', async ({ page }) => {
	await setNewPerDay(page, 3);
	await page.goto('/study?bank=corpus');
	await expect(page.getByRole('heading', { level: 1, name: 'All articles' })).toBeVisible();
	await expect(page.getByRole('progressbar', { name: 'Session progress' })).toBeVisible();
	for (let i = 0; i < 3; i++) await answerCard(page, { rating: 'Easy' });

	await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
	const bank = await corpus(page);
	const status = page.getByTestId('day-status');
	await expect(status).toContainText(`Today's 3 new cards are done — ${bank.questions.length - 3} new remain.`);
	// No "Study more" that would only loop back to this screen.
	await expect(page.getByRole('button', { name: 'Study more', exact: true })).toHaveCount(0);

	await page.goto('/');
	await expect(page.getByTestId('allowance')).toContainText("Today's 3 new cards are done");

	await page.goto('/study?bank=corpus');
	await expect(page.getByRole('heading', { name: 'Done for today' })).toBeVisible();
	await expect(status).toContainText("Today's 3 new cards are done");
	await page.getByRole('button', { name: '10 more new cards today' }).click();
	await expect(page.getByText('10 left · 0 answered')).toBeVisible();
	await answerCard(page, { rating: 'Easy' });

	await page.goto('/');
	await expect(page.getByTestId('allowance')).toHaveText('New cards left today: 9 of 13.');
});

test('custom study: one kind only, and one article, past the limit', async ({ page }) => {
	await setNewPerDay(page, 0);
	await page.goto('/study?bank=corpus');
	await expect(page.getByRole('heading', { name: 'Done for today' })).toBeVisible();
	await page.getByLabel('One kind').selectOption({ label: 'Date' });
	await page.getByRole('button', { name: 'Study this kind' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /Date only/ })).toBeVisible();
	const bank = await corpus(page);
	for (let i = 0; i < 3; i++) {
		const id = await currentQuestionId(page);
		expect(bank.questions.find((q) => q.id === id)?.kind).toBe('date');
		await answerCard(page, { rating: 'Easy' });
	}

	await page.goBack();
	await expect(page.getByRole('heading', { name: 'Done for today' })).toBeVisible();
	const article = bank.documents[2];
	await page.getByLabel('One article').selectOption(article.id);
	await page.getByRole('button', { name: 'Study this article' }).click();
	const id = await currentQuestionId(page);
	expect(bank.questions.find((q) => q.id === id)?.sources[0].doc).toBe(article.id);
});

test('new cards come from several articles and kinds, and no two siblings meet in a session', async ({ page }) => {
	await page.goto('/study?bank=corpus');
	const bank = await corpus(page);
	const byId = new Map(bank.questions.map((q) => [q.id, q]));
	const seen: string[] = [];
	for (let i = 0; i < 20; i++) {
		const id = await currentQuestionId(page);
		if (!seen.includes(id)) seen.push(id);
		await answerCard(page, { rating: 'Easy', right: true });
		if (await page.getByRole('heading', { name: 'Session complete' }).isVisible()) break;
	}
	const first = seen.slice(0, 10).map((id) => byId.get(id)!);
	expect(new Set(first.map((q) => q.sources[0].doc)).size).toBeGreaterThanOrEqual(3);
	expect(new Set(first.map((q) => q.kind)).size).toBeGreaterThanOrEqual(3);
	const all = seen.map((id) => byId.get(id)!);
	for (let i = 0; i < all.length; i++)
		for (let j = i + 1; j < all.length; j++) expect(areSiblings(all[i], all[j]), `${all[i].prompt} / ${all[j].prompt}`).toBe(false);
});

test('review ahead: a week later, cards due tomorrow can be studied today', async ({ page }) => {
	const now = Date.now();
	await page.clock.install({ time: now });
	await setNewPerDay(page, 1);
	await page.goto('/study?bank=corpus');
	const first = await currentQuestionId(page);
	// Easy on a new card: next due in days.
	const easy = page.getByRole('button', { name: /^Easy · \d+ d$/ });
	const q = (await corpus(page)).questions.find((x) => x.id === first)!;
	if (q.type === 'flashcard') await page.getByRole('button', { name: 'Show answer' }).click();
	else if (q.type === 'choice' || q.type === 'truefalse') await page.getByRole('button', { name: q.answer, exact: true }).click();
	else if (q.type === 'order') await page.getByRole('button', { name: 'Check order' }).click();
	else {
		await page.getByRole('textbox', { name: /Your answer/ }).fill(q.answer);
		await page.getByRole('button', { name: 'Check', exact: true }).click();
	}
	await easy.click();
	await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Review ahead (due by tomorrow)' })).toHaveCount(0);
	await setNewPerDay(page, 0);

	// The card browser says when it is due; at noon the day before, it is not due yet and can be reviewed ahead.
	await page.goto('/browse');
	await page.getByLabel('State', { exact: true }).selectOption({ label: 'Not due yet' });
	const meta = (await page.locator(`[data-card="${first}"] .meta`).textContent()) ?? '';
	const [, d, mon, y] = /due (\d+) (\w{3}) (\d{4})/.exec(meta) ?? [];
	const dueDay = new Date(`${mon} ${d}, ${y} 00:00`).getTime();
	expect(dueDay).toBeGreaterThan(now);
	await page.clock.setSystemTime(dueDay - 12 * 3_600_000);
	await page.goto('/study?bank=corpus');
	await expect(page.getByRole('heading', { name: /Done for today|All caught up/ })).toBeVisible();
	await page.getByRole('link', { name: 'Review ahead (due by tomorrow)' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /reviewing ahead/ })).toBeVisible();
	expect(await currentQuestionId(page)).toBe(first);
});
