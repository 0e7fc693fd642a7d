/**
 * What the app could have written: the bounds a backup's records (and the stored ones, for Check database) must keep.
 * Each check returns the first problem in words a learner understands, or undefined. Pure: the caller passes `now`.
 *
 * Times: nothing before 2000; an answer, undo, reset, flag or last review at most a day ahead of this device's clock
 * (clocks differ between devices); a due date at most 100 years ahead. FSRS quantities finite and within what
 * ts-fsrs produces (stability ≤ 36500 days, difficulty 0–10).
 */
import { blankCard, type CardRecord, type Flag, type LogEntry } from './types';

export const DAY_MS = 86_400_000;
/** 1 January 2000, UTC: no Sourcedeck record is older. */
export const EARLIEST = Date.UTC(2000, 0, 1);
const CENTURY_MS = 100 * 365.25 * DAY_MS;
/** The largest time a JavaScript Date holds. */
const DATE_LIMIT = 8.64e15;
/** ts-fsrs S_MAX; a learning step count and day counts far beyond anything a learner can reach are refused too. */
const MAX_STABILITY = 36_500;
const MAX_DAYS = 36_600;
const MAX_STEPS = 1_000;
const MAX_COUNT = 1_000_000;
const MAX_TEXT = 10_000;

/** "3 March 2031", or "an impossible date" for a time no calendar shows. */
export function describeDay(time: number): string {
	if (!Number.isFinite(time) || Math.abs(time) > DATE_LIMIT) return 'an impossible date';
	return new Date(time).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function num(value: number): string {
	return Number.isFinite(value) ? String(value) : Number.isNaN(value) ? 'not a number' : 'infinite';
}

/** Problem with a moment that has happened (an answer, a flag): before 2000, impossible, or more than a day ahead. */
function pastTimeProblem(what: string, time: number, now: number): string | undefined {
	if (!Number.isFinite(time) || time < EARLIEST || time > DATE_LIMIT) return `${what} has an impossible date (${num(time)}).`;
	if (time > now + DAY_MS)
		return `${what} of ${describeDay(time)} is in the future (this device’s date is ${describeDay(now)}). Check the date and time of the device that made the file.`;
	return undefined;
}

function dueProblem(what: string, time: number, now: number, allowEarly: boolean): string | undefined {
	if (!Number.isFinite(time) || Math.abs(time) > DATE_LIMIT || (!allowEarly && time < EARLIEST))
		return `${what} has an impossible due date (${num(time)}).`;
	if (time > now + CENTURY_MS) return `${what} is due on ${describeDay(time)}, more than 100 years from now.`;
	return undefined;
}

function rangeProblem(what: string, field: string, value: number, min: number, max: number, integer = false): string | undefined {
	if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value)))
		return `${what} has an impossible ${field} (${num(value)}).`;
	return undefined;
}

function textProblem(what: string, field: string, value: string, max = 200): string | undefined {
	return value.length > max ? `${what} has a ${field} too long to be real (${value.length} characters).` : undefined;
}

/** The fields ts-fsrs gives a card or a review, checked the same way. */
function fsrsProblem(
	what: string,
	r: Pick<CardRecord, 'stability' | 'difficulty' | 'elapsed_days' | 'scheduled_days' | 'learning_steps'>
): string | undefined {
	return (
		rangeProblem(what, 'stability', r.stability, 0, MAX_STABILITY) ??
		rangeProblem(what, 'difficulty', r.difficulty, 0, 10) ??
		rangeProblem(what, 'number of days since the last review', r.elapsed_days, 0, MAX_DAYS) ??
		rangeProblem(what, 'interval', r.scheduled_days, 0, MAX_DAYS) ??
		rangeProblem(what, 'learning step', r.learning_steps, 0, MAX_STEPS, true)
	);
}

/** The first problem with a log entry, or undefined when the app could have written it. */
export function logEntryProblem(e: LogEntry, now: number): string | undefined {
	const what = e.kind === 'review' ? 'The review' : e.kind === 'undo' ? 'An undo' : 'A reset';
	const problem = pastTimeProblem(what, e.at, now) ?? textProblem(what, 'id', e.id) ?? textProblem(what, 'question id', e.questionId);
	if (problem || e.kind !== 'review') return problem;
	const dated = `The review of ${describeDay(e.at)}`;
	return (
		textProblem(dated, 'article name', e.doc) ??
		dueProblem(dated, e.due, now, true) ??
		dueProblem(dated, e.dueBefore, now, true) ??
		fsrsProblem(dated, e) ??
		rangeProblem(dated, 'number of days between earlier reviews', e.last_elapsed_days, 0, MAX_DAYS) ??
		rangeProblem(dated, 'answer time', e.durationMs, 0, CENTURY_MS)
	);
}

