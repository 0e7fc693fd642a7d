import { describe, expect, it } from 'vitest';
import { fingerprintQuestion } from './fingerprint';
import { byId, makeBank, NOW, QUESTIONS } from './fixtures/bank';
import { describeReconcile, reconcileBank } from './reconcile';
import { createScheduler } from './scheduling';
import type { CardRecord } from './types';

const scheduler = createScheduler({ enableFuzz: false });
let n = 0;
const makeId = () => `reset-${++n}`;

function studied(id: string): CardRecord {
	const q = byId(id);
	return scheduler.rate(scheduler.newCard(q, NOW - 86_400_000), 3, NOW - 86_400_000, { id: `r-${id}` }).card;
}

describe('fingerprintQuestion', () => {
	it('changes with the answer, accepted forms, items or structured answer, not with wording or choice order', () => {
		const q = byId('q-choice');
		const fp = fingerprintQuestion(q);
		expect(fingerprintQuestion({ ...q, prompt: 'Reworded?' })).toBe(fp);
		expect(fingerprintQuestion({ ...q, choices: [...(q.choices ?? [])].reverse() })).toBe(fp);
		expect(fingerprintQuestion({ ...q, answer: 'Shinzo Abe' })).not.toBe(fp);
		expect(fingerprintQuestion({ ...q, type: 'typed' })).not.toBe(fp);
		const island = byId('q-island');
		expect(fingerprintQuestion({ ...island, accept: ['Iturup'] })).not.toBe(fingerprintQuestion(island));
		const order = byId('q-order');
		expect(fingerprintQuestion({ ...order, items: [...(order.items ?? [])].reverse() })).not.toBe(fingerprintQuestion(order));
		const poll = byId('q-poll');
		expect(fingerprintQuestion({ ...poll, number: { value: 14, tolerance: 2, unit: '%' } })).not.toBe(fingerprintQuestion(poll));
	});
});

describe('reconcileBank', () => {
	it('creates new cards for every question on first sight, in bank order', () => {
		const result = reconcileBank({ bank: makeBank(), cards: new Map(), now: NOW, makeId }, scheduler);
		expect(result.added).toEqual(QUESTIONS.map((q) => q.id));
		expect(result.cards.map((c) => c.due)).toEqual(QUESTIONS.map((_, i) => NOW + i));
		expect(describeReconcile(result)).toBeNull();
	});

	it('keeps unchanged questions, resets a changed answer with a notice, and removes dropped questions', () => {
		const date = studied('q-date');
		const choice = studied('q-choice');
		const tf = studied('q-tf');
		const cards = new Map([date, choice, tf].map((c) => [c.id, c]));
		const changedChoice = { ...byId('q-choice'), answer: 'Shinzo Abe' };
		const questions = QUESTIONS.filter((q) => q.id !== 'q-tf').map((q) => (q.id === 'q-choice' ? changedChoice : q));
		const result = reconcileBank(
			{ bank: makeBank(questions, 'v2'), cards, previousIds: QUESTIONS.map((q) => q.id), now: NOW, makeId },
			scheduler
		);
		expect(result.changed.map((q) => q.id)).toEqual(['q-choice']);
		expect(result.resets).toEqual([{ id: expect.stringMatching(/^reset-/), kind: 'reset', questionId: 'q-choice', at: NOW, reason: 'answer-changed' }]);
		const written = new Map(result.cards.map((c) => [c.id, c]));
		expect(written.get('q-choice')).toMatchObject({ state: 0, queue: 0, reps: 0, fp: fingerprintQuestion(changedChoice) });
		expect(written.has('q-date')).toBe(false); // unchanged: untouched
		expect(written.get('q-tf')).toEqual({ ...tf, queue: -1 });
		expect(result.removed).toEqual(['q-tf']);
		expect(describeReconcile(result)).toBe(
			'1 question has a corrected answer and starts over: “Who met Sergey Lavrov on Nov. 23?”. 1 question was removed from the bank; your answers to it are kept.'
		);
	});

	it('does not remove a question another bank still holds, and restores one that comes back', () => {
		const tf = studied('q-tf');
		const without = QUESTIONS.filter((q) => q.id !== 'q-tf');
		const kept = reconcileBank(
			{ bank: makeBank(without, 'v2', 'article'), cards: new Map([[tf.id, tf]]), previousIds: ['q-tf'], otherIds: new Set(['q-tf']), now: NOW, makeId },
			scheduler
		);
		expect(kept.removed).toEqual([]);
		const back = reconcileBank({ bank: makeBank(), cards: new Map([[tf.id, { ...tf, queue: -1 as const }]]), now: NOW, makeId }, scheduler);
		expect(back.restored).toEqual(['q-tf']);
		expect(back.cards.find((c) => c.id === 'q-tf')).toEqual(tf);
	});

	it('silently updates the fingerprint of a never-answered card and adopts one for imported cards (fp unknown)', () => {
		const fresh = { ...scheduler.newCard(byId('q-choice'), NOW), fp: 'old' };
		const imported = { ...studied('q-date'), fp: '' };
		const result = reconcileBank({ bank: makeBank(), cards: new Map([[fresh.id, fresh], [imported.id, imported]]), now: NOW, makeId }, scheduler);
		expect(result.changed).toEqual([]);
		expect(result.resets).toEqual([]);
		expect(result.cards.find((c) => c.id === 'q-choice')?.fp).toBe(fingerprintQuestion(byId('q-choice')));
		expect(result.cards.find((c) => c.id === 'q-date')).toEqual({ ...imported, fp: fingerprintQuestion(byId('q-date')) });
	});
});
