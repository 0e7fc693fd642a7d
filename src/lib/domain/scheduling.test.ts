import { describe, expect, it } from 'vitest';
import { byId, DAY, MINUTE, NOW } from './fixtures/bank';
import { createScheduler, effectiveReviews, formatInterval } from './scheduling';
import type { CardRecord, LogEntry, Rating, ReviewEntry } from './types';

const scheduler = createScheduler({ enableFuzz: false });
let n = 0;
const meta = () => ({ id: `r${++n}` });

/** Answer a card with `ratings`, each one when the card is due (plus an hour). */
function study(s = scheduler, ratings: Rating[] = [3, 1, 3, 3, 2, 4, 3]) {
	let card = s.newCard(byId('q-date'), NOW);
	let now = NOW;
	const log: ReviewEntry[] = [];
	for (const rating of ratings) {
		const r = s.rate(card, rating, now, meta());
		log.push(r.review);
		card = r.card;
		now = Math.max(card.due, now) + 3_600_000;
	}
	return { card, log, now };
}

describe('scheduling', () => {
	it('makes a new card for a question, keyed by its id and home article', () => {
		const card = scheduler.newCard(byId('q-date'), NOW, 3);
		expect(card).toMatchObject({ id: 'q-date', doc: byId('q-date').sources[0].doc, queue: 0, state: 0, reps: 0, due: NOW + 3 });
		expect(card.fp).toMatch(/^[0-9a-f]{14}$/);
	});

	it('rates a new card Good into a 10-minute learning step and logs the state before', () => {
		const card = scheduler.newCard(byId('q-date'), NOW);
		const { card: next, review } = scheduler.rate(card, 3, NOW, { id: 'x', durationMs: 4200.4, correct: true });
		expect(next).toMatchObject({ state: 1, queue: 1, reps: 1, due: NOW + 10 * MINUTE, last_review: NOW });
		expect(review).toMatchObject({ id: 'x', kind: 'review', questionId: 'q-date', rating: 3, state: 0, at: NOW, durationMs: 4200, correct: true, dueBefore: NOW });
	});

	it('previews the four outcomes with Anki-like labels, growing from Again to Easy', () => {
		const card = scheduler.newCard(byId('q-date'), NOW);
		const preview = scheduler.preview(card, NOW);
		expect(preview.map((p) => p.rating)).toEqual([1, 2, 3, 4]);
		expect(preview.map((p) => p.label)).toEqual(['1 min', '6 min', '10 min', expect.stringMatching(/^\d+ d$/)]);
		const { card: reviewCard, now } = study(scheduler, [3, 3, 3]);
		const intervals = scheduler.preview(reviewCard, now).map((p) => p.intervalMs);
		expect([...intervals].sort((a, b) => a - b)).toEqual(intervals);
		expect(intervals[3]).toBeGreaterThan(DAY);
	});

	it('rolls a card back exactly to its state before the last review', () => {
		const { card, now } = study();
		const { card: after, review } = scheduler.rate(card, 1, now, meta());
		expect(after.lapses).toBe(card.lapses + 1);
		expect(scheduler.rollback(after, review)).toEqual(card);
	});

	it('rebuilds the stored state from the review log (reschedule), with fuzz off and on', () => {
		for (const enableFuzz of [false, true]) {
			const s = createScheduler({ enableFuzz });
			const { card, log } = study(s);
			const base = s.newCard(byId('q-date'), NOW);
			expect(s.reschedule(base, log)).toEqual(card);
			// Log order in storage is not guaranteed: it is sorted by time.
			expect(s.reschedule(base, [...log].reverse())).toEqual(card);
		}
	});

	it('skips undone reviews and reviews before a reset when rebuilding', () => {
		const { card, log, now } = study(scheduler, [3, 3]);
		const extra = scheduler.rate(card, 1, now, meta());
		const undo: LogEntry = { id: 'u1', kind: 'undo', questionId: 'q-date', at: now + 1, target: extra.review.id };
		const base = scheduler.newCard(byId('q-date'), NOW);
		expect(scheduler.reschedule(base, [...log, extra.review, undo])).toEqual(card);
		const reset: LogEntry = { id: 'z1', kind: 'reset', questionId: 'q-date', at: now + 2, reason: 'manual' };
		const fresh = scheduler.reschedule(base, [...log, extra.review, undo, reset]);
		expect(fresh).toMatchObject({ state: 0, queue: 0, reps: 0, last_review: null, due: base.due });
		expect(effectiveReviews([...log, reset])).toEqual([]);
	});

	it('keeps a removed card out of the queue when rebuilding', () => {
		const { log } = study(scheduler, [3]);
		const removed: CardRecord = { ...scheduler.newCard(byId('q-date'), NOW), queue: -1 };
		expect(scheduler.reschedule(removed, log).queue).toBe(-1);
	});

	it('schedules longer intervals for a lower desired retention', () => {
		const high = createScheduler({ enableFuzz: false, desiredRetention: 0.95 });
		const low = createScheduler({ enableFuzz: false, desiredRetention: 0.8 });
		expect(study(low).card.scheduled_days).toBeGreaterThan(study(high).card.scheduled_days);
	});

	it('reports retrievability: 0 for new cards, high right after a review', () => {
		expect(scheduler.retrievability(scheduler.newCard(byId('q-date'), NOW), NOW)).toBe(0);
		const { card } = study(scheduler, [3, 3, 3]);
		expect(scheduler.retrievability(card, card.last_review ?? NOW)).toBeGreaterThan(0.99);
		expect(scheduler.retrievability(card, card.due)).toBeCloseTo(0.9, 1);
	});

	it('formats intervals', () => {
		expect([30e3, 10 * MINUTE, 5 * 3_600_000, 3 * DAY, 45 * DAY, 800 * DAY].map(formatInterval)).toEqual(['<1 min', '10 min', '5 h', '3 d', '1.5 mo', '2.2 yr']);
	});
});
