/**
 * Today's progress, the study streak and the cards just failed, from the review log: what the home page shows. Apart
 * from stats (which re-exports them) so home does not load the statistics page's code. Pure.
 */
import { addDays, localDay, startOfLocalDay } from './days';
import type { DayContext, LogEntry, ReviewEntry } from './types';

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
