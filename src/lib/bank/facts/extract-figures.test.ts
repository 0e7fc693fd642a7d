import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract-figures';

function figures(s: string) {
	return extractFigures(s).map((f) => ({ surface: f.surface, qualifier: f.qualifier, value: f.value, unit: f.unit, noun: f.noun, kind: f.kind }));
}

describe('extractFigures', () => {
	it('reads poll figures with their qualifier', () => {
		expect(figures('According to a recent poll, more than 3 in 4 Russians are opposed to any island deal.')).toEqual([
			{ surface: '3 in 4', qualifier: 'more than', value: 75, unit: '%', noun: null, kind: 'poll' }
		]);
		expect(figures('Opinion polls in Russia indicate that only 14% of the population agree.')[0]).toMatchObject({ surface: '14%', qualifier: 'only', value: 14, kind: 'poll' });
		expect(figures('A public opinion poll indicated that over 60 percent of the respondents disagreed.')[0]).toMatchObject({ surface: '60 percent', qualifier: 'over', value: 60, kind: 'poll' });
	});

	it('reads other figures: a stake, an ordinal meeting, a counted plan', () => {
		expect(figures('Mitsui decided to take a 10 percent stake in the Arctic-2 LNG project.')[0]).toMatchObject({ surface: '10 percent', noun: 'stake', kind: 'number' });
		expect(figures('Abe is in Moscow for his 25th meeting with Putin.')[0]).toMatchObject({ surface: '25th', value: 25, noun: 'meeting' });
		expect(figures('It promoted an eight-point economic cooperation plan with Russia.')[0]).toMatchObject({ surface: 'eight', value: 8, unit: 'point' });
		expect(figures('Relations have endured without the treaty for more than 70 years.')[0]).toMatchObject({ surface: '70', qualifier: 'more than', noun: 'years' });
	});

	it('leaves years and names with numbers alone', () => {
		expect(figures('They met at the G20 summit in 2019 and the Group of 20 summit in 2018.')).toEqual([]);
	});

	it('gives offsets of the figure alone, without its qualifier', () => {
		const s = 'Polls say that more than 3 in 4 Russians are opposed.';
		const [f] = extractFigures(s);
		expect(s.slice(f.start, f.end)).toBe('3 in 4');
	});
});