/** The first problem with a card, or undefined when the app could have written it. */
export function cardProblem(c: CardRecord, now: number): string | undefined {
	const what = `The card of question “${c.id.slice(0, 40)}”`;
	const fresh = c.state === 0;
	return (
		textProblem(what, 'id', c.id) ??
		textProblem(what, 'article name', c.doc) ??
		textProblem(what, 'answer fingerprint', c.fp) ??
		// A new card's due only orders the new queue ("study these" moves cards before the first one).
		dueProblem(what, c.due, now, fresh) ??
		fsrsProblem(what, c) ??
		rangeProblem(what, 'number of reviews', c.reps, 0, MAX_COUNT, true) ??
		rangeProblem(what, 'number of lapses', c.lapses, 0, c.reps, true) ??
		(c.last_review === null ? undefined : pastTimeProblem(`${what}: its last review`, c.last_review, now))
	);
}

/** The first problem with a flag, or undefined. */
export function flagProblem(f: Flag, now: number): string | undefined {
	const what = 'A flag';
	return pastTimeProblem(what, f.at, now) ?? textProblem(what, 'question id', f.questionId) ?? textProblem(what, 'note', f.note, MAX_TEXT);
}

/**
 * Problems between records: ids unique (an exact repeat is dropped, a different record with the same id is not),
 * every undo cancelling a review of its question, every log entry's question having a card.
 * Returns the records without exact repeats, or the first problem.
 */
export function crossCheck(data: {
	reviews: readonly LogEntry[];
	cards: readonly CardRecord[];
	flags: readonly Flag[];
}): { problem: string } | { reviews: LogEntry[]; cards: CardRecord[]; flags: Flag[] } {
	const reviews = unique(data.reviews, (e) => e.id);
	if ('duplicate' in reviews) return { problem: `Two different entries of the log share the id “${reviews.duplicate.slice(0, 40)}”.` };
	const cards = unique(data.cards, (c) => c.id);
	if ('duplicate' in cards) return { problem: `Two different cards share the question id “${cards.duplicate.slice(0, 40)}”.` };
	const flags = unique(data.flags, (f) => f.questionId);
	if ('duplicate' in flags) return { problem: `Two different flags are on the same question (“${flags.duplicate.slice(0, 40)}”).` };
	const byId = new Map(reviews.records.map((e) => [e.id, e]));
	const cardIds = new Set(cards.records.map((c) => c.id));
	for (const e of reviews.records) {
		if (e.kind === 'undo') {
			const target = byId.get(e.target);
			if (target?.kind !== 'review' || target.questionId !== e.questionId)
				return { problem: `The undo of ${describeDay(e.at)} cancels a review that is not in the file.` };
		}
		if (!cardIds.has(e.questionId))
			return { problem: `The log has entries for question “${e.questionId.slice(0, 40)}”, but the file has no card for it.` };
	}
	return { reviews: reviews.records, cards: cards.records, flags: flags.records };
}

function unique<T>(records: readonly T[], key: (r: T) => string): { records: T[] } | { duplicate: string } {
	const seen = new Map<string, string>();
	const out: T[] = [];
	for (const r of records) {
		const k = key(r);
		const json = JSON.stringify(r, Object.keys(r as object).sort());
		const before = seen.get(k);
		if (before === undefined) {
			seen.set(k, json);
			out.push(r);
		} else if (before !== json) return { duplicate: k };
	}
	return { records: out };
}

/** What Check database changes: counts for the learner, and the records to write or delete. */
export interface RepairPlan {
	/** Log entries to delete: impossible values, or an undo of no review of its question. */
	removeEntries: string[];
	/** Flags to delete (impossible values), by question id. */
	removeFlags: string[];
	/** Cards to write, each rebuilt from its log. */
	cards: CardRecord[];
	/** How many of `cards` replace a stored card that disagreed with its log (or held impossible values). */
	rebuilt: number;
	/** How many of `cards` are new: the log has entries for a question without a card. */
	created: number;
}

