import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { byId, DAY, DOC_A, DOC_B, HOUR, makeBank, MINUTE, NOW, QUESTIONS } from '../domain/fixtures/bank';
import type { CardRecord } from '../domain/types';
import { syncBank } from './bank-sync';
import { getDatabase } from './connection';
import { countBanks, countCards, getDueCards, getNewCards, getStudyQueue, getStudyStart, scopeOfBank } from './queue';
import { saveSettings } from './settings';
import { putCard } from './tallies';
import { answer, freshDatabase, nextId, scheduler } from './test-helpers';

const ctx = { now: NOW, utcOffsetMinutes: 0 };

/** Put cards into the store as the storage module writes them (review cards due at given times). */
async function putCards(cards: CardRecord[]): Promise<void> {
	const db = await getDatabase();
	const tx = db.transaction(['cards', 'tallies'], 'readwrite');
	await Promise.all([...cards.map((c) => putCard(tx, c)), tx.done]);
}

function reviewCard(id: string, doc: string, due: number): CardRecord {
	return { ...scheduler.newCard(byId('q-date'), NOW), id, doc, queue: 1, state: 2, due, reps: 3, stability: 10, difficulty: 5 };
}

beforeEach(async () => {
	freshDatabase();
	await syncBank(makeBank(), { now: NOW - DAY, makeId: nextId });
});

describe('due queue', () => {
	it('returns due cards oldest first, only due ones, up to the limit', async () => {
		await putCards([reviewCard('r3', DOC_A, NOW - HOUR), reviewCard('r1', DOC_B, NOW - 3 * DAY), reviewCard('r2', DOC_A, NOW - DAY), reviewCard('later', DOC_A, NOW + HOUR)]);
		expect((await getDueCards({}, NOW)).map((c) => c.id)).toEqual(['r1', 'r2', 'r3']);
		expect((await getDueCards({}, NOW, 2)).map((c) => c.id)).toEqual(['r1', 'r2']);
		expect((await getDueCards({}, NOW + 2 * HOUR)).map((c) => c.id)).toEqual(['r1', 'r2', 'r3', 'later']);
	});

	it('scopes by home article, merging several articles by due', async () => {
		await putCards([reviewCard('a1', DOC_A, NOW - HOUR), reviewCard('b1', DOC_B, NOW - 2 * HOUR), reviewCard('a2', DOC_A, NOW - 3 * HOUR)]);
		expect((await getDueCards(scopeOfBank(DOC_A), NOW)).map((c) => c.id)).toEqual(['a2', 'a1']);
		expect((await getDueCards({ docs: [DOC_A, DOC_B] }, NOW)).map((c) => c.id)).toEqual(['a2', 'b1', 'a1']);
		expect((await getDueCards({ docs: [DOC_A, DOC_B] }, NOW, 2)).map((c) => c.id)).toEqual(['a2', 'b1']);
		expect(await getDueCards({ docs: [] }, NOW)).toEqual([]);
		expect(scopeOfBank('corpus')).toEqual({});
	});

	it('can keep only a bank’s question ids', async () => {
		await putCards([reviewCard('a1', DOC_A, NOW - HOUR), reviewCard('a2', DOC_A, NOW - 2 * HOUR)]);
		expect((await getDueCards({ docs: [DOC_A], questionIds: new Set(['a1']) }, NOW)).map((c) => c.id)).toEqual(['a1']);
		expect(await countCards({ docs: [DOC_A], questionIds: new Set(['a1', 'q-date']) }, NOW)).toEqual({ new: 1, due: 1, learned: 1, total: 2 });
	});

	it('lists new cards in bank order and never mixes in learnt or removed ones', async () => {
		expect((await getNewCards({}, 3)).map((c) => c.id)).toEqual(QUESTIONS.slice(0, 3).map((q) => q.id));
		await answer(byId('q-date'), 3, NOW);
		const removed = QUESTIONS.filter((q) => q.id !== 'q-month');
		await syncBank(makeBank(removed, 'v2'), { now: NOW, makeId: nextId });
		expect((await getNewCards({}, 2)).map((c) => c.id)).toEqual(['q-year', 'q-island']);
	});
});

