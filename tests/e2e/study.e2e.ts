import { expect, test } from '@playwright/test';
import { answerCard, corpus, currentQuestion, currentQuestionId, homeCounts, statsFigures } from './ui-helpers';

test('a new user studies 10 cards of mixed types; counts and statistics change and survive a reload', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Sourcedeck' })).toBeVisible();
	const before = await homeCounts(page);
	expect(before.learned).toBe(0);
	expect(before.new).toBeGreaterThanOrEqual(10);

	await page.getByRole('link', { name: 'Study' }).first().click();
	const types = new Set<string>();
	const ids = new Set<string>();
	const failed = new Set<string>();
	for (let i = 0; i < 10; i++) {
		// Every third card answered wrongly: both verdicts are shown and checked.
		const q = await answerCard(page, { right: i % 3 !== 2 });
		types.add(q.type);
		ids.add(q.id);
		if (i % 3 === 2) failed.add(q.id);
	}
	expect(types.size).toBeGreaterThan(1);

	await page.reload();
	await page.goto('/');
	const after = await homeCounts(page);
	// A card just failed (Again) is answered but not learned.
	expect(after.learned).toBe(ids.size - failed.size);
	expect(after.new).toBe(before.new - ids.size);

	const stats = await statsFigures(page);
	expect(stats.total).toBe('10');
	await expect(page.getByRole('img', { name: 'Answers per day, last 30 days' })).toBeVisible();
	await expect(page.getByRole('img', { name: 'Cards due, next 7 days' })).toBeVisible();
});

test('undo takes the last answers back, repeatedly, and they stay undone after a reload', async ({ page }) => {
	await page.goto('/study?bank=corpus');
	const first = await currentQuestionId(page);
	await answerCard(page);
	const second = await currentQuestionId(page);
	await answerCard(page);
	await expect(page.getByText('· 2 answered')).toBeVisible();

	await page.getByRole('button', { name: 'Undo', exact: true }).click();
	await expect(page.getByText('· 1 answered')).toBeVisible();
	expect(await currentQuestionId(page)).toBe(second);
	// Shortcuts do not fire while typing an answer: leave the answer box first, as a keyboard user would.
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	await page.keyboard.press('z');
	await expect(page.getByText('· 0 answered')).toBeVisible();
	expect(await currentQuestionId(page)).toBe(first);
	await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();

	await page.goto('/');
	expect((await homeCounts(page)).learned).toBe(0);
	expect((await statsFigures(page)).total).toBe('0');
});

test('an answer is kept when the page is closed right after it', async ({ page, context }) => {
	await page.goto('/study?bank=corpus');
	await answerCard(page);
	await page.close();

	const again = await context.newPage();
	await again.goto('/');
	expect((await homeCounts(again)).learned).toBe(1);
	expect((await statsFigures(again)).total).toBe('1');
});

test('after an answer: the source paragraph, the article credit and the reader with the quote in view', async ({ page }) => {
	await page.goto('/study?bank=corpus');
	const q = await currentQuestion(page);
	if (q.type === 'flashcard') await page.getByRole('button', { name: 'Show answer' }).click();
	else if (q.type === 'choice' || q.type === 'truefalse') await page.getByRole('button', { name: q.answer, exact: true }).click();
	else if (q.type === 'order') await page.getByRole('button', { name: 'Check order' }).click();
	else {
		await page.getByRole('textbox', { name: /Your answer/ }).fill(q.answer);
		await page.keyboard.press('Enter');
	}
	const source = page.getByRole('region', { name: 'Source' });
	await expect(source.locator('mark')).toHaveText(q.sources[0].quote);
	await expect(page.getByRole('button', { name: /^Good · / })).toBeVisible();

	await source.getByRole('link', { name: 'Read the whole article' }).click();
	await expect(page).toHaveURL(/\/read\?doc=.+&q=/);
	const mark = page.locator('article mark');
	await expect(mark).toHaveText(q.sources[0].quote);
	await expect(mark).toBeInViewport();
});

