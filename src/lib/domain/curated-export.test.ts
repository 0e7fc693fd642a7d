// An own bank exported in the repository's curated format is read by the repository's own builder
// (bank/build-banks.ts, what `npm run bank` runs): same questions, same quotes at the same places.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildBanks } from '../bank/build-banks';
import { buildDocumentBank } from '../bank/build-document';
import type { Bank } from '../format/bank-format';
import { exportCurated, documentSlug, isRoleCard } from './curated-export';
import { makeOwnBank, ownDocumentId } from './own-bank';
import { makeOwnFixture } from './fixtures/own-bank';

const TEXT = readFileSync('tests/e2e/fixtures/own-article.txt', 'utf8');

function ownBank(text: string, details: Partial<Bank['documents'][0]> = {}): Bank {
	const r = buildDocumentBank({ id: ownDocumentId(text), text, title: 'Riverton council votes to close the Old Mill Bridge', author: 'Ana Reyes', publisher: 'Riverton Gazette', date: '2020-03-04', dateBasis: "stated in the text ('March 4, 2020')", ...details });
	if (!r.ok) throw new Error(r.message);
	return makeOwnBank(r.bank, r.bank.questions.map((q) => q.id), r.bank.documents[0]);
}

/** Runs the repository's builder over the exported files, as if they had been copied into questions/. */
function buildInRepository(files: { path: string; text: string }[], entry: object) {
	const at = (p: string) => files.find((f) => f.path === p)!;
	const source = files.find((f) => f.path.startsWith('questions/sources/'))!;
	return buildBanks({
		sourcesDir: 'questions/sources',
		manifest: { path: 'questions/sources/manifest.json', text: JSON.stringify({ documents: [entry] }) },
		files: new Map([[source.path.replace('questions/sources/', ''), new TextEncoder().encode(source.text)]]),
		actors: null,
		curated: files.filter((f) => f.path.startsWith('questions/curated/')).map((f) => ({ path: f.path, text: at(f.path).text })),
		review: null,
		registry: { path: 'questions/ids.json', text: null }
	});
}

describe('export in the curated format', () => {
	it('round-trips through the repository’s reader and gates: every question back, quoting the same sentence', () => {
		const bank = ownBank(TEXT);
		expect(bank.questions.length).toBeGreaterThan(5);
		const out = exportCurated(bank, TEXT);
		expect(out.slug).toBe('reyes-2020-03-riverton-council-votes-to-close-the-old');
		expect(out.files.map((f) => f.path)).toEqual([
			`questions/sources/${out.slug}.txt`,
			`questions/curated/${out.slug}.yaml`,
			'manifest-entry.json',
			'README.txt'
		]);
		const result = buildInRepository(out.files, out.manifestEntry);
		const curated = result.questions.filter((q) => q.origin === 'curated');
		const shape = (q: Bank['questions'][0]) => ({ type: q.type, kind: q.kind, prompt: q.prompt, answer: q.answer, accept: q.accept, choices: q.choices, items: q.items, date: q.date, number: q.number, explanation: q.explanation, sources: q.sources.map((s) => ({ quote: s.quote, start: s.start, end: s.end })) });
		const exported = bank.questions.filter((q) => !isRoleCard(q));
		expect(exported.length).toBe(bank.questions.length - 1); // "What office did Linda Park hold?"
		expect(curated.map(shape).sort((a, b) => a.prompt.localeCompare(b.prompt))).toEqual(exported.map(shape).sort((a, b) => a.prompt.localeCompare(b.prompt)));
		expect(out.files[3].text).toMatch(/1 who's-who card \(the office a person held\) is not in the curated file/);
		expect(result.files.find((f) => f.path.includes(out.slug))).toBeDefined();
	});

	it('writes the manifest entry the repository’s manifest holds', () => {
		const bank = ownBank(TEXT);
		expect(exportCurated(bank, TEXT).manifestEntry).toEqual({
			file: 'reyes-2020-03-riverton-council-votes-to-close-the-old.txt',
			title: 'Riverton council votes to close the Old Mill Bridge',
			author: 'Ana Reyes',
			publisher: 'Riverton Gazette',
			date: '2020-03-04',
			date_basis: "stated in the text ('March 4, 2020')"
		});
	});

	it('writes any text safely: quotes, colons, hashes, newlines and accents stay what they were', () => {
		const awkward = 'Title: "quoted" # not a comment — é\nsecond line';
		const { bank, text } = makeOwnFixture(awkward);
		const withTitle = { ...bank, documents: [{ ...bank.documents[0], title: awkward, author: null, publisher: 'O’Brien & Co: "Press"' }] };
		const out = exportCurated(withTitle, text);
		const yaml = parse(out.files[1].text) as { doc: string; questions: { id: string; prompt: string; quote: string }[] };
		expect(yaml.doc).toBe(out.slug);
		expect(yaml.questions.map((q) => q.prompt)).toEqual(bank.questions.map((q) => q.prompt));
		expect(yaml.questions.map((q) => q.id)).toEqual(['number-7', 'number-2']);
		expect(documentSlug(withTitle)).toBe('o-brien-co-press-2020-03-title-quoted-not-a-comment-e');
		expect(buildInRepository(out.files, out.manifestEntry).questions.filter((q) => q.origin === 'curated')).toHaveLength(2);
	});

	it('gives two questions with the same answer different ids', () => {
		const { bank, text } = makeOwnFixture();
		const same = { ...bank, questions: bank.questions.map((q) => ({ ...q, answer: '7' })) };
		const yaml = parse(exportCurated(same, text).files[1].text) as { questions: { id: string }[] };
		expect(yaml.questions.map((q) => q.id)).toEqual(['number-7', 'number-7-2']);
	});
});
