/**
 * The quality gates. Each returns a reason when a question must not ship; curated questions failing one stop
 * the build, generated ones are rejected and listed in the report.
 */
import type { Candidate } from '../candidate';
import { lookupCountry } from '../facts/gazetteer';
import { containsWords, contentWords, normalizeText, tokenize } from '../clean/normalize-text';
import { extractDates } from '../facts/extract-dates';

export interface CorpusSentence {
	doc: string;
	text: string;
}

/** A distinct sentence text and every document it appears in (copies are compared once). */
interface UniqueSentence {
	text: string;
	docs: string[];
}

export interface GateContext {
	/** Document texts by id. */
	texts: ReadonlyMap<string, string>;
	/** Every distinct body sentence of the corpus (for "never true elsewhere"). */
	sentences: readonly UniqueSentence[];
	/** Word weights (inverse sentence frequency): "Putin" says little about which fact a sentence states. */
	weights: ReadonlyMap<string, number>;
	/** Normalised text (space-padded) and content words of each sentence, computed once. */
	normalized: readonly string[];
	words: readonly ReadonlySet<string>[];
	/** Token → indexes of the sentences holding it, so a distractor is only compared with sentences naming it. */
	index: ReadonlyMap<string, number[]>;
	/** Weight of a word not seen in the corpus. */
	maxWeight: number;
	/** Names and aliases of the people in actors.yaml (who a he/she can refer to). */
	people: readonly string[];
}

export function makeGateContext(texts: ReadonlyMap<string, string>, sentences: readonly CorpusSentence[], people: readonly string[] = []): GateContext {
	const df = new Map<string, number>();
	const index = new Map<string, number[]>();
	const normalized: string[] = [];
	const words: ReadonlySet<string>[] = [];
	const byText = new Map<string, UniqueSentence>();
	// The documents already listed for each text, as a set: a sentence copied into hundreds of documents is not
	// checked against its whole list for every copy.
	const listed = new Map<UniqueSentence, Set<string>>();
	for (const s of sentences) {
		const u = byText.get(s.text);
		if (u) {
			const docs = listed.get(u)!;
			if (!docs.has(s.doc)) {
				docs.add(s.doc);
				u.docs.push(s.doc);
			}
		} else {
			const fresh = { text: s.text, docs: [s.doc] };
			byText.set(s.text, fresh);
			listed.set(fresh, new Set(fresh.docs));
		}
	}
	const unique = [...byText.values()];
	unique.forEach((s, i) => {
		const tokens = tokenize(s.text);
		normalized.push(` ${tokens.join(' ')} `);
		const content = contentWords(s.text);
		words.push(content);
		for (const w of content) df.set(w, (df.get(w) ?? 0) + 1);
		for (const t of new Set(tokens)) {
			const list = index.get(t);
			if (list) list.push(i);
			else index.set(t, [i]);
		}
	});
	const n = unique.length + 1;
	const weights = new Map([...df].map(([w, f]) => [w, Math.log(n / f)]));
	return { texts, sentences: unique, weights, normalized, words, index, maxWeight: Math.log(n) + 1, people };
}

/**
 * Indexes of the sentences that could share `threshold` of the fact's weight: any such sentence holds one
 * of the heaviest words making up more than 1 - threshold of it, so only their lists are read.
 */
function sentencesSharing(ctx: GateContext, fact: ReadonlySet<string>, threshold: number): number[] {
	const ranked = [...fact].map((w) => ({ w, weight: ctx.weights.get(w) ?? ctx.maxWeight })).sort((a, b) => b.weight - a.weight);
	const total = ranked.reduce((sum, x) => sum + x.weight, 0);
	const out = new Set<number>();
	let covered = 0;
	for (const { w, weight } of ranked) {
		for (const i of ctx.index.get(w) ?? []) out.add(i);
		covered += weight;
		if (covered > (1 - threshold) * total) break;
	}
	return [...out].sort((a, b) => a - b);
}

