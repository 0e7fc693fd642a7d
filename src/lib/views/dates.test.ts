import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareDates, datesCompatible, formatFactDate, isoOfFactDate, spokenFactDate } from './dates';

describe('formatFactDate', () => {
	it('writes the date at the precision the text gives', () => {
		expect(formatFactDate('2018', 'year')).toBe('2018');
		expect(formatFactDate('2018-11', 'month')).toBe('Nov. 2018');
		expect(formatFactDate('2018-05', 'month')).toBe('May 2018');
		expect(formatFactDate('2018-11-14', 'day')).toBe('14 Nov 2018');
		expect(formatFactDate('1950s', 'decade')).toBe('1950s');
		expect(spokenFactDate('2018-11-14', 'day')).toBe('14 November 2018');
		expect(spokenFactDate('2018-09', 'month')).toBe('September 2018');
	});

	it('shows a date it cannot read as written instead of guessing (month 13, wrong precision)', () => {
		expect(formatFactDate('2018-13', 'month')).toBe('2018-13');
		expect(formatFactDate('2018-11', 'day')).toBe('2018-11');
		expect(formatFactDate('soon', 'year')).toBe('soon');
	});

	it('never throws and always keeps the year of a well-formed date', () => {
		const dates = fc.oneof(
			fc.tuple(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(
				([y, m, d]) => [`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, 'day'] as const
			),
			fc.tuple(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => [`${y}-${String(m).padStart(2, '0')}`, 'month'] as const),
			fc.integer({ min: 1000, max: 2999 }).map((y) => [String(y), 'year'] as const)
		);
		fc.assert(fc.property(dates, ([date, precision]) => formatFactDate(date, precision).endsWith(date.slice(0, 4))));
		fc.assert(fc.property(fc.string(), fc.constantFrom('day', 'month', 'year', 'decade' as const), (s, p) => typeof formatFactDate(s, p) === 'string'));
	});
});

describe('ordering and compatibility', () => {
	it('orders the less precise first within a span, a decade before its first year', () => {
		const dates = ['2018-11-14', '1956', '2018', '1950s', '1949', '2018-11', '1950'];
		expect([...dates].sort(compareDates)).toEqual(['1949', '1950s', '1950', '1956', '2018', '2018-11', '2018-11-14']);
	});

	it('treats a coarser reading of a date as compatible, other dates not', () => {
		expect(datesCompatible('2018-11', '2018-11-14')).toBe(true);
		expect(datesCompatible('2018', '2018-09')).toBe(true);
		expect(datesCompatible('2010s', '2018-09')).toBe(true);
		expect(datesCompatible('2018-09', '2018-11')).toBe(false);
		expect(datesCompatible('201', '2018')).toBe(false);
		expect(datesCompatible('1950s', '1960')).toBe(false);
		expect(isoOfFactDate('1950s')).toBe('1950');
	});
});
