/**
 * Answer fingerprints: a short hash of everything that decides whether an answer is right. Stored on each card;
 * when a new bank gives a question a different fingerprint, the learner's progress on it is reset.
 */
import type { Question } from '../bank/format';

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

/** cyrb53: a fast 53-bit string hash, as 14 hex digits. Not cryptographic; collisions are astronomically unlikely here. */
export function hashString(text: string, seed = 0): string {
	let h1 = 0xdeadbeef ^ seed;
	let h2 = 0x41c6ce57 ^ seed;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
	return n.toString(16).padStart(14, '0');
}
