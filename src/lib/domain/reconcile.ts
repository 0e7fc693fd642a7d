/**
 * Bank changes. Progress is keyed by question id and carries the answer fingerprint it was learnt with: a new bank
 * keeps unchanged questions, resets a question whose answer changed (its old log kept, superseded by a reset entry)
 * and takes removed questions out of the queue (their log kept).
 */
import type { Bank, Question } from '../bank/format';
import type { Scheduler } from './scheduling';
import type { CardRecord, ResetEntry } from './types';

export interface ReconcileInput {
	bank: Bank;
	/** Stored cards for (at least) the bank's question ids and its previous version's ids. */
	cards: ReadonlyMap<string, CardRecord>;
	/** Question ids of the previous version of this bank (undefined on first sight). */
	previousIds?: readonly string[];
	/** Question ids still present in other known banks: not removed even if this bank dropped them. */
	otherIds?: ReadonlySet<string>;
	now: number;
	/** Makes ids for reset entries (crypto.randomUUID in the app). */
	makeId: () => string;
}

export interface ReconcileResult {
	/** Cards to write: new questions, reset questions (fresh state, new fingerprint), removed (queue −1) and restored ones. */
	cards: CardRecord[];
	/** Reset entries to append for questions whose answer changed. */
	resets: ResetEntry[];
	/** For the notice: questions reset because their answer changed (with some progress lost). */
	changed: Question[];
	added: string[];
	removed: string[];
	/** Questions that left an earlier bank version and came back. */
	restored: string[];
}

export function reconcileBank(_input: ReconcileInput, _scheduler: Scheduler): ReconcileResult {
	throw new Error('not implemented');
}

/** The learner-facing notice, e.g. "2 questions changed their answer and start over: …"; null when nothing to say. */
export function describeReconcile(_result: ReconcileResult): string | null {
	throw new Error('not implemented');
}
