/** Answers, undo and reset: each one readwrite transaction over cards + reviews, resolved when it has completed. */
import type { Question } from '../format/bank-format';
import { createScheduler, effectiveReviews } from '../domain/scheduling';
import { blankCard, DEFAULT_SETTINGS, type CardRecord, type ResetEntry, type ReviewEntry, type Settings, type UndoEntry } from '../domain/types';
import { inTransaction, observed, withDatabase } from './connection';
import { ANSWER_NOT_SAVED } from './errors';
import { sortLog } from './records';
import { putCards, type CardChange, type CardWriteTx } from './tallies';

/**
 * Save an answer: the card's new state and its review entry in ONE transaction (durability 'strict'). Resolves only
 * when the transaction has completed — show the next card after that — with the card as stored. Rejects with
 * StorageError ('quota': "Your device is out of space; this answer was not saved"); then nothing was saved.
 *
 * The rating is applied to the card as stored, read inside this transaction (same rating, time, id, duration and
 * correctness as `review`; the stored settings): when another tab answered, undid or reset the card since this one
 * read it, the caller's `card` and `review` are stale and are not what is written. Any number of tabs then give the
 * state one tab would. When the caller's copy was current, `card` and `review` are written as given.
 */
export async function commitAnswer(card: CardRecord, review: ReviewEntry): Promise<CardRecord> {
	if (card.id !== review.questionId) throw new Error(`commitAnswer: review ${review.id} is not for card ${card.id}`);
	return withDatabase(async (db) => {
		const tx = db.transaction(['cards', 'tallies', 'reviews', 'settings'], 'readwrite', { durability: 'strict' });
		return inTransaction(tx, async () => {
			const [stored, settings] = await Promise.all([tx.objectStore('cards').get(card.id), tx.objectStore('settings').get('settings')]);
			const rated = stored ? rateStored(stored, review, { ...DEFAULT_SETTINGS, ...settings }) : undefined;
			const next = !rated || ratedFromSame(rated, card, review) ? { card, review } : rated;
			await Promise.all([observed(putCards(tx, [{ card: next.card, before: stored }])), observed(tx.objectStore('reviews').add(next.review))]);
			return next.card;
		});
	}, { quotaMessage: ANSWER_NOT_SAVED });
}

function rateStored(stored: CardRecord, review: ReviewEntry, settings: Settings): { card: CardRecord; review: ReviewEntry } {
	const meta = { id: review.id, durationMs: review.durationMs, ...(review.correct === undefined ? {} : { correct: review.correct }), ...(review.overridden ? { overridden: true } : {}) };
	return createScheduler(settings).rate(stored, review.rating, review.at, meta);
}

/**
 * Whether the caller rated the card as stored: the review records the whole state before the answer except the
 * counts, which the card after it gives (reps + 1, lapses + 0 or 1).
 */
function ratedFromSame(rated: { card: CardRecord; review: ReviewEntry }, card: CardRecord, review: ReviewEntry): boolean {
	if (rated.card.reps !== card.reps || rated.card.lapses !== card.lapses) return false;
	const keys = new Set([...Object.keys(rated.review), ...Object.keys(review)]) as Set<keyof ReviewEntry>;
	for (const key of keys) if (rated.review[key] !== review[key]) return false;
	return true;
}

/**
 * Undo a review: appends an undo entry (the log stays append-only) and restores the card — exact ts-fsrs rollback when
 * it is the card's latest review, else rebuilt from the log. Returns the restored card; null if the review is unknown
 * or already undone.
 */
export async function undoReview(reviewId: string, entry: { id: string; now: number }): Promise<CardRecord | null> {
	return withDatabase(async (db) => {
		const tx = db.transaction(['cards', 'tallies', 'reviews', 'settings'], 'readwrite', { durability: 'strict' });
		return inTransaction(tx, async () => {
			const target = await tx.objectStore('reviews').get(reviewId);
			return target?.kind === 'review' ? undoInTx(tx, target, entry) : null;
		});
	});
}

