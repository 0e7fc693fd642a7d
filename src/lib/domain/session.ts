/**
 * A study session, pure and immutable: every step returns a new SessionState (fits `$state.raw`). Storage gives the
 * queue (due reviews oldest first, then new cards within today's limits); the session re-queues learning steps,
 * records answers, undoes them and sums up.
 */
import type { Scheduler } from './scheduling';
import type { AnswerCheck } from './check-answer';
import type { CardRecord, Rating, ReviewEntry } from './types';

/** A learning card due within this many ms may be shown early when nothing else is left (Anki's learn-ahead). */
export const LEARN_AHEAD_MS = 20 * 60_000;

export interface SessionAnswer {
	review: ReviewEntry;
	before: CardRecord;
	after: CardRecord;
	check?: AnswerCheck;
}

export interface SessionState {
	readonly startedAt: number;
	/** Cards still to show, in order: due reviews (oldest due first), then new cards. */
	readonly pending: readonly CardRecord[];
	/** Cards in (re)learning steps waiting to come back this session, by due. */
	readonly learning: readonly CardRecord[];
	/** Answers in order (the undo stack). */
	readonly answers: readonly SessionAnswer[];
	readonly learnAheadMs: number;
}

export interface SessionSummary {
	/** Answers per rating (undone ones excluded). */
	ratings: Record<Rating, number>;
	answered: number;
	/** Distinct cards answered. */
	cards: number;
	newCards: number;
	/** Share of answers not rated Again (checked answers: share correct); null when nothing was answered. */
	accuracy: number | null;
	/** Sum of review durations, ms. */
	timeMs: number;
	/** From the session start to the last answer, ms. */
	elapsedMs: number;
}

/** Start a session from a queue (see storage getStudyQueue). */
export function startSession(_queue: { due: readonly CardRecord[]; fresh: readonly CardRecord[] }, _now: number, _learnAheadMs = LEARN_AHEAD_MS): SessionState {
	throw new Error('not implemented');
}

/** The card to show now, or null when the session is done. */
export function currentCard(_state: SessionState, _now: number): CardRecord | null {
	throw new Error('not implemented');
}

/** Cards left: pending plus learning steps still to come. */
export function remainingCount(_state: SessionState): number {
	throw new Error('not implemented');
}

/**
 * Answer the current card: the next state, plus the card and review to commit (storage commitAnswer) BEFORE showing
 * the next card. Throws if `card` is not the current card.
 */
export function answerCard(
	_state: SessionState,
	_scheduler: Scheduler,
	_answer: { cardId: string; rating: Rating; now: number; reviewId: string; durationMs?: number; check?: AnswerCheck }
): { state: SessionState; card: CardRecord; review: ReviewEntry } {
	throw new Error('not implemented');
}

/**
 * Undo the last answer (any number of times, also after the summary): the card goes back to the front with its
 * earlier state. Returns null when there is nothing to undo. The caller persists it with storage undoReview.
 */
export function undoAnswer(_state: SessionState): { state: SessionState; undone: SessionAnswer } | null {
	throw new Error('not implemented');
}

export function summarizeSession(_state: SessionState): SessionSummary {
	throw new Error('not implemented');
}
