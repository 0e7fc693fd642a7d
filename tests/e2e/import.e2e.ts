// Importing questions from a file on a phone: only rows whose source quote is in a document come in, as a bank of
// one's own; every other row is refused with its reason, and bad files change nothing.
import { expect, test, type Page } from '@playwright/test';
import type { Bank } from '../../src/lib/format/bank-format';
import { ownStored } from './ui-helpers';

async function corpus(page: Page): Promise<Bank> {
	return (await page.request.get('/banks/corpus.json')).json() as Promise<Bank>;
}

async function choose(page: Page, name: string, content: string | Buffer, mimeType = 'text/plain') {
	await page.getByLabel('Choose a file of questions').setInputFiles({ name, mimeType, buffer: typeof content === 'string' ? Buffer.from(content) : content });
}

const ownCard = (page: Page, title: string) =>
	page.getByRole('list', { name: 'Your banks' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });

test('a text export with sources comes back as a bank of your own; rows without a found source stay out', async ({ page }) => {
	const bank = await corpus(page);
	const doc = bank.documents[0];
	const onDoc = bank.questions.filter((q) => q.sources[0].doc === doc.id && q.type !== 'flashcard').slice(0, 2);
	const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;
	const file = [
		'#separator:tab',
		'#columns:Front\tBack\tSource',
		...onDoc.map((q) => [quoted(q.prompt), quoted(q.answer), quoted(q.sources[0].quote)].join('\t')),
		`=HYPERLINK("http://x")\t+1\t${quoted(onDoc[0].sources[0].quote.slice(0, 40))}`,
		'Who wrote this?\tNobody\t',
		'Invented\tanswer\tThis sentence is in no article at all.'
	].join('\n');

	await page.goto('/add');
	await page.getByRole('link', { name: 'Import questions from a file' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Import questions from a file' })).toBeVisible();
	await choose(page, 'my-deck.txt', file);
	await expect(page.getByRole('heading', { level: 1, name: 'Check the import' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: /accepted|Saved/ })).toContainText('3 questions accepted, 2 rows refused.');
	await expect(page.getByText(`3 questions in a new bank of your own “${doc.title}”`)).toBeVisible();
	await expect(page.getByText('Line 6 · Who wrote this?: It has no source quote: an answer without a source is not imported.')).toBeVisible();
	await expect(page.getByText('Line 7 · Invented: Its source quote is in none of your documents.')).toBeVisible();
	expect(await ownStored(page)).toEqual([0, 0]);

	await page.getByRole('button', { name: 'Save as a bank of your own' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Imported' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: /accepted|Saved/ })).toHaveText(`Saved 3 questions in “${doc.title}”.`);
	expect(await ownStored(page)).toEqual([1, 1]);
	await page.getByRole('link', { name: 'Home', exact: true }).click();
	await expect(ownCard(page, doc.title!).getByRole('definition').first()).toHaveText('3');
	// An own bank leaves the app like a built-in one: its Export link opens the formats.
	await ownCard(page, doc.title!).getByRole('link', { name: 'Export' }).click();
	await expect(page.getByText('3 questions', { exact: false }).first()).toBeVisible();
	const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV for spreadsheets' }).click()]);
	expect(csv.suggestedFilename()).toMatch(/\.csv$/);

	// The same file again: every row is already in the bank or refused; nothing to save.
	await page.goto('/import');
	await choose(page, 'my-deck.txt', file);
	await expect(page.getByRole('status').filter({ hasText: /accepted|Saved/ })).toContainText('0 questions accepted, 5 rows refused.');
	await expect(page.getByText(/It is already in your bank/).first()).toBeVisible();
	await expect(page.getByRole('button', { name: 'Save as a bank of your own' })).toHaveCount(0);
});

test('bad files: empty, binary, a CSV whose rows have no source or a formula without one — nothing is saved', async ({ page }) => {
	await page.goto('/import');
	await expect(page.getByRole('heading', { level: 1, name: 'Import questions from a file' })).toBeVisible();

	await choose(page, 'empty.txt', '');
	await expect(page.getByRole('alert')).toContainText('This file is empty');

	await choose(page, 'photo.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0xff]), 'text/csv');
	await expect(page.getByRole('alert')).toContainText('This file is not text');
	await expect(page.getByRole('alert')).toContainText('Nothing was imported.');

	await choose(page, 'unclosed.txt', 'front\t"never closes\nback');
	await expect(page.getByRole('alert')).toContainText('never closes');

	const csv = ['id,type,kind,prompt,answer,source quote', 'x1,flashcard,event,=1+1,=SUM(A1:A9),', 'x2,flashcard,event,Who?,Abe,'].join('\n');
	await choose(page, 'bank.csv', csv);
	await expect(page.getByRole('status').filter({ hasText: /accepted|Saved/ })).toContainText('0 questions accepted, 2 rows refused.');
	await expect(page.getByRole('status').filter({ hasText: /accepted|Saved/ })).toContainText('nothing to save');
	await expect(page.getByText(/Line 2 · =1\+1: It has no source quote/)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Save as a bank of your own' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Choose another file' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Import questions from a file' })).toBeVisible();

	// A good file, then Cancel: nothing saved.
	const bank = await corpus(page);
	const q = bank.questions.find((x) => x.type !== 'flashcard')!;
	await choose(page, 'one.txt', `Q\tA\t"${q.sources[0].quote.replace(/"/g, '""')}"\n`);
	await expect(page.getByRole('status').filter({ hasText: /accepted|Saved/ })).toContainText('1 question accepted, 0 rows refused.');
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Import questions from a file' })).toBeVisible();
	expect(await ownStored(page)).toEqual([0, 0]);
	await page.goto('/');
	await expect(page.getByRole('list', { name: 'Your banks' })).toHaveCount(0);
});