describe('counts', () => {
	it('counts new, due and learned per article and overall, and follows each answer', async () => {
		const inA = QUESTIONS.filter((q) => q.sources[0].doc === DOC_A).length;
		expect(await countCards(scopeOfBank(DOC_A), NOW)).toEqual({ new: inA, due: 0, learned: 0, total: inA });
		await answer(byId('q-date'), 1, NOW); // learning, due in 1 minute
		await answer(byId('q-island'), 3, NOW); // DOC_B
		expect(await countCards(scopeOfBank(DOC_A), NOW)).toEqual({ new: inA - 1, due: 0, learned: 1, total: inA });
		expect(await countCards(scopeOfBank(DOC_A), NOW + MINUTE)).toMatchObject({ due: 1 });
		expect(await countCards({}, NOW + 10 * MINUTE)).toEqual({ new: QUESTIONS.length - 2, due: 2, learned: 2, total: QUESTIONS.length });
		const banks = await countBanks([{}, scopeOfBank(DOC_A), scopeOfBank(DOC_B)], NOW + 10 * MINUTE);
		expect(banks.map((c) => c.due)).toEqual([2, 1, 1]);
		expect(banks[1].total + banks[2].total).toBe(banks[0].total);
	});
});

describe('today’s queue', () => {
	it('gives due reviews then new cards within today’s limits, counting today’s answers', async () => {
		await saveSettings({ newPerDay: 3, maxReviewsPerDay: 2 });
		await putCards([reviewCard('r1', DOC_A, NOW - DAY), reviewCard('r2', DOC_A, NOW - HOUR), reviewCard('r3', DOC_A, NOW - MINUTE)]);
		let queue = await getStudyQueue({}, ctx);
		expect(queue.due.map((c) => c.id)).toEqual(['r1', 'r2']);
		expect(queue.fresh.map((c) => c.id)).toEqual(['q-date', 'q-month', 'q-year']);
		expect(queue).toMatchObject({ newLeft: 3, reviewsLeft: 2 });

		await answer(byId('q-date'), 3, NOW - 2 * HOUR); // one new card studied today
		const r1 = queue.due[0];
		const rated = scheduler.rate(r1, 3, NOW - HOUR, { id: 'rev-r1' });
		const { commitAnswer } = await import('./answers');
		await commitAnswer(rated.card, rated.review); // one review done today
		queue = await getStudyQueue({}, ctx);
		expect(queue).toMatchObject({ newLeft: 2, reviewsLeft: 1 });
		// q-date's learning step (due 10 minutes after it was answered) does not use up the review limit.
		expect(queue.due.map((c) => c.id)).toEqual(['q-date', 'r2']);
		expect(queue.fresh.map((c) => c.id)).toEqual(['q-month', 'q-year']);
		// Yesterday's answers do not count against today; a new local day resets the limits.
		expect(await getStudyQueue({}, { now: NOW + DAY, utcOffsetMinutes: 0 })).toMatchObject({ newLeft: 3, reviewsLeft: 2 });
	});

	it('starts a study page with the queue and the counts from one transaction', async () => {
		await putCards([reviewCard('r1', DOC_A, NOW - DAY)]);
		const start = await getStudyStart(scopeOfBank(DOC_A), ctx);
		expect(start.queue).toEqual(await getStudyQueue(scopeOfBank(DOC_A), ctx));
		expect(start.counts).toEqual(await countCards(scopeOfBank(DOC_A), NOW));
		expect(start.counts).toMatchObject({ due: 1, learned: 1 });
	});

	it('gives an empty queue when the limits are used up', async () => {
		await saveSettings({ newPerDay: 0, maxReviewsPerDay: 0 });
		await putCards([reviewCard('r1', DOC_A, NOW - DAY)]);
		expect(await getStudyQueue({}, ctx)).toEqual({ due: [], fresh: [], newLeft: 0, reviewsLeft: 0 });
	});
});
