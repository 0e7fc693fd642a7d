// One document in, one bank out — and what each kind of bad document gets: a message or a small honest bank,
// never a crash or a hang.
import { describe, expect, it } from 'vitest';
import { buildDocumentBank, documentId } from './build-document';
import type { DocumentInput } from './build-document';
import { TATSUMI } from './testing/fixtures';

const base: DocumentInput = { id: 'mine', text: TATSUMI, title: 'Peace talks', author: 'Yuki Tatsumi', publisher: null, date: '2018-11-28' };

describe('buildDocumentBank', () => {
	it('builds a bank and its facts from the text alone, every question quoting the text', () => {
		const r = buildDocumentBank(base);
		if (!r.ok) throw new Error(r.message);
		expect(r.bank.id).toBe('mine');
		expect(r.bank.questions.length).toBeGreaterThan(3);
		for (const q of r.bank.questions) {
			expect(q.origin).toBe('generated');
			expect(TATSUMI.slice(q.sources[0].start, q.sources[0].end)).toBe(q.sources[0].quote);
		}
		expect(r.facts.events.length).toBeGreaterThan(0);
	});

	it('refuses an empty or binary document in plain words', () => {
		for (const text of ['', '   \n\t ']) expect(buildDocumentBank({ ...base, text })).toEqual({ ok: false, message: expect.stringMatching(/empty/) });
		expect(buildDocumentBank({ ...base, text: 'abc\u0000def' })).toEqual({ ok: false, message: expect.stringMatching(/not text/) });
		expect(buildDocumentBank({ ...base, date: '2018-02-31x' })).toEqual({ ok: false, message: expect.stringMatching(/date/) });
	});

	it('gives a small honest bank, with the reasons, for text with nothing to ask', () => {
		for (const text of [
			'no sentences here just words without any end',
			'Это статья на русском языке. Она не на английском. В 1956 году была подписана декларация.',
			'Home\nNews\nSport\nWeather\nContact us\nPrivacy\nhttps://example.com/a\nhttps://example.com/b'
		]) {
			const r = buildDocumentBank({ ...base, text });
			if (!r.ok) throw new Error(r.message);
			expect(r.bank.questions.length).toBeLessThan(3);
			expect(r.report).toMatch(/questions shipped/);
		}
	});

	it('builds a 10 MB document (paragraphs repeated with other years) without a crash', () => {
		const paragraph = TATSUMI.split('\n').filter((l) => l.length > 80).join('\n\n');
		// The dated sentences differ, the rest repeat (and are skipped as repeats): the size, not the NLP, is tested.
		let text = '';
		for (let i = 0; text.length < 10 * 1024 * 1024; i++) text += paragraph.replace(/1956/g, String(1800 + (i % 200))) + `\n\nSection ${i} ends here with a plain sentence.\n\n`;
		const r = buildDocumentBank({ ...base, text });
		expect(r.ok).toBe(true);
	}, 120_000);

	it('makes a document id from a title', () => {
		expect(documentId('Why Is It So Difficult for Russia and Japan?')).toBe('why-is-it-so-difficult-for-russia-and-japan');
		expect(documentId('')).toBe('my-document');
		expect(documentId('Ça va — déjà')).toBe('ca-va-deja');
	});
});
