/**
 * Bank changes. Progress is keyed by question id and carries the answer fingerprint it was learnt with: a new bank
 * keeps unchanged questions, resets a question whose answer changed (its old log kept, superseded by a reset entry)
 * and takes removed questions out of the queue (their log kept).
 */
import type { Bank, Question } from '../format/bank-format';
import { fingerprintQuestion } from './fingerprint';
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

export function reconcileBank(input: ReconcileInput, scheduler: Scheduler): ReconcileResult {
	const { bank, cards, now } = input;
	const result: ReconcileResult = { cards: [], resets: [], changed: [], added: [], removed: [], restored: [] };
	const inBank = new Set<string>();
	bank.questions.forEach((q, position) => {
		inBank.add(q.id);
		const card = cards.get(q.id);
		const fp = fingerprintQuestion(q);
		const doc = q.sources[0]?.doc ?? '';
		if (!card) {
			result.cards.push(scheduler.newCard(q, now, position));
			result.added.push(q.id);
			return;
		}
		if (card.fp !== fp && card.fp !== '' && card.state !== 0) {
			// The answer changed under the learner: start over, keeping the old log (superseded by the reset).
			result.resets.push({ id: input.makeId(), kind: 'reset', questionId: q.id, at: now, reason: 'answer-changed' });
			result.cards.push(scheduler.newCard(q, now, position));
			result.changed.push(q);
			return;
		}
		let next = card;
		if (card.fp !== fp || card.doc !== doc) next = { ...next, fp, doc };
		if (card.queue === -1) {
			next = { ...next, queue: next.state === 0 ? 0 : 1 };
			result.restored.push(q.id);
		}
		if (next !== card) result.cards.push(next);
	});
	for (const id of input.previousIds ?? []) {
		if (inBank.has(id) || input.otherIds?.has(id)) continue;
		const card = cards.get(id);
		if (!card || card.queue === -1) continue;
		result.cards.push({ ...card, queue: -1 });
		result.removed.push(id);
	}
	return result;
}

/** The learner-facing notice, e.g. "2 questions changed their answer and start over: …"; null when nothing to say. */
export function describeReconcile(result: ReconcileResult): string | null {
	const parts: string[] = [];
	const n = result.changed.length;
	if (n) {
		const prompts = result.changed.map((q) => `“${q.prompt}”`).join(', ');
		parts.push(`${n} ${n === 1 ? 'question has a corrected answer and starts' : 'questions have corrected answers and start'} over: ${prompts}.`);
	}
	const r = result.removed.length;
	if (r) parts.push(`${r} ${r === 1 ? 'question was' : 'questions were'} removed from the bank; your answers to ${r === 1 ? 'it' : 'them'} are kept.`);
	return parts.length ? parts.join(' ') : null;
}