test('flag a question (wrong + note), see it on the flags page, remove it', async ({ page }) => {
	await page.goto('/study?bank=corpus');
	const q = await currentQuestion(page);
	await page.getByRole('button', { name: 'Flag', exact: true }).click();
	await page.getByRole('radio', { name: 'The answer is wrong' }).check();
	await page.getByLabel('Note (optional)').fill('The date looks off by a day');
	await page.getByRole('button', { name: 'Save flag' }).click();
	await expect(page.getByRole('button', { name: 'Flagged', exact: true })).toBeVisible();

	await page.getByRole('link', { name: 'Flags' }).click();
	const item = page.getByRole('listitem').filter({ hasText: q.prompt });
	await expect(item.getByText('Wrong answer')).toBeVisible();
	await expect(item.getByText('“The date looks off by a day”')).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export flags as JSON' }).click();
	const file = await (await download).path();
	const { readFileSync } = await import('node:fs');
	expect(readFileSync(file, 'utf8')).toContain(q.id);
	await item.getByRole('button', { name: 'Remove flag' }).click();
	await expect(page.getByText('No flags yet.')).toBeVisible();
});

test('keyboard only: Space shows and continues, digits pick and rate, Z undoes, focus is visible', async ({ page }) => {
	await page.goto('/study?bank=corpus');
	let answered = 0;
	for (let i = 0; i < 6; i++) {
		const q = await currentQuestion(page);
		if (q.type === 'flashcard') {
			await page.keyboard.press('Space');
			await expect(page.getByText(`Answer: ${q.answer}`)).toBeVisible();
			await page.keyboard.press('3');
		} else if (q.type === 'choice' || q.type === 'truefalse') {
			const options = await page.locator('ol.choices button .text').allTextContents();
			await page.keyboard.press(String(options.indexOf(q.answer) + 1));
			await expect(page.getByText('✓ Correct')).toBeVisible();
			await page.keyboard.press('Space');
		} else if (q.type === 'typed' || q.type === 'cloze') {
			await expect(page.getByRole('textbox', { name: /Your answer/ })).toBeFocused();
			await page.keyboard.type(q.answer);
			await page.keyboard.press('Enter');
			await expect(page.getByText('✓ Correct')).toBeVisible();
			await page.keyboard.press('Space');
		} else {
			// Order: Tab to the first move button, check, continue.
			await page.keyboard.press('Tab');
			const focused = page.locator(':focus');
			await expect(focused).toHaveAttribute('data-order-move', /.+/);
			const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
			expect(outline).not.toBe('none');
			await page.getByRole('button', { name: 'Check order' }).focus();
			await page.keyboard.press('Enter');
			await page.keyboard.press('Space');
		}
		answered++;
		await expect(page.getByText(`· ${answered} answered`).or(page.getByRole('heading', { name: /Session complete/ }))).toBeVisible();
	}
	// In a typed answer box, Escape leaves it first (Z would be typed); elsewhere Z undoes at once.
	if (await page.getByRole('textbox', { name: /Your answer/ }).isVisible()) await page.keyboard.press('Escape');
	await page.keyboard.press('z');
	await expect(page.getByText(`· ${answered - 1} answered`)).toBeVisible();
	// Tabbing shows where focus is.
	await page.keyboard.press('Tab');
	const ring = await page.locator(':focus').evaluate((el) => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth);
	expect(ring).toMatch(/^solid [1-9]/);
});

