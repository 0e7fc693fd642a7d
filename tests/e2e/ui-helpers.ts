// Shared steps for the study app's end-to-end tests: answer whatever card is shown, by roles and visible labels.
// The bank is read from the built app (/banks/corpus.json) so the tests work with whatever the builder published.
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Bank, Question } from '../../src/lib/format/bank-format';

const banks = new Map<string, Promise<Bank>>();

export async function corpus(page: Page): Promise<Bank> {
	const url = new URL('/banks/corpus.json', page.url() === 'about:blank' ? 'http://localhost' : page.url()).pathname;
	let bank = banks.get(url);
	if (!bank) {
		bank = page.request.get('/banks/corpus.json').then((r) => r.json() as Promise<Bank>);
		banks.set(url, bank);
	}
	return bank;
}

/** The id of the question on screen (its prompt heading carries it). */
export async function currentQuestionId(page: Page): Promise<string> {
	const prompt = page.locator('[data-prompt]');
	await expect(prompt).toBeVisible();
	return (await prompt.getAttribute('data-prompt')) ?? '';
}

export async function currentQuestion(page: Page): Promise<Question> {
	const id = await currentQuestionId(page);
	const q = (await corpus(page)).questions.find((x) => x.id === id);
	if (!q) throw new Error(`question ${id} is not in the corpus bank`);
	return q;
}

/** A wrong answer of the right shape. */
function wrongOf(q: Question): string {
	if (q.type === 'truefalse') return q.answer === 'True' ? 'False' : 'True';
	if (q.type === 'choice') return (q.choices ?? []).find((c) => c !== q.answer) ?? q.answer;
	return 'zzz not it';
}

/**
 * Answer the card on screen (right or wrong), check the feedback (verdict, answer, source), then rate it.
 * Returns the question answered. Waits until the next card (or the summary) is shown.
 */
export async function answerCard(page: Page, opts: { right?: boolean; rating?: 'Again' | 'Hard' | 'Good' | 'Easy' } = {}): Promise<Question> {
	const right = opts.right ?? true;
	const q = await currentQuestion(page);
	const before = Number(/(\d+) answered/.exec((await page.getByText(/\d+ answered/).textContent()) ?? '')?.[1] ?? 0);
	switch (q.type) {
		case 'flashcard':
			await page.getByRole('button', { name: 'Show answer' }).click();
			break;
		case 'choice':
		case 'truefalse':
			await page.getByRole('button', { name: right ? q.answer : wrongOf(q), exact: true }).click();
			break;
		case 'typed':
		case 'cloze':
			await page.getByRole('textbox', { name: /Your answer/ }).fill(right ? q.answer : wrongOf(q));
			await page.getByRole('button', { name: 'Check', exact: true }).click();
			break;
		case 'order':
			if (right) await putInOrder(page, q.items ?? []);
			await page.getByRole('button', { name: 'Check order' }).click();
			break;
	}
	// Feedback: verdict (checked types), the canonical answer and the source with its article.
	if (q.type !== 'flashcard') await expect(page.getByText(right ? '✓ Correct' : '✗ Not quite')).toBeVisible();
	if (q.type === 'order') await expect(page.locator('ol.right-order li')).toHaveText(q.items ?? []);
	else await expect(page.getByText(`Answer: ${q.answer}`, { exact: false }).first()).toBeVisible();
	await expect(page.getByRole('link', { name: 'Read the whole article' })).toBeVisible();
	const rating = opts.rating ?? (right ? 'Good' : 'Again');
	await page.getByRole('button', { name: new RegExp(`^${rating}\\b`) }).click();
	// The next card (or the summary) only shows once the answer is stored.
	await expect(
		page.getByText(new RegExp(`· ${before + 1} answered`)).or(page.getByRole('heading', { name: /Session complete|All caught up/ }))
	).toBeVisible();
	return q;
}

/** Reorder with the Move up buttons until the list matches `items`. */
export async function putInOrder(page: Page, items: string[]): Promise<void> {
	await expect(page.locator('ol.order li .text')).toHaveCount(items.length);
	for (let target = 0; target < items.length; target++) {
		for (let guard = 0; guard < items.length; guard++) {
			const shown = await page.locator('ol.order li .text').allTextContents();
			const at = shown.indexOf(items[target]);
			if (at <= target) break;
			await page.getByRole('button', { name: `Move “${items[target]}” up`, exact: true }).click();
			// Read the list again only once the move is shown.
			await expect(page.locator('ol.order li .text').nth(at - 1)).toHaveText(items[target]);
		}
	}
	await expect(page.locator('ol.order li .text')).toHaveText(items);
}

/** New / Due / Learned of a bank card on the home page, by the bank's heading. */
export async function homeCounts(page: Page, bankHeading: string | RegExp = 'All articles') {
	const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: bankHeading }) }).first();
	await expect(card.getByRole('definition').first()).not.toHaveText('–');
	const [n, d, l] = await card.getByRole('definition').allTextContents();
	return { new: Number(n), due: Number(d), learned: Number(l) };
}

export async function statsFigures(page: Page) {
	await page.goto('/stats');
	const total = page.getByTestId('total-reviews');
	await expect(total).toBeVisible();
	return { total: await total.textContent(), retention: await page.getByTestId('retention').textContent() };
}

/** Exports a backup from Settings, as a user would, and returns the file's text. */
export async function exportBackup(page: Page): Promise<string> {
	await page.goto('/settings');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export backup' }).click();
	const file = await (await download).path();
	await expect(page.getByText('Backup downloaded.')).toBeVisible();
	return readFileSync(file, 'utf8');
}

/** Picks a backup file with this text in Settings' import field. */
export async function importText(page: Page, name: string, text: string): Promise<void> {
	if (!page.url().endsWith('/settings')) await page.goto('/settings');
	await page.getByLabel('Import a backup file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** How many banks and texts the device's own-bank database holds. */
export function ownStored(page: Page): Promise<number[]> {
	return page.evaluate(
		() =>
			new Promise<number[]>((done, fail) => {
				const open = indexedDB.open('sourcedeck-own');
				open.onerror = () => fail(open.error);
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains('banks')) return done([0, 0]);
					const tx = db.transaction(['banks', 'texts']);
					const banks = tx.objectStore('banks').count();
					const texts = tx.objectStore('texts').count();
					tx.oncomplete = () => done([banks.result, texts.result]);
				};
			})
	);
}
