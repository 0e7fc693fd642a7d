/**
 * Scheduling over ts-fsrs (FSRS-6 default weights). Pure: every function takes `now` (epoch ms); cards and log
 * entries are the plain records of ./types.
 */
import { createEmptyCard, fsrs, type Card, type FSRS, type FSRSHistory, type Grade, type ReviewLog } from 'ts-fsrs';
import type { Question } from '../format/bank-format';
import { fingerprintQuestion } from './fingerprint';
import type { CardRecord, CardState, LogEntry, Rating, ReviewEntry, Settings } from './types';
import { RATINGS } from './types';
import { validParameters } from './fsrs-parameters';

export interface SchedulerOptions {
	/** FSRS request_retention (default 0.9). */
	desiredRetention?: number;
	/** ts-fsrs enable_fuzz (default true; tests turn it off). */
	enableFuzz?: boolean;
	/** FSRS-6 parameters fitted to the learner (null or invalid: ts-fsrs's defaults). */
	fsrsParameters?: readonly number[] | null;
}

/** What one of the four buttons would do: shown on the button like Anki ("10m", "3d"). */
export interface RatingPreview {
	rating: Rating;
	/** The card's next due, epoch ms. */
	due: number;
	/** due − now, ms. */
	intervalMs: number;
	/** Short label of the interval: "<1 min", "10 min", "1 h", "3 d", "1.5 mo", "2 yr". */
	label: string;
}

/** Extra facts recorded with an answer. */
export interface AnswerMeta {
	/** Unique review id from the caller (crypto.randomUUID()). */
	id: string;
	durationMs?: number;
	correct?: boolean;
	/** The learner overrode a wrong verdict ("I was right"). */
	overridden?: boolean;
}

export interface Scheduler {
	readonly options: Required<SchedulerOptions>;
	/** A never-answered card for a question. `position` (its index in the bank) keeps new cards in bank order. */
	newCard(question: Question, now: number, position?: number): CardRecord;
	/** Apply a rating: the next card state and the log entry to append. */
	rate(card: CardRecord, rating: Rating, now: number, meta: AnswerMeta): { card: CardRecord; review: ReviewEntry };
	/** The four possible outcomes, in rating order (Again, Hard, Good, Easy). */
	preview(card: CardRecord, now: number): RatingPreview[];
	/** The card as it was before `review` (which must be the card's latest review). */
	rollback(card: CardRecord, review: ReviewEntry): CardRecord;
	/**
	 * Rebuild a card from its log with ts-fsrs `reschedule`: undone reviews and reviews superseded by a reset are
	 * skipped. `base` gives id, doc, fp and (for a never-answered result) queue position; its state is ignored.
	 */
	reschedule(base: CardRecord, entries: readonly LogEntry[]): CardRecord;
	/** Probability of recall now (0 for a new card). */
	retrievability(card: CardRecord, now: number): number;
}

/** A scheduler with the learner's settings (or just `{ enableFuzz: false }` in tests). */
export function createScheduler(options: SchedulerOptions | Settings = {}): Scheduler {
	const opts: Required<SchedulerOptions> = {
		desiredRetention: options.desiredRetention ?? 0.9,
		enableFuzz: options.enableFuzz ?? true,
		fsrsParameters: validParameters(options.fsrsParameters)
	};
	const f = fsrs({
		request_retention: opts.desiredRetention,
		enable_fuzz: opts.enableFuzz,
		...(opts.fsrsParameters ? { w: opts.fsrsParameters } : {})
	});
	return {
		options: opts,
		newCard: (question, now, position = 0) => newCardFor(question, now, position),
		rate: (card, rating, now, meta) => rateWith(f, card, rating, now, meta),
		preview: (card, now) => previewWith(f, card, now),
		rollback: (card, review) => rollbackWith(f, card, review),
		reschedule: (base, entries) => rescheduleWith(f, base, entries),
		retrievability: (card, now) => (card.state === 0 ? 0 : f.get_retrievability(toFsrsCard(card), new Date(now), false))
	};
}

function newCardFor(question: Question, now: number, position: number): CardRecord {
	return fromFsrsCard(createEmptyCard(new Date(now + position)), {
		id: question.id,
		doc: question.sources[0]?.doc ?? '',
		fp: fingerprintQuestion(question)
	});
}

function rateWith(f: FSRS, card: CardRecord, rating: Rating, now: number, meta: AnswerMeta) {
	const { card: next, log } = f.next(toFsrsCard(card), new Date(now), rating as Grade);
	const review: ReviewEntry = {
		id: meta.id,
		kind: 'review',
		questionId: card.id,
		doc: card.doc,
		at: now,
		rating,
		state: log.state as CardState,
		due: log.due.getTime(),
		dueBefore: card.due,
		stability: log.stability,
		difficulty: log.difficulty,
		elapsed_days: log.elapsed_days,
		last_elapsed_days: log.last_elapsed_days,
		scheduled_days: log.scheduled_days,
		learning_steps: log.learning_steps,
		durationMs: Math.max(0, Math.round(meta.durationMs ?? 0)),
		...(meta.correct === undefined ? {} : { correct: meta.correct }),
		...(meta.overridden ? { overridden: true } : {})
	};
	return { card: fromFsrsCard(next, card), review };
}