/** Indexes of the sentences that contain `phrase` as whole words. */
function sentencesNaming(ctx: GateContext, phrase: string): number[] {
	const tokens = tokenize(phrase);
	if (tokens.length === 0) return [];
	// The rarest token's list is the shortest to scan.
	let best: number[] | undefined;
	for (const t of tokens) {
		const list = ctx.index.get(t) ?? [];
		if (!best || list.length < best.length) best = list;
	}
	const needle = ` ${tokens.join(' ')} `;
	return (best ?? []).filter((i) => ctx.normalized[i].includes(needle));
}

/** Weighted share of `fact`'s words found in `other`. */
function factOverlap(fact: ReadonlySet<string>, other: ReadonlySet<string>, weights: ReadonlyMap<string, number>, fallback: number): number {
	let all = 0;
	let hit = 0;
	for (const w of fact) {
		const weight = weights.get(w) ?? fallback;
		all += weight;
		if (other.has(w)) hit += weight;
	}
	return all === 0 ? 0 : hit / all;
}

export type GateKey =
	| 'malformed'
	| 'quote-not-verbatim'
	| 'answer-not-in-quote'
	| 'answer-in-prompt'
	| 'unresolved-pronoun'
	| 'bad-choices'
	| 'bad-cloze'
	| 'bad-order'
	| 'distractor-true-elsewhere'
	| 'ambiguous'
	| 'give-away';

export interface GateFailure {
	gate: GateKey;
	reason: string;
}

const PRONOUN = /(?<![\p{L}’'])(he|she|him|his|her|hers|they|them|their|theirs)(?![\p{L}’'])/giu;
/** Capitalised words that cannot be who a pronoun refers to: question words and common sentence openers. */
const NOT_NAMES = new Set(
	'I A An The In On At For By And But With As When While After Before Since From Following During However Yet So This That These Those It Its If Although Though Despite Even Moreover Finally First Second Third Such There Under To Of Over Indeed Meanwhile Given Were Nor Soon Let Ultimately Who Which What Where Whose True False According Fill Complete Why How Not Still Then Thus Instead Rather Also Only More Most Some Any Each Both All One Two'.split(
		' '
	)
);

const SINGULAR = /^(?:he|she|him|his|her|hers)$/i;

/**
 * A he/she/they with nothing before it that could name who: the blank, a capitalised name, and — for he/she
 * when the people of the corpus are known — one of their names ("Japan's" does not say who "he" is).
 */
export function findUnresolvedPronoun(text: string, people: readonly string[] = [], blankIsSomeone = true): string | null {
	// The attribution names the author, not who "he" is: "True or false? According to X (May 2019), ",
	// "According to X (May 2019): ", "Which year fills the blank, according to X (May 2019)? ".
	const prompt = text.replace(/^True or false\? According to [^,]*\), |^According to [^:]{1,160}: |^(?:Which|Who|What)\b[^?]{0,200}\bfills the blank\b[^?]*\? /, '');
	for (const m of prompt.matchAll(PRONOUN)) {
		const before = prompt.slice(0, m.index);
		// The blank (when it stands for someone) or the asked "who" is who the pronoun refers to: "In _____ he
		// took a post" says nothing of who he is.
		if ((blankIsSomeone && before.includes('_____')) || /\bwho\b/i.test(before)) continue;
		if (people.length && SINGULAR.test(m[0])) {
			if (people.some((p) => containsWords(before, p))) continue;
			// "In his press conference …, Putin acknowledged": an opening phrase names its subject right after it.
			const rest = prompt.slice(m.index);
			const comma = rest.indexOf(', ');
			const subject = comma > 0 && comma < 150 ? rest.slice(comma + 2) : '';
			if (subject && people.some((p) => subject.startsWith(p))) continue;
			return m[0];
		}
		const names = [...before.matchAll(/(?<![\p{L}])[A-Z][\p{L}]*/gu)].filter((n) => !NOT_NAMES.has(n[0]));
		if (names.length === 0) return m[0];
	}
	return null;
}

