import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { byId, DAY, makeBank, MINUTE, NOW, QUESTIONS } from '../domain/fixtures/bank';
import { addToStudy, commitAnswer, resetQuestion, undoLastReview, undoReview } from './answers';
import { syncBank } from './bank-sync';
import { StorageError } from './errors';
import { countCards, getNewCards } from './queue';
import { getCard, getQuestionLog, listCards, listLog } from './records';
import { answer, freshDatabase, nextId, scheduler } from './test-helpers';

beforeEach(async () => {
	freshDatabase();
	await syncBank(makeBank(), { now: NOW - DAY, makeId: nextId });
});

describe('commitAnswer', () => {
	it('stores the card and its review together, and the counts follow at once', async () => {
		expect(await countCards({}, NOW)).toEqual({ new: QUESTIONS.length, due: 0, learned: 0, total: QUESTIONS.length });
		const { card, review } = await answer(byId('q-date'), 3, NOW);
		expect(await getCard('q-date')).toEqual(card);
		expect(await listLog()).toEqual([review]);
		expect(await countCards({}, NOW)).toMatchObject({ new: QUESTIONS.length - 1, learned: 1, due: 0 });
		expect(await countCards({}, NOW + 10 * MINUTE)).toMatchObject({ due: 1 });
	});

	it('refuses a review id twice and then changes nothing', async () => {
		const { card, review } = await answer(byId('q-date'), 3, NOW);
		const again = scheduler.rate(card, 1, NOW + MINUTE, { id: review.id });
		await expect(commitAnswer(again.card, again.review)).rejects.toBeInstanceOf(StorageError);
		expect(await getCard('q-date')).toEqual(card);
		expect(await listLog()).toHaveLength(1);
	});

	it('rates a stale copy again from the stored card: two tabs answering the same card count two reviews', async () => {
		const copy = (await getCard('q-date'))!;
		const first = scheduler.rate(copy, 3, NOW, { id: 'tab-1' });
		const second = scheduler.rate(copy, 1, NOW + MINUTE, { id: 'tab-2', durationMs: 1500, correct: false });
		expect(await commitAnswer(first.card, first.review)).toEqual(first.card);
		const stored = await commitAnswer(second.card, second.review);
		// What one tab answering Good then Again would have stored, not the second tab's stale result.
		const expected = scheduler.rate(first.card, 1, NOW + MINUTE, { id: 'tab-2', durationMs: 1500, correct: false });
		expect(stored).toEqual(expected.card);
		expect(stored.reps).toBe(2);
		expect(await getCard('q-date')).toEqual(expected.card);
		expect(await getQuestionLog('q-date')).toEqual([first.review, expected.review]);
	});

	it('refuses a review that belongs to another card', async () => {
		const { card } = await answer(byId('q-date'), 3, NOW);
		const other = scheduler.rate(scheduler.newCard(byId('q-poll'), NOW), 3, NOW, { id: 'x' });
		await expect(commitAnswer(card, other.review)).rejects.toThrow(/not for card/);
	});

	it('keeps state rebuilt from the stored log equal to the stored card after many answers', async () => {
		let now = NOW;
		const ratings = [3, 1, 3, 3, 2, 4, 3, 1, 3] as const;
		for (const [i, rating] of ratings.entries()) {
			for (const id of ['q-date', 'q-poll', 'q-order']) await answer(byId(id), ((rating + i) % 4) + 1 as 1 | 2 | 3 | 4, now);
			now += (i + 1) * DAY;
		}
		await undoReview((await getQuestionLog('q-poll')).at(-1)!.id, { id: nextId(), now });
		await resetQuestion('q-order', { id: nextId(), now: now + 1 });
		await answer(byId('q-order'), 3, now + 2);
		for (const id of ['q-date', 'q-poll', 'q-order']) {
			const stored = (await getCard(id))!;
			expect(scheduler.reschedule(stored, await getQuestionLog(id)), id).toEqual(stored);
		}
	});
});

describe('undo', () => {
	it('undoes the last answers one after another, restoring each card exactly', async () => {
		const before = await listCards();
		const states = [];
		for (const [i, id] of ['q-date', 'q-poll', 'q-date'].entries()) states.push(await answer(byId(id), 3, NOW + i * 11 * MINUTE));
		for (let i = 2; i >= 0; i--) {
			const undone = await undoLastReview({ id: nextId(), now: NOW + DAY + i });
			expect(undone?.review.id).toBe(states[i].review.id);
		}
		expect(await undoLastReview({ id: nextId(), now: NOW + 2 * DAY })).toBeNull();
		expect(await listCards()).toEqual(before);
		// The log keeps every answer, each cancelled by an undo entry.
		const log = await listLog();
		expect(log.filter((e) => e.kind === 'review')).toHaveLength(3);
		expect(log.filter((e) => e.kind === 'undo')).toHaveLength(3);
		expect(await countCards({}, NOW + DAY)).toMatchObject({ learned: 0, new: QUESTIONS.length });
	});

	it('undoes a review by id; undoing it again or an unknown id does nothing', async () => {
		const first = await answer(byId('q-date'), 3, NOW);
		const card = await undoReview(first.review.id, { id: nextId(), now: NOW + 1 });
		expect(card).toMatchObject({ state: 0, queue: 0, reps: 0 });
		expect(await undoReview(first.review.id, { id: nextId(), now: NOW + 2 })).toBeNull();
		expect(await undoReview('nope', { id: nextId(), now: NOW + 2 })).toBeNull();
		expect((await listLog()).filter((e) => e.kind === 'undo')).toHaveLength(1);
	});

	it('undoes an older review (not the latest) by rebuilding from the log', async () => {
		const a = await answer(byId('q-date'), 1, NOW);
		await answer(byId('q-date'), 3, NOW + MINUTE);
		const restored = await undoReview(a.review.id, { id: nextId(), now: NOW + 2 * MINUTE });
		const onlyGood = scheduler.rate(scheduler.newCard(byId('q-date'), NOW), 3, NOW + MINUTE, { id: 'x' }).card;
		expect(restored).toEqual({ ...onlyGood, due: restored!.due });
		expect(restored?.reps).toBe(1);
	});
});

describe('resetQuestion and addToStudy', () => {
	it('resets a question: new again, old reviews kept but no longer counted', async () => {
		await answer(byId('q-date'), 3, NOW);
		await answer(byId('q-date'), 3, NOW + 10 * MINUTE);
		const card = await resetQuestion('q-date', { id: nextId(), now: NOW + DAY });
		expect(card).toMatchObject({ state: 0, queue: 0, reps: 0, due: NOW + DAY, last_review: null });
		expect(await getCard('q-date')).toEqual(card);
		const log = await getQuestionLog('q-date');
		expect(log.map((e) => e.kind)).toEqual(['review', 'review', 'reset']);
		expect(scheduler.reschedule(card!, log)).toEqual(card);
		expect(await resetQuestion('unknown', { id: nextId(), now: NOW })).toBeNull();
	});

	it('moves never-answered questions to the front of the new queue, leaves studied ones alone', async () => {
		await answer(byId('q-poll'), 3, NOW);
		const extra = { ...byId('q-tf'), id: 'q-extra' };
		const moved = await addToStudy([byId('q-order'), byId('q-poll'), extra], NOW);
		expect(moved).toBe(2);
		expect((await getNewCards({}, 3)).map((c) => c.id)).toEqual(['q-order', 'q-extra', 'q-date']);
		expect(await listLog()).toHaveLength(1);
	});
});
