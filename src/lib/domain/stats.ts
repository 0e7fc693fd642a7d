/**
 * Statistics from the review log (the source of truth) and the current cards. Pure; the learner's local day comes
 * from DayContext.
 */
import type { Question, QuestionKind } from '../format/bank-format';
import { addDays, localDay, startOfLocalDay } from './days';
import type { Scheduler } from './scheduling';
import type { CardRecord, DayContext, LogEntry, ReviewEntry } from './types';

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

export interface TodayProgress {
	day: string;
	reviews: number;
	/** Cards answered for the first time today. */
	newCards: number;
	again: number;
	timeMs: number;
}

export interface Streak {
	/** Days in a row with at least one review, ending today (or yesterday, when today has none yet). */
	current: number;
	longest: number;
	studiedToday: boolean;
}

/** Reviews that were not undone (superseded ones still happened: they count for activity and retention). */
export function activeReviews(entries: readonly LogEntry[]): ReviewEntry[] {
	const undone = new Set<string>();
	for (const e of entries) if (e.kind === 'undo') undone.add(e.target);
	return entries.filter((e): e is ReviewEntry => e.kind === 'review' && !undone.has(e.id));
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

/** Today's reviews, new cards, Again count and time spent. */
export function todayProgress(entries: readonly LogEntry[], ctx: DayContext): TodayProgress {
	const start = startOfLocalDay(ctx.now, ctx.utcOffsetMinutes);
	const progress: TodayProgress = { day: localDay(ctx.now, ctx.utcOffsetMinutes), reviews: 0, newCards: 0, again: 0, timeMs: 0 };
	const fresh = new Set<string>();
	for (const r of activeReviews(entries)) {
		if (r.at < start || r.at > ctx.now) continue;
		progress.reviews++;
		if (r.state === 0) fresh.add(r.questionId);
		if (r.rating === 1) progress.again++;
		progress.timeMs += r.durationMs;
	}
	progress.newCards = fresh.size;
	return progress;
}

/** Study streak from the review log. */
export function studyStreak(entries: readonly LogEntry[], ctx: DayContext): Streak {
	const days = new Set(activeReviews(entries).map((r) => localDay(r.at, ctx.utcOffsetMinutes)));
	const today = localDay(ctx.now, ctx.utcOffsetMinutes);
	const studiedToday = days.has(today);
	let current = 0;
	for (let day = studiedToday ? today : addDays(today, -1); days.has(day); day = addDays(day, -1)) current++;
	let longest = 0;
	let run = 0;
	let previous: string | null = null;
	for (const day of [...days].sort()) {
		run = previous !== null && addDays(previous, 1) === day ? run + 1 : 1;
		longest = Math.max(longest, run);
		previous = day;
	}
	return { current, longest, studiedToday };
}

/**
 * Questions answered but not learned: their latest answer (not undone, after any reset) was Again, so they are back
 * in (re)learning. By home article. The home page leaves them out of "Learned".
 */
export function justFailed(entries: readonly LogEntry[]): Map<string, Set<string>> {
	const undone = new Set<string>();
	const resetAt = new Map<string, number>();
	for (const e of entries) {
		if (e.kind === 'undo') undone.add(e.target);
		else if (e.kind === 'reset') resetAt.set(e.questionId, Math.max(resetAt.get(e.questionId) ?? -Infinity, e.at));
	}
	const latest = new Map<string, ReviewEntry>();
	for (const e of entries) {
		if (e.kind !== 'review' || undone.has(e.id) || e.at <= (resetAt.get(e.questionId) ?? -Infinity)) continue;
		const seen = latest.get(e.questionId);
		if (!seen || e.at > seen.at || (e.at === seen.at && e.id > seen.id)) latest.set(e.questionId, e);
	}
	const out = new Map<string, Set<string>>();
	for (const r of latest.values()) {
		if (r.rating !== 1) continue;
		const set = out.get(r.doc) ?? new Set<string>();
		set.add(r.questionId);
		out.set(r.doc, set);
	}
	return out;
}
