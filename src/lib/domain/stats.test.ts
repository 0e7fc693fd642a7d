import { describe, expect, it } from 'vitest';
import { localDay, startOfLocalDay } from './days';
import { byId, DAY, DOC_A, DOC_B, HOUR, NOW, QUESTIONS } from './fixtures/bank';
import { createScheduler } from './scheduling';
import { dueForecast, justFailed, masteryByArticle, masteryByKind, reviewsPerDay, studyStreak, todayProgress, trueRetention } from './stats';
import type { CardRecord, LogEntry, Rating, ReviewEntry } from './types';

const scheduler = createScheduler({ enableFuzz: false });
const ctx = { now: NOW, utcOffsetMinutes: 0 };
let n = 0;

function review(at: number, rating: Rating, state: 0 | 1 | 2 | 3 = 2, questionId = 'q-date', durationMs = 1000): ReviewEntry {
	const card = scheduler.newCard(byId(questionId), at);
	return { ...scheduler.rate({ ...card, state }, rating, at, { id: `r${++n}`, durationMs }).review, state };
}

describe('days', () => {
	it('puts times in the learner’s local day', () => {
		const lateUtc = Date.UTC(2026, 2, 10, 23, 30);
		expect(localDay(lateUtc, 0)).toBe('2026-03-10');
		expect(localDay(lateUtc, 9 * 60)).toBe('2026-03-11'); // Tokyo
		expect(localDay(lateUtc, -5 * 60)).toBe('2026-03-10');
		expect(startOfLocalDay(lateUtc, 9 * 60)).toBe(Date.UTC(2026, 2, 10, 15, 0));
		expect(startOfLocalDay(Date.UTC(2026, 2, 10, 2), -5 * 60)).toBe(Date.UTC(2026, 2, 9, 5, 0));
	});
});

