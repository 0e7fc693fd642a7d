import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTimeline, lineDate, lineQuestions, timelineLines, timelinePeriods, CROWDED_DECADE } from './timeline';
import { compareDates } from './dates';
import { event } from './fixtures';
import type { TimelineEvent } from '$lib/format/bank-format';

const tatsumi = event('2018-11-14', 'day', 'tatsumi', 'On Nov. 14, Prime Minister Shinzo Abe met with President Vladimir Putin in Singapore.', {
	label: 'Shinzo Abe met with Vladimir Putin in Singapore',
	questions: ['q1', 'q2']
});
const abiru = event('2018-11', 'month', 'abiru', 'In November 2018, Abe met with Putin in Singapore.', { label: 'Abe met with Vladimir Putin in Singapore', questions: ['q2', 'q3'] });
const declaration = event('1956', 'year', 'tatsumi', 'Japan and the Soviet Union signed the joint declaration in 1956.');
const sameDayOtherEvent = event('2018-11', 'month', 'stratfor', 'In November the Diet passed a budget for fisheries.');

describe('timelineLines', () => {
	it('shows the same event dated differently by two articles as one line with both accounts, each with its date', () => {
		const lines = timelineLines([tatsumi, declaration, abiru, sameDayOtherEvent]);
		const summit = lines.find((l) => l.accounts.includes(tatsumi))!;
		expect(summit.accounts.map((a) => a.date)).toEqual(['2018-11', '2018-11-14']);
		expect(summit.datedDifferently).toBe(true);
		expect(lineQuestions(summit)).toEqual(['q2', 'q3', 'q1']);
		// An unrelated event of the same month stays its own line.
		expect(lines.find((l) => l.accounts.includes(sameDayOtherEvent))!.accounts).toHaveLength(1);
		expect(lines[0].accounts).toEqual([declaration]);
	});

	it('does not join two accounts of one article, nor the same date told twice', () => {
		const other = { ...abiru, id: 'x', source: { ...abiru.source, doc: 'tatsumi' } };
		expect(timelineLines([tatsumi, other])).toHaveLength(2);
		const again = { ...tatsumi, id: 'y', source: { ...tatsumi.source, doc: 'abiru' } };
		expect(timelineLines([tatsumi, again])).toHaveLength(2);
	});

	it('shows an event the facts list twice under one id once', () => {
		expect(timelineLines([declaration, { ...declaration }]).flatMap((l) => l.accounts)).toEqual([declaration]);
		expect(timelinePeriods([declaration, { ...declaration }])).toEqual([{ id: '1950s', count: 1 }]);
	});

	it('does not chain look-alikes: a third account must match every account of the line', () => {
		const sept = event('2018-09', 'month', 'kozyrev', 'In September 2018 Putin proposed to Abe in Vladivostok a treaty.');
		const lines = timelineLines([tatsumi, abiru, sept]);
		expect(lines.find((l) => l.accounts.includes(sept))!.accounts).toEqual([sept]);
	});

	it('keeps every event exactly once, lines in date order (any events)', () => {
		const arb = fc.record({
			y: fc.integer({ min: 1940, max: 2025 }),
			m: fc.integer({ min: 1, max: 12 }),
			p: fc.constantFrom('year', 'month', 'day' as const),
			doc: fc.constantFrom('a', 'b', 'c'),
			words: fc.subarray(['Abe', 'Putin', 'Singapore', 'summit', 'treaty', 'islands', 'Lavrov', 'Moscow'], { minLength: 1 })
		});
		fc.assert(
			fc.property(fc.array(arb, { maxLength: 30 }), (specs) => {
				const events: TimelineEvent[] = specs.map((s, i) => {
					const mm = String(s.m).padStart(2, '0');
					const date = s.p === 'year' ? `${s.y}` : s.p === 'month' ? `${s.y}-${mm}` : `${s.y}-${mm}-14`;
					return { ...event(date, s.p, s.doc, s.words.join(' met ')), id: `r${i}` };
				});
				const lines = timelineLines(events);
				const ids = lines.flatMap((l) => l.accounts.map((a) => a.id));
				expect(ids.sort()).toEqual(events.map((e) => e.id).sort());
				for (const l of lines) expect(new Set(l.accounts.map((a) => a.source.doc)).size).toBe(l.accounts.length);
				const periods = buildTimeline(events);
				expect(periods.flatMap((p) => p.lines).length).toBe(lines.length);
				const firsts = periods.flatMap((p) => p.lines.map((l) => lineDate(l).date));
				for (let i = 1; i < firsts.length; i++) expect(compareDates(firsts[i - 1], firsts[i])).toBeLessThanOrEqual(0);
			})
		);
	});
});

describe('buildTimeline', () => {
	it('heads the lines by decade, a crowded decade by year', () => {
		const many = Array.from({ length: CROWDED_DECADE + 1 }, (_, i) => event(`201${i % 10}`, 'year', 'a', `Event number ${i} happened.`));
		const periods = buildTimeline([declaration, ...many]);
		expect(periods[0]).toMatchObject({ id: '1950s', label: '1950s' });
		expect(periods.slice(1).map((p) => p.id)).toEqual(['2010', '2011', '2012', '2013', '2014', '2015', '2016', '2017', '2018', '2019']);
		expect(timelinePeriods([declaration, ...many])[0]).toEqual({ id: '1950s', count: 1 });
	});

	it('filters by article and by period', () => {
		const all = [tatsumi, declaration, abiru, sameDayOtherEvent];
		const onlyAbiru = buildTimeline(all, { doc: 'abiru' });
		expect(onlyAbiru.flatMap((p) => p.lines.flatMap((l) => l.accounts))).toEqual([abiru]);
		const fifties = buildTimeline(all, { period: '1950s' });
		expect(fifties.map((p) => p.id)).toEqual(['1950s']);
		expect(buildTimeline(all, { doc: 'nobody' })).toEqual([]);
	});
});
