/**
 * The learner's log as the FSRS optimizer's training data (fsrs-rs `FSRSItem`s, as fsrs-browser takes them).
 * Pure: log entries in, items out.
 *
 * Per question, the reviews that count for scheduling (`effectiveReviews`: undone ones dropped, only those after the
 * latest reset — a reset starts the card over as Anki's "forget" does) become a sequence of (rating, days since the
 * previous review). As fsrs-rs's own Anki conversion does:
 * - days are calendar days, counted as ts-fsrs counts them when it schedules (UTC dates), so the fitted model sees
 *   the same elapsed days the scheduler will give it;
 * - one item per review that came on a later day than the one before it, holding the history up to and including
 *   it: same-day reviews (learning steps) stay in the history (they fit the short-term parameters) but are never a
 *   recall to predict;
 * - a history must start from a new card (the first counted review's state is New); one that does not (a card
 *   whose earlier answers are missing) is left out whole, as Anki leaves out cards without their first learning;
 * - items are ordered by the time of their last review (the optimizer weights recent ones more).
 * A review with a rating outside 1–4 or a time that is not a number is dropped (the log never holds one; a damaged
 * backup might). "I was right" answers count like any other: the learner chose the rating after overriding the
 * checker, so it is their own grade of the recall, not a manual change of schedule (Anki's Manual entries, which
 * the optimizer skips, have no counterpart in this log besides resets).
 */
import { effectiveReviews } from './scheduling';
import type { LogEntry, Rating, ReviewEntry } from './types';

/** One review in an item: the rating and the calendar days since the card's previous review (0 the same day). */
export interface FitReview {
	rating: Rating;
	deltaT: number;
}

/** The history of one card up to a review on a later day; the last review is the recall to predict. */
export interface FitItem {
	reviews: FitReview[];
	/** When the last review was given, epoch ms. */
	at: number;
}

export interface FitData {
	items: FitItem[];
	/** Reviews that counted (in histories used). */
	reviews: number;
	/** Cards with at least one item. */
	cards: number;
}

/**
 * fsrs-rs fits every parameter only from 64 items on (below that it fits the four initial stabilities at most, and
 * below 8 it returns the defaults): the app offers fitting from there.
 */
export const MIN_FIT_ITEMS = 64;

const DAY_MS = 86_400_000;

/** Calendar days between two instants as ts-fsrs counts them (UTC dates). */
export function calendarDaysBetween(from: number, to: number): number {
	return Math.floor(to / DAY_MS) - Math.floor(from / DAY_MS);
}

function isCountable(r: ReviewEntry): boolean {
	return Number.isFinite(r.at) && (r.rating === 1 || r.rating === 2 || r.rating === 3 || r.rating === 4);
}

/** The optimizer's items from the whole log (any order; entries of every question mixed). */
export function fitDataFromLog(entries: readonly LogEntry[]): FitData {
	const byQuestion = new Map<string, LogEntry[]>();
	for (const e of entries) {
		if (!e || typeof e !== 'object' || typeof e.questionId !== 'string') continue;
		const list = byQuestion.get(e.questionId);
		if (list) list.push(e);
		else byQuestion.set(e.questionId, [e]);
	}
	const items: FitItem[] = [];
	let reviews = 0;
	let cards = 0;
	for (const list of byQuestion.values()) {
		const history = effectiveReviews(list).filter(isCountable);
		if (history.length < 2 || history[0].state !== 0) continue;
		const sequence: FitReview[] = history.map((r, i) => ({
			rating: r.rating,
			deltaT: i === 0 ? 0 : Math.max(0, calendarDaysBetween(history[i - 1].at, r.at))
		}));
		let used = 0;
		for (let i = 1; i < sequence.length; i++) {
			if (sequence[i].deltaT > 0) {
				items.push({ reviews: sequence.slice(0, i + 1), at: history[i].at });
				used = i + 1;
			}
		}
		if (used > 0) {
			cards++;
			reviews += sequence.length;
		}
	}
	items.sort((a, b) => a.at - b.at);
	return { items, reviews, cards };
}

/** Whether there is enough to fit, and how many more reviews on a later day are needed when not. */
export function fitReadiness(data: Pick<FitData, 'items'>): { ready: boolean; have: number; needed: number } {
	const have = data.items.length;
	return { ready: have >= MIN_FIT_ITEMS, have, needed: Math.max(0, MIN_FIT_ITEMS - have) };
}

/** The items as fsrs-browser's `computeParameters` takes them: flat ratings and day gaps, and each item's length. */
export function packItems(items: readonly FitItem[]): { ratings: Uint32Array; deltaTs: Uint32Array; lengths: Uint32Array } {
	const total = items.reduce((n, item) => n + item.reviews.length, 0);
	const ratings = new Uint32Array(total);
	const deltaTs = new Uint32Array(total);
	const lengths = new Uint32Array(items.length);
	let k = 0;
	items.forEach((item, i) => {
		lengths[i] = item.reviews.length;
		for (const r of item.reviews) {
			ratings[k] = r.rating;
			deltaTs[k] = r.deltaT;
			k++;
		}
	});
	return { ratings, deltaTs, lengths };
}