describe('statistics', () => {
	it('counts reviews per local day, undone ones excluded, zero days kept', () => {
		const a = review(NOW - 2 * DAY, 3);
		const b = review(NOW - HOUR, 1);
		const c = review(NOW - 2 * HOUR, 3);
		const undo: LogEntry = { id: 'u', kind: 'undo', questionId: 'q-date', at: NOW, target: c.id };
		const days = reviewsPerDay([a, b, c, undo], ctx, 7);
		expect(days).toHaveLength(7);
		expect(days[6]).toEqual({ day: '2026-03-10', count: 1, passed: 0 });
		expect(days[4]).toEqual({ day: '2026-03-08', count: 1, passed: 1 });
		expect(days[5].count).toBe(0);
		// In Tokyo the review 2 hours before 09:00 UTC (16:00 JST) is still today; in UTC−10 it is yesterday.
		expect(reviewsPerDay([c], { now: NOW, utcOffsetMinutes: -600 }, 2).map((d) => d.count)).toEqual([0, 1]);
	});

	it('computes true retention from reviews of cards in Review state only', () => {
		const entries = [review(NOW, 3, 2), review(NOW, 1, 2), review(NOW, 4, 2), review(NOW, 3, 2), review(NOW, 1, 0), review(NOW, 1, 1), review(NOW, 3, 3)];
		expect(trueRetention(entries)).toEqual({ reviews: 4, passed: 3, rate: 0.75 });
		expect(trueRetention([])).toEqual({ reviews: 0, passed: 0, rate: null });
		expect(trueRetention(entries, NOW + 1).reviews).toBe(0);
	});

	it('forecasts due cards per day, overdue counted today, new and removed cards excluded', () => {
		const base = scheduler.newCard(byId('q-date'), NOW);
		const cards: CardRecord[] = [
			{ ...base, id: 'a', queue: 1, state: 2, due: NOW - 3 * DAY },
			{ ...base, id: 'b', queue: 1, state: 2, due: NOW + HOUR },
			{ ...base, id: 'c', queue: 1, state: 2, due: NOW + 2 * DAY },
			{ ...base, id: 'd', queue: 1, state: 2, due: NOW + 20 * DAY },
			{ ...base, id: 'e', queue: -1, state: 2, due: NOW + DAY },
			{ ...base, id: 'f', queue: 0 }
		];
		expect(dueForecast(cards, ctx, 7).map((d) => d.count)).toEqual([2, 0, 1, 0, 0, 0, 0]);
		const month = dueForecast(cards, ctx, 30);
		expect(month).toHaveLength(30);
		expect(month[20]).toEqual({ day: '2026-03-30', count: 1 });
	});

	it('groups mastery by kind and by article', () => {
		let studied = scheduler.newCard(byId('q-date'), NOW - 30 * DAY);
		for (const rating of [3, 3, 3, 3] as Rating[]) studied = scheduler.rate(studied, rating, Math.max(studied.due, NOW - 30 * DAY), { id: `m${++n}` }).card;
		const learning = scheduler.rate(scheduler.newCard(byId('q-poll'), NOW), 1, NOW, { id: 'l' }).card;
		const cards = new Map([
			[studied.id, studied],
			[learning.id, learning]
		]);
		const kinds = masteryByKind(QUESTIONS, cards, scheduler, NOW);
		expect(kinds.date).toMatchObject({ total: 3, new: 2, review: 1, learning: 0 });
		expect(kinds.date!.recall).toBeGreaterThan(0);
		expect(kinds.date!.recall).toBeLessThan(1 / 3 + 1e-9);
		expect(kinds.poll).toMatchObject({ total: 1, learning: 1, new: 0 });
		expect(kinds.actor).toMatchObject({ total: 2, new: 2, recall: 0 });
		const articles = masteryByArticle(QUESTIONS, cards, scheduler, NOW);
		expect(Object.keys(articles).sort()).toEqual([DOC_B, DOC_A].sort());
		expect(articles[DOC_A].total + articles[DOC_B].total).toBe(QUESTIONS.length);
		expect(articles[DOC_B]).toMatchObject({ learning: 1 });
	});

	it('reports today’s progress: reviews, new cards, Again and time', () => {
		const entries = [review(NOW - DAY, 3, 2), review(NOW - HOUR, 1, 0, 'q-date', 3000), review(NOW - 30_000, 3, 1, 'q-date', 2000), review(NOW - 10, 4, 0, 'q-poll', 1000)];
		expect(todayProgress(entries, ctx)).toEqual({ day: '2026-03-10', reviews: 3, newCards: 2, again: 1, timeMs: 6000 });
	});

	it('counts the streak of days in a row, alive until the end of today', () => {
		const on = (days: number[]) => days.map((d) => review(NOW - d * DAY, 3));
		expect(studyStreak(on([0, 1, 2, 5, 6, 7, 8]), ctx)).toEqual({ current: 3, longest: 4, studiedToday: true });
		expect(studyStreak(on([1, 2]), ctx)).toEqual({ current: 2, longest: 2, studiedToday: false });
		expect(studyStreak(on([2, 3]), ctx)).toEqual({ current: 0, longest: 2, studiedToday: false });
		expect(studyStreak([], ctx)).toEqual({ current: 0, longest: 0, studiedToday: false });
	});
});

describe('cards just failed', () => {
	const review = (id: string, questionId: string, rating: 1 | 2 | 3 | 4, at: number, doc = 'a') =>
		({ id, kind: 'review', questionId, doc, at, rating, state: 1, due: at, dueBefore: at, stability: 1, difficulty: 5, elapsed_days: 0, last_elapsed_days: 0, scheduled_days: 0, learning_steps: 0, durationMs: 0 }) as const;
	it('are those whose latest answer, not undone and after any reset, was Again', () => {
		const failed = justFailed([
			review('1', 'q1', 1, 10),
			review('2', 'q2', 1, 10),
			review('3', 'q2', 3, 20),
			review('4', 'q3', 3, 10),
			review('5', 'q3', 1, 20),
			{ id: 'u', kind: 'undo', questionId: 'q3', at: 21, target: '5' },
			review('6', 'q4', 1, 10, 'b'),
			review('7', 'q5', 1, 10),
			{ id: 'r', kind: 'reset', questionId: 'q5', at: 15, reason: 'manual' },
			review('8', 'q6', 2, 10)
		]);
		expect([...(failed.get('a') ?? [])]).toEqual(['q1']);
		expect([...(failed.get('b') ?? [])]).toEqual(['q4']);
	});
});