function previewWith(f: FSRS, card: CardRecord, now: number): RatingPreview[] {
	const outcomes = f.repeat(toFsrsCard(card), new Date(now));
	return RATINGS.map((rating) => {
		const due = outcomes[rating as Grade].card.due.getTime();
		return { rating, due, intervalMs: due - now, label: formatInterval(due - now) };
	});
}

function rollbackWith(f: FSRS, card: CardRecord, review: ReviewEntry): CardRecord {
	const prev = f.rollback(toFsrsCard(card), toFsrsLog(review));
	return { ...fromFsrsCard(prev, card), due: review.dueBefore };
}

function rescheduleWith(f: FSRS, base: CardRecord, entries: readonly LogEntry[]): CardRecord {
	const reviews = effectiveReviews(entries);
	if (reviews.length === 0) return { ...base, ...blankState(), queue: base.queue === -1 ? -1 : 0 };
	const history: FSRSHistory[] = reviews.map((r) => ({ rating: r.rating as Grade, review: new Date(r.at) }));
	const first = createEmptyCard(new Date(reviews[0].at));
	const { collections } = f.reschedule(first, history, { skipManual: true, now: new Date(reviews[reviews.length - 1].at) });
	const last = collections[collections.length - 1];
	return fromFsrsCard(last.card, base);
}

/**
 * The reviews that count for scheduling, oldest first: not undone, and after the question's latest reset.
 * Entries of one question only.
 */
export function effectiveReviews(entries: readonly LogEntry[]): ReviewEntry[] {
	const undone = new Set<string>();
	let resetAt = -Infinity;
	for (const e of entries) {
		if (e.kind === 'undo') undone.add(e.target);
		else if (e.kind === 'reset' && e.at > resetAt) resetAt = e.at;
	}
	return entries
		.filter((e): e is ReviewEntry => e.kind === 'review' && !undone.has(e.id) && e.at > resetAt)
		.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** "<1 min", "10 min", "5 h", "3 d", "1.5 mo", "2.1 yr": never "6m", which reads as six months. */
export function formatInterval(ms: number): string {
	const minutes = ms / 60_000;
	if (minutes < 1) return '<1 min';
	if (minutes < 60) return `${Math.round(minutes)} min`;
	const hours = minutes / 60;
	if (hours < 24) return `${Math.round(hours)} h`;
	const days = hours / 24;
	if (days < 30) return `${Math.round(days)} d`;
	if (days < 365) return `${roundOne(days / 30)} mo`;
	return `${roundOne(days / 365)} yr`;
}

function roundOne(n: number): string {
	const r = Math.round(n * 10) / 10;
	return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

function blankState() {
	const { id: _i, doc: _d, fp: _f, queue: _q, due: _due, ...rest } = fromFsrsCard(createEmptyCard(new Date(0)), {
		id: '',
		doc: '',
		fp: ''
	});
	return rest;
}

/** ts-fsrs Card from a record. */
export function toFsrsCard(card: CardRecord): Card {
	return {
		due: new Date(card.due),
		stability: card.stability,
		difficulty: card.difficulty,
		elapsed_days: card.elapsed_days,
		scheduled_days: card.scheduled_days,
		learning_steps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		state: card.state,
		...(card.last_review === null ? {} : { last_review: new Date(card.last_review) })
	};
}

/** A record from a ts-fsrs Card, keeping the identity fields of `base`. */
export function fromFsrsCard(card: Card, base: Pick<CardRecord, 'id' | 'doc' | 'fp'> & { queue?: CardQueueLike }): CardRecord {
	const state = card.state as CardState;
	return {
		id: base.id,
		doc: base.doc,
		fp: base.fp,
		queue: base.queue === -1 ? -1 : state === 0 ? 0 : 1,
		due: card.due.getTime(),
		state,
		stability: card.stability,
		difficulty: card.difficulty,
		elapsed_days: card.elapsed_days,
		scheduled_days: card.scheduled_days,
		learning_steps: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		last_review: card.last_review ? card.last_review.getTime() : null
	};
}

type CardQueueLike = CardRecord['queue'];

function toFsrsLog(r: ReviewEntry): ReviewLog {
	return {
		rating: r.rating,
		state: r.state,
		due: new Date(r.due),
		stability: r.stability,
		difficulty: r.difficulty,
		elapsed_days: r.elapsed_days,
		last_elapsed_days: r.last_elapsed_days,
		scheduled_days: r.scheduled_days,
		learning_steps: r.learning_steps,
		review: new Date(r.at)
	};
}
