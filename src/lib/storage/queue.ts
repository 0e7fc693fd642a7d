/** The study queue and counts, straight from the cards indexes (never load-all-and-sort). */
import type { CardRecord, DayContext, Settings } from '../domain/types';

/** Which cards: those whose home article is in `docs` (all articles when omitted). */
export interface CardScope {
	docs?: readonly string[];
	/** Also keep only these question ids (when a bank holds part of an article's questions). */
	questionIds?: ReadonlySet<string>;
}

export interface CardCounts {
	/** Never answered. */
	new: number;
	/** Answered before and due now. */
	due: number;
	/** Answered at least once (in learning, review or relearning). */
	learned: number;
	/** new + learned (removed questions excluded). */
	total: number;
}

export interface StudyQueue {
	/** Due cards, oldest due first, at most the reviews left today. */
	due: CardRecord[];
	/** New cards in bank order, at most the new cards left today. */
	fresh: CardRecord[];
	/** What is left of today's limits (after today's answers). */
	newLeft: number;
	reviewsLeft: number;
}

/** Scheduled cards due at `now`, oldest due first (index range, `limit` records at most). */
export async function getDueCards(_scope: CardScope, _now: number, _limit = 200): Promise<CardRecord[]> {
	throw new Error('not implemented');
}

/** Never-answered cards in bank order. */
export async function getNewCards(_scope: CardScope, _limit = 20): Promise<CardRecord[]> {
	throw new Error('not implemented');
}

/** Today's queue: due reviews (within max reviews/day) then new cards (within new/day), limits counted from today's log. */
export async function getStudyQueue(_scope: CardScope, _ctx: DayContext, _settings?: Settings): Promise<StudyQueue> {
	throw new Error('not implemented');
}

/** New / due / learned counts from index counts (key ranges), right after every commitAnswer. */
export async function countCards(_scope: CardScope, _now: number): Promise<CardCounts> {
	throw new Error('not implemented');
}