function checkShape(c: Candidate): GateFailure | null {
	const q = c.question;
	if (!q.prompt.trim()) return { gate: 'malformed', reason: 'empty prompt' };
	if (q.type !== 'order' && !q.answer.trim()) return { gate: 'malformed', reason: 'empty answer' };
	if (q.sources.length === 0) return { gate: 'malformed', reason: 'no source' };
	if (q.type === 'truefalse' && q.answer !== 'True' && q.answer !== 'False')
		return { gate: 'malformed', reason: 'a truefalse answer is True or False' };
	return null;
}

function checkQuotes(c: Candidate, ctx: GateContext): GateFailure | null {
	for (const s of c.question.sources) {
		const text = ctx.texts.get(s.doc);
		if (text === undefined) return { gate: 'quote-not-verbatim', reason: `unknown document ${s.doc}` };
		if (text.slice(s.start, s.end) !== s.quote || !s.quote.trim())
			return { gate: 'quote-not-verbatim', reason: `quote not found at ${s.start}-${s.end} in ${s.doc}` };
	}
	return null;
}

function checkSupport(c: Candidate): GateFailure | null {
	const q = c.question;
	if (c.derived || q.type === 'order') return null;
	const forms = [c.fact, ...(q.type === 'truefalse' ? [] : [q.answer, ...(q.accept ?? [])]), ...c.aliases].filter(Boolean);
	const quotes = q.sources.map((s) => s.quote);
	if (forms.some((f) => quotes.some((quote) => containsWords(quote, f)))) return null;
	return {
		gate: 'answer-not-in-quote',
		reason: `the answer "${q.type === 'truefalse' ? c.fact : q.answer}" is not in the quote (mark answer_reviewed: true if it is derived)`
	};
}

function checkPromptLeak(c: Candidate): GateFailure | null {
	const q = c.question;
	if (q.type === 'truefalse' || q.type === 'order') return null;
	const forms = [q.answer, ...(q.accept ?? []), ...c.aliases].filter((f) => normalizeText(f).length > 0);
	const leak = forms.find((f) => containsWords(q.prompt, f));
	return leak ? { gate: 'answer-in-prompt', reason: `the prompt contains the answer ("${leak}")` } : null;
}

function checkPronoun(c: Candidate, ctx: GateContext): GateFailure | null {
	const p = findUnresolvedPronoun(c.question.prompt, ctx.people, c.question.kind === 'actor' || c.question.kind === 'position');
	return p ? { gate: 'unresolved-pronoun', reason: `"${p}" in the prompt does not say who` } : null;
}

function checkForm(c: Candidate): GateFailure | null {
	const q = c.question;
	if (q.type === 'choice') {
		const choices = q.choices ?? [];
		const norm = choices.map(normalizeText);
		if (choices.length < 3) return { gate: 'bad-choices', reason: 'fewer than 3 choices' };
		if (new Set(norm).size !== norm.length) return { gate: 'bad-choices', reason: 'two choices are the same' };
		const hits = choices.filter((x) => x === q.answer).length;
		if (hits !== 1) return { gate: 'bad-choices', reason: `the answer appears ${hits} times among the choices` };
	}
	if (q.type === 'truefalse' && q.choices && q.choices.join() !== 'True,False')
		return { gate: 'bad-choices', reason: 'truefalse choices must be True, False' };
	// "As Heald told The _____": the blank cuts a name ("The Huffington Post") in two.
	if (/[\p{L}\d,]\s+The\s+_____/u.test(q.prompt)) return { gate: 'bad-cloze', reason: 'the blank cuts a name in two ("The _____")' };
	if (q.type === 'cloze' && q.prompt.split('_____').length !== 2)
		return { gate: 'bad-cloze', reason: 'a cloze prompt needs exactly one blank "_____"' };
	if (q.type === 'order') {
		const items = q.items ?? [];
		if (items.length < 3 || items.length > 5) return { gate: 'bad-order', reason: 'an order question needs 3-5 items' };
		if (new Set(items.map(normalizeText)).size !== items.length) return { gate: 'bad-order', reason: 'two items are the same' };
		if (q.answer !== items.join(' → ')) return { gate: 'bad-order', reason: 'the answer must be the items in order, joined with " → "' };
	}
	return null;
}

