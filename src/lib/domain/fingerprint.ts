/**
 * Answer fingerprints: a short hash of everything that decides whether an answer is right. Stored on each card;
 * when a new bank gives a question a different fingerprint, the learner's progress on it is reset.
 */
import type { Question } from '../format/bank-format';
import { cyrb53 } from '../bank/hash-text';

/** Hash of type + answer + accept + choices + items (+ structured date/number). Order-insensitive where order means nothing. */
export function fingerprintQuestion(q: Question): string {
	const parts = [
		q.type,
		q.answer,
		[...(q.accept ?? [])].sort(),
		[...(q.choices ?? [])].sort(),
		q.items ?? [],
		q.date ?? null,
		q.number ? [q.number.value, q.number.tolerance, q.number.unit ?? null] : null
	];
	return hashString(JSON.stringify(parts));
}

/** cyrb53 as 14 hex digits (the form stored on learners' cards: keep it). Not cryptographic. */
export function hashString(text: string, seed = 0): string {
	return cyrb53(text, seed).toString(16).padStart(14, '0');
}
