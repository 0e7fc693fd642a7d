// Your own documents from files: a PDF with a text layer and a Word .docx picked through the file input give their
// text and details, and build; a scanned PDF and a fake .docx get their messages. Own banks travel in the backup to
// a fresh profile with their progress, and export in the repository's curated format.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { parse } from 'yaml';
import { layOut, makeDocx, makePdf, type DrawnLine } from '../../src/routes/add/testing/make-files';
import { studyOneCard, watchCsp } from './pwa-checks';
import { exportBackup, importText } from './ui-helpers';

const ARTICLE = readFileSync('tests/e2e/fixtures/own-article.txt', 'utf8');
/** The article's paragraphs after its title, byline and date lines. */
const BODY = ARTICLE.split('\n\n')
	.slice(1)
	.map((p) => p.replace(/\s+/g, ' ').trim())
	.filter(Boolean);
const TITLE = 'Riverton council votes to close the Old Mill Bridge';

async function openAdd(page: Page) {
	await page.goto('/');
	await page.getByRole('link', { name: 'Add a document' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Add a document' })).toBeVisible();
}

async function pick(page: Page, name: string, mimeType: string, bytes: Uint8Array) {
	await page.getByLabel('Open a file').setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) });
}

/** Build from the details; the review screen lists the questions, each with its source sentence. */
async function buildAndReview(page: Page): Promise<number> {
	await page.getByRole('button', { name: 'Build questions' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Review the questions' })).toBeVisible({ timeout: 60_000 });
	const total = Number(/(\d+) questions from/.exec((await page.getByText(/\d+ questions from \d+ words/).textContent()) ?? '')?.[1]);
	expect(total).toBeGreaterThan(5);
	await expect(page.locator('li.candidate').first().locator('blockquote')).not.toBeEmpty();
	return total;
}

/** Two pages with a running header, a page-number footer and the article's paragraphs. */
function articlePdf(): Uint8Array {
	const page = (n: number, paragraphs: string[]): DrawnLine[] => [
		{ text: 'RIVERTON GAZETTE · LOCAL NEWS', y: 770, size: 8 },
		...layOut(paragraphs),
		{ text: `Page ${n} of 2`, x: 280, y: 30, size: 8 }
	];
	return makePdf([page(1, BODY.slice(0, 4)), page(2, BODY.slice(4))], {
		Title: TITLE,
		Author: 'Ana Reyes',
		CreationDate: "D:20200304120000+00'00'"
	});
}

test('a PDF with a text layer: its text without header and page numbers, its details proposed, then built and reviewed', async ({ page, context }) => {
	test.setTimeout(90_000);
	const csp = await watchCsp(context);
	await openAdd(page);
	await pick(page, 'bridge.pdf', 'application/pdf', articlePdf());
	await expect(page.getByRole('heading', { level: 1, name: 'Check the details' })).toBeVisible({ timeout: 20_000 });
	await expect(page.getByText('Proposed from the file “bridge.pdf”')).toBeVisible();
	await expect(page.getByLabel('Title')).toHaveValue(TITLE);
	await expect(page.getByLabel('Author')).toHaveValue('Ana Reyes');
	await expect(page.getByLabel('Date')).toHaveValue('2020-03-04');
	await expect(page.getByText('inferred from the file metadata: the PDF was made on 2020-03-04 (precision: day)')).toBeVisible();
	await buildAndReview(page);
	// The header and footer were not taken for text: no question quotes them.
	await expect(page.locator('li.candidate blockquote').filter({ hasText: /GAZETTE|Page \d of 2/ })).toHaveCount(0);
	await expect(page.locator('li.candidate blockquote').filter({ hasText: 'Osei said that a full closure would hurt shops on Mill Street' }).first()).toBeVisible();
	// pdf.js and its worker ran under the app's Content-Security-Policy.
	expect(csp.violations).toEqual([]);
});

test('a Word .docx: its paragraphs and details, then built and reviewed', async ({ page }) => {
	test.setTimeout(90_000);
	await openAdd(page);
	const docx = makeDocx([TITLE, ...BODY], { title: 'Old Mill Bridge closes', creator: 'Ana Reyes', created: '2020-03-05T08:00:00Z' });
	await pick(page, 'bridge.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx);
	await expect(page.getByRole('heading', { level: 1, name: 'Check the details' })).toBeVisible();
	await expect(page.getByLabel('Title')).toHaveValue('Old Mill Bridge closes');
	await expect(page.getByLabel('Author')).toHaveValue('Ana Reyes');
	await expect(page.getByLabel('Date')).toHaveValue('2020-03-05');
	await buildAndReview(page);
});

test.describe('files that cannot be read', () => {
	test('a scanned PDF (no text layer) gets its message, and nothing moves on', async ({ page }) => {
		await openAdd(page);
		await pick(page, 'scan.pdf', 'application/pdf', makePdf(['picture', 'picture'], { Title: 'Scan' }));
		await expect(page.getByRole('alert')).toContainText('This PDF has no text layer — it looks scanned', { timeout: 20_000 });
		await expect(page.getByRole('heading', { level: 1, name: 'Add a document' })).toBeVisible();
		await expect(page.getByLabel('Text of the document')).toHaveValue('');
	});

	test('a damaged PDF and a text file renamed .docx get theirs', async ({ page }) => {
		await openAdd(page);
		await pick(page, 'cut.pdf', 'application/pdf', articlePdf().slice(0, 300));
		await expect(page.getByRole('alert')).toContainText('could not be read as a PDF', { timeout: 20_000 });
		await pick(page, 'notes.docx', '', new TextEncoder().encode('Not a Word document at all.'));
		await expect(page.getByRole('alert')).toContainText('could not be read as a Word document (.docx)');
		await expect(page.getByRole('heading', { level: 1, name: 'Add a document' })).toBeVisible();
		await expect(page.getByLabel('Text of the document')).toHaveValue('');
	});
});

const ownCard = (page: Page) => page.getByRole('list', { name: 'Your banks' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: TITLE }) });

test('an own bank and its progress travel in the backup to a fresh profile; it exports in the curated format', async ({ page, browser }) => {
	test.setTimeout(150_000);
	await openAdd(page);
	await page.getByLabel('Text of the document').fill(ARTICLE);
	await page.getByRole('button', { name: 'Continue' }).click();
	const total = await buildAndReview(page);
	await page.getByRole('button', { name: 'Accept all' }).click();
	await page.getByRole('button', { name: `Save ${total} questions` }).click();
	await page.getByRole('link', { name: 'Study it now' }).click();
	await studyOneCard(page);
	await page.goto('/');
	const counts = ownCard(page).getByRole('definition');
	await expect(counts.first()).toHaveText(String(total - 1));
	const before = await counts.allTextContents();

	// Export for contributing: the text, the curated questions and the manifest entry, in one zip.
	const download = page.waitForEvent('download');
	await ownCard(page).getByRole('button', { name: 'Export for contributing' }).click();
	const zip = unzipSync(new Uint8Array(readFileSync(await (await download).path())));
	const slug = 'reyes-2020-03-riverton-council-votes-to-close-the-old';
	expect(Object.keys(zip).sort()).toEqual(['README.txt', 'manifest-entry.json', `questions/curated/${slug}.yaml`, `questions/sources/${slug}.txt`]);
	const curated = parse(strFromU8(zip[`questions/curated/${slug}.yaml`])) as { doc: string; questions: { quote?: string }[] };
	expect(curated.doc).toBe(slug);
	expect(curated.questions.length).toBeGreaterThan(4);
	expect(JSON.parse(strFromU8(zip['manifest-entry.json']))).toMatchObject({ file: `${slug}.txt`, title: TITLE, author: 'Ana Reyes', date: '2020-03-04' });

	const backup = await exportBackup(page);
	expect(JSON.parse(backup)).toMatchObject({ format: 2, ownBanks: [{ bank: { title: TITLE } }] });

	const fresh = await browser.newContext();
	try {
		const other = await fresh.newPage();
		await importText(other, 'backup.json', backup);
		await expect(other.getByText(/Imported “backup.json”: 1 answers, .* merged; one of your own banks restored\./)).toBeVisible();
		await other.goto('/');
		await expect(ownCard(other).getByRole('definition').first()).toHaveText(String(total - 1));
		expect(await ownCard(other).getByRole('definition').allTextContents()).toEqual(before);
		// It studies like before: the next card is a new one of the same bank.
		await ownCard(other).getByRole('link', { name: 'Study' }).click();
		expect((await studyOneCard(other)).startsWith('u-')).toBe(true);

		// A backup whose own bank was changed by hand is refused whole, and nothing changes.
		const damaged = JSON.parse(backup);
		damaged.ownBanks[0].bank.questions[0].answer = 'something else';
		damaged.reviews = [];
		await importText(other, 'edited.json', JSON.stringify(damaged));
		await expect(other.getByText(/“edited.json” was not imported: This backup file is damaged\. Its own bank 1 cannot be restored: its questions or details were changed after it was exported/)).toBeVisible();
	} finally {
		await fresh.close();
	}
});
