// The typed-answer checker on the forms learners write: dates without the year a question fixes, two-digit years,
// Japanese name order, units and ranks that must match, and the "I was right" override.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Question } from '../format/bank-format';
import { checkAnswer, overrideCheck } from './check-answer';
import { parseDateInput } from './parse-date';
import { numberSort, parseNumberInput } from './parse-number';

const src = [{ doc: 'd', quote: 'q', start: 0, end: 1 }];
const typed = (over: Partial<Question>): Question => ({
	id: 'x',
	type: 'typed',
	kind: 'date',
	prompt: '?',
	answer: '',
	sources: src,
	origin: 'curated',
	...over
});
const ok = (q: Question, t: string) => checkAnswer(q, { kind: 'text', text: t }).correct;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ordinal = (d: number) => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;

describe('dates in a year the question fixes', () => {
	const singapore = typed({
		prompt: 'According to Yuki Tatsumi, on what date in 2018 did Shinzo Abe meet Vladimir Putin in Singapore?',
		answer: 'Nov. 14',
		date: '2018-11-14'
	});
	it.each(['nov 14th', '14 Nov', 'November 14th', 'the 14th of November', 'Nov. 14', 'on 14 November', '14 November 2018', 'nov 14 2018'])(
		'accepts %s',
		(t) => expect(ok(singapore, t)).toBe(true)
	);
	it.each(['Nov 15', '14 December', '14 Nov 2019', 'November', '14'])('refuses %s', (t) => expect(ok(singapore, t)).toBe(false));

	it('needs the year when the question does not fix it', () => {
		const open = typed({ prompt: 'When did Abe secure a historic third term?', answer: 'September 2018', date: '2018-09' });
		expect(ok(open, 'September 2018')).toBe(true);
		expect(ok(open, 'September')).toBe(false);
		const month = typed({ prompt: 'In which month of 2019 was half of the upper chamber re-elected?', answer: 'July', date: '2019-07' });
		expect(ok(month, 'july')).toBe(true);
		expect(ok(month, 'in July')).toBe(true);
		expect(ok(month, 'June')).toBe(false);
	});

	it("reads a two-digit year in the question's century: '45 is 1945", () => {
		const since = typed({ prompt: 'Since which year have the islands been under Soviet control?', answer: '1945', date: '1945' });
		for (const t of ["'45", '’45', "in '45", '1945']) expect(ok(since, t), t).toBe(true);
		expect(ok(since, "'46")).toBe(false);
		expect(parseDateInput("'18", { nearYear: 2019 })).toEqual([{ year: 2018 }]);
		expect(parseDateInput("'99", { nearYear: 2001 })).toEqual([{ year: 1999 }]);
	});

	it('property: any day written in any common form is that day, with or without the fixed year', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1900, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 7 }), (y, m, d, form) => {
				const name = MONTHS[m - 1];
				const forms = [
					`${name} ${d}`,
					`${d} ${name}`,
					`${name.slice(0, 3).toLowerCase()} ${ordinal(d)}`,
					`the ${ordinal(d)} of ${name}`,
					`${name} ${ordinal(d)}, ${y}`,
					`${d} ${name.slice(0, 3)}. ${y}`,
					`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
					`on ${ordinal(d)} ${name} '${String(y % 100).padStart(2, '0')}`
				];
				const q = typed({ prompt: `On what date in ${y}?`, answer: `${name} ${d}`, date: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` });
				expect(ok(q, forms[form]), forms[form]).toBe(true);
				const wrongDay = (d % 28) + 1;
				expect(ok(q, `${name} ${wrongDay}`)).toBe(false);
			})
		);
	});

	it('property: the date reader never throws and only returns real calendar dates', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 30 }), fc.option(fc.integer({ min: 1000, max: 2999 }), { nil: undefined }), (t, year) => {
				for (const d of parseDateInput(t, { defaultYear: year, nearYear: year })) {
					expect(d.year).toBeGreaterThanOrEqual(1000);
					if (d.day !== undefined) expect(new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day)).getUTCDate()).toBe(d.day);
				}
			})
		);
	});
});

describe('names in either order', () => {
	const kono = typed({ kind: 'actor', prompt: 'On Nov. 23, 2018, Japanese Foreign Minister _____ met Sergey Lavrov.', answer: 'Taro Kono', accept: ['Kono'] });
	it.each(['Taro Kono', 'Kono Taro', 'kono taro', 'Kono'])('accepts %s', (t) => expect(ok(kono, t)).toBe(true));
	it.each(['Taro', 'Kono Shinzo', 'Lavrov'])('refuses %s', (t) => expect(ok(kono, t)).toBe(false));
	it('only for people', () => {
		expect(ok(typed({ kind: 'place', answer: 'Osaka Castle', prompt: '?' }), 'Castle Osaka')).toBe(false);
	});
});

describe('numbers: units and ranks must match', () => {
	const islands = typed({ kind: 'number', prompt: 'Resolved meant the return of how many islands?', answer: 'all four', accept: ['four', '4', 'all 4'], number: { value: 4, tolerance: 0 } });
	const meeting = typed({ kind: 'number', type: 'cloze', prompt: "The pair's _____ meeting since 2012.", answer: '25th', accept: ['25', 'twenty-fifth'], number: { value: 25, tolerance: 0 } });
	const share = typed({ kind: 'poll', prompt: 'What percentage believe it is worth it?', answer: '14%', accept: ['14', '14 percent'], number: { value: 14, tolerance: 0, unit: '%' } });
	const years = typed({ kind: 'number', prompt: 'For how many years have relations endured without a treaty?', answer: 'more than 70 years', accept: ['70'], number: { value: 70, tolerance: 0, unit: 'years' } });

	it('"4%" is not "four islands"; "4 islands" and "four" are', () => {
		expect(checkAnswer(islands, { kind: 'text', text: '4%' })).toMatchObject({ correct: false, note: 'The answer is not a percentage.' });
		expect(ok(islands, '4 percent')).toBe(false);
		expect(ok(islands, '4 islands')).toBe(true);
		expect(ok(islands, 'Four')).toBe(true);
		expect(ok(islands, '4 years')).toBe(false);
	});
	it('"25%" is not "25th"; "25th", "twenty-fifth" and "25" are', () => {
		expect(ok(meeting, '25%')).toBe(false);
		for (const t of ['25th', 'twenty-fifth', 'the 25th', '25']) expect(ok(meeting, t), t).toBe(true);
		expect(ok(meeting, '24th')).toBe(false);
	});
	it('a share needs to be a share, not a rank; the bare number is fine', () => {
		for (const t of ['14%', '14 percent', '14 per cent', '14']) expect(ok(share, t), t).toBe(true);
		expect(ok(share, '14th')).toBe(false);
		expect(ok(years, 'over 70 years')).toBe(true);
		expect(ok(years, '70 islands')).toBe(false);
	});
	it('reads ordinal words', () => {
		expect(parseNumberInput('twenty-fifth')).toBe(25);
		expect(parseNumberInput('third')).toBe(3);
		expect(numberSort('the 3rd')).toBe('ordinal');
		expect(numberSort('third')).toBe('ordinal');
		expect(numberSort('60 percent')).toBe('percent');
		expect(numberSort('two')).toBeNull();
	});
	it('property: n% is refused for a count of n, n is accepted', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 10_000 }), (n) => {
				const q = typed({ kind: 'number', prompt: 'How many ships?', answer: String(n), number: { value: n, tolerance: 0 } });
				expect(ok(q, `${n}%`)).toBe(false);
				expect(ok(q, `${n}`)).toBe(true);
				expect(ok(q, `about ${n} ships`)).toBe(true);
			})
		);
	});
});

describe('"I was right"', () => {
	it('turns a wrong verdict into a right one marked as overridden, rated Good', () => {
		const q = typed({ kind: 'actor', answer: 'Taro Kono' });
		const wrong = checkAnswer(q, { kind: 'text', text: 'Foreign Minister Kōno' });
		expect(wrong.correct).toBe(false);
		expect(overrideCheck(wrong)).toEqual({ correct: true, suggested: 3, overridden: true });
		const right = checkAnswer(q, { kind: 'text', text: 'Taro Kono' });
		expect(overrideCheck(right)).toBe(right);
	});
});
