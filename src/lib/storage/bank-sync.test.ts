import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { byId, DAY, DOC_A, makeBank, NOW, QUESTIONS } from '../domain/fixtures/bank';
import { syncBank, getSyncedBanks } from './bank-sync';
import { countCards, getNewCards, scopeOfBank } from './queue';
import { getCard, getQuestionLog } from './records';
import { answer, freshDatabase, nextId, scheduler } from './test-helpers';

beforeEach(freshDatabase);

describe('syncBank', () => {
	it('creates a new card per question once; the same version again does nothing', async () => {
		const first = await syncBank(makeBank(), { now: NOW, makeId: nextId });
		expect(first).toMatchObject({ synced: true, notice: null });
		expect(first.added).toHaveLength(QUESTIONS.length);
		expect(await countCards({}, NOW)).toMatchObject({ new: QUESTIONS.length });
		expect(await syncBank(makeBank(), { now: NOW + 1, makeId: nextId })).toMatchObject({ synced: false, added: [] });
		expect((await getSyncedBanks()).corpus).toEqual({ version: 'v1', questionIds: QUESTIONS.map((q) => q.id), syncedAt: NOW });
	});

	it('keeps unchanged history, resets a changed answer with a notice and keeps its old log, drops removed questions from the queue', async () => {
		await syncBank(makeBank(), { now: NOW - DAY, makeId: nextId });
		const date = await answer(byId('q-date'), 3, NOW - DAY);
		await answer(byId('q-choice'), 3, NOW - DAY);
		await answer(byId('q-tf'), 3, NOW - DAY);
		const changed = { ...byId('q-choice'), answer: 'Shinzo Abe' };
		const v2 = QUESTIONS.filter((q) => q.id !== 'q-tf').map((q) => (q.id === 'q-choice' ? changed : q));
		const result = await syncBank(makeBank(v2, 'v2'), { now: NOW, makeId: nextId });
		expect(result.notice).toMatch(/^1 question has a corrected answer and starts over: “Who met Sergey Lavrov on Nov\. 23\?”\. 1 question was removed/);
		expect(await getCard('q-date')).toEqual(date.card);
		expect(await getCard('q-choice')).toMatchObject({ state: 0, queue: 0, reps: 0 });
		const log = await getQuestionLog('q-choice');
		expect(log.map((e) => e.kind)).toEqual(['review', 'reset']);
		expect(scheduler.reschedule((await getCard('q-choice'))!, log)).toMatchObject({ state: 0, reps: 0 });
		// q-tf: out of the queue and the counts; its log stays.
		expect(await getCard('q-tf')).toMatchObject({ queue: -1, reps: 1 });
		expect(await getQuestionLog('q-tf')).toHaveLength(1);
		// q-choice is new again, q-tf is gone: of 12 questions 11 count, 1 learnt.
		expect(await countCards({}, NOW + 30 * DAY)).toEqual({ new: QUESTIONS.length - 2, due: 1, learned: 1, total: QUESTIONS.length - 1 });
		// Back in v3: restored with its history.
		const v3 = await syncBank(makeBank(QUESTIONS.map((q) => (q.id === 'q-choice' ? changed : q)), 'v3'), { now: NOW + 1, makeId: nextId });
		expect(v3.restored).toEqual(['q-tf']);
		expect(await getCard('q-tf')).toMatchObject({ queue: 1, reps: 1 });
	});

	it('does not remove questions another bank still holds (article bank after the corpus)', async () => {
		await syncBank(makeBank(), { now: NOW, makeId: nextId });
		const articleQs = QUESTIONS.filter((q) => q.sources[0].doc === DOC_A);
		await syncBank(makeBank(articleQs, 'a1', DOC_A), { now: NOW, makeId: nextId });
		const fewer = await syncBank(makeBank(articleQs.slice(1), 'a2', DOC_A), { now: NOW, makeId: nextId });
		expect(fewer.removed).toEqual([]);
		expect((await getNewCards(scopeOfBank(DOC_A), 100)).map((c) => c.id)).toContain(articleQs[0].id);
	});
});
