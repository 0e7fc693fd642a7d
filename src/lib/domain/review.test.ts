import { describe, expect, it } from 'vitest';
import type { Question } from '../format/bank-format';
import { applyEdit, editOf, idsScoringAtLeast, scoreSteps, writeQuestion } from './review';

const q: Question = {
	id: 'u-doc-g-1',
	type: 'choice',
	kind: 'date',
	prompt: 'When did the council vote?',
	answer: 'March 3, 2020',
	accept: ['3 March 2020'],
	date: '2020-03-03',
	choices: ['March 1, 2020', 'March 3, 2020', 'March 9, 2020'],
	sources: [{ doc: 'u-doc', quote: 'On March 3, 2020, the council voted.', start: 0, end: 36 }],
	origin: 'generated'
};

describe('accept all scoring at least …', () => {
	const qs = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
	const scores: Record<string, number> = { a: 1, b: 0.8, c: 0.8, d: 0.6 };
	const scoreOf = (id: string) => scores[id] ?? 1;
	it('offers each distinct score, best first, with the count it would accept', () => {
		expect(scoreSteps(qs, scoreOf)).toEqual([
			{ min: 1, count: 1 },
			{ min: 0.8, count: 3 },
			{ min: 0.6, count: 4 }
		]);
		expect(scoreSteps([], scoreOf)).toEqual([]);
	});
	it('accepts exactly the questions at or above the score', () => {
		expect(idsScoringAtLeast(qs, scoreOf, 0.8)).toEqual(['a', 'b', 'c']);
		expect(idsScoringAtLeast(qs, scoreOf, 1.1)).toEqual([]);
		// A question without a score (edited, saved) counts as 1.
		expect(idsScoringAtLeast([...qs, { id: 'mine' }], scoreOf, 1)).toEqual(['a', 'mine']);
	});
});

describe('applyEdit', () => {
	it('keeps the id when the prompt or the wrong choices change', () => {
		const e = applyEdit(q, { ...editOf(q), prompt: ' On what day did the council vote? ', distractors: ['March 2, 2020', 'March 9, 2020'] }, 'u-doc');
		expect(e.id).toBe(q.id);
		expect(e.prompt).toBe('On what day did the council vote?');
		expect(e.choices).toEqual(['March 2, 2020', 'March 3, 2020', 'March 9, 2020']);
		expect(e.date).toBe('2020-03-03');
		// Case and punctuation are not a new answer.
		expect(applyEdit(q, { ...editOf(q), answer: 'march 3 2020' }, 'u-doc').id).toBe(q.id);
	});
	it('gives a changed answer a new, stable id and drops what described the old answer', () => {
		const e = applyEdit(q, { ...editOf(q), answer: 'March 4, 2020' }, 'u-doc');
		expect(e.id).not.toBe(q.id);
		expect(e.id.startsWith('u-doc-e-')).toBe(true);
		expect(applyEdit(q, { ...editOf(q), answer: 'March 4, 2020' }, 'u-doc').id).toBe(e.id);
		expect(e.accept).toBeUndefined();
		expect(e.date).toBeUndefined();
		expect(e.choices).toEqual(['March 1, 2020', 'March 4, 2020', 'March 9, 2020']);
	});
});

describe('writeQuestion', () => {
	const sentence = { start: 0, end: 36, text: 'On March 3, 2020, the council voted.' };
	it('makes a curated question on the sentence, named by its type, answer and sentence', () => {
		const w = writeQuestion('u-doc', sentence, { type: 'choice', prompt: ' Who voted? ', answer: 'the council', distractors: ['the mayor', 'the judge'] });
		expect(w).toMatchObject({ type: 'choice', prompt: 'Who voted?', answer: 'the council', choices: ['the council', 'the mayor', 'the judge'], origin: 'curated' });
		expect(w.sources).toEqual([{ doc: 'u-doc', quote: sentence.text, start: 0, end: 36 }]);
		expect(w.id.startsWith('u-doc-w-')).toBe(true);
		expect(writeQuestion('u-doc', sentence, { type: 'choice', prompt: 'Which body voted?', answer: 'The council', distractors: [] }).id).toBe(w.id);
		expect(writeQuestion('u-doc', sentence, { type: 'typed', prompt: 'Who voted?', answer: 'the council', distractors: [] }).id).not.toBe(w.id);
		expect(writeQuestion('u-doc', sentence, { type: 'truefalse', prompt: 'The council voted.', answer: 'True', distractors: [] }).choices).toEqual(['True', 'False']);
	});
});
