import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkSources, htmlToText, ImportError, parseImport, type ImportedRow } from './import-text';
import { writeBankCsv } from './bank-csv';
import { writeText } from './anki-text';
import { DOC_A, DOC_B, hostileSet, sampleSet } from './fixtures';
import type { ExportSet } from './export-set';

const TEXT_A = 'Intro. On Nov. 14, Prime Minister Shinzo Abe met with Russian President Vladimir Putin in Singapore. More text.';
const TEXT_B = 'Etorofu (Iturup) is the largest of the islands.\nIt lies   north.';
const DOCS = [
	{ id: DOC_A, text: TEXT_A },
	{ id: DOC_B, text: TEXT_B }
];
const idOf = (row: ImportedRow) => `i-${row.line}`;

describe('import: reading a file', () => {
	it('refuses an empty file and an unclosed quote, saying what is wrong', () => {
		expect(() => parseImport('')).toThrow(new ImportError('empty', 'The file is empty.'));
		expect(() => parseImport('\ufeff  \n')).toThrow(ImportError);
		expect(() => parseImport('front\t"never closes\nback')).toThrow(/quoted field opened on line 1 never closes/);
	});

	it('reads an Anki text export with #columns and HTML fields', () => {
		const text = '#separator:tab\n#html:true\n#columns:Back\tSource\tFront\nTokyo &amp; Osaka\t<b>On Nov. 14</b>, Prime\tWhere?<br>Which cities\n';
		const { rows } = parseImport(text);
		expect(rows).toEqual([{ line: 4, type: 'flashcard', kind: 'event', prompt: 'Where?\nWhich cities', answer: 'Tokyo & Osaka', quote: 'On Nov. 14, Prime' }]);
	});

	it('a row without a front or back is a problem on its line, not a question', () => {
		const { rows, problems } = parseImport('front\tback\tquote\n\tno front\tq\n');
		expect(rows).toHaveLength(1);
		expect(problems).toEqual([{ line: 2, message: 'Line 2 has no front or no back.' }]);
	});

	it('a bank CSV keeps types whose fields fit and makes the others flashcards', () => {
		const set: ExportSet = {
			...sampleSet(),
			questions: sampleSet().questions.map((q) => (q.id === 'q-choice' ? { ...q, choices: ['Nobody', 'Else'] } : q))
		};
		const { rows } = parseImport(writeBankCsv(set));
		expect(rows.find((r) => r.id === 'q-choice')?.type).toBe('flashcard');
		expect(rows.find((r) => r.id === 'q-tf')?.type).toBe('truefalse');
		expect(rows.find((r) => r.id === 'q-order')?.items).toHaveLength(sampleSet().questions.find((q) => q.id === 'q-order')?.items?.length ?? -1);
	});

	it('htmlToText decodes entities and line breaks and drops tags', () => {
		expect(htmlToText('a<br/>b &lt;i&gt; &#233;&#x41; <span class="x">c</span>')).toBe('a\nb <i> éA c');
	});
});