/** Undo the most recent review that is not undone yet (after a reload, or on the summary). Null when there is none. */
export async function undoLastReview(entry: { id: string; now: number }): Promise<{ review: ReviewEntry; card: CardRecord } | null> {
	return withDatabase(async (db) => {
		const tx = db.transaction(['cards', 'tallies', 'reviews', 'settings'], 'readwrite', { durability: 'strict' });
		return inTransaction(tx, async () => {
			// Walk the log backwards: undo entries come after their targets, resets after what they supersede.
			const undone = new Set<string>();
			const resetQuestions = new Set<string>();
			let found: ReviewEntry | null = null;
			let cursor = await tx.objectStore('reviews').index('byAt').openCursor(null, 'prev');
			while (cursor && !found) {
				const e = cursor.value;
				if (e.kind === 'undo') undone.add(e.target);
				else if (e.kind === 'reset') resetQuestions.add(e.questionId);
				else if (!undone.has(e.id) && !resetQuestions.has(e.questionId)) found = e;
				if (!found) cursor = await cursor.continue();
			}
			const card = found ? await undoInTx(tx, found, entry) : null;
			return found && card ? { review: found, card } : null;
		});
	});
}

async function undoInTx(tx: CardWriteTx, target: ReviewEntry, entry: { id: string; now: number }): Promise<CardRecord | null> {
	const reviews = tx.objectStore('reviews');
	const log = sortLog(await reviews.index('byQuestion').getAll(target.questionId));
	if (log.some((e) => e.kind === 'undo' && e.target === target.id)) return null;
	const scheduler = createScheduler({ ...DEFAULT_SETTINGS, ...(await tx.objectStore('settings').get('settings')) });
	const card = await tx.objectStore('cards').get(target.questionId);
	const undo: UndoEntry = { id: entry.id, kind: 'undo', questionId: target.questionId, at: entry.now, target: target.id };
	const latest = effectiveReviews(log).at(-1);
	const restored =
		card && latest?.id === target.id
			? scheduler.rollback(card, target)
			: scheduler.reschedule(card ?? blankCard(target.questionId, target.doc ?? ''), [...log, undo]);
	await Promise.all([observed(reviews.add(undo)), observed(putCards(tx, [{ card: restored, before: card }]))]);
	return restored;
}

/** Start a question over: appends a reset entry (old reviews kept, superseded) and makes the card new. */
export async function resetQuestion(questionId: string, entry: { id: string; now: number }): Promise<CardRecord | null> {
	return withDatabase(async (db) => {
		const tx = db.transaction(['cards', 'tallies', 'reviews'], 'readwrite', { durability: 'strict' });
		return inTransaction(tx, async () => {
			const card = await tx.objectStore('cards').get(questionId);
			if (!card) return null;
			const reset: ResetEntry = { id: entry.id, kind: 'reset', questionId, at: entry.now, reason: 'manual' };
			const fresh: CardRecord = { ...blankCard(questionId, card.doc), fp: card.fp, queue: card.queue === -1 ? -1 : 0, due: entry.now };
			await Promise.all([observed(tx.objectStore('reviews').add(reset)), observed(putCards(tx, [{ card: fresh, before: card }]))]);
			return fresh;
		});
	});
}

/**
 * "Study these" (missed quiz / test questions): never-answered ones move to the front of the new-card queue (cards
 * are created for questions without one). Already answered (scheduled) questions are left alone. Returns how many
 * were moved or created. Does not touch the review log.
 */
export async function addToStudy(questions: readonly Question[], now: number): Promise<number> {
	return withDatabase(async (db) => {
		const tx = db.transaction(['cards', 'tallies'], 'readwrite', { durability: 'strict' });
		return inTransaction(tx, async () => {
			const first = await tx.objectStore('cards').index('byQueueDue').openCursor(IDBKeyRange.bound([0, -Infinity], [0, Infinity]));
			const front = Math.min(first?.value.due ?? now, now) - questions.length - 1;
			const scheduler = createScheduler(DEFAULT_SETTINGS);
			const changes: CardChange[] = [];
			for (const [i, q] of questions.entries()) {
				const card = await tx.objectStore('cards').get(q.id);
				if (card && card.queue !== 0) continue;
				const next = card ? { ...card, due: front + i } : { ...scheduler.newCard(q, now), due: front + i };
				changes.push({ card: next, before: card });
			}
			await putCards(tx, changes);
			return changes.length;
		});
	});
}
