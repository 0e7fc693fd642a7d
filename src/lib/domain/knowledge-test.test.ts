import { describe, expect, it } from 'vitest';
import type { Question } from '../format/bank-format';
import { checkAnswer, type AnswerCheck } from './check-answer';
import { byId, DOC_A, DOC_B, QUESTIONS } from './fixtures/bank';
import { composeKnowledgeTest, scoreKnowledgeTest } from './knowledge-test';

/** 60 questions: 6 kinds × 2 articles × 5. */
const MANY: Question[] = (['date', 'actor', 'poll', 'number', 'position', 'place'] as const).flatMap((kind) =>
	[DOC_A, DOC_B].flatMap((doc) =>
		Array.from({ length: 5 }, (_, i) => ({ ...byId('q-choice'), id: `${kind}-${doc}-${i}`, kind, sources: [{ doc, quote: 'q', start: 0, end: 1 }] }))
	)
);

describe('composeKnowledgeTest', () => {
	it('is deterministic for a seed and differs across seeds', () => {
		const a = composeKnowledgeTest(MANY, { seed: 'monday' }).map((q) => q.id);
		expect(composeKnowledgeTest(MANY, { seed: 'monday' }).map((q) => q.id)).toEqual(a);
		expect(composeKnowledgeTest(MANY, { seed: 'tuesday' }).map((q) => q.id)).not.toEqual(a);
		expect(composeKnowledgeTest(MANY, { seed: 7 }).map((q) => q.id)).toEqual(composeKnowledgeTest(MANY, { seed: 7 }).map((q) => q.id));
	});

	it('picks 20 distinct questions by default, spread evenly over kinds and articles', () => {
		const test = composeKnowledgeTest(MANY, { seed: 1 });
		expect(test).toHaveLength(20);
		expect(new Set(test.map((q) => q.id)).size).toBe(20);
		const perKind = new Map<string, number>();
		for (const q of test) perKind.set(q.kind, (perKind.get(q.kind) ?? 0) + 1);
		expect(perKind.size).toBe(6);
		for (const c of perKind.values()) expect(c === 3 || c === 4).toBe(true);
		const perDoc = test.filter((q) => q.sources[0].doc === DOC_A).length;
		expect(Math.abs(perDoc - 10)).toBeLessThanOrEqual(2);
	});

	it('takes fewer when the bank is smaller, and honours count, kinds, docs and ids filters', () => {
		expect(composeKnowledgeTest(QUESTIONS, { seed: 's' })).toHaveLength(QUESTIONS.length);
		expect(composeKnowledgeTest(MANY, { seed: 's', count: 5 })).toHaveLength(5);
		expect(composeKnowledgeTest(MANY, { seed: 's', count: 0 })).toEqual([]);
		expect(composeKnowledgeTest(MANY, { seed: 's', kinds: ['poll'] }).every((q) => q.kind === 'poll')).toBe(true);
		expect(composeKnowledgeTest(MANY, { seed: 's', docs: [DOC_B] }).every((q) => q.sources[0].doc === DOC_B)).toBe(true);
		expect(composeKnowledgeTest(MANY, { seed: 's', ids: ['poll-' + DOC_A + '-1', 'x'] }).map((q) => q.id)).toEqual(['poll-' + DOC_A + '-1']);
		expect(composeKnowledgeTest([], { seed: 's' })).toEqual([]);
	});
});

describe('scoreKnowledgeTest', () => {
	it('scores with a breakdown by kind and article and lists the missed questions', () => {
		const test = [byId('q-choice'), byId('q-tf'), byId('q-poll'), byId('q-island')];
		const checks = new Map<string, AnswerCheck>([
			['q-choice', checkAnswer(byId('q-choice'), { kind: 'choice', choice: 'Taro Kono' })],
			['q-tf', checkAnswer(byId('q-tf'), { kind: 'choice', choice: 'False' })],
			['q-poll', checkAnswer(byId('q-poll'), { kind: 'text', text: '14%' })]
		]);
		const score = scoreKnowledgeTest(test, checks);
		expect(score).toMatchObject({ correct: 2, total: 4, score: 0.5 });
		expect(score.missed.map((q) => q.id)).toEqual(['q-tf', 'q-island']);
		expect(score.byKind).toEqual({ actor: { correct: 1, total: 1 }, event: { correct: 0, total: 1 }, poll: { correct: 1, total: 1 }, place: { correct: 0, total: 1 } });
		expect(score.byArticle).toEqual({ [DOC_A]: { correct: 1, total: 2 }, [DOC_B]: { correct: 1, total: 2 } });
		expect(scoreKnowledgeTest([], new Map()).score).toBe(0);
	});
});
