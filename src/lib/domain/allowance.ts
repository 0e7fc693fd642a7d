/**
 * Today's allowance: the daily limits less what today's log used. Apart from session-plan (which re-exports it) so the
 * home page reads it without the session planner's code.
 */
import { startOfLocalDay } from './days';
import type { DayContext, LogEntry, ReviewEntry, Settings } from './types';

export interface Allowance {
	/** Today's new-card limit: the setting plus any "more new cards today". */
	newLimit: number;
	/** New cards answered today (distinct questions). */
	newDone: number;
	/** New cards still allowed today. */
	newLeft: number;
	reviewLimit: number;
	reviewsDone: number;
	reviewsLeft: number;
}

/** Today's reviews that count (not undone), from a log holding at least today's entries. */
export function todaysReviews(entries: readonly LogEntry[], ctx: DayContext): ReviewEntry[] {
	const start = startOfLocalDay(ctx.now, ctx.utcOffsetMinutes);
	const undone = new Set(entries.flatMap((e) => (e.kind === 'undo' ? [e.target] : [])));
	return entries.filter((e): e is ReviewEntry => e.kind === 'review' && !undone.has(e.id) && e.at >= start && e.at <= ctx.now);
}

/**
 * Today's limits less what today's log used (as the storage queue counts them: a new card is one answered from
 * state New; reviews are answers from state Review; (re)learning steps count against neither).
 */
export function todaysAllowance(
	entries: readonly LogEntry[],
	ctx: DayContext,
	settings: Pick<Settings, 'newPerDay' | 'maxReviewsPerDay'>,
	extraNew = 0
): Allowance {
	const fresh = new Set<string>();
	let reviewsDone = 0;
	for (const r of todaysReviews(entries, ctx)) {
		if (r.state === 0) fresh.add(r.questionId);
		else if (r.state === 2) reviewsDone++;
	}
	const newLimit = settings.newPerDay + Math.max(0, extraNew);
	return {
		newLimit,
		newDone: fresh.size,
		newLeft: Math.max(0, newLimit - fresh.size),
		reviewLimit: settings.maxReviewsPerDay,
		reviewsDone,
		reviewsLeft: Math.max(0, settings.maxReviewsPerDay - reviewsDone)
	};
}

/** "1 card", "2 cards". */
export function plural(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}