/** First and last day an ISO date value (YYYY, YYYY-MM, YYYY-MM-DD) can mean, as comparable strings. */
export function dateSpan(value: string): { from: string; to: string } | null {
	if (/^\d{4}$/.test(value)) return { from: `${value}-01-01`, to: `${value}-12-31` };
	if (/^\d{4}-\d{2}$/.test(value)) return { from: `${value}-01`, to: `${value}-31` };
	if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { from: value, to: value };
	return null;
}

/** `a` is wholly before `b` ("2018" is not before "2018-11", nor after it): nobody could order them otherwise. */
export function strictlyBefore(a: string, b: string): boolean {
	const x = dateSpan(a);
	const y = dateSpan(b);
	return !!x && !!y && x.to < y.from;
}

/**
 * Order items: none opens with a pronoun that does not say who; a generated one also carries, per item, its own
 * quote (at its offsets, checked above) holding the item's date and every word of the item, no date in the item
 * itself (it would give the order away), and dates that put the items in exactly the order given.
 */
function checkOrder(c: Candidate, ctx: GateContext): GateFailure | null {
	const q = c.question;
	if (q.type !== 'order') return null;
	const items = q.items ?? [];
	for (const item of items) {
		const p = findUnresolvedPronoun(item, ctx.people);
		if (p) return { gate: 'unresolved-pronoun', reason: `"${p}" in the item "${item}" does not say who` };
	}
	if (q.origin !== 'generated' && !c.itemDates) return null;
	const dates = c.itemDates ?? [];
	if (dates.length !== items.length || q.sources.length !== items.length)
		return { gate: 'bad-order', reason: 'a generated order question needs one date and one quote per item' };
	for (let i = 0; i < items.length; i++) {
		const { date, surface } = dates[i];
		const quote = q.sources[i].quote;
		if (!dateSpan(date)) return { gate: 'bad-order', reason: `item ${i + 1} has no usable date ("${date}")` };
		if (!quote.includes(surface)) return { gate: 'bad-order', reason: `the quote of item ${i + 1} does not give its date "${surface}"` };
		const missing = [...contentWords(items[i])].filter((w) => !contentWords(quote).has(w));
		if (missing.length) return { gate: 'bad-order', reason: `item ${i + 1} is not taken from its quote ("${missing.join(' ')}")` };
		if (containsWords(items[i], surface) || extractDates(items[i], dateSpan(date)!.from).length)
			return { gate: 'bad-order', reason: `item ${i + 1} gives its date away: "${items[i]}"` };
		if (i > 0 && !strictlyBefore(dates[i - 1].date, date))
			return { gate: 'bad-order', reason: `items ${i} and ${i + 1} are not in a clear chronological order (${dates[i - 1].date}, ${date})` };
	}
	return null;
}

