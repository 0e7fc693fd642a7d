import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { DAY, DOC_A, DOC_B, makeBank, NOW, QUESTIONS } from '../domain/fixtures/bank';
import { syncBank } from './bank-sync';
import { addExtraNew, getExtraNew, getNewCandidates } from './study-plan';
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

describe("a study day's reads", () => {
	it("give today's log, today's extra, the suspended cards and whether anything was ever answered", async () => {
		const { readStudyDay } = await import('./study-plan');
		const { setSuspended } = await import('./suspended');
		expect(await readStudyDay(NOW - 1000, '2026-03-10')).toMatchObject({ today: [], extraNew: 0, answeredBefore: false });
		await answer(QUESTIONS[0], 3, NOW - DAY);
		await answer(QUESTIONS[1], 3, NOW);
		await addExtraNew('2026-03-10', 10);
		await setSuspended([QUESTIONS[2].id], true);
		const day = await readStudyDay(NOW - 1000, '2026-03-10');
		expect(day.today.map((e) => e.questionId)).toEqual([QUESTIONS[1].id]);
		expect(day.extraNew).toBe(10);
		expect([...day.suspended]).toEqual([QUESTIONS[2].id]);
		expect(day.answeredBefore).toBe(true);
		expect((await readStudyDay(NOW - 1000, '2026-03-11')).extraNew).toBe(0);
	});
});
