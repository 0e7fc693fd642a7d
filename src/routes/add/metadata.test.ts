import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findDate, isoDay, looksEnglish, proposeDetails } from './metadata';

const TODAY = '2026-12-02';

describe('proposeDetails', () => {
	it('takes the first line as title, a By line as author and a stated date', () => {
		const text = '\n  The catalyst behind peace talks  \nBy Yuki Tatsumi | Nov. 28, 2018\n\nOn Nov. 14, Abe met Putin.';
		expect(proposeDetails(text, TODAY)).toEqual({
			title: 'The catalyst behind peace talks',
			author: 'Yuki Tatsumi',
			date: '2018-11-28',
			dateBasis: "stated in the text ('Nov. 28, 2018')"
		});
	});

	it('reads day-first and ISO dates', () => {
		expect(proposeDetails('Title\nPublished 14 February 2019\nText.', TODAY).date).toBe('2019-02-14');
		expect(proposeDetails('Title\n2021-03-05\nText.', TODAY).date).toBe('2021-03-05');
	});

	it('falls back to today, marked as inferred, when no date is stated', () => {
		const p = proposeDetails('A title\nSome text without any date at all.', TODAY);
		expect(p.date).toBe(TODAY);
		expect(p.dateBasis).toMatch(/^inferred/);
		expect(p.author).toBe('');
	});

	it('skips impossible dates and dates far below the top', () => {
		expect(proposeDetails('T\nFebruary 30, 2019\nx', TODAY).date).toBe(TODAY);
		const deep = ['T', ...Array.from({ length: 20 }, (_, i) => `line ${i}`), 'Jan 5, 2001'].join('\n');
		expect(proposeDetails(deep, TODAY).date).toBe(TODAY);
	});

	it('shortens a first line that is a whole paragraph', () => {
		const p = proposeDetails('word '.repeat(100), TODAY);
		expect(p.title.length).toBeLessThanOrEqual(160);
		expect(p.title.endsWith('…')).toBe(true);
	});

	it('never throws and always proposes a real date (any text)', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 400 }), (text) => {
				const p = proposeDetails(text, TODAY);
				expect(p.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
				expect(isoDay(...(p.date.split('-').map(Number) as [number, number, number]))).toBe(p.date);
				expect(p.title.length).toBeLessThanOrEqual(160);
				expect(p.title).toBe(p.title.trim());
			})
		);
	});

	it('finds any real date written as "Month D, YYYY"', () => {
		fc.assert(
			fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), (d) => {
				const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
				const line = `Posted ${months[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} at noon`;
				expect(findDate(line)?.date).toBe(d.toISOString().slice(0, 10));
			})
		);
	});
});

describe('looksEnglish', () => {
	it('tells English prose from French or German', () => {
		expect(looksEnglish('On March 3, 2020, the city council of Riverton voted 7 to 2 to close the Old Mill Bridge after engineers found cracks in two of its piers.')).toBe(true);
		expect(looksEnglish('Le 3 mars 2020, le conseil municipal a voté la fermeture du vieux pont. La maire a déclaré que les travaux coûteraient quatre millions.')).toBe(false);
		expect(looksEnglish('Am 3. März 2020 hat der Stadtrat beschlossen, die alte Brücke zu schließen, weil die Ingenieure Risse gefunden haben.')).toBe(false);
		expect(looksEnglish('Too short to say.')).toBe(true);
	});
});
