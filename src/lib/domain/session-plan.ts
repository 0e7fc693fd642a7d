/**
 * What a study session holds, before it starts: today's allowance (the daily limits less what today's log used), new
 * cards mixed across articles and kinds, and siblings buried to another day (Anki's burying): questions on the same
 * sentence or fact, or whose prompt holds another's answer, never share a day.
 */
import type { Question } from '../format/bank-format';
import { normalizeText } from './normalize';
import { plural, type Allowance } from './allowance';
import type { CardRecord } from './types';

// Home shows today's allowance without this module's planning code: those pieces live in ./allowance.
export { plural, todaysAllowance, todaysReviews, type Allowance } from './allowance';

/** A question's normalised prompt and answer and its sibling keys, worked out once (planning compares many pairs). */
interface Facts {
	keys: string[];
	/** " prompt words " for whole-word search. */
	prompt: string;
	answer: string;
}
const facts = new WeakMap<Question, Facts>();

function factsOf(q: Question): Facts {
	let f = facts.get(q);
	if (!f) {
		const answer = normalizeText(q.answer);
		const keys = q.sources.map((s) => `s:${s.doc}:${s.start}`);
		if (answer && q.type !== 'truefalse') keys.push(`f:${q.sources[0]?.doc ?? ''}:${answer}`);
		f = { keys, prompt: ` ${normalizeText(q.prompt)} `, answer };
		facts.set(q, f);
	}
	return f;
}

/** The keys two sibling questions share: the same sentence (any source), or the same answer in the same article. */
export function siblingKeys(q: Question): string[] {
	return factsOf(q).keys;
}

/** Whole-word, normalised: does `text` contain `answer`? ("Sergey Lavrov" in a prompt naming "Sergey Lavrov".) */
export function mentions(text: string, answer: string): boolean {
	return mentionsNormalised(` ${normalizeText(text)} `, normalizeText(answer));
}

function mentionsNormalised(paddedText: string, answer: string): boolean {
	if (answer.length < 3 || answer === 'true' || answer === 'false') return false;
	return paddedText.includes(` ${answer} `);
}

/** True when `a` and `b` should not be studied on the same day. */
export function areSiblings(a: Question, b: Question): boolean {
	if (a.id === b.id) return false;
	const keys = new Set(siblingKeys(a));
	if (siblingKeys(b).some((k) => keys.has(k))) return true;
	return givesAway(a, b) || givesAway(b, a);
}

/** Does `a`'s prompt (or its choices) give away `b`'s answer? */
function givesAway(a: Question, b: Question): boolean {
	if (b.type === 'truefalse' || b.type === 'order') return false;
	return mentionsNormalised(factsOf(a).prompt, factsOf(b).answer);
}

/** Tracks the questions of a day and says whether another one is a sibling of any of them. */
export class SiblingGuard {
	/** Sibling key → the question that holds it (a question is never its own sibling). */
	#keys = new Map<string, string>();
	#taken: Question[] = [];

