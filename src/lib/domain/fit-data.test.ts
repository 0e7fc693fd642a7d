import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calendarDaysBetween, fitDataFromLog, fitReadiness, MIN_FIT_ITEMS, packItems } from './fit-data';
import type { CardState, LogEntry, Rating, ReviewEntry } from './types';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 5, 9); // 09:00 UTC
let n = 0;

function review(questionId: string, at: number, rating: Rating, state: CardState = 2, extra: Partial<ReviewEntry> = {}): ReviewEntry {
	return {
		id: `r${++n}`,
		kind: 'review',
		questionId,
		doc: 'doc',
		at,
		rating,
		state,
		due: at,
		dueBefore: at,
		stability: 1,
		difficulty: 5,
		elapsed_days: 0,
		last_elapsed_days: 0,
		scheduled_days: 0,
		learning_steps: 0,
		durationMs: 1000,
		...extra
	};
}

/** A card learnt at T0 (Again then Good the same day), then reviewed 2 and 7 days later. */
function learntCard(q: string, start = T0): ReviewEntry[] {
	return [review(q, start, 1, 0), review(q, start + 10 * 60_000, 3, 1), review(q, start + 2 * DAY, 3), review(q, start + 9 * DAY, 1)];
}

describe('fitDataFromLog', () => {
	it('makes one item per review on a later day, holding the history before it (same-day steps kept in it)', () => {
		const data = fitDataFromLog(learntCard('a'));
		expect(data.items.map((i) => i.reviews)).toEqual([
			[
				{ rating: 1, deltaT: 0 },
				{ rating: 3, deltaT: 0 },
				{ rating: 3, deltaT: 2 }
			],
			[
				{ rating: 1, deltaT: 0 },
				{ rating: 3, deltaT: 0 },
				{ rating: 3, deltaT: 2 },
				{ rating: 1, deltaT: 7 }
			]
		]);
		expect(data).toMatchObject({ cards: 1, reviews: 4 });
	});

	it('counts calendar days (UTC, as ts-fsrs does), not 24-hour spans', () => {
		const late = Date.UTC(2026, 0, 5, 23, 50);
		const data = fitDataFromLog([review('a', late, 3, 0), review('a', late + 20 * 60_000, 3, 1)]);
		expect(data.items).toHaveLength(1);
		expect(data.items[0].reviews[1].deltaT).toBe(1);
		expect(calendarDaysBetween(late, late + 20 * 60_000)).toBe(1);
	});

	it('leaves out undone reviews and everything before a reset', () => {
		const [a, b, c, d] = learntCard('a');
		const undo: LogEntry = { id: 'u1', kind: 'undo', questionId: 'a', at: d.at + 1, target: d.id };
		expect(fitDataFromLog([a, b, c, d, undo]).items).toHaveLength(1);
		// A reset between answers: the one after it did not start a new card (a damaged log), so nothing is used.
		const early: LogEntry = { id: 'z0', kind: 'reset', questionId: 'a', at: c.at + 1, reason: 'manual' };
		expect(fitDataFromLog([a, b, c, d, early]).items).toEqual([]);
		const reset: LogEntry = { id: 'z1', kind: 'reset', questionId: 'a', at: d.at + 1, reason: 'manual' };
		expect(fitDataFromLog([a, b, c, d, reset]).items).toEqual([]);
		const again = [review('a', d.at + DAY, 3, 0), review('a', d.at + 4 * DAY, 3, 2)];
		expect(fitDataFromLog([a, b, c, d, reset, ...again]).items.map((i) => i.reviews)).toEqual([
			[
				{ rating: 3, deltaT: 0 },
				{ rating: 3, deltaT: 3 }
			]
		]);
	});

	it('keeps "I was right" answers: the learner chose the rating', () => {
		const log = [review('a', T0, 3, 0), review('a', T0 + 3 * DAY, 3, 2, { correct: true, overridden: true })];
		expect(fitDataFromLog(log).items).toHaveLength(1);
	});

	it('drops a history that does not start from a new card, and reviews with impossible ratings or times', () => {
		expect(fitDataFromLog([review('a', T0, 3, 2), review('a', T0 + 3 * DAY, 3, 2)]).items).toEqual([]);
		const odd = [
			review('a', T0, 3, 0),
			review('a', T0 + DAY, 7 as Rating),
			review('a', T0 + 2 * DAY, 0 as Rating),
			review('a', Number.NaN, 3),
			review('a', T0 + 3 * DAY, 4)
		];
		expect(fitDataFromLog(odd).items.map((i) => i.reviews)).toEqual([
			[
				{ rating: 3, deltaT: 0 },
				{ rating: 4, deltaT: 3 }
			]
		]);
	});

	it('sorts out-of-order entries by time, and orders items across cards by their last review', () => {
		const a = learntCard('a', T0 + DAY);
		const b = learntCard('b', T0);
		const data = fitDataFromLog([...a, ...b].reverse());
		expect(data.items.map((i) => i.at)).toEqual([b[2].at, a[2].at, b[3].at, a[3].at]);
	});

	it('says how many more reviews are needed', () => {
		expect(fitReadiness(fitDataFromLog([]))).toEqual({ ready: false, have: 0, needed: MIN_FIT_ITEMS });
		const many = Array.from({ length: MIN_FIT_ITEMS / 2 }, (_, i) => learntCard(`q${i}`)).flat();
		expect(fitReadiness(fitDataFromLog(many))).toEqual({ ready: true, have: MIN_FIT_ITEMS, needed: 0 });
	});

	it('packs items as fsrs-browser takes them', () => {
		const packed = packItems(fitDataFromLog(learntCard('a')).items);
		expect([...packed.lengths]).toEqual([3, 4]);
		expect([...packed.ratings]).toEqual([1, 3, 3, 1, 3, 3, 1]);
		expect([...packed.deltaTs]).toEqual([0, 0, 2, 0, 0, 2, 7]);
	});
});

