import { describe, expect, it } from 'vitest';
import { BANK_CSV_COLUMNS, writeBankCsv } from './bank-csv';
import { emptySet, hostileSet, sampleSet } from './fixtures';
import { parseImport } from './import-text';
import { readCsvWithExcelJs } from './read-with-exceljs';

describe('bank CSV', () => {
	it('writes a header and one row per question, every field, UTF-8 with a byte-order mark', async () => {
		const set = sampleSet();
		const text = writeBankCsv(set);
		expect(text.startsWith('\ufeffid,type,kind,prompt,answer,')).toBe(true);
		const rows = await readCsvWithExcelJs(text.slice(1), ',');
		expect(rows[0]).toEqual([...BANK_CSV_COLUMNS]);
		expect(rows).toHaveLength(set.questions.length + 1);
		const island = rows.find((r) => r[0] === 'q-island');
		const col = (name: string) => BANK_CSV_COLUMNS.indexOf(name as (typeof BANK_CSV_COLUMNS)[number]);
		expect(island?.[col('accepted answers')]).toBe('["Iturup","Etorofu / Iturup"]');
		expect(island?.[col('source quote')]).toBe('Etorofu (Iturup) is the largest of the islands.');
		// An untitled article is credited to its author, never given an invented title.
		expect(island?.[col('article')]).toBe('Untitled article by Hiroshi Abiru');
		expect(island?.[col('article date')]).toBe('2021-01-15');
		const poll = rows.find((r) => r[0] === 'q-poll');
		expect([poll?.[col('number')], poll?.[col('tolerance')], poll?.[col('unit')]]).toEqual(['14', '1', '%']);
	});

	it('an empty bank is the header alone', async () => {
		const rows = await readCsvWithExcelJs(writeBankCsv(emptySet()).slice(1), ',');
		expect(rows).toEqual([[...BANK_CSV_COLUMNS]]);
	});

	it('hostile text: no cell a spreadsheet would run, and every question reads back intact', async () => {
		const set = hostileSet();
		const text = writeBankCsv(set);
		const rows = await readCsvWithExcelJs(text.slice(1), ',');
		for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
		const prompt = BANK_CSV_COLUMNS.indexOf('prompt');
		expect(rows.find((r) => r[0] === 'h-formula')?.[prompt]).toBe(`'=HYPERLINK("http://x","y")`);
		// Our own reader takes the apostrophe off again.
		const back = parseImport(text);
		expect(back.format).toBe('bank-csv');
		expect(back.problems).toEqual([]);
		expect(
			back.rows.map((r) => ({ id: r.id, type: r.type, prompt: r.prompt, answer: r.answer, accept: r.accept, choices: r.choices, quote: r.quote }))
		).toEqual(
			set.questions.map((q) => ({ id: q.id, type: q.type, prompt: q.prompt, answer: q.answer, accept: q.accept, choices: q.choices, quote: q.sources[0].quote }))
		);
	});
});