test('an ordering question by keyboard alone: move, check with Enter, continue with Space', async ({ page }) => {
	const q = (await corpus(page)).questions.find((x) => x.type === 'order');
	if (!q?.items) throw new Error('the corpus bank has no ordering question');
	await page.goto(`/study?bank=corpus&only=${q.id}`);
	expect(await currentQuestionId(page)).toBe(q.id);
	await page.keyboard.press('Tab');
	await expect(page.locator(':focus')).toHaveAttribute('data-order-move', /.+/);
	await page.keyboard.press('Enter');
	await expect(page.getByText(/moved to position/)).toBeAttached();
	await page.getByRole('button', { name: 'Check order' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByText(/^[✓✗] /).first()).toBeVisible();
	// The check button is now disabled: Space must still continue, not be swallowed by it.
	await page.keyboard.press('Space');
	await expect(page.getByText('· 1 answered').or(page.getByRole('heading', { name: /Session complete/ }))).toBeVisible();
});

test('flashcards: Show answer (or Space), then Again / Hard / Good / Easy with their intervals, and the source', async ({ page }) => {
	const cards = (await corpus(page)).questions.filter((x) => x.type === 'flashcard');
	expect(cards.length, 'the corpus bank ships flashcards').toBeGreaterThan(1);
	await page.goto(`/study?bank=corpus&only=${cards[0].id},${cards[1].id}`);
	const first = await currentQuestion(page);
	// Before the answer is shown there is nothing to rate.
	await expect(page.getByRole('button', { name: /^Good/ })).toHaveCount(0);
	await page.getByRole('button', { name: 'Show answer' }).click();
	await expect(page.getByText(`Answer: ${first.answer}`)).toBeVisible();
	for (const rating of ['Again', 'Hard', 'Good', 'Easy']) {
		await expect(page.getByRole('button', { name: new RegExp(`^${rating} · \\d+ (min|h|d)\\b`) })).toBeVisible();
	}
	await expect(page.getByText(first.sources[0].quote.slice(0, 40))).toBeVisible();
	await page.getByRole('button', { name: /^Easy/ }).click();
	await expect(page.getByText('· 1 answered')).toBeVisible();
	// The second one by keyboard: Space shows the answer, 3 rates it Good.
	const second = await currentQuestion(page);
	expect(second.id).not.toBe(first.id);
	await page.keyboard.press('Space');
	await expect(page.getByText(`Answer: ${second.answer}`)).toBeVisible();
	await page.keyboard.press('3');
	await expect(page.getByText('· 2 answered').or(page.getByRole('heading', { name: /Session complete/ }))).toBeVisible();
});

test('reset a question: it starts over as new, its earlier answers kept in the statistics', async ({ page }) => {
	await page.goto('/study?bank=corpus');
	const q = await answerCard(page, { right: false });
	await page.goto(`/study?bank=corpus&only=${q.id}`);
	expect(await currentQuestionId(page)).toBe(q.id);
	await page.getByRole('button', { name: 'Reset this question' }).click();
	await expect(page.getByText('Reset: this question starts over as new.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Reset this question' })).toBeDisabled();
	await page.goto('/');
	expect((await homeCounts(page)).learned).toBe(0);
	expect((await statsFigures(page)).total).toBe('1');
});

test.describe('bank updates', () => {
	// page.route cannot see requests the service worker answers from its cache.
	test.use({ serviceWorkers: 'block' });

	test('a bank update resets a question whose answer changed, with a notice naming it', async ({ page }) => {
		await page.goto('/study?bank=corpus');
		const q = await answerCard(page);
		await page.goto('/');
		const before = await homeCounts(page);
		expect(before.learned).toBe(1);

		// Serve a new version of the corpus in which that question's answer changed.
		const index = await (await page.request.get('/banks/index.json')).json();
		const bank = await (await page.request.get('/banks/corpus.json')).json();
		const version = `${bank.version}-changed`;
		for (const entry of index.banks) if (entry.id === 'corpus') entry.version = version;
		bank.version = version;
		const changed = bank.questions.find((x: { id: string }) => x.id === q.id);
		changed.answer = `${changed.answer} (revised)`;
		changed.accept = [];
		if (changed.choices) changed.choices = changed.choices.map((c: string) => (c === q.answer ? changed.answer : c));
		if (changed.items) changed.items = [...changed.items].reverse();
		await page.route('**/banks/index.json', (route) => route.fulfill({ json: index }));
		await page.route('**/banks/corpus.json', (route) => route.fulfill({ json: bank }));

		await page.reload();
		const notice = page.getByRole('status').filter({ hasText: /corrected answer/ });
		await expect(notice).toBeVisible();
		await expect(notice).toContainText(q.prompt.slice(0, 40));
		await expect.poll(async () => (await homeCounts(page)).learned).toBe(0);
		await notice.getByRole('button', { name: 'Dismiss' }).click();
		await expect(notice).toHaveCount(0);
	});
});
