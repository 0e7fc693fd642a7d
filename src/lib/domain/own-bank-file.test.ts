import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Bank } from '../format/bank-format';
import { buildDocumentBank } from '../bank/build-document';
import { makeOwnBank, ownDocumentId } from './own-bank';
import { readOwnBankFile, writeOwnBankFile } from './own-bank-file';

const TEXT = [
	'Council closes the old bridge',
	'',
	'On March 3, 2020, the city council of Riverton voted to close the Old Mill Bridge after engineers found cracks in two of its piers.',
	'',
	'Mayor Linda Park said the bridge would reopen in 2022 if repairs costing 4 million dollars were approved.',
	'',
	'In 1998, the bridge was closed for six months after a flood damaged its eastern pier.'
].join('\n');

function ownBank(): Bank {
	const r = buildDocumentBank({ id: ownDocumentId(TEXT), text: TEXT, title: 'Bridge', author: null, publisher: null, date: '2020-03-04' });
	if (!r.ok) throw new Error(r.message);
	return makeOwnBank(r.bank, r.bank.questions.map((q) => q.id), r.bank.documents[0]);
}

const BANK = ownBank();
const FILE = writeOwnBankFile(BANK, TEXT);
const edit = (change: (data: { app: string; format: number; text: string; bank: Bank }) => void) => {
	const data = JSON.parse(FILE);
	change(data);
	return JSON.stringify(data);
};
const message = (raw: string) => {
	const r = readOwnBankFile(raw);
	return r.ok ? null : r.message;
};

describe('own bank file', () => {
	it('reads back what it wrote', () => {
		expect(readOwnBankFile(FILE)).toEqual({ ok: true, bank: BANK, text: TEXT });
	});

	it('refuses a damaged, foreign or newer file, saying which', () => {
		expect(message(FILE.slice(0, FILE.length / 2))).toMatch(/damaged/);
		expect(message('{"hello": 1}')).toMatch(/not a Sourcedeck bank file/);
		expect(message(edit((d) => (d.format = 2)))).toMatch(/newer version/);
		expect(message(edit((d) => delete (d.bank.questions[0] as Partial<Bank['questions'][0]>).sources))).toMatch(/damaged \(bank\.questions\.0\.sources/);
	});

	it('refuses crafted files: changed text, foreign ids, moved quotes, edited answers', () => {
		expect(message(edit((d) => (d.text = d.text.replace('Riverton', 'Rivertown'))))).toMatch(/does not match its text/);
		expect(message(edit((d) => (d.bank.questions[0].id = 'g-0000000000')))).toMatch(/does not belong/);
		expect(message(edit((d) => (d.bank.questions[0].sources[0].start += 1)))).toMatch(/not in the document/);
		expect(message(edit((d) => (d.bank.questions[0].answer = `${d.bank.questions[0].answer}x`)))).toMatch(/changed after it was exported|choices/);
		expect(message(edit((d) => (d.bank.documents[0].title = 'Other title')))).toMatch(/changed after it was exported/);
	});

	it('never throws, whatever the bytes or the JSON (refused whole or read)', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.json(), fc.constant(FILE)), (raw) => {
				const r = readOwnBankFile(raw);
				if (r.ok) expect(r.bank.questions.length).toBeGreaterThan(0);
				else expect(r.message).toMatch(/^This bank file cannot be imported: .+ Nothing was imported\.$/);
			})
		);
	});

	it('refuses any single-value change to a valid file, or reads it to the same content', () => {
		const data = JSON.parse(FILE);
		const paths: (string | number)[][] = [];
		const walk = (value: unknown, path: (string | number)[]) => {
			if (value && typeof value === 'object') for (const [k, child] of Object.entries(value)) walk(child, [...path, Array.isArray(value) ? Number(k) : k]);
			else paths.push(path);
		};
		walk(data, []);
		fc.assert(
			fc.property(fc.constantFrom(...paths), fc.oneof(fc.string(), fc.integer(), fc.constant(null)), (path, replacement) => {
				const copy = JSON.parse(FILE);
				let at = copy;
				for (const key of path.slice(0, -1)) at = at[key];
				const last = path[path.length - 1];
				if (at[last] === replacement) return;
				at[last] = replacement;
				expect(readOwnBankFile(JSON.stringify(copy)).ok).toBe(false);
			}),
			{ numRuns: 300 }
		);
	});
});
