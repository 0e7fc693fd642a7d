/**
 * The study records shared by the domain and storage: plain, JSON-safe objects (times are epoch milliseconds) so
 * they go straight into IndexedDB, backups and `$state.raw`.
 */
import type { QuestionKind } from '../format/bank-format';

/** FSRS grades: 1 Again, 2 Hard, 3 Good, 4 Easy (ts-fsrs `Grade`). */
export type Rating = 1 | 2 | 3 | 4;
export const RATINGS: readonly Rating[] = [1, 2, 3, 4];
export const RATING_LABELS: Record<Rating, 'Again' | 'Hard' | 'Good' | 'Easy'> = {
	1: 'Again',
	2: 'Hard',
	3: 'Good',
	4: 'Easy'
};

/** FSRS card state (ts-fsrs `State`): 0 New, 1 Learning, 2 Review, 3 Relearning. */
export type CardState = 0 | 1 | 2 | 3;

/**
 * Which queue a card sits in; part of the IndexedDB indexes ([queue, due] and [doc, queue, due]) so new cards,
 * scheduled cards and cards of removed questions never mix in a range query.
 * 0 new (never answered), 1 scheduled (learning, review or relearning), -1 removed from every bank.
 */
export type CardQueue = 0 | 1 | -1;

/** A question's scheduling state: one per question id. */
export interface CardRecord {
	/** The question id (Question.id). */
	id: string;
	/** The question's home article (Question.sources[0].doc): per-article queues use it. */
	doc: string;
	queue: CardQueue;
	/** Epoch ms. For new cards: when the card was added, plus its position in the bank, so new cards keep bank order. */
	due: number;
	/** Fingerprint of the answer the learner studied (see fingerprintQuestion); a different one resets the card. */
	fp: string;
	// ts-fsrs Card fields, times as epoch ms.
	state: CardState;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
	reps: number;
	lapses: number;
	last_review: number | null;
}

/**
 * One answer. Append-only: never edited or deleted; an undo or reset is a later entry. The card fields are
 * ts-fsrs's ReviewLog (state BEFORE the answer); with `rating` and `at` the log alone rebuilds every card.
 */
export interface ReviewEntry {
	/** Stable unique id made by the caller (crypto.randomUUID()); backups merge by it. */
	id: string;
	kind: 'review';
	questionId: string;
	/** The question's home article, for per-article statistics without the bank. */
	doc: string;
	/** When it was answered, epoch ms. */
	at: number;
	rating: Rating;
	/** State before the answer. */
	state: CardState;
	/** ts-fsrs ReviewLog.due: the previous review time (or due, for a new card), epoch ms. */
	due: number;
	/** The card's due before the answer, epoch ms: makes rollback exact (ts-fsrs rollback sets due = review time). */
	dueBefore: number;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	last_elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
	/** Time spent on the card, ms (0 when unknown). */
	durationMs: number;
	/** Whether the checked answer was right (absent for self-rated flashcards). */
	correct?: boolean;
	/** The checker said wrong and the learner said "I was right" (then `correct` is true). */
	overridden?: boolean;
}

/** Cancels one review: it no longer counts for scheduling or statistics. */
export interface UndoEntry {
	id: string;
	kind: 'undo';
	questionId: string;
	at: number;
	/** The undone review's id. */
	target: string;
}

/**
 * Starts a question over: reviews at or before `at` are superseded (kept, ignored for scheduling and mastery).
 * 'answer-changed': the bank changed the answer; 'manual': the learner reset it.
 */
export interface ResetEntry {
	id: string;
	kind: 'reset';
	questionId: string;
	at: number;
	reason: 'answer-changed' | 'manual';
}

export type LogEntry = ReviewEntry | UndoEntry | ResetEntry;

export interface Settings {
	/** FSRS request_retention, 0.7–0.99. */
	desiredRetention: number;
	/** New cards introduced per local day. */
	newPerDay: number;
	/** Reviews of already-learnt cards per local day. */
	maxReviewsPerDay: number;
	/** ts-fsrs fuzz (spreads long intervals); on in the app, off in tests. */
	enableFuzz: boolean;
	/** FSRS-6 parameters fitted to this learner's log (21 numbers); null schedules with ts-fsrs's defaults. */
	fsrsParameters: number[] | null;
}

export const DEFAULT_SETTINGS: Settings = {
	desiredRetention: 0.9,
	newPerDay: 20,
	maxReviewsPerDay: 200,
	enableFuzz: true,
	fsrsParameters: null
};

export interface Flag {
	questionId: string;
	reason: 'wrong' | 'unclear';
	note: string;
	/** Epoch ms. */
	at: number;
}

/** Local-day context: callers pass `-new Date().getTimezoneOffset()` (minutes east of UTC). */
export interface DayContext {
	now: number;
	utcOffsetMinutes: number;
}

export type { QuestionKind };

/** A never-studied card with no known answer fingerprint. */
export function blankCard(id: string, doc: string): CardRecord {
	return {
		id,
		doc,
		queue: 0,
		due: 0,
		fp: '',
		state: 0,
		stability: 0,
		difficulty: 0,
		elapsed_days: 0,
		scheduled_days: 0,
		learning_steps: 0,
		reps: 0,
		lapses: 0,
		last_review: null
	};
}
