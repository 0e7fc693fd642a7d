import { describe, expect, it } from 'vitest';
import type { Question } from '../format/bank-format';
import { gradeResponse } from './grade';

const source = [{ doc: 'd', quote: 'Taro Kono met Sergey Lavrov on Nov. 23.', start: 0, end: 39 }];
const choice: Question = { id: 'c', type: 'choice', kind: 'actor', prompt: 'Who met Lavrov on Nov. 23?', answer: 'Taro Kono', choices: ['Shinzo Abe', 'Taro Kono', 'Yoshihide Suga'], sources: source, origin: 'curated' };
const order: Question = { id: 'o', type: 'order', kind: 'event', prompt: 'Order these', answer: 'A → B → C', items: ['A', 'B', 'C'], sources: source, origin: 'curated' };
const card: Question = { id: 'f', type: 'flashcard', kind: 'event', prompt: 'Who?', answer: 'Kono', sources: source, origin: 'curated' };

describe('grading a student response', () => {
	it('uses the app’s checker for choices and order, and records what was given', () => {
		expect(gradeResponse(choice, { type: 'pick', value: 'Taro Kono' })).toEqual({ correct: true, given: 'Taro Kono' });
		expect(gradeResponse(choice, { type: 'pick', value: 'Shinzo Abe' })).toEqual({ correct: false, given: 'Shinzo Abe' });
		expect(gradeResponse(order, { type: 'order', items: ['A', 'B', 'C'] }).correct).toBe(true);
		expect(gradeResponse(order, { type: 'order', items: ['B', 'A', 'C'] })).toEqual({ correct: false, given: 'B → A → C' });
	});

	it('counts time running out as missed, and flashcards as the student rated them', () => {
		expect(gradeResponse(choice, null)).toEqual({ correct: false, given: '' });
		expect(gradeResponse(card, { type: 'reveal' }, true).correct).toBe(true);
		expect(gradeResponse(card, { type: 'reveal' }, false).correct).toBe(false);
	});
});
