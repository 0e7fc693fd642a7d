// Exports on a phone: every format of a bank downloads from the home page's Export link and opens with an
// independent reader (SQLite for the Anki package, exceljs for the Kahoot sheet, an XML validator, a GIFT
// parser); a composed quiz exports too; the Anki export works offline after one use.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import initSqlJs from 'sql.js';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { XMLValidator } from 'fast-xml-parser';
import { parse as parseGift } from 'gift-pegjs';
import type { Bank, BankIndex } from '../../src/lib/format/bank-format';
import { readCsvWithExcelJs } from '../../src/lib/export/read-with-exceljs';
import { abortAllRequests, studyOneCard, waitForServiceWorker, watchCsp } from './pwa-checks';
import { startServer } from './pwa-server';

const require = createRequire(import.meta.url);
const sqlJs = initSqlJs({ locateFile: (file: string) => join(dirname(require.resolve('sql.js/dist/sql-wasm.wasm')), file) });

/** Clicks a format's download button and returns the downloaded file's name and bytes. */
async function download(page: Page, label: string): Promise<{ name: string; bytes: Buffer }> {
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Download ${label}` }).click()]);
	const path = await file.path();
	const name = file.suggestedFilename();
	await expect(page.getByRole('status').filter({ hasText: `${name} downloaded` })).toBeVisible();
	return { name, bytes: await readFile(path) };
}

/** The page's message about the last file made. */
const outcome = (page: Page) => page.getByRole('status').filter({ hasText: 'downloaded' });

async function openApkg(bytes: Buffer) {
	const zip = await JSZip.loadAsync(bytes);
	const SQL = await sqlJs;
	const db = new SQL.Database(await zip.file('collection.anki2')?.async('uint8array'));
	const count = (sql: string) => Number(db.exec(sql)[0]?.values[0][0]);
	return { db, count };
}

async function bankOf(page: Page, id: string): Promise<Bank> {
	return (await page.request.get(`/banks/${id}.json`)).json() as Promise<Bank>;
}

test('every format of a bank downloads on a phone and opens with its own reader', async ({ page, context }) => {
	test.setTimeout(120_000);
	const csp = await watchCsp(context);
	const index = (await (await page.request.get('/banks/index.json')).json()) as BankIndex;
	const entry = index.banks.find((b) => b.id !== 'corpus') ?? index.banks[0];
	const bank = await bankOf(page, entry.id);

	// Some progress first, so the Anki package has a schedule and a review log to carry.
	await page.goto(`/study?bank=${entry.id}`);
	const studied = [await studyOneCard(page), await studyOneCard(page)];

	await page.goto('/');
	const card = page.getByRole('listitem').filter({ has: page.locator(`#bank-${entry.id}`) });
	await card.getByRole('link', { name: 'Export' }).click();
	await expect(page).toHaveURL(new RegExp(`/export\\?bank=${entry.id}$`));
	await expect(page.getByRole('heading', { level: 1, name: 'Export' })).toBeVisible();
	await expect(page.getByText(`${bank.questions.length} questions`)).toBeVisible();

	// Anki package, with progress (the default).
	const apkg = await download(page, 'Anki package');
	expect(apkg.name).toBe(`sourcedeck-${entry.id}.apkg`);
	await expect(outcome(page)).toContainText(`${bank.questions.length} notes; 2 cards with your progress and 2 answers in the review history.`);
	const { db, count } = await openApkg(apkg.bytes);
	expect(count('SELECT count(*) FROM notes')).toBe(bank.questions.length);
	expect(count('SELECT count(*) FROM cards WHERE type > 0')).toBe(2);
	expect(count('SELECT count(*) FROM revlog')).toBe(2);
	for (const id of studied) expect(count(`SELECT count(*) FROM notes WHERE guid = 'sourcedeck:${id}'`)).toBe(1);
	db.close();

	const ankiText = (await download(page, 'Text for Anki')).bytes.toString('utf8');
	expect(ankiText.startsWith('#separator:tab\n#html:false\n')).toBe(true);
	expect(await readCsvWithExcelJs(ankiText, '\t', '#')).toHaveLength(bank.questions.length);

	const quizlet = (await download(page, 'Text for Quizlet')).bytes.toString('utf8');
	expect(quizlet.split('\n').filter(Boolean)).toHaveLength(bank.questions.length);

	const kahoot = await download(page, 'Kahoot spreadsheet');
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(kahoot.bytes.buffer.slice(kahoot.bytes.byteOffset, kahoot.bytes.byteOffset + kahoot.bytes.byteLength) as ArrayBuffer);
	const sheet = workbook.worksheets[0];
	expect(sheet.getCell('B8').value).toBe('Question - max 120 characters');
	expect(sheet.getCell('H8').value).toBe('Correct answer(s) - choose at least one');
	const playable = bank.questions.filter((q) => q.type === 'choice' || q.type === 'truefalse').length;
	expect(sheet.rowCount).toBe(8 + playable);
	await expect(outcome(page)).toContainText(`${playable} question`);

	const moodle = (await download(page, 'Moodle XML')).bytes.toString('utf8');
	expect(XMLValidator.validate(moodle)).toBe(true);
	expect(moodle.match(/<question type="(?!category)/g)).toHaveLength(bank.questions.length);

	const gift = (await download(page, 'GIFT')).bytes.toString('utf8');
	const orders = bank.questions.filter((q) => q.type === 'order').length;
	expect(parseGift(gift).filter((q) => q.type !== 'Category')).toHaveLength(bank.questions.length - orders);
	if (orders) await expect(outcome(page)).toContainText('GIFT has no ordering questions');

	const csv = (await download(page, 'CSV for spreadsheets')).bytes.toString('utf8');
	const rows = await readCsvWithExcelJs(csv.replace(/^\ufeff/, ''), ',');
	expect(rows).toHaveLength(bank.questions.length + 1);
	for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);

	expect(csp.violations).toEqual([]);
});