/** A distractor must not be in the quote, nor true for the same fact in another sentence of the corpus. */
function checkDistractors(c: Candidate, ctx: GateContext): GateFailure | null {
	const q = c.question;
	if (q.type !== 'choice' || c.derived === 'reviewed') return null;
	const quote = q.sources[0].quote;
	const answerWords = contentWords([q.answer, c.fact, ...c.aliases].join(' '));
	const fact = new Set([...contentWords(quote)].filter((w) => !answerWords.has(w)));
	const maxWeight = ctx.maxWeight;
	for (const d of q.choices ?? []) {
		if (d === q.answer) continue;
		const names = [d, ...(c.choiceAliases?.[d] ?? [])];
		if (q.origin === 'generated' && c.derived !== 'document' && names.some((n) => containsWords(quote, n)))
			return { gate: 'distractor-true-elsewhere', reason: `the distractor "${d}" appears in the quote` };
		// "Which article": another article making the same argument makes its label true too.
		const others =
			c.derived === 'document'
				? sentencesSharing(ctx, fact, 0.6).filter((i) => ctx.sentences[i].docs.some((doc) => doc !== q.sources[0].doc))
				: [...new Set(names.flatMap((n) => sentencesNaming(ctx, n)))];
		const threshold = c.derived === 'document' ? 0.6 : 0.5;
		for (const i of others) {
			const s = ctx.sentences[i];
			if (s.text === quote && c.derived !== 'document') continue;
			if (factOverlap(fact, ctx.words[i], ctx.weights, maxWeight) >= threshold)
				return { gate: 'distractor-true-elsewhere', reason: `the distractor "${d}" is true for the same fact in ${s.docs.join(', ')}: "${s.text.slice(0, 80)}…"` };
		}
		if (c.derived === 'document') break;
	}
	return null;
}