describe('import: only questions whose source is in a document', () => {
	it('keeps a row whose quote is found, with the offsets where, and rejects the rest with a reason', () => {
		const rows: ImportedRow[] = [
			{ line: 1, type: 'flashcard', kind: 'event', prompt: 'Who met Putin?', answer: 'Abe', quote: 'Prime Minister Shinzo Abe met with Russian President Vladimir Putin' },
			{ line: 2, type: 'flashcard', kind: 'event', prompt: 'Made up?', answer: 'Yes', quote: 'Abe met Trump on the Moon.' },
			{ line: 3, type: 'flashcard', kind: 'event', prompt: 'No source?', answer: 'None', quote: '  ' },
			// Quizlet flattened the line break: whitespace runs still match, and the document's own text is kept.
			{ line: 4, type: 'flashcard', kind: 'place', prompt: 'Largest?', answer: 'Etorofu', quote: 'islands. It lies north.' }
		];
		const { accepted, rejected } = checkSources(rows, DOCS, idOf);
		expect(accepted.map((q) => q.id)).toEqual(['i-1', 'i-4']);
		for (const q of accepted) {
			const text = DOCS.find((d) => d.id === q.sources[0].doc)?.text ?? '';
			expect(text.slice(q.sources[0].start, q.sources[0].end)).toBe(q.sources[0].quote);
		}
		expect(accepted[1].sources[0]).toEqual({ doc: DOC_B, quote: 'islands.\nIt lies   north.', start: 39, end: 64 });
		expect(rejected).toEqual([
			{ line: 2, prompt: 'Made up?', message: 'Its source quote is in none of your documents.' },
			{ line: 3, prompt: 'No source?', message: 'It has no source quote: an answer without a source is not imported.' }
		]);
	});

	it('a text export comes back as sourced questions when the documents hold the quotes', () => {
		const set: ExportSet = {
			...sampleSet(),
			questions: sampleSet().questions.filter((q) => q.id === 'q-date' || q.id === 'q-island')
		};
		for (const flavour of ['anki', 'quizlet'] as const) {
			const { rows } = parseImport(writeText(set, flavour).text);
			const { accepted, rejected } = checkSources(rows, DOCS, idOf);
			expect(rejected).toEqual([]);
			expect(accepted.map((q) => q.sources[0].doc)).toEqual([DOC_A, DOC_B]);
		}
	});

	it('property: every accepted question quotes its document verbatim at its offsets; no quote, no question', () => {
		const word = fc.constantFrom('Abe', 'Putin', 'met', 'in', 'Singapore', 'islands', 'the', 'Nov.', '14,', '\n', '  ');
		const textArb = fc.array(word, { minLength: 1, maxLength: 30 }).map((w) => w.join(' '));
		fc.assert(
			fc.property(fc.array(textArb, { minLength: 1, maxLength: 3 }), fc.array(textArb, { maxLength: 6 }), (texts, quotes) => {
				const docs = texts.map((text, i) => ({ id: `d${i}`, text }));
				const rows: ImportedRow[] = quotes.map((quote, i) => ({ line: i + 1, type: 'flashcard', kind: 'event', prompt: 'p', answer: 'a', quote }));
				const { accepted, rejected } = checkSources(rows, docs, idOf);
				expect(accepted.length + rejected.length).toBe(rows.length);
				for (const q of accepted) {
					const source = q.sources[0];
					const doc = docs.find((d) => d.id === source.doc);
					expect(doc?.text.slice(source.start, source.end)).toBe(source.quote);
					expect(source.quote.trim()).not.toBe('');
				}
				for (const r of rejected) {
					const quote = rows[r.line - 1].quote;
					if (quote.trim()) for (const d of docs) expect(d.text.includes(quote)).toBe(false);
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('property: a bank CSV export reads back to the same questions (hostile text included)', () => {
		const text = fc.string({ unit: fc.constantFrom('a', ' ', ',', '\t', '"', "'", '\n', '=', '-', '@', '#', '<', '&', '→') });
		const nonBlank = text.filter((s) => s.trim() !== '');
		fc.assert(
			fc.property(fc.array(fc.tuple(nonBlank, nonBlank, text), { maxLength: 5 }), (qs) => {
				const base = hostileSet();
				const set: ExportSet = {
					...base,
					questions: qs.map(([prompt, answer, quote], i) => ({
						id: `g-${i}`,
						type: 'typed',
						kind: 'event',
						prompt,
						answer,
						sources: [{ doc: DOC_A, quote, start: 0, end: quote.length }],
						origin: 'generated'
					}))
				};
				const back = parseImport(writeBankCsv(set));
				expect(back.rows.map((r) => [r.prompt, r.answer, r.quote])).toEqual(qs);
			}),
			{ numRuns: 200 }
		);
	});
});
