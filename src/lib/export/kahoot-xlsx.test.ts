import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { cutText, KAHOOT_HEADER, kahootTime, writeKahootXlsx } from './kahoot-xlsx';
import { emptySet, hostileSet, sampleSet } from './fixtures';
import type { ExportSet } from './export-set';
import type { Question } from '../format/bank-format';

/** Opens the file with exceljs and returns the rows from Kahoot's header row down, as cell values. */
async function readSheet(bytes: Uint8Array): Promise<{ header: unknown[]; rows: unknown[][]; title: unknown }> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
	const sheet = workbook.worksheets[0];
	const values = (r: number) => Array.from({ length: 8 }, (_, c) => sheet.getRow(r).getCell(c + 1).value ?? null);
	const rows: unknown[][] = [];
	for (let r = 9; r <= sheet.rowCount; r++) rows.push(values(r));
	return { header: values(8), rows, title: sheet.getCell('B1').value };
}

const choice = (id: string, prompt: string, choices: string[], answer: string): Question => ({
	id,
	type: 'choice',
	kind: 'actor',
	prompt,
	answer,
	choices,
	sources: [{ doc: 'd', quote: 'q', start: 0, end: 1 }],
	origin: 'curated'
});

describe('Kahoot spreadsheet', () => {
	it('has Kahoot’s template columns on row 8 and one row per choice or true/false question', async () => {
		const set = sampleSet();
		const out = writeKahootXlsx(set);
		const { header, rows, title } = await readSheet(out.bytes);
		expect(title).toBe('Fixture bank — Sourcedeck');
		expect(header).toEqual(KAHOOT_HEADER.map((h) => h || null));
		expect(rows).toEqual([
			[1, 'Who met Sergey Lavrov on Nov. 23?', 'Shinzo Abe', 'Taro Kono', 'Yoshihide Suga', 'Fumio Kishida', 20, 2],
			[2, 'True or false? The islands have been under Soviet/Russian administrative control since 1945.', 'True', 'False', null, null, 20, 1]
		]);
		expect(out.count).toBe(2);
		expect(out.omitted).toHaveLength(set.questions.length - 2);
		expect(out.cuts).toEqual([]);
	});

	it('cuts questions to 120 and answers to 75 characters, reports each cut, keeps the right answer number', async () => {
		const long = 'Which of these very long options is the one the article gives as the position of the Japanese government in the 2018 talks in Singapore?';
		const right = 'The right answer, which is far longer than the seventy-five characters Kahoot allows in one answer';
		const set: ExportSet = { ...emptySet(), questions: [choice('c-long', long, ['A', 'B', 'C', 'D', right, 'F'], right)] };
		const out = writeKahootXlsx(set);
		const { rows } = await readSheet(out.bytes);
		const [row] = rows;
		expect(String(row[1])).toHaveLength(120);
		expect(String(row[1]).endsWith('…')).toBe(true);
		// More than four options: the right one and the first three others, in their order.
		expect(row.slice(2, 6)).toEqual(['A', 'B', 'C', cutText(right, 75)]);
		expect(Array.from(String(row[5]))).toHaveLength(75);
		expect(row[7]).toBe(4);
		expect(out.cuts).toEqual([
			{ id: 'c-long', field: 'question', from: Array.from(long).length },
			{ id: 'c-long', field: 'answer 4', from: right.length }
		]);
		expect(out.fewerOptions).toEqual(['c-long']);
	});

	it('hostile text comes back intact as text cells, never formulas', async () => {
		const set = hostileSet();
		const formula = choice('c-formula', '=HYPERLINK("http://x","y")', ['=1+1', '@SUM(A1)', '-3', '<b>x</b> & "y"'], '@SUM(A1)');
		const { rows } = await readSheet(writeKahootXlsx({ ...set, questions: [...set.questions, formula] }).bytes);
		expect(rows).toEqual([
			[1, '<script>alert(1)</script> & <b>bold</b>?', '<i>x</i>', 'a & b', '</answer>]]>', null, 20, 1],
			[2, 'True or false? Marks ~ = # { } : \\ and // slashes', 'True', 'False', null, null, 20, 2],
			[3, '=HYPERLINK("http://x","y")', '=1+1', '@SUM(A1)', '-3', '<b>x</b> & "y"', 20, 2]
		]);
	});

	it('never cuts inside a character made of two UTF-16 units', () => {
		expect(cutText('😀'.repeat(80), 75)).toBe('😀'.repeat(74) + '…');
	});

	it('time limit: 20 s for a bank, the nearest Kahoot limit for a quiz, the longest when untimed', () => {
		expect([kahootTime(undefined), kahootTime(15), kahootTime(45), kahootTime(0), kahootTime(90)]).toEqual([20, 10, 30, 240, 90]);
	});

	it('an empty bank is the template with no questions', async () => {
		const out = writeKahootXlsx(emptySet());
		const { header, rows } = await readSheet(out.bytes);
		expect(header[1]).toBe('Question - max 120 characters');
		expect(rows).toEqual([]);
		expect(out.count).toBe(0);
	});
});