describe('fitDataFromLog on any log', () => {
	const entry = fc.oneof(
		fc.record({
			q: fc.constantFrom('a', 'b', 'c'),
			at: fc.oneof(fc.integer({ min: T0 - 30 * DAY, max: T0 + 60 * DAY }), fc.constant(Number.NaN)),
			rating: fc.integer({ min: -1, max: 6 }),
			state: fc.integer({ min: 0, max: 3 })
		}).map((r): LogEntry => review(r.q, r.at, r.rating as Rating, r.state as CardState)),
		fc.record({ q: fc.constantFrom('a', 'b'), at: fc.integer({ min: T0, max: T0 + 60 * DAY }) }).map(
			(r): LogEntry => ({ id: `x${++n}`, kind: 'reset', questionId: r.q, at: r.at, reason: 'manual' })
		)
	);

	it('gives only items the optimizer accepts: ratings 1–4, whole non-negative days, a later-day last review, time order', () => {
		fc.assert(
			fc.property(fc.array(entry, { maxLength: 60 }), (log) => {
				const data = fitDataFromLog(log);
				for (const item of data.items) {
					expect(item.reviews.length).toBeGreaterThanOrEqual(2);
					expect(item.reviews[0].deltaT).toBe(0);
					expect(item.reviews[item.reviews.length - 1].deltaT).toBeGreaterThan(0);
					for (const r of item.reviews) {
						expect([1, 2, 3, 4]).toContain(r.rating);
						expect(Number.isInteger(r.deltaT) && r.deltaT >= 0).toBe(true);
					}
				}
				const times = data.items.map((i) => i.at);
				expect(times).toEqual([...times].sort((x, y) => x - y));
				// Never more items than reviews, and the same data whatever order the log came in.
				expect(data.items.length).toBeLessThanOrEqual(log.length);
				expect(fitDataFromLog([...log].reverse()).items.map((i) => i.reviews)).toEqual(data.items.map((i) => i.reviews));
			})
		);
	});
});
