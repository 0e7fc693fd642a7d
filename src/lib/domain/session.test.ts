import { describe, expect, it } from 'vitest';
import { checkAnswer } from './check-answer';
import { byId, DAY, MINUTE, NOW, QUESTIONS } from './fixtures/bank';
import { createScheduler } from './scheduling';
import { answerCard, currentCard, remainingCount, startSession, summarizeSession, undoAnswer, withFirstCard, type SessionState } from './session';
import type { CardRecord, Rating } from './types';

const scheduler = createScheduler({ enableFuzz: false });
let n = 0;

function newCards(count: number): CardRecord[] {
	return QUESTIONS.slice(0, count).map((q, i) => scheduler.newCard(q, NOW - DAY, i));
}

/** A card already in Review, due `daysAgo` days before NOW. */
function dueCard(id: string, daysAgo: number): CardRecord {
	let card = scheduler.newCard(byId(id), NOW - 40 * DAY);
	card = scheduler.rate(card, 4, NOW - 40 * DAY, { id: `seed-${id}` }).card;
	return { ...card, due: NOW - daysAgo * DAY };
}

function answer(state: SessionState, rating: Rating, now: number, durationMs = 5000) {
	const card = currentCard(state, now);
	if (!card) throw new Error('no card');
	return answerCard(state, scheduler, { cardId: card.id, rating, now, reviewId: `r${++n}`, durationMs });
}

describe('study session', () => {
	it('shows due reviews first (in the given oldest-due order), then new cards', () => {
		const s = startSession({ due: [dueCard('q-tf', 3), dueCard('q-poll', 1)], fresh: newCards(2) }, NOW);
		expect(remainingCount(s)).toBe(4);
		const order: string[] = [];
		let state = s;
		for (let t = NOW; currentCard(state, t); t += 1000) {
			order.push(currentCard(state, t)!.id);
			state = answer(state, 4, t).state;
		}
		expect(order).toEqual(['q-tf', 'q-poll', 'q-date', 'q-month']);
		expect(currentCard(state, NOW + DAY)).toBeNull();
	});

	it('brings a learning step back within the session when it is due, and ahead of time when nothing else is left', () => {
		let state = startSession({ due: [], fresh: newCards(2) }, NOW);
		state = answer(state, 1, NOW).state; // q-date: Again → back in 1 minute
		expect(remainingCount(state)).toBe(2);
		expect(currentCard(state, NOW + 1000)?.id).toBe('q-month');
		expect(currentCard(state, NOW + 61_000)?.id).toBe('q-date'); // the due step goes first
		state = answer(state, 3, NOW + 2000).state; // q-month: Good → learning, 10 minutes
		// Nothing else left: learn ahead (within 20 minutes) shows the earliest step.
		expect(currentCard(state, NOW + 3000)?.id).toBe('q-date');
		state = answer(state, 3, NOW + 61_000).state; // q-date: Good → 10-minute step
		state = answer(state, 3, NOW + 62_000).state; // q-month, learnt ahead: Good → graduates to Review
		expect(state.learning.map((c) => c.id)).toEqual(['q-date']);
		state = answer(state, 3, NOW + 63_000).state; // q-date: graduates
		expect(currentCard(state, NOW + 70_000)).toBeNull();
		expect(remainingCount(state)).toBe(0);
	});

	it('does not learn ahead beyond the window', () => {
		let state = startSession({ due: [], fresh: newCards(1) }, NOW, 5 * MINUTE);
		state = answer(state, 3, NOW).state; // 10-minute step
		expect(currentCard(state, NOW + MINUTE)).toBeNull();
		expect(currentCard(state, NOW + 10 * MINUTE)?.id).toBe('q-date');
	});

	it('rejects an answer for a card that is not in the session', () => {
		const state = startSession({ due: [], fresh: newCards(1) }, NOW);
		expect(() => answerCard(state, scheduler, { cardId: 'nope', rating: 3, now: NOW, reviewId: 'x' })).toThrow(/not waiting/);
	});

	it('undoes any number of answers, even after the summary, restoring each card first in line', () => {
		let state = startSession({ due: [dueCard('q-tf', 2)], fresh: newCards(2) }, NOW);
		const before = state.pending.map((c) => c.id);
		const firstCard = state.pending[0];
		state = answer(state, 1, NOW).state;
		state = answer(state, 3, NOW + 1000).state;
		state = answer(state, 4, NOW + 2000).state;
		expect(summarizeSession(state).answered).toBe(3);
		for (let i = 0; i < 3; i++) {
			const undone = undoAnswer(state);
			expect(undone).not.toBeNull();
			state = undone!.state;
			expect(currentCard(state, NOW + 3000)?.id).toBe(undone!.undone.before.id);
		}
		expect(undoAnswer(state)).toBeNull();
		expect(state.pending.map((c) => c.id)).toEqual(before);
		expect(state.pending[0]).toEqual(firstCard);
		expect(state.learning).toEqual([]);
		expect(summarizeSession(state)).toMatchObject({ answered: 0, accuracy: null });
	});

	it('sums up ratings, accuracy (checked answers by their check), new cards and time', () => {
		let state = startSession({ due: [dueCard('q-tf', 1)], fresh: newCards(2) }, NOW);
		state = answer(state, 3, NOW + 1000, 4000).state;
		const check = checkAnswer(byId('q-date'), { kind: 'text', text: '1999' });
		state = answerCard(state, scheduler, { cardId: 'q-date', rating: 3, now: NOW + 9000, reviewId: 'checked', durationMs: 6000, check }).state;
		state = answer(state, 1, NOW + 20_000, 10_000).state;
		const summary = summarizeSession(state);
		expect(summary).toMatchObject({ answered: 3, cards: 3, newCards: 2, timeMs: 20_000, elapsedMs: 20_000 });
		expect(summary.ratings).toEqual({ 1: 1, 2: 0, 3: 2, 4: 0 });
		// Rated Good by override, but the check said wrong: 1 of 3 right.
		expect(summary.accuracy).toBeCloseTo(1 / 3);
	});

	it('ignores duplicate cards in the queue', () => {
		const card = newCards(1)[0];
		expect(remainingCount(startSession({ due: [card], fresh: [card] }, NOW))).toBe(1);
	});
});

describe('withFirstCard (the card painted from the copy saved last time)', () => {
	const queue = () => startSession({ due: [dueCard('q-tf', 3), dueCard('q-poll', 1)], fresh: newCards(2) }, NOW);
	it('shows that card first when it waits in the session, the others in their order after it', () => {
		const s = withFirstCard(queue(), 'q-date');
		expect(s.pending.map((c) => c.id)).toEqual(['q-date', 'q-tf', 'q-poll', 'q-month']);
		expect(currentCard(s, NOW)?.id).toBe('q-date');
		expect(remainingCount(s)).toBe(4);
	});
	it('changes nothing when the card is already first, or not in the session (answered since, no longer due)', () => {
		const s = queue();
		expect(withFirstCard(s, 'q-tf')).toBe(s);
		expect(withFirstCard(s, 'no-such-card')).toBe(s);
		expect(withFirstCard(s, '')).toBe(s);
	});
});
