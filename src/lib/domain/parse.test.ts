import { describe, expect, it } from 'vitest';
import { answerForms, editDistance, normalizeText } from './normalize';
import { compareDates, parseAnswerDate, parseDateInput } from './parse-date';
import { parseNumberInput } from './parse-number';

describe('parseDateInput', () => {
	it('reads numeric dates both ways when the day could be the month', () => {
		expect(parseDateInput('03/04/2019')).toEqual([
			{ year: 2019, month: 4, day: 3 },
			{ year: 2019, month: 3, day: 4 }
		]);
		expect(parseDateInput('14/11/2018')).toEqual([{ year: 2018, month: 11, day: 14 }]);
		expect(parseDateInput("Nov '18")).toEqual([{ year: 2018, month: 11 }]);
		expect(parseDateInput('5.4.56')).toEqual([
			{ year: 1956, month: 4, day: 5 },
			{ year: 1956, month: 5, day: 4 }
		]);
	});
	it('returns nothing for text that is not one date', () => {
		for (const t of ['', 'soon', '14 November', '2018 2019', 'November 14 15 2018', '29 February 2019', '13/13/2019']) expect(parseDateInput(t), t).toEqual([]);
		expect(parseDateInput('29 February 2020')).toEqual([{ year: 2020, month: 2, day: 29 }]);
	});
	it('reads the structured answer and compares at its precision', () => {
		expect(parseAnswerDate('2018-11')).toEqual({ date: { year: 2018, month: 11 }, precision: 'month' });
		expect(parseAnswerDate('2018-13')).toBeNull();
		expect(parseAnswerDate('Nov 2018')).toBeNull();
		const nov = { year: 2018, month: 11 };
		expect(compareDates({ year: 2018, month: 11, day: 3 }, nov, 'month')).toBe('match');
		expect(compareDates({ year: 2018 }, nov, 'month')).toBe('imprecise');
		expect(compareDates({ year: 2019, month: 11 }, nov, 'month')).toBe('wrong');
	});
});

describe('parseNumberInput', () => {
	it.each([
		['14', 14],
		['14.5%', 14.5],
		['1,200', 1200],
		['−3', -3],
		['one hundred and five', 105],
		['twenty-five thousand', 25000],
		['a million', 1e6],
		['1.5 million people', 1.5e6],
		['about sixty percent', 60]
	])('reads %s as %d', (text, value) => expect(parseNumberInput(text)).toBe(value));
	it('returns null for no number, two numbers, or a date', () => {
		for (const t of ['', 'many', '4 or 5', '2018-11-14', 'Nov. 14']) expect(parseNumberInput(t), t).toBeNull();
	});
});

describe('normalisation', () => {
	it('folds case, marks, punctuation, apostrophes and a leading article', () => {
		expect(normalizeText('  The Kuril   Islands! ')).toBe('kuril islands');
		expect(normalizeText('Putin’s visit')).toBe('putins visit');
		expect(normalizeText('Ōsaka—Kyōto')).toBe('osaka kyoto');
		expect(normalizeText('R&D')).toBe('r and d');
	});
	it('lists the forms of an answer', () => {
		expect(answerForms('Etorofu / Iturup')).toEqual(['Etorofu / Iturup', 'Etorofu', 'Iturup']);
		expect(answerForms('Etorofu (Iturup)')).toEqual(['Etorofu (Iturup)', 'Etorofu', 'Iturup']);
	});
	it('measures edits, with transpositions as one, and stops early', () => {
		expect(editDistance('lavrov', 'lavorv')).toBe(1);
		expect(editDistance('kunashiri', 'kunashir')).toBe(1);
		expect(editDistance('abe', 'putin', 1)).toBe(2);
	});
});
