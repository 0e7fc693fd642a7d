/**
 * Statistics from the review log (the source of truth) and the current cards. Pure; the learner's local day comes
 * from DayContext.
 */
import type { Question, QuestionKind } from '../format/bank-format';
import { addDays, localDay, startOfLocalDay } from './days';
import type { Scheduler } from './scheduling';
import type { CardRecord, DayContext, LogEntry } from './types';
import { activeReviews } from './today';

export { activeReviews, justFailed, studyStreak, todayProgress, type Streak, type TodayProgress } from './today';

export interface DayCount {
	/** Local day, "YYYY-MM-DD". */
	day: string;
	count: number;
}

export interface ReviewDay extends DayCount {
	/** Answers not rated Again. */
	passed: number;
}

export interface Retention {
	/** Reviews of cards in Review state (before the answer), not undone. */
	reviews: number;
	/** Of those, not rated Again. */
	passed: number;
	/** passed / reviews, null when there were none. */
	rate: number | null;
}

export interface Mastery {
	total: number;
	/** Never answered (or reset). */
	new: number;
	/** In (re)learning steps. */
	learning: number;
	/** In Review state. */
	review: number;
	/** In Review state with an interval of 21 days or more (Anki's "mature"). */
	mature: number;
	/** Mean probability of recall now over all `total` questions (new ones count 0), 0–1. */
	recall: number;
}

/** Reviews per local day for the last `days` days (oldest first, today last; days without reviews are 0). */
export function reviewsPerDay(entries: readonly LogEntry[], ctx: DayContext, days = 30): ReviewDay[] {
	const today = localDay(ctx.now, ctx.utcOffsetMinutes);
	const out: ReviewDay[] = [];
	const byDay = new Map<string, ReviewDay>();
	for (let i = days - 1; i >= 0; i--) {
		const day: ReviewDay = { day: addDays(today, -i), count: 0, passed: 0 };
		out.push(day);
		byDay.set(day.day, day);
	}
	for (const r of activeReviews(entries)) {
		const day = byDay.get(localDay(r.at, ctx.utcOffsetMinutes));
		if (!day) continue;
		day.count++;
		if (r.rating > 1) day.passed++;
	}
	return out;
}

/** True retention: share of reviews of cards in Review state that were not Again (optionally since `since` ms). */
export function trueRetention(entries: readonly LogEntry[], since = -Infinity): Retention {
	let reviews = 0;
	let passed = 0;
	for (const r of activeReviews(entries)) {
		if (r.state !== 2 || r.at < since) continue;
		reviews++;
		if (r.rating > 1) passed++;
	}
	return { reviews, passed, rate: reviews ? passed / reviews : null };
}

/** Cards falling due on each of the next `days` local days (today first, overdue counted today). Removed cards excluded. */
export function dueForecast(cards: readonly CardRecord[], ctx: DayContext, days: 7 | 30 | number = 7): DayCount[] {
	const today = startOfLocalDay(ctx.now, ctx.utcOffsetMinutes);
	const todayKey = localDay(ctx.now, ctx.utcOffsetMinutes);
	const out: DayCount[] = Array.from({ length: days }, (_, i) => ({ day: addDays(todayKey, i), count: 0 }));
	for (const card of cards) {
		if (card.queue !== 1) continue;
		const index = Math.max(0, Math.floor((card.due - today) / 86_400_000));
		if (index < days) out[index].count++;
	}
	return out;
}

/** Mastery of the bank's questions grouped by kind. */
export function masteryByKind(
	questions: readonly Question[],
	cards: ReadonlyMap<string, CardRecord>,
	scheduler: Scheduler,
	now: number
): Partial<Record<QuestionKind, Mastery>> {
	return masteryBy(questions, (q) => q.kind, cards, scheduler, now) as Partial<Record<QuestionKind, Mastery>>;
}

/** Mastery of the bank's questions grouped by home article (document id). */
export function masteryByArticle(
	questions: readonly Question[],
	cards: ReadonlyMap<string, CardRecord>,
	scheduler: Scheduler,
	now: number
): Record<string, Mastery> {
	return masteryBy(questions, (q) => q.sources[0]?.doc ?? '', cards, scheduler, now);
}

function masteryBy(
	questions: readonly Question[],
	keyOf: (q: Question) => string,
	cards: ReadonlyMap<string, CardRecord>,
	scheduler: Scheduler,
	now: number
): Record<string, Mastery> {
	const groups: Record<string, Mastery> = {};
	for (const q of questions) {
		const g = (groups[keyOf(q)] ??= { total: 0, new: 0, learning: 0, review: 0, mature: 0, recall: 0 });
		const card = cards.get(q.id);
		g.total++;
		if (!card || card.state === 0) {
			g.new++;
			continue;
		}
		if (card.state === 2) {
			g.review++;
			if (card.scheduled_days >= 21) g.mature++;
		} else g.learning++;
		g.recall += scheduler.retrievability(card, now);
	}
	for (const g of Object.values(groups)) g.recall = g.total ? g.recall / g.total : 0;
	return groups;
}
