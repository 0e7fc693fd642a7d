import { describe, expect, it } from 'vitest';
import type { BankDocument } from '../format/bank-format';
import { ownDocumentId } from '../domain/own-bank';
import { planImport, type ImportDocument } from './import-bank';
import { parseImport } from './import-text';

const ARTICLE = 'Intro. On Nov. 14, Prime Minister Shinzo Abe met with Russian President Vladimir Putin in Singapore. More text.';
const OWN_TEXT = 'My notes. Etorofu (Iturup) is the largest of the islands.\nIt lies north.';
const OWN_ID = ownDocumentId(OWN_TEXT);
const builtIn: BankDocument = { id: 'tatsumi-2018', file: 'tatsumi-2018.txt', title: 'Catalyst', author: 'Yuki Tatsumi', publisher: null, date: '2018-11-20' };
const ownDoc: BankDocument = { id: OWN_ID, file: `${OWN_ID}.txt`, title: 'My notes', author: null, publisher: null, date: '2024-01-01' };
const ownBank = {
	format: 1 as const,
	id: OWN_ID,
	title: 'My notes',
	version: 'v1',
	documents: [ownDoc],
	questions: [
		{ id: `${OWN_ID}-q1`, type: 'flashcard' as const, kind: 'place' as const, prompt: 'Largest island?', answer: 'Etorofu', sources: [{ doc: OWN_ID, quote: 'Etorofu (Iturup) is the largest of the islands.', start: 10, end: 57 }], origin: 'generated' as const }
	]
};
const DOCS: ImportDocument[] = [
	{ details: builtIn, text: ARTICLE },
	{ details: ownDoc, text: OWN_TEXT, bank: ownBank }
];

describe('import: from a read file to banks of your own', () => {
	it('keeps only rows whose quote is in a document, and says why each other row is refused', () => {
		const file = [
			'Who met Putin?\tShinzo Abe\tPrime Minister Shinzo Abe met with Russian President',
			'No source here\tanswer\t',
			'Made up\tx\tThis sentence is in no document.',
			'\tno front\tq',
			'Where north?\tIt lies north\tIt lies   north.',
			'Largest island?\tEtorofu\tEtorofu (Iturup)'
		].join('\n');
		const plan = planImport(parseImport(file), DOCS);
		expect(plan.accepted).toBe(2);
		expect(plan.refused.map((r) => [r.line, r.message])).toEqual([
			[2, 'It has no source quote: an answer without a source is not imported.'],
			[3, 'Its source quote is in none of your documents.'],
			[4, 'Line 4 has no front or no back.'],
			[6, 'It is already in your bank “My notes”.']
		]);
		const [onArticle, onOwn] = plan.groups;
		// A built-in article's questions go into a new own bank on a copy of the article.
		expect(onArticle.isNew).toBe(true);
		expect(onArticle.bank.id).toBe(ownDocumentId(ARTICLE));
		expect(onArticle.bank.documents).toEqual([{ ...builtIn, id: onArticle.bank.id, file: `${onArticle.bank.id}.txt` }]);
		expect(onArticle.text).toBe(ARTICLE);
		const q = onArticle.bank.questions[0];
		expect(q.id.startsWith(`${onArticle.bank.id}-`)).toBe(true);
		expect(ARTICLE.slice(q.sources[0].start, q.sources[0].end)).toBe(q.sources[0].quote);
		// A question on one's own document joins that bank, after its questions, with the quote as the text has it.
		expect(onOwn.isNew).toBe(false);
		expect(onOwn.bank.questions.map((x) => x.prompt)).toEqual(['Largest island?', 'Where north?']);
		expect(onOwn.bank.questions[1].sources[0]).toMatchObject({ doc: OWN_ID, quote: 'It lies north.' });
		expect(onOwn.bank.version).not.toBe('v1');
	});

	it('a file with no usable row plans nothing', () => {
		const plan = planImport(parseImport('a\tb\t\nc\td\tnowhere to be found\n'), DOCS);
		expect(plan.groups).toEqual([]);
		expect(plan.accepted).toBe(0);
		expect(plan.refused).toHaveLength(2);
	});

	it('the same file imported twice adds nothing the second time', () => {
		const file = 'Who met Putin?\tShinzo Abe\tShinzo Abe met with\n';
		const first = planImport(parseImport(file), DOCS).groups[0];
		const again = planImport(parseImport(file), [...DOCS, { details: first.bank.documents[0], text: first.text, bank: first.bank }]);
		expect(again.accepted).toBe(0);
		expect(again.refused[0].message).toMatch(/already in your bank “Catalyst”/);
	});

	it('a formula in a row stays text in the question', () => {
		const plan = planImport(parseImport('=HYPERLINK("x")\t+1\tShinzo Abe met with\n'), DOCS);
		expect(plan.groups[0].bank.questions[0]).toMatchObject({ prompt: '=HYPERLINK("x")', answer: '+1' });
	});
});

describe('import: a saved bank can be shared', () => {
	it('an imported bank passes the shared-file check (version, title, ids, quotes)', async () => {
		const { readOwnBankFile, writeOwnBankFile } = await import('../domain/own-bank-file');
		const csvLike = 'Who met Putin?\tShinzo Abe\tPrime Minister Shinzo Abe met with Russian President\nWhere north?\tIt lies north\tIt lies north.\n';
		for (const group of planImport(parseImport(csvLike), DOCS).groups) {
			const read = readOwnBankFile(writeOwnBankFile(group.bank, group.text));
			expect(read).toMatchObject({ ok: true });
		}
	});
});