test('a composed quiz exports its questions and its results table', async ({ page }) => {
	await page.goto('/classroom/compose');
	await expect(page.getByRole('button', { name: 'Make the quiz code' })).toBeEnabled();
	await page.getByLabel(/Number of questions/).fill('4');
	await page.getByRole('button', { name: 'Make the quiz code' }).click();
	const code = (await page.locator('[data-quiz-code]').getAttribute('data-quiz-code')) ?? '';
	await page.getByRole('link', { name: 'Export' }).click();
	await expect(page).toHaveURL(new RegExp(`/export\\?quiz=${code}$`));
	await expect(page.getByText('4 questions in play order')).toBeVisible();

	const results = await download(page, 'Results CSV');
	expect(results.name).toBe(`sourcedeck-quiz-${code.toLowerCase()}-results.csv`);
	expect(await readCsvWithExcelJs(results.bytes.toString('utf8').replace(/^\ufeff/, ''), ',')).toEqual([
		['Student', 'Seconds', 'Question', 'Question text', 'Chosen answer', 'Right answer', 'Right', 'Source quote', 'Article', 'Article date']
	]);
	const moodle = (await download(page, 'Moodle XML')).bytes.toString('utf8');
	expect(moodle.match(/<question type="(?!category)/g)).toHaveLength(4);
});

test('the Anki export works offline after one use', async ({ page, context }) => {
	test.setTimeout(120_000);
	const csp = await watchCsp(context);
	const server = await startServer();
	const index = (await (await page.request.get(`${server.url}/banks/index.json`)).json()) as BankIndex;
	const entry = index.banks.find((b) => b.id !== 'corpus') ?? index.banks[0];
	await page.goto(`${server.url}/export?bank=${entry.id}`);
	await waitForServiceWorker(page);
	await page.getByLabel(/Include my progress/).uncheck();
	const online = await download(page, 'Anki package');

	await server.close();
	await abortAllRequests(context);
	const requestsWhenCut = server.requests.length;
	await page.reload();
	await page.getByLabel(/Include my progress/).uncheck();
	const offline = await download(page, 'Anki package');
	const { count } = await openApkg(offline.bytes);
	expect(count('SELECT count(*) FROM notes')).toBe(entry.questionCount);
	expect(offline.bytes.length).toBeGreaterThan(online.bytes.length / 2);
	expect(server.requests.length).toBe(requestsWhenCut);
	expect(csp.violations).toEqual([]);
});

test('control: without the kept engine, the offline Anki export says it needs a connection and downloads nothing', async ({ page, context }) => {
	const server = await startServer();
	await page.goto(`${server.url}/export?bank=corpus`);
	await waitForServiceWorker(page);
	await expect(page.getByRole('button', { name: 'Download Anki package' })).toBeEnabled();
	await server.close();
	await abortAllRequests(context);
	await page.reload();
	let downloads = 0;
	page.on('download', () => downloads++);
	await page.getByRole('button', { name: 'Download Anki package' }).click();
	await expect(page.getByRole('alert')).toHaveText(/needs a connection the first time/);
	// The page still works: a format without the engine downloads.
	await download(page, 'GIFT');
	expect(downloads).toBe(1);
});

test.describe('bad input', () => {
	// The banks are served by the test (page.route), which a service worker would bypass.
	test.use({ serviceWorkers: 'block' });

	const HOSTILE_PROMPT = '=HYPERLINK("http://x","y") <script>alert(1)</script>\ttab "quotes" & {GIFT} :: #1';
	const hostileBank: Bank = {
		format: 1,
		id: 'hostile',
		title: 'Hostile <b>bank</b>',
		version: 'v1',
		documents: [{ id: 'doc', file: 'doc.txt', title: 'Doc "one"', author: null, publisher: null, date: '2020-01-02' }],
		questions: [
			{
				id: 'h-1',
				type: 'choice',
				kind: 'event',
				prompt: HOSTILE_PROMPT,
				answer: '+1 & <i>x</i>',
				choices: ['-2', '+1 & <i>x</i>', '@SUM(A1)', 'line\nbreak'],
				sources: [{ doc: 'doc', quote: 'A "quote"\nwith\ta tab', start: 0, end: 20 }],
				origin: 'curated'
			}
		]
	};
	const emptyBank: Bank = { ...hostileBank, id: 'empty', title: 'Empty bank', questions: [] };

	test.beforeEach(async ({ page }) => {
		await page.route('**/banks/index.json', async (route) => {
			const index = (await (await route.fetch()).json()) as BankIndex;
			for (const b of [hostileBank, emptyBank])
				index.banks.push({ id: b.id, title: b.title, version: b.version, file: `${b.id}.json`, questionCount: b.questions.length, documents: ['doc'] });
			await route.fulfill({ json: index });
		});
		for (const b of [hostileBank, emptyBank]) await page.route(`**/banks/${b.id}.json`, (route) => route.fulfill({ json: b }));
	});

	test('a question with a formula, HTML, a tab, quotes and a line break comes out escaped and intact in every format', async ({ page }) => {
		await page.goto('/export?bank=hostile');
		await expect(page.getByText('Hostile <b>bank</b>')).toBeVisible();

		const csv = await readCsvWithExcelJs((await download(page, 'CSV for spreadsheets')).bytes.toString('utf8').replace(/^\ufeff/, ''), ',');
		expect(csv[1][3]).toBe(`'${HOSTILE_PROMPT}`);
		expect(csv[1][14]).toBe('A "quote"\nwith\ta tab');

		const anki = await readCsvWithExcelJs((await download(page, 'Text for Anki')).bytes.toString('utf8'), '\t', '#');
		expect(anki[0][0].split('\n')[0]).toBe(HOSTILE_PROMPT);
		expect(anki[0][2]).toBe('A "quote"\nwith\ta tab');

		const moodle = (await download(page, 'Moodle XML')).bytes.toString('utf8');
		expect(XMLValidator.validate(moodle)).toBe(true);
		expect(moodle).not.toContain('<script>');

		const gift = parseGift((await download(page, 'GIFT')).bytes.toString('utf8')).filter((q) => q.type !== 'Category');
		expect(gift).toHaveLength(1);
		expect((gift[0] as { stem: { text: string } }).stem.text).toBe(HOSTILE_PROMPT);

		const kahoot = await download(page, 'Kahoot spreadsheet');
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(kahoot.bytes.buffer.slice(kahoot.bytes.byteOffset, kahoot.bytes.byteOffset + kahoot.bytes.byteLength) as ArrayBuffer);
		const row = workbook.worksheets[0].getRow(9);
		expect(row.getCell(2).value).toBe(HOSTILE_PROMPT);
		expect([row.getCell(3).value, row.getCell(4).value, row.getCell(5).value, row.getCell(6).value, row.getCell(8).value]).toEqual(['-2', '+1 & <i>x</i>', '@SUM(A1)', 'line\nbreak', 2]);

		const { db } = await openApkg((await download(page, 'Anki package')).bytes);
		const flds = String(db.exec('SELECT flds FROM notes')[0].values[0][0]).split('\x1f');
		expect(flds[0]).toBe('=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;) &lt;script&gt;alert(1)&lt;/script&gt;\ttab &quot;quotes&quot; &amp; {GIFT} :: #1');
		db.close();
	});

	test('an empty bank exports valid, empty files', async ({ page }) => {
		await page.goto('/export?bank=empty');
		await expect(page.getByText('0 questions')).toBeVisible();
		expect(await readCsvWithExcelJs((await download(page, 'CSV for spreadsheets')).bytes.toString('utf8').replace(/^\ufeff/, ''), ',')).toHaveLength(1);
		expect(XMLValidator.validate((await download(page, 'Moodle XML')).bytes.toString('utf8'))).toBe(true);
		expect(parseGift((await download(page, 'GIFT')).bytes.toString('utf8')).map((q) => q.type)).toEqual(['Category']);
		const { count } = await openApkg((await download(page, 'Anki package')).bytes);
		expect(count('SELECT count(*) FROM notes')).toBe(0);
		await expect(outcome(page)).toContainText('0 notes');
	});
});
