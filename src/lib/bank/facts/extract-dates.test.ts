import { describe, expect, it } from 'vitest';
import { extractDates } from './extract-dates';

function dates(sentence: string, ref: string, context?: string) {
	return extractDates(sentence, ref, context).map((d) => [d.surface, d.value, d.precision]);
}

describe('extractDates', () => {
	it('resolves "Nov. 14" against the article date, with day precision', () => {
		expect(dates('WASHINGTON – On Nov. 14, Prime Minister Shinzo Abe met Putin.', '2018-11-28')).toEqual([['Nov. 14', '2018-11-14', 'day']]);
	});

	it('resolves "in February this year" to the month of the article year', () => {
		expect(dates('In a press conference broadcast in February this year, Putin said so.', '2021-03-01')).toEqual([['February', '2021-02', 'month']]);
	});

	it('reads full dates, month-year and bare years and decades by rule', () => {
		expect(dates('Abe stepped down on September 16, 2020, after a long time.', '2021-03-01')).toEqual([['September 16, 2020', '2020-09-16', 'day']]);
		expect(dates('They met in December 2016 in Yamaguchi.', '2018-11-28')).toEqual([['December 2016', '2016-12', 'month']]);
		expect(dates('Japan signed the joint declaration in 1956.', '2018-11-28')).toEqual([['1956', '1956', 'year']]);
		expect(dates('Kakuei Tanaka tried in the late 1970s.', '2018-11-28')).toEqual([['1970s', '1970s', 'decade']]);
	});

	it('skips relative dates and year-less dates whose year is shifted nearby', () => {
		expect(dates('Both leaders visit Argentina this weekend.', '2018-11-28')).toEqual([]);
		expect(dates('Putin proposed a treaty by the end of this year.', '2021-03-01')).toEqual([]);
		const para = 'In fact, in January of the following year, Kono visited Russia. Nor was progress made in Osaka in June.';
		expect(dates('Nor was progress made in Osaka in June.', '2021-03-01', para)).toEqual([]);
	});

	it('gives offsets of the date in the sentence', () => {
		const s = 'Kono met Lavrov on Nov. 23 and agreed.';
		const [d] = extractDates(s, '2018-11-28');
		expect(s.slice(d.start, d.end)).toBe('Nov. 23');
	});
});

describe('a month whose year is written elsewhere', () => {
	it('takes no span of days for a date, and gives a month the year written after the next one', () => {
		const span = extractDates('The envoy travelled to the capital February 21–28, 1972, the first such visit.', '2015-10-19');
		expect(span.map((d) => d.value)).toEqual(['1972']);
		const pair = extractDates('It went beyond the April and November 1973 efforts to save fuel.', '2015-10-19');
		expect(pair.map((d) => d.value)).toEqual(['1973-04', '1973-11']);
	});

	it('reads no date in a code that chrono takes for one', () => {
		expect(extractDates('In July, a tenth of the state was in a D-2 (Severe Drought) zone.', '2019-07-20').map((d) => d.surface)).not.toContain('a D-2');
	});

	it('puts a month after the article’s date in the last year an article looking back named, not in the future', () => {
		expect(extractDates('On August 8, a storm brought rain to the farms.', '2019-07-20', 'On August 8, a storm brought rain to the farms.', 2016).map((d) => d.value)).toEqual(['2016-08-08']);
		// A news report names its own time: the same month stays a forecast, for the gate to refuse.
		expect(extractDates('On August 8, a storm will bring rain to the farms.', '2019-07-20').map((d) => d.value)).toEqual(['2019-08-08']);
	});
});
