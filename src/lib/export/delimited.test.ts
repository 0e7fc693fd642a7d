import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DelimitedParseError, formatField, neutraliseFormula, parseDelimited, restoreFormula, writeDelimited, type Delimiter } from './delimited';
import { readCsvWithExcelJs } from './read-with-exceljs';

// Text with the characters that matter: delimiters, quotes, line breaks, formula starts, apostrophes, #.
const nasty = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '\t', '"', "'", '\n', '\r', '=', '+', '-', '@', '#', 'é', '→') });
const table = (width: number) => fc.array(fc.array(nasty, { minLength: width, maxLength: width }), { maxLength: 8 });

describe('delimited text', () => {
	it('quotes only what needs it, doubling inner quotes', () => {
		expect(formatField('plain', ',')).toBe('plain');
		expect(formatField('a,b', ',')).toBe('"a,b"');
		expect(formatField('a,b', '\t')).toBe('a,b');
		expect(formatField('say "hi"', ',')).toBe('"say ""hi"""');
		expect(formatField('two\nlines', '\t')).toBe('"two\nlines"');
	});

	it('reads CRLF, LF, a byte-order mark, quoted line breaks and skips blank lines', () => {
		const rows = parseDelimited('\ufeffa,b\r\n\r\n"x\r\ny",z\nlast,"q""uote"', ',');
		expect(rows).toEqual([
			{ line: 1, fields: ['a', 'b'] },
			{ line: 3, fields: ['x\r\ny', 'z'] },
			{ line: 5, fields: ['last', 'q"uote'] }
		]);
	});

	it('skips comment rows only when asked, and a quoted # is text', () => {
		expect(parseDelimited('#c\ta\nx\ty', '\t', { comment: '#' })).toEqual([{ line: 2, fields: ['x', 'y'] }]);
		expect(parseDelimited('"#c"\ta', '\t', { comment: '#' })[0].fields).toEqual(['#c', 'a']);
		expect(writeDelimited([['#c', 'a']], '\t', { comment: '#' })).toBe('"#c"\ta\r\n');
	});

	it('says on which line an unclosed quote opened', () => {
		expect(() => parseDelimited('a,b\nc,"never\nends', ',')).toThrow(DelimitedParseError);
		try {
			parseDelimited('a,b\nc,"never\nends', ',');
		} catch (e) {
			expect((e as DelimitedParseError).line).toBe(2);
		}
	});

	it('neutralises formula starts and restores them exactly', () => {
		expect(neutraliseFormula('=1+1')).toBe("'=1+1");
		expect(neutraliseFormula('-3')).toBe("'-3");
		expect(neutraliseFormula("'=x")).toBe("''=x");
		expect(neutraliseFormula("it's")).toBe("it's");
		expect(restoreFormula("''=x")).toBe("'=x");
		expect(restoreFormula("'quoted'")).toBe("'quoted'");
	});

	it('property: formula neutralising never leaves a formula start and always reads back', () => {
		fc.assert(
			fc.property(nasty, (text) => {
				const safe = neutraliseFormula(text);
				expect(/^[=+\-@\t\r]/.test(safe)).toBe(false);
				expect(restoreFormula(safe)).toBe(text);
			}),
			{ numRuns: 500 }
		);
	});

	for (const delimiter of [',', '\t'] as Delimiter[]) {
		it(`property: parse(write(rows)) gives the rows back (${delimiter === ',' ? 'comma' : 'tab'})`, () => {
			fc.assert(
				fc.property(fc.integer({ min: 1, max: 5 }).chain(table), (rows) => {
					const parsed = parseDelimited(writeDelimited(rows, delimiter), delimiter).map((r) => r.fields);
					expect(parsed).toEqual(rows);
				}),
				{ numRuns: 300 }
			);
		});
	}

	it('property: any text parses or fails with a line number, never hangs or throws anything else', () => {
		fc.assert(
			fc.property(nasty, (text) => {
				try {
					const rows = parseDelimited(text, ',');
					for (const r of rows) expect(r.line).toBeGreaterThanOrEqual(1);
				} catch (e) {
					expect(e).toBeInstanceOf(DelimitedParseError);
				}
			}),
			{ numRuns: 500 }
		);
	});

	it('property: an independent reader (exceljs / fast-csv) reads what we write', async () => {
		await fc.assert(
			fc.asyncProperty(fc.integer({ min: 2, max: 4 }).chain(table), async (rows) => {
				// A header row first: fast-csv drops whitespace at the very start of a file.
				const nonEmpty = [rows[0]?.map((_, i) => `column ${i}`) ?? ['column'], ...rows.filter((r) => r.some((f) => f !== ''))];
				const read = await readCsvWithExcelJs(writeDelimited(nonEmpty, ','), ',');
				// exceljs drops trailing empty cells of a row and reads an unquoted cell of whitespace alone as empty.
				const trim = (r: string[]) => {
					const out = r.map((f) => (f.trim() === '' ? '' : f));
					while (out.length && out[out.length - 1] === '') out.pop();
					return out;
				};
				expect(read.map(trim)).toEqual(nonEmpty.map(trim));
			}),
			{ numRuns: 60 }
		);
	});
});
