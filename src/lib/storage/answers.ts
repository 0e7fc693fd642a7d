/** Answers, undo and reset: each one readwrite transaction over cards + reviews, resolved when it has completed. */
import type { Question } from '../bank/format';
import type { CardRecord, ReviewEntry } from '../domain/types';

/**
 * Save an answer: the card's new state and its review entry in ONE transaction (durability 'strict'). Resolves only
 * when the transaction has completed — show the next card after that. Rejects with StorageError ('quota': "Your
 * device is out of space; this answer was not saved"); then nothing was saved.
 */
export async function commitAnswer(_card: CardRecord, _review: ReviewEntry): Promise<void> {
	throw new Error('not implemented');
}

/**
 * Undo a review: appends an undo entry (the log stays append-only) and restores the card — exact ts-fsrs rollback when
 * it is the card's latest review, else rebuilt from the log. Returns the restored card; null if the review is unknown
 * or already undone.
 */
export async function undoReview(_reviewId: string, _entry: { id: string; now: number }): Promise<CardRecord | null> {
	throw new Error('not implemented');
}

/** Undo the most recent review that is not undone yet (after a reload, or on the summary). Null when there is none. */
export async function undoLastReview(_entry: { id: string; now: number }): Promise<{ review: ReviewEntry; card: CardRecord } | null> {
	throw new Error('not implemented');
}

/** Start a question over: appends a reset entry (old reviews kept, superseded) and makes the card new. */
export async function resetQuestion(_questionId: string, _entry: { id: string; now: number }): Promise<CardRecord | null> {
	throw new Error('not implemented');
}

/**
 * "Study these" (missed quiz / test questions): never-answered ones move to the front of the new-card queue (cards
 * are created for questions without one). Already answered (scheduled) questions are left alone. Returns how many
 * were moved or created. Does not touch the review log.
 */
export async function addToStudy(_questions: readonly Question[], _now: number): Promise<number> {
	throw new Error('not implemented');
}
