// Typed answers judged fairly (date forms, name order, two-digit years, units), "I was right", and the verdict,
// rating buttons and evidence sentence brought into view on a phone.
import { expect, test, type Page } from '@playwright/test';
import { corpus } from './ui-helpers';

async function idOf(page: Page, promptPart: string): Promise<string> {
	const q = (await corpus(page)).questions.find((x) => x.prompt.includes(promptPart));
	if (!q) throw new Error(`no question with “${promptPart}”`);
	return q.id;
}

/** Type an answer, read the verdict, then undo the check by starting the one-card session again. */
async function verdictFor(page: Page, id: string, text: string): Promise<string> {
	await page.goto(`/study?bank=corpus&only=${id}`);
	await page.getByRole('textbox', { name: /Your answer/ }).fill(text);
	await page.getByRole('button', { name: 'Check', exact: true }).click();
	const verdict = page.locator('[data-result] .verdict');
	await expect(verdict).toBeVisible();
	return (await verdict.textContent()) ?? '';
}

test('dates in the year the question fixes, Japanese name order and two-digit years are accepted', async ({ page }) => {
	await page.goto('/');
	const singapore = await idOf(page, 'on what date in 2018 did Shinzo Abe meet Vladimir Putin in Singapore');
	for (const form of ['nov 14th', '14 Nov', 'November 14th', 'the 14th of November']) expect(await verdictFor(page, singapore, form), form).toBe('✓ Correct');
	expect(await verdictFor(page, singapore, 'Nov 15')).toBe('✗ Not quite');
	expect(await verdictFor(page, await idOf(page, 'Japanese Foreign Minister _____ met'), 'Kono Taro')).toBe('✓ Correct');
	expect(await verdictFor(page, await idOf(page, 'since which year have the islands'), "'45")).toBe('✓ Correct');
});

test('units must match: "4%" is not four islands, "25%" is not the 25th; the note says why', async ({ page }) => {
	await page.goto('/');
	const islands = await idOf(page, 'return of how many islands');
	expect(await verdictFor(page, islands, '4%')).toBe('✗ Not quite');
	await expect(page.getByText('The answer is not a percentage.')).toBeVisible();
	expect(await verdictFor(page, islands, '4 islands')).toBe('✓ Correct');
	const meeting = await idOf(page, "pair's _____ meeting since 2012");
	expect(await verdictFor(page, meeting, '25%')).toBe('✗ Not quite');
	expect(await verdictFor(page, meeting, 'twenty-fifth')).toBe('✓ Correct');
});

test('"I was right" after a wrong verdict counts the answer as right and keeps it in the log as an override', async ({ page }) => {
	await page.goto('/');
	const kono = await idOf(page, 'Japanese Foreign Minister _____ met');
	expect(await verdictFor(page, kono, 'Foreign Minister Kōno of Japan')).toBe('✗ Not quite');
	await expect(page.getByRole('button', { name: /^Again\b/ })).toHaveClass(/primary/);
	await page.getByRole('button', { name: 'I was right' }).click();
	await expect(page.getByText('✓ Counted as right (you said so)')).toBeVisible();
	await expect(page.getByRole('button', { name: /^Good\b/ })).toHaveClass(/primary/);
	// Easy: out of today's learning steps, so the one-card session ends.
	await page.getByRole('button', { name: /^Easy\b/ }).click();
	await expect(page.getByRole('heading', { name: 'Session complete' })).toBeVisible();
	await expect(page.getByText('100% right')).toBeVisible();
	const logged = await page.evaluate(
		(id) =>
			new Promise<unknown[]>((done, fail) => {
				const open = indexedDB.open('sourcedeck');
				open.onerror = () => fail(open.error);
				open.onsuccess = () => {
					const req = open.result.transaction('reviews').objectStore('reviews').getAll();
					req.onsuccess = () => done((req.result as { questionId: string }[]).filter((r) => r.questionId === id));
				};
			}),
		kono
	);
	expect(logged).toMatchObject([{ kind: 'review', correct: true, overridden: true, rating: 4 }]);
});

test('an empty answer is not shown as an error; after a typed answer focus stays in the card', async ({ page }) => {
	await page.goto('/');
	const islands = await idOf(page, 'return of how many islands');
	expect(await verdictFor(page, islands, '')).toBe('No answer given');
	await expect(page.locator('[data-result]')).not.toHaveClass(/wrong/);
	await expect(page.locator('[data-result]')).toBeFocused();
	await expect(page.getByRole('button', { name: 'I was right' })).toHaveCount(0);
});

test('after each answer on a phone: verdict and rating buttons in view, the evidence sentence in view in its box', async ({ page }) => {
	await page.goto('/study?bank=corpus');
	for (let i = 0; i < 8; i++) {
		await expect(page.locator('[data-prompt]')).toBeVisible();
		// Answer with whatever is quickest.
		const show = page.getByRole('button', { name: 'Show answer' });
		const check = page.getByRole('button', { name: 'Check', exact: true });
		const order = page.getByRole('button', { name: 'Check order' });
		if (await show.isVisible()) await show.click();
		else if (await order.isVisible()) await order.click();
		else if (await check.isVisible()) {
			await page.getByRole('textbox', { name: /Your answer/ }).fill('not it');
			await check.click();
		} else await page.locator('ol.choices button').first().click();
		await expect(page.getByRole('button', { name: /^Good\b/ })).toBeInViewport();
		await expect(page.locator('[data-result] .verdict, [data-result] .answer').first()).toBeInViewport();
		const source = page.getByRole('region', { name: 'Source' });
		await source.scrollIntoViewIfNeeded();
		await expect(source.locator('mark')).toBeInViewport();
		await page.getByRole('button', { name: /^Good\b/ }).click();
		// The next card is up once the ratings have gone (else the answered card's buttons would be read again).
		await expect(page.getByRole('button', { name: /^Good\b/ })).toBeHidden();
	}
});
