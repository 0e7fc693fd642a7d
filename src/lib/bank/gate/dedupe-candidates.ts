/**
 * Near-duplicates: the same question asked twice (the same fact in two sentences, the same sentence twice).
 * Among candidates of the same form and answer whose prompts share most words, the best scored one stays.
 */
import type { Candidate } from '../candidate';
import { contentWords, normalizeText } from '../clean/normalize-text';

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
	let inter = 0;
	for (const w of a) if (b.has(w)) inter++;
	const union = a.size + b.size - inter;
	return union === 0 ? 1 : inter / union;
}

export const NEAR_DUPLICATE = 0.6;

/** Returns the kept candidates (input order preserved) and the dropped ones with the id they duplicate. */
export function dedupeCandidates(candidates: readonly Candidate[]): { kept: Candidate[]; dropped: { candidate: Candidate; of: Candidate }[] } {
	const order = candidates.map((c, i) => ({ c, i, words: contentWords(c.question.prompt) }));
	const ranked = [...order].sort((a, b) => b.c.score - a.c.score || a.i - b.i);
	const kept: typeof order = [];
	const dropped: { candidate: Candidate; of: Candidate }[] = [];
	// Only candidates of the same form and answer can be near-duplicates: compare within those buckets.
	const buckets = new Map<string, typeof order>();
	const byId = new Map<string, (typeof order)[number]>();
	for (const x of ranked) {
		const key = `${x.c.form}|${normalizeText(x.c.question.answer)}|${x.c.form.startsWith('truefalse') ? normalizeText(x.c.fact) : ''}`;
		const bucket = buckets.get(key) ?? [];
		const dup = (x.c.question.id ? byId.get(x.c.question.id) : undefined) ?? bucket.find((k) => jaccard(k.words, x.words) >= NEAR_DUPLICATE);
		if (dup && x.c.question.origin === 'generated') {
			dropped.push({ candidate: x.c, of: dup.c });
			continue;
		}
		kept.push(x);
		bucket.push(x);
		buckets.set(key, bucket);
		if (x.c.question.id) byId.set(x.c.question.id, x);
	}
	return { kept: kept.sort((a, b) => a.i - b.i).map((k) => k.c), dropped };
}
