/**
 * Distractors for actor answers: same kind and side (a Russian official for a Russian role), closest role
 * first, never an actor already named in the sentence (that would be a giveaway or also true).
 */
import type { Actor } from '../read/load-actors';
import { contentWords, overlapShare } from '../clean/normalize-text';
import { shuffleBy } from './make-candidate';

const FORMER = /\b(?:former|late|then|ex-)\b|\(\d{4}|\b1[89]\d0s\b/i;

export interface DistractorRule {
	/** same side (who said/did) or any other side (whose position). */
	side: 'same' | 'other';
	/**
	 * Only these found actors (those the question's own article names): someone from another article may not have
	 * held the role at that time, or even been alive. Actors from actors.yaml are not limited.
	 */
	within?: ReadonlySet<string>;
}

/** The actors each article names, for DistractorRule.within. */
export function actorsByDoc(sentences: readonly { doc: string; actors: readonly { actor: { id: string } }[] }[]): Map<string, Set<string>> {
	const out = new Map<string, Set<string>>();
	for (const s of sentences) for (const m of s.actors) out.set(s.doc, (out.get(s.doc) ?? new Set()).add(m.actor.id));
	return out;
}

export function pickActorDistractors(
	answer: Actor,
	actors: readonly Actor[],
	excluded: ReadonlySet<string>,
	rule: DistractorRule,
	key: string,
	count = 3
): Actor[] {
	const role = contentWords(answer.role);
	const pool = actors.filter(
		(a) =>
			a.id !== answer.id &&
			// Hand-written actors (actors.yaml) are vouched for across the corpus; found ones only in their article.
			(!rule.within || a.evidence === undefined || rule.within.has(a.id)) &&
			!excluded.has(a.id) &&
			a.kind === answer.kind &&
			// Only actors the finder is sure of, and written like the answer (a full name for a full name).
			(a.evidence === undefined || a.evidence >= 2) &&
			(answer.kind !== 'person' || a.name.includes(' ') === answer.name.includes(' ')) &&
			// A former office-holder is no distractor for a current one ("Tanaka" for the prime minister of 2018).
			(!FORMER.test(a.role) || FORMER.test(answer.role)) &&
			(rule.side === 'same' ? a.side === answer.side : a.side !== answer.side && a.side !== 'other')
	);
	// Closest role first; ties broken by a stable hash so rebuilds agree.
	const ranked = shuffleBy(pool, key, (a) => a.id).sort(
		(a, b) => overlapShare(role, contentWords(b.role)) - overlapShare(role, contentWords(a.role))
	);
	if (rule.side === 'other') {
		// One per side first: "Japan, Russia, United States, China" reads as a real choice.
		const bySide = new Map<string, Actor>();
		for (const a of ranked) if (!bySide.has(a.side)) bySide.set(a.side, a);
		const first = [...bySide.values()];
		return [...first, ...ranked.filter((a) => !first.includes(a))].slice(0, count);
	}
	return ranked.slice(0, count);
}
