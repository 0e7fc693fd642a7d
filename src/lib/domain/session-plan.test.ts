import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Question, QuestionKind } from '../format/bank-format';
import { createScheduler } from './scheduling';
import { areSiblings, describeDay, mixNewCards, planSession, todaysAllowance } from './session-plan';
import type { LogEntry, ReviewEntry } from './types';

const scheduler = createScheduler({ enableFuzz: false });
const NOW = Date.UTC(2026, 2, 10, 12);
const ctx = { now: NOW, utcOffsetMinutes: 0 };
const KINDS: QuestionKind[] = ['date', 'actor', 'number', 'position'];

function question(id: string, doc: string, i: number, over: Partial<Question> = {}): Question {
	return {
		id,
		type: 'typed',
		kind: KINDS[i % KINDS.length],
		prompt: `Question ${id}?`,
		answer: `answer ${id}`,
		sources: [{ doc, quote: `Sentence ${i}.`, start: i * 100, end: i * 100 + 11 }],
		origin: 'generated',
		...over
	};
}

/** `perDoc` questions in each of `docs` articles, cards in bank order (article by article). */
function corpus(docs: number, perDoc: number) {
	const questions: Question[] = [];
	for (let d = 0; d < docs; d++) for (let i = 0; i < perDoc; i++) questions.push(question(`d${d}-q${i}`, `doc${d}`, i));
	const cards = questions.map((q, i) => scheduler.newCard(q, NOW - 86_400_000, i));
	const byId = new Map(questions.map((q) => [q.id, q]));
	return { questions, cards, questionOf: (id: string) => byId.get(id) };
}

describe('mixing new cards', () => {
	it('takes new cards from every article in turn, not the first article first', () => {
		const { cards, questionOf } = corpus(5, 40);
		const { cards: picked } = mixNewCards(cards, 20, questionOf);
		expect(picked).toHaveLength(20);
		expect(new Set(picked.slice(0, 10).map((c) => c.doc)).size).toBe(5);
		expect(new Set(picked.slice(0, 3).map((c) => c.doc)).size).toBe(3);
	});

	it('alternates kinds where it can', () => {
		const { cards, questionOf } = corpus(1, 12);
		const kinds = mixNewCards(cards, 8, questionOf).cards.map((c) => questionOf(c.id)?.kind);
		for (let i = 1; i < kinds.length; i++) expect(kinds[i]).not.toBe(kinds[i - 1]);
	});

	it('never picks two siblings: same sentence, same answer in an article, or a prompt giving the answer away', () => {
		const qs = [
			question('a', 'doc', 0, { answer: 'Sergey Lavrov', prompt: 'Who is the Russian foreign minister?' }),
			question('b', 'doc', 1, { prompt: 'What did Kono and Sergey Lavrov agree?', answer: 'to speed up' }),
			question('c', 'doc', 0, { answer: 'other', prompt: 'Same sentence as a?' }),
			question('d', 'doc', 3, { answer: 'Sergey Lavrov', prompt: 'Whom did Kono meet?' }),
			question('e', 'doc', 4, { answer: 'Singapore', prompt: 'Where?' })
		];
		const byId = new Map(qs.map((q) => [q.id, q]));
		const cards = qs.map((q, i) => scheduler.newCard(q, NOW, i));
		const { cards: picked, buried } = mixNewCards(cards, 5, (id) => byId.get(id));
		expect(picked.map((c) => c.id)).toEqual(['a', 'e']);
		expect(buried).toBe(3);
		expect(areSiblings(qs[0], qs[1])).toBe(true);
		expect(areSiblings(qs[0], qs[2])).toBe(true);
		expect(areSiblings(qs[0], qs[3])).toBe(true);
		expect(areSiblings(qs[0], qs[4])).toBe(false);
	});

	it('property: at most the limit, no card twice, no two siblings, and as many as it can', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 5 }), (docs, perDoc, limit, shared) => {
				const { cards, questions, questionOf } = corpus(docs, perDoc);
				// Some questions share a sentence with the one before.
				for (let i = 1; i < Math.min(shared * 2, questions.length); i += 2) questions[i].sources = questions[i - 1].sources;
				const { cards: picked } = mixNewCards(cards, limit, questionOf);
				expect(picked.length).toBeLessThanOrEqual(limit);
				expect(new Set(picked.map((c) => c.id)).size).toBe(picked.length);
				const qs = picked.map((c) => questionOf(c.id) as Question);
				for (let i = 0; i < qs.length; i++) for (let j = i + 1; j < qs.length; j++) expect(areSiblings(qs[i], qs[j])).toBe(false);
				const independent = questions.length - Math.min(shared, Math.floor(questions.length / 2));
				expect(picked.length).toBe(Math.min(limit, independent));
			})
		);
	});
});

