import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { DAY, DOC_A, DOC_B, makeBank, NOW, QUESTIONS } from '../domain/fixtures/bank';
import { syncBank } from './bank-sync';
import { addExtraNew, countFirstStep, getExtraNew, getNewCandidates } from './study-plan';
import { answer, freshDatabase, nextId } from './test-helpers';

beforeEach(async () => {
	freshDatabase();
	await syncBank(makeBank(), { now: NOW - DAY, makeId: nextId });
});

describe('new-card candidates', () => {
	it("reads each article's new cards in bank order, up to the count per article", async () => {
		const all = await getNewCandidates({ docs: [DOC_A, DOC_B] }, 100);
		const home = (doc: string) => QUESTIONS.filter((q) => q.sources[0].doc === doc).map((q) => q.id);
		expect(all.filter((c) => c.doc === DOC_A).map((c) => c.id)).toEqual(home(DOC_A));
		expect(all.filter((c) => c.doc === DOC_B).map((c) => c.id)).toEqual(home(DOC_B));
		const two = await getNewCandidates({ docs: [DOC_A, DOC_B] }, 2);
		expect(two.filter((c) => c.doc === DOC_A)).toHaveLength(Math.min(2, home(DOC_A).length));
		expect(await getNewCandidates({ docs: [DOC_A] }, 0)).toEqual([]);
	});

	it('leaves out answered cards and keeps only the given questions', async () => {
		const [first, second] = QUESTIONS.filter((q) => q.sources[0].doc === DOC_A);
		await answer(first, 3, NOW);
		const ids = (await getNewCandidates({ docs: [DOC_A] }, 100)).map((c) => c.id);
		expect(ids).not.toContain(first.id);
		expect((await getNewCandidates({ docs: [DOC_A], questionIds: new Set([second.id]) }, 100)).map((c) => c.id)).toEqual([second.id]);
	});
});

describe('more new cards today', () => {
	it('adds up on the same day and is forgotten the next day', async () => {
		expect(await getExtraNew('2026-03-10')).toBe(0);
		expect(await addExtraNew('2026-03-10', 10)).toBe(10);
		expect(await addExtraNew('2026-03-10', 5)).toBe(15);
		expect(await getExtraNew('2026-03-10')).toBe(15);
		expect(await getExtraNew('2026-03-11')).toBe(0);
		expect(await addExtraNew('2026-03-11', -3)).toBe(0);
	});
});

describe('cards just failed', () => {
	it('counts answered cards at their first step per article: Again and Hard on first sight, not Good or Easy', async () => {
		const [a1, a2, a3] = QUESTIONS.filter((q) => q.sources[0].doc === DOC_A);
		const [b1] = QUESTIONS.filter((q) => q.sources[0].doc === DOC_B);
		await answer(a1, 1, NOW);
		await answer(a2, 3, NOW);
		await answer(a3, 4, NOW);
		await answer(b1, 2, NOW);
		const counts = await countFirstStep(NOW + 60_000);
		expect(counts.get(DOC_A)).toBe(1);
		expect(counts.get(DOC_B)).toBe(1);
		await answer(a1, 3, NOW + 120_000);
		expect((await countFirstStep(NOW + 180_000)).get(DOC_A)).toBeUndefined();
	});
});
