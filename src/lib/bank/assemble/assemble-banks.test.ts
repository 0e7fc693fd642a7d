import { describe, expect, it } from 'vitest';
import type { Bank, BankIndex } from '../../format/bank-format';
import { buildBanks } from '../build-banks';
import { fixtureInput } from '../testing/fixtures';

describe('assembleBanks: the index', () => {
	const files = buildBanks(fixtureInput()).files;
	const index = JSON.parse(files[0].text) as BankIndex;
	const corpus = JSON.parse(files.find((f) => f.path === 'corpus.json')?.text ?? '{}') as Bank;

	it('lists every document with the same metadata as the corpus bank, so pages can credit articles without a bank', () => {
		expect(index.documents.map((d) => d.id)).toEqual(['tatsumi', 'stratfor', 'third']);
		expect(index.documents).toEqual(corpus.documents);
	});

	it('keeps document text out of the index (it stays small)', () => {
		expect(files[0].text.length).toBeLessThan(corpus.documents.length * 1000 + 2000);
		for (const d of index.documents) expect(Object.keys(d)).not.toContain('text');
	});
});