describe('planning a session', () => {
	it("buries a review whose sibling was answered today, never a learning step, and new siblings of today's cards", () => {
		const { cards, questionOf, questions } = corpus(2, 6);
		const review = { ...scheduler.rate(cards[0], 3, NOW - 30 * 86_400_000, { id: 'x' }).card, state: 2 as const, queue: 1 as const, due: NOW - 1000 };
		const learning = { ...scheduler.rate(cards[1], 1, NOW - 60_000, { id: 'y' }).card };
		// Today the learner answered a question on review's sentence, and one with new card 2's answer.
		const today = [question('t1', 'doc0', 0), question('t2', 'doc0', 9, { answer: questions[2].answer })];
		const all = new Map([...questions, ...today].map((q) => [q.id, q]));
		const plan = planSession({
			due: [review, learning],
			freshCandidates: cards.slice(2),
			newLimit: 20,
			questionOf: (id) => all.get(id) ?? questionOf(id),
			answeredToday: ['t1', 't2']
		});
		expect(plan.due.map((c) => c.id)).toEqual([learning.id]);
		// A card answered earlier today is not its own sibling.
		const again = planSession({ due: [review], freshCandidates: [], newLimit: 0, questionOf, answeredToday: [review.id] });
		expect(again.due.map((c) => c.id)).toEqual([review.id]);
		expect(plan.fresh.map((c) => c.id)).not.toContain(questions[2].id);
		expect(plan.fresh).toHaveLength(9);
		expect(plan.buried).toBe(2);
	});
});

describe("today's allowance", () => {
	const review = (id: string, q: string, state: 0 | 2, at: number): ReviewEntry => ({
		...scheduler.rate(scheduler.newCard(question(q, 'd', 0), at), 3, at, { id }).review,
		state
	});

	it('counts distinct new cards and reviews answered today, not undone ones, plus any extra allowed', () => {
		const log: LogEntry[] = [
			review('r1', 'q1', 0, NOW - 3600_000),
			review('r2', 'q1', 0, NOW - 3000_000),
			review('r3', 'q2', 0, NOW - 2000_000),
			{ id: 'u', kind: 'undo', questionId: 'q2', at: NOW - 1000, target: 'r3' },
			review('r4', 'q3', 2, NOW - 1000_000),
			review('old', 'q4', 0, NOW - 2 * 86_400_000)
		];
		const a = todaysAllowance(log, ctx, { newPerDay: 20, maxReviewsPerDay: 200 });
		expect(a).toMatchObject({ newLimit: 20, newDone: 1, newLeft: 19, reviewsDone: 1, reviewsLeft: 199 });
		expect(todaysAllowance(log, ctx, { newPerDay: 1, maxReviewsPerDay: 200 }, 10)).toMatchObject({ newLimit: 11, newLeft: 10 });
		expect(todaysAllowance(log, ctx, { newPerDay: 0, maxReviewsPerDay: 0 })).toMatchObject({ newLeft: 0, reviewsLeft: 0 });
	});
});

describe('why a session ended', () => {
	const allowance = { newLimit: 20, newDone: 20, newLeft: 0, reviewLimit: 200, reviewsDone: 3, reviewsLeft: 197 };
	it('says the daily new limit is reached and how many new cards remain', () => {
		const d = describeDay({ allowance, counts: { new: 329, due: 0 }, buried: 0 });
		expect(d.title).toBe('Done for today');
		expect(d.lines).toEqual(["Today's 20 new cards are done — 329 new remain."]);
	});
	it('says all caught up only when nothing is new or due', () => {
		expect(describeDay({ allowance, counts: { new: 0, due: 0 }, buried: 0 }).title).toBe('All caught up');
		const one = describeDay({ allowance: { ...allowance, newLimit: 1, reviewsLeft: 0, reviewLimit: 1 }, counts: { new: 1, due: 1 }, buried: 1 });
		expect(one.lines).toEqual([
			"Today's 1 new card is done — 1 new remains.",
			"Today's 1 review is done — 1 more is due.",
			'1 related card waits for another day: it shares a sentence or an answer with a card you studied today.'
		]);
	});
	it('cards are left only because siblings wait: says so', () => {
		const d = describeDay({ allowance: { ...allowance, newLeft: 5 }, counts: { new: 3, due: 0 }, buried: 3 });
		expect(d.title).toBe('All caught up');
		expect(d.lines[0]).toMatch(/^3 related cards wait for another day/);
	});
});
