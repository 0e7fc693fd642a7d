import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildDocumentBank } from '../bank/build-document';
import { isOwnId, makeOwnBank, ownDocumentId } from './own-bank';

const TEXT = [
	'Council closes the old bridge',
	'By Ana Reyes',
	'',
	'On March 3, 2020, the city council of Riverton voted to close the Old Mill Bridge after engineers found cracks in two of its piers.',
	'',
	'Mayor Linda Park said the bridge would reopen in 2022 if repairs costing 4 million dollars were approved.',
	'',
	'In 1998, the bridge was closed for six months after a flood damaged its eastern pier.'
].join('\n');

function build(text = TEXT, title = 'Council closes the old bridge') {
	const id = ownDocumentId(text);
	const r = buildDocumentBank({ id, text, title, author: 'Ana Reyes', publisher: null, date: '2020-03-04' });
	if (!r.ok) throw new Error(r.message);
	return r;
}

describe('own banks from the builder', () => {
	it('names the document after its text: the same text gives the same id, whatever the title or line endings', () => {
		expect(ownDocumentId(TEXT)).toBe(ownDocumentId(`${TEXT.replace(/\n/g, '\r\n')}\n\n`));
		expect(ownDocumentId(TEXT)).not.toBe(ownDocumentId(`${TEXT} More.`));
		expect(isOwnId(ownDocumentId(TEXT))).toBe(true);
		fc.assert(
			fc.property(fc.string(), (t) => {
				expect(ownDocumentId(t)).toMatch(/^u-[0-9a-z]{12}$/);
			})
		);
	});

	it('keeps only the accepted questions, with ids no built-in bank uses, stable when the text is built again', () => {
		const first = build();
		expect(first.bank.questions.length).toBeGreaterThan(1);
		const doc = first.bank.documents[0];
		const accepted = new Set(first.bank.questions.slice(0, 2).map((q) => q.id));
		const bank = makeOwnBank(first.bank, accepted, doc);
		expect(bank.id).toBe(doc.id);
		expect(bank.questions).toHaveLength(2);
		for (const q of bank.questions) {
			expect(q.id.startsWith(`${doc.id}-g-`)).toBe(true);
			expect(q.sources.every((s) => s.doc === doc.id && TEXT.slice(s.start, s.end) === s.quote)).toBe(true);
		}
		// Rebuilt with another title: the same questions get the same ids (progress carries over).
		const again = build(TEXT, 'Another title');
		const bankAgain = makeOwnBank(again.bank, new Set(again.bank.questions.slice(0, 2).map((q) => q.id)), again.bank.documents[0]);
		expect(bankAgain.questions.map((q) => q.id)).toEqual(bank.questions.map((q) => q.id));
	});

	it('changes the version when the accepted questions or the details change', () => {
		const { bank: built } = build();
		const doc = built.documents[0];
		const all = new Set(built.questions.map((q) => q.id));
		const v1 = makeOwnBank(built, all, doc).version;
		expect(makeOwnBank(built, all, doc).version).toBe(v1);
		expect(makeOwnBank(built, new Set([...all].slice(1)), doc).version).not.toBe(v1);
		expect(makeOwnBank(built, all, { ...doc, title: 'Edited' }).version).not.toBe(v1);
	});
});
