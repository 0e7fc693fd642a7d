/**
 * Statistics from the review log (the source of truth) and the current cards. Pure; the learner's local day comes
 * from DayContext.
 */
import type { Question, QuestionKind } from '../bank/format';
import type { Scheduler } from './scheduling';
import type { CardRecord, DayContext, LogEntry } from './types';

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

/** Reviews per local day for the last `days` days (oldest first, today last; days without reviews are 0). */
export function reviewsPerDay(_entries: readonly LogEntry[], _ctx: DayContext, _days = 30): ReviewDay[] {
	throw new Error('not implemented');
}

/** True retention: share of reviews of cards in Review state that were not Again (optionally since `since` ms). */
export function trueRetention(_entries: readonly LogEntry[], _since?: number): Retention {
	throw new Error('not implemented');
}

/** Cards falling due on each of the next `days` local days (today first, overdue counted today). Removed cards excluded. */
export function dueForecast(_cards: readonly CardRecord[], _ctx: DayContext, _days: 7 | 30 | number = 7): DayCount[] {
	throw new Error('not implemented');
}

/** Mastery of the bank's questions grouped by kind. */
export function masteryByKind(
	_questions: readonly Question[],
	_cards: ReadonlyMap<string, CardRecord>,
	_scheduler: Scheduler,
	_now: number
): Partial<Record<QuestionKind, Mastery>> {
	throw new Error('not implemented');
}

/** Mastery of the bank's questions grouped by home article (document id). */
export function masteryByArticle(
	_questions: readonly Question[],
	_cards: ReadonlyMap<string, CardRecord>,
	_scheduler: Scheduler,
	_now: number
): Record<string, Mastery> {
	throw new Error('not implemented');
}

/** Today's reviews, new cards, Again count and time spent. */
export function todayProgress(_entries: readonly LogEntry[], _ctx: DayContext): TodayProgress {
	throw new Error('not implemented');
}

/** Study streak from the review log. */
export function studyStreak(_entries: readonly LogEntry[], _ctx: DayContext): Streak {
	throw new Error('not implemented');
}
