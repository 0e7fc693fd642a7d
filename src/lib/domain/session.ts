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
export function startSession(
	queue: { due: readonly CardRecord[]; fresh: readonly CardRecord[] },
	now: number,
	learnAheadMs = LEARN_AHEAD_MS
): SessionState {
	const seen = new Set<string>();
	const pending = [...queue.due, ...queue.fresh].filter((c) => !seen.has(c.id) && seen.add(c.id));
	return { startedAt: now, pending, learning: [], answers: [], learnAheadMs };
}

/**
 * The session with `cardId` first in its queue when it waits there (a card already on screen, painted from the copy
 * saved last time, stays the first one); otherwise the same session.
 */
export function withFirstCard(state: SessionState, cardId: string): SessionState {
	const at = state.pending.findIndex((c) => c.id === cardId);
	if (at <= 0) return state;
	const pending = [...state.pending];
	const [card] = pending.splice(at, 1);
	return { ...state, pending: [card!, ...pending] };
}

/**
 * The card to show now, or null when the session is done: a learning step that is due comes first, then the queue,
 * then (when nothing else is left) a learning step due within the learn-ahead window.
 */
export function currentCard(state: SessionState, now: number): CardRecord | null {
	const firstLearning = state.learning[0];
	if (firstLearning && firstLearning.due <= now) return firstLearning;
	if (state.pending.length) return state.pending[0];
	if (firstLearning && firstLearning.due <= now + state.learnAheadMs) return firstLearning;
	return null;
}

/** Cards left: pending plus learning steps still to come. */
export function remainingCount(state: SessionState): number {
	return state.pending.length + state.learning.length;
}

/**
 * Answer a card of the session (normally the current one): the next state, plus the card and review to commit
 * (storage commitAnswer) BEFORE showing the next card. Throws if the card is not waiting in this session.
 */
export function answerCard(
	state: SessionState,
	scheduler: Scheduler,
	answer: { cardId: string; rating: Rating; now: number; reviewId: string; durationMs?: number; check?: AnswerCheck }
): { state: SessionState; card: CardRecord; review: ReviewEntry } {
	const before = state.learning.find((c) => c.id === answer.cardId) ?? state.pending.find((c) => c.id === answer.cardId);
	if (!before) throw new Error(`Card ${answer.cardId} is not waiting in this session.`);
	const { card, review } = scheduler.rate(before, answer.rating, answer.now, {
		id: answer.reviewId,
		durationMs: answer.durationMs,
		correct: answer.check?.correct,
		overridden: answer.check?.overridden
	});
	const learning = state.learning.filter((c) => c.id !== card.id);
	// Learning and relearning steps come back later in the same session.
	if (card.state === 1 || card.state === 3) insertByDue(learning, card);
	return {
		state: {
			...state,
			pending: state.pending.filter((c) => c.id !== card.id),
			learning,
			answers: [...state.answers, { review, before, after: card, ...(answer.check ? { check: answer.check } : {}) }]
		},
		card,
		review
	};
}

/**
 * Undo the last answer (any number of times, also after the summary): the card goes back to the front with its
 * earlier state. Returns null when there is nothing to undo. The caller persists it with storage undoReview.
 */
export function undoAnswer(state: SessionState): { state: SessionState; undone: SessionAnswer } | null {
	const undone = state.answers[state.answers.length - 1];
	if (!undone) return null;
	const id = undone.before.id;
	return {
		state: {
			...state,
			pending: [undone.before, ...state.pending.filter((c) => c.id !== id)],
			learning: state.learning.filter((c) => c.id !== id),
			answers: state.answers.slice(0, -1)
		},
		undone
	};
}

export function summarizeSession(state: SessionState): SessionSummary {
	const ratings: Record<Rating, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
	const cards = new Set<string>();
	const fresh = new Set<string>();
	let right = 0;
	let timeMs = 0;
	for (const { review, before, check } of state.answers) {
		ratings[review.rating]++;
		cards.add(review.questionId);
		if (before.state === 0) fresh.add(review.questionId);
		if (check ? check.correct : review.rating > 1) right++;
		timeMs += review.durationMs;
	}
	const answered = state.answers.length;
	const last = state.answers[answered - 1];
	return {
		ratings,
		answered,
		cards: cards.size,
		newCards: fresh.size,
		accuracy: answered ? right / answered : null,
		timeMs,
		elapsedMs: last ? last.review.at - state.startedAt : 0
	};
}

function insertByDue(cards: CardRecord[], card: CardRecord): void {
	const at = cards.findIndex((c) => c.due > card.due);
	if (at === -1) cards.push(card);
	else cards.splice(at, 0, card);
}