/** Office titles: a name right after one is fixed by the title and the article's date ("President _____" in 2019). */
const TITLE_BEFORE_BLANK =
	/\b(?:President|Prime Minister|Premier|Chancellor|Minister|Secretary(?: of State)?|Ambassador|Governor|Mayor|Emperor|Empress|King|Queen|Tsar|Czar|Chairman|Chairwoman|Speaker|Senator|General|Admiral|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+_____/;

/** "_____, the Secretary of State, contacted …": a one-holder office in apposition names its holder too. */
const TITLE_AFTER_BLANK =
	/_____,\s+(?:the\s+)?(?:(?:then|former|current|now)[- ])?(?:\p{Lu}[\p{L}.]*\s+)?(?:President|Prime Minister|Premier|Chancellor|Secretary of State|Foreign Minister|Defen[cs]e Minister|Secretary-General|Secretary General|Emperor|Empress|King|Queen|Pope|Tsar|Czar|Chief Justice|Speaker)\b(?!\s+(?:of\s+)?(?:a|an)\b)/iu;

/**
 * A word made from `name` ("Ryukyuans" from "Ryukyu"): one pattern per name, compiled once, not per candidate, and
 * tried only on a prompt that holds the name (a look-behind pattern is slow to try at every position).
 */
const madeFromCache = new Map<string, RegExp>();
function madeFrom(name: string): RegExp {
	let re = madeFromCache.get(name);
	if (!re) {
		if (madeFromCache.size > 5_000) madeFromCache.clear();
		re = new RegExp(`(?<![\\p{L}])${name}\\p{L}+`, 'u');
		madeFromCache.set(name, re);
	}
	return re;
}

/** Generated questions whose prompt already fixes the answer, or that state a forecast as a fact. */
function checkGiveaway(c: Candidate): GateFailure | null {
	if (c.question.origin !== 'generated') return null;
	if (c.giveaway) return { gate: 'give-away', reason: c.giveaway };
	const q = c.question;
	// "_____ (WaPo)": an abbreviation beside the blank spells the name.
	if ((q.kind === 'actor' || q.kind === 'place') && /_____[’']?s?\s*\((?:the\s+)?\p{Lu}[\p{L}.]{1,9}\)/u.test(q.prompt)) return { gate: 'give-away', reason: 'an abbreviation beside the blank spells the name' };
	if (q.kind === 'actor' && (TITLE_BEFORE_BLANK.test(q.prompt) || TITLE_AFTER_BLANK.test(q.prompt))) return { gate: 'give-away', reason: 'a title before the blank names its holder at the time' };
	// "Whose position is this: '… enable Japan to obtain …'" → the Japanese government: the stance names its holder.
	if ((q.kind === 'place' || q.kind === 'actor' || (q.kind === 'position' && q.type === 'choice')) && (q.type === 'cloze' || q.type === 'choice')) {
		// Part of a name left in the prompt ("the Arctic-2 project in the _____" → "Arctic Ocean").
		const part = q.answer.split(/[\s-]+/).find((w) => /^\p{Lu}\p{L}{3,}$/u.test(w) && !/^(?:North|South|East|West|Northern|Southern|Eastern|Western|Great|Saint|Islands?|Sea|Ocean|Republic|United|States|Government|Ministry|National)$/.test(w) && containsWords(q.prompt, w));
		if (part) return { gate: 'give-away', reason: `"${part}" of the answer is in the prompt` };
		// "Ryukyuans in the _____" → "Ryukyu Islands": a word made from the answer's name.
		const unblanked = q.prompt.replace(/_____/g, '');
		const stem = q.answer.split(/[\s-]+/).find((w) => /^\p{Lu}\p{L}{4,}$/u.test(w) && unblanked.includes(w) && madeFrom(w).test(unblanked));
		if (stem && q.kind === 'place') return { gate: 'give-away', reason: `a word made from "${stem}" is in the prompt` };
		// A country's name, people or capital beside a blank for it ("engage Japan … concessions to _____" → Tokyo).
		const country = lookupCountry(q.answer)?.country;
		const kin = country ? [country.name, ...country.names, ...country.demonyms, ...country.seats].find((n) => n !== q.answer && containsWords(q.prompt, n)) : undefined;
		if (kin) return { gate: 'give-away', reason: `"${kin}" in the prompt points to ${q.answer}` };
	}
	return null;
}

/**
 * "_____ won the Man of the Match award." in a report on three matches: another sentence of the same article
 * reads the same around the blank with someone else in it, so the prompt has two right answers.
 */
function checkAmbiguous(c: Candidate, ctx: GateContext): GateFailure | null {
	const q = c.question;
	if (q.origin !== 'generated' || (q.type !== 'cloze' && q.type !== 'choice') || !q.prompt.includes('_____')) return null;
	const at = q.prompt.indexOf('_____');
	const lead = Math.max(q.prompt.lastIndexOf(': ', at), q.prompt.lastIndexOf('? ', at));
	const left = tokenize(q.prompt.slice(lead < 0 ? 0 : lead + 2, at).replace(/\[[^\]]*\]/g, ' ')).slice(-5);
	const right = tokenize(q.prompt.slice(at + 5).split(' …')[0].replace(/\[[^\]]*\]/g, ' ')).slice(0, 6);
	if (left.length + right.length < 5 || right.length < 2) return null;
	const quote = q.sources[0].quote;
	const answer = ` ${tokenize(q.answer).join(' ')} `;
	const before = ` ${left.join(' ')} `;
	for (const i of sentencesNaming(ctx, right.join(' '))) {
		const s = ctx.sentences[i];
		if (s.text === quote || !s.docs.includes(q.sources[0].doc)) continue;
		const text = ctx.normalized[i];
		if (left.length && !text.includes(before)) continue;
		if (!text.includes(answer)) return { gate: 'ambiguous', reason: `another sentence of the article reads the same around the blank: "${s.text.slice(0, 80)}"` };
	}
	return null;
}

const GATES = [checkShape, checkQuotes, checkSupport, checkPromptLeak, checkGiveaway, checkPronoun, checkForm, checkOrder, checkDistractors, checkAmbiguous];

/** The first gate the candidate fails, or null when it may ship. */
export function checkQuestion(c: Candidate, ctx: GateContext): GateFailure | null {
	for (const gate of GATES) {
		const failure = gate(c, ctx);
		if (failure) return failure;
	}
	return null;
}