/** A card's scheduling state; a new card's due is only its place in the new queue. */
export function schedulingState(c: CardRecord): Omit<CardRecord, 'due'> & { due?: number } {
	const { due, ...rest } = c;
	return c.state === 0 ? rest : { ...rest, due };
}

function sameState(a: CardRecord, b: CardRecord): boolean {
	const x = schedulingState(a) as Record<string, unknown>;
	const y = schedulingState(b) as Record<string, unknown>;
	return Object.keys({ ...x, ...y }).every((k) => x[k] === y[k]);
}

/**
 * Check database (pure): what an older version or a crash may have left. Entries and flags whose values no version
 * could have written are dropped; a time ahead of this clock is kept (it was this device's clock), so only impossible
 * ones go. Every card is compared with the replay of its log and rebuilt when it differs; a question with log entries
 * and no card gets one.
 */
export function planRepairs(
	data: { reviews: readonly LogEntry[]; cards: readonly CardRecord[]; flags: readonly Flag[] },
	rebuild: (base: CardRecord, entries: readonly LogEntry[]) => CardRecord,
	now: number
): RepairPlan {
	const lenient = now + CENTURY_MS;
	const removeEntries = new Set(data.reviews.filter((e) => logEntryProblem(e, lenient)).map((e) => e.id));
	const reviews = new Map(data.reviews.filter((e) => e.kind === 'review' && !removeEntries.has(e.id)).map((e) => [e.id, e]));
	for (const e of data.reviews)
		if (e.kind === 'undo' && !removeEntries.has(e.id) && reviews.get(e.target)?.questionId !== e.questionId) removeEntries.add(e.id);
	const logs = new Map<string, LogEntry[]>();
	for (const e of data.reviews) {
		if (removeEntries.has(e.id)) continue;
		const list = logs.get(e.questionId);
		if (list) list.push(e);
		else logs.set(e.questionId, [e]);
	}
	const cards: CardRecord[] = [];
	let rebuilt = 0;
	let created = 0;
	for (const card of data.cards) {
		const sane = cardProblem(card, lenient) === undefined;
		// A damaged card that the log leaves new goes to the end of the new queue (its due may be the damage).
		const expected = rebuild(sane ? card : { ...card, due: now }, logs.get(card.id) ?? []);
		if (!sane || !sameState(card, expected)) {
			cards.push(expected);
			rebuilt++;
		}
	}
	const known = new Set(data.cards.map((c) => c.id));
	for (const [questionId, entries] of logs) {
		if (known.has(questionId)) continue;
		const doc = entries.find((e) => e.kind === 'review')?.doc ?? '';
		cards.push(rebuild({ ...blankCard(questionId, doc), due: now }, entries));
		created++;
	}
	const removeFlags = data.flags.filter((f) => flagProblem(f, lenient)).map((f) => f.questionId);
	return { removeEntries: [...removeEntries], removeFlags, cards, rebuilt, created };
}

/** What Check database did, in a sentence or two. */
export function describeRepairs(r: { rebuilt: number; created: number; removedEntries: number; removedFlags: number; tallies: number }): string {
	const parts: string[] = [];
	const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
	if (r.rebuilt) parts.push(`${n(r.rebuilt, 'card disagreed', 'cards disagreed')} with the answers you gave and ${r.rebuilt === 1 ? 'was' : 'were'} rebuilt from them`);
	if (r.created) parts.push(`${n(r.created, 'card was', 'cards were')} missing for answered questions and ${r.created === 1 ? 'was' : 'were'} added`);
	if (r.removedEntries) parts.push(`${n(r.removedEntries, 'damaged entry was', 'damaged entries were')} removed from the answer log`);
	if (r.removedFlags) parts.push(`${n(r.removedFlags, 'damaged flag was', 'damaged flags were')} removed`);
	if (r.tallies) parts.push(`the counts of ${n(r.tallies, 'article were', 'articles were')} recounted`);
	if (parts.length === 0) return 'Nothing to repair: every card agrees with your answers and every count is right.';
	const sentence = parts.join('; ');
	return `Repaired: ${sentence}.`;
}