	add(q: Question): void {
		for (const k of siblingKeys(q)) if (!this.#keys.has(k)) this.#keys.set(k, q.id);
		this.#taken.push(q);
	}

	clashes(q: Question): boolean {
		if (siblingKeys(q).some((k) => (this.#keys.get(k) ?? q.id) !== q.id)) return true;
		return this.#taken.some((t) => t.id !== q.id && (givesAway(t, q) || givesAway(q, t)));
	}
}

export interface SessionPlan {
	due: CardRecord[];
	fresh: CardRecord[];
	/** Cards held back to another day because a sibling is studied today. */
	buried: number;
}

/**
 * Pick today's cards. `due` in due order (learning steps are never buried; a review whose sibling is already in the
 * session or was answered today waits); `freshCandidates` (new cards, each article's in bank order, more than needed)
 * become at most `newLimit` new cards taken round-robin across articles, preferring a kind unlike the last one,
 * skipping siblings. Cards whose question is unknown are left out.
 */
export function planSession(input: {
	due: readonly CardRecord[];
	freshCandidates: readonly CardRecord[];
	newLimit: number;
	questionOf: (id: string) => Question | undefined;
	/** Questions answered today (their siblings wait until another day). */
	answeredToday?: readonly string[];
}): SessionPlan {
	const { questionOf } = input;
	const guard = new SiblingGuard();
	for (const id of input.answeredToday ?? []) {
		const q = questionOf(id);
		if (q) guard.add(q);
	}
	let buried = 0;
	const due: CardRecord[] = [];
	for (const card of input.due) {
		const q = questionOf(card.id);
		if (!q) continue;
		const learning = card.state === 1 || card.state === 3;
		if (!learning && guard.clashes(q)) {
			buried++;
			continue;
		}
		guard.add(q);
		due.push(card);
	}
	const fresh = mixNewCards(input.freshCandidates, input.newLimit, questionOf, guard);
	return { due, fresh: fresh.cards, buried: buried + fresh.buried };
}

/** Round-robin over articles (in their first card's order), a kind unlike the previous pick where one is waiting. */
export function mixNewCards(
	candidates: readonly CardRecord[],
	limit: number,
	questionOf: (id: string) => Question | undefined,
	guard: SiblingGuard = new SiblingGuard()
): { cards: CardRecord[]; buried: number } {
	const byDoc = new Map<string, { card: CardRecord; q: Question }[]>();
	const seen = new Set<string>();
	for (const card of [...candidates].sort((a, b) => a.due - b.due)) {
		const q = questionOf(card.id);
		if (!q || seen.has(card.id)) continue;
		seen.add(card.id);
		const list = byDoc.get(card.doc) ?? [];
		list.push({ card, q });
		byDoc.set(card.doc, list);
	}
	const queues = [...byDoc.values()];
	const out: CardRecord[] = [];
	let buried = 0;
	let lastKind: string | null = null;
	let turn = 0;
	while (out.length < limit && queues.some((list) => list.length)) {
		const list = queues[turn % queues.length];
		turn++;
		if (!list.length) continue;
		// Skip (bury) siblings at the head, then prefer the first card of another kind than the last pick.
		let at = -1;
		for (let i = 0; i < list.length; i++) {
			if (guard.clashes(list[i].q)) continue;
			if (at === -1) at = i;
			if (list[i].q.kind !== lastKind) {
				at = i;
				break;
			}
			if (i - at > 8) break;
		}
		if (at === -1) {
			buried += list.length;
			list.length = 0;
			continue;
		}
		const [pick] = list.splice(at, 1);
		guard.add(pick.q);
		lastKind = pick.q.kind;
		out.push(pick.card);
	}
	return { cards: out, buried };
}

/**
 * Why nothing is left to study now, in the learner's words: today's limits reached while cards wait
 * ("Today's 20 new cards are done — 329 new remain."), siblings held back, or truly nothing due.
 */
export function describeDay(day: {
	allowance: Allowance;
	counts: { new: number; due: number };
	buried: number;
}): { title: string; lines: string[] } {
	const { allowance: a, counts } = day;
	const lines: string[] = [];
	const newCapped = counts.new > 0 && a.newLeft === 0;
	const reviewsCapped = counts.due > 0 && a.reviewsLeft === 0;
	if (newCapped)
		lines.push(`Today's ${plural(a.newLimit, 'new card')} ${a.newLimit === 1 ? 'is' : 'are'} done — ${counts.new} new remain${counts.new === 1 ? 's' : ''}.`);
	if (reviewsCapped) lines.push(`Today's ${plural(a.reviewLimit, 'review')} ${a.reviewLimit === 1 ? 'is' : 'are'} done — ${counts.due} more ${counts.due === 1 ? 'is' : 'are'} due.`);
	if (day.buried > 0)
		lines.push(
			`${plural(day.buried, 'related card')} ${day.buried === 1 ? 'waits' : 'wait'} for another day: ${day.buried === 1 ? 'it shares' : 'they share'} a sentence or an answer with a card you studied today.`
		);
	if (!newCapped && !reviewsCapped && counts.due === 0 && counts.new === 0 && !lines.length) lines.push('All caught up — no cards are due and none are new.');
	else if (!newCapped && !reviewsCapped && counts.due === 0 && !day.buried) lines.push('All caught up — no cards are due right now.');
	const title = newCapped || reviewsCapped ? 'Done for today' : 'All caught up';
	return { title, lines };
}
