// The smaller things a new learner meets: readable intervals, the ratings explained, no keyboard hints on a touch
// screen, counts that agree, plurals, an ordering answer shown once with its sources, and clear form messages.
import { expect, test } from '@playwright/test';
import { answerCard, corpus, homeCounts, putInOrder } from './ui-helpers';

test('rating buttons say "1 min" and "10 min", the ratings are explained on a first answer, no "press Space" on touch', async ({ page }) => {
	const cards = (await corpus(page)).questions.filter((q) => q.type === 'flashcard');
	await page.goto(`/study?bank=corpus&only=${cards[0].id},${cards[1].id}`);
	await page.getByRole('button', { name: 'Show answer' }).click();
	await expect(page.getByRole('button', { name: 'Again · 1 min' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Good · 10 min' })).toBeVisible();
	await expect(page.getByRole('button', { name: /^Easy · \d+ d$/ })).toBeVisible();
	const meaning = page.getByText('What the four ratings mean');
	await expect(page.getByText('You did not know it: it comes back in a few minutes.')).toBeVisible();
	await page.getByRole('button', { name: /^Easy/ }).click();
	await expect(page.getByText('· 1 answered')).toBeVisible();
	await page.getByRole('button', { name: 'Show answer' }).click();
	// Explained once: folded away from the second answer on, still there to open.
	await expect(page.getByText('You did not know it: it comes back in a few minutes.')).toBeHidden();
	await meaning.click();
	await expect(page.getByText('You did not know it: it comes back in a few minutes.')).toBeVisible();

	// A checked answer suggests a rating; a phone has no Space bar to press.
	const choice = (await corpus(page)).questions.find((q) => q.type === 'choice')!;
	await page.goto(`/study?bank=corpus&only=${choice.id}`);
	await page.getByRole('button', { name: choice.answer, exact: true }).click();
	await expect(page.getByText(/Suggested: (Good|Easy)/)).toBeVisible();
	await expect(page.getByText('(press Space)')).toBeHidden();
	await expect(page.getByText('Keys: Space show/continue', { exact: false })).toBeHidden();
});

test('home and statistics agree on what is due; plural forms; a failed card is not learned', async ({ page }) => {
	await page.goto('/study?bank=corpus');
	await answerCard(page, { right: false });
	await page.goto('/');
	await expect(page.getByText('Today: 1 answer · 1 new')).toBeVisible();
	expect((await homeCounts(page)).learned).toBe(0);
	const due = (await homeCounts(page)).due;
	await page.goto('/stats');
	await expect(page.getByTestId('due-today')).toHaveText(`Due now: ${due} · later today: ${1 - due}`);
});

test('an ordering question: the right order shown once, and the sentence of every item as its source', async ({ page }) => {
	const q = (await corpus(page)).questions.find((x) => x.type === 'order' && x.sources.length === x.items?.length)!;
	await page.goto(`/study?bank=corpus&only=${q.id}`);
	await putInOrder(page, q.items!);
	await page.getByRole('button', { name: 'Check order' }).click();
	await expect(page.getByText('✓ Correct')).toBeVisible();
	await expect(page.locator('ol.right-order li')).toHaveText(q.items!);
	await expect(page.getByText(q.answer)).toHaveCount(0);
	const source = page.getByRole('region', { name: 'Source' });
	await expect(source.locator('mark')).toHaveText(q.sources.map((s) => s.quote));
	for (const item of q.items!) await expect(source.getByText(item, { exact: true })).toBeVisible();
});

test('Settings: a bad value says the fields are marked above, where they are', async ({ page }) => {
	await page.goto('/settings');
	const input = page.getByLabel('New cards per day');
	// The stored settings are in the form once Save is enabled.
	await expect(page.getByRole('button', { name: 'Save settings' })).toBeEnabled();
	await input.fill('-3');
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByText('Nothing was saved: fix the fields marked above.')).toBeVisible();
	const field = await input.boundingBox();
	const message = await page.getByText('Nothing was saved').boundingBox();
	expect(message!.y).toBeGreaterThan(field!.y);
});
