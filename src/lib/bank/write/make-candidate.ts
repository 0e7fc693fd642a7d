/** Small helpers shared by the generators. */
import type { Question, QuestionKind, QuestionType, SourceRef } from '../../format/bank-format';
import type { Candidate } from '../candidate';
import type { AnalyzedSentence } from '../facts/analyze-document';
import { cyrb53Prefixed } from '../hash-text';

export const BLANK = '_____';

export function sourceOf(s: AnalyzedSentence): SourceRef {
	return { doc: s.doc, quote: s.text, start: s.start, end: s.end };
}

/** The sentence with [start, end) (relative to the sentence) replaced by the blank. */
export function blankOut(sentence: string, start: number, end: number): string {
	return sentence.slice(0, start) + BLANK + sentence.slice(end);
}

export function replaceSpan(sentence: string, start: number, end: number, by: string): string {
	return sentence.slice(0, start) + by + sentence.slice(end);
}

/**
 * Deterministic pseudo-random pick order: sort by hash of key + item. The numeric hash orders items exactly as
 * hashText's fixed-width base-36 string of it would (ties broken by a second seed), without building strings.
 */
export function shuffleBy<T>(items: readonly T[], key: string, label: (t: T) => string): T[] {
	// The key (often a whole sentence) is hashed once, not once per item.
	const h = cyrb53Prefixed(key + '|', 0);
	const tie = cyrb53Prefixed(key + '|', 1);
	return items
		.map((item) => {
			const text = label(item);
			return { item, h: h(text), tie: tie(text) };
		})
		.sort((a, b) => a.h - b.h || a.tie - b.tie)
		.map((x) => x.item);
}

/**
 * The first `n` items of shuffleBy(items, key, label), found without sorting them all (three distractors picked
 * from thousands of articles). Ties keep the items' order, as the stable sort does.
 */
export function firstBy<T>(items: readonly T[], key: string, label: (t: T) => string, n: number): T[] {
	const h = cyrb53Prefixed(key + '|', 0);
	const tie = cyrb53Prefixed(key + '|', 1);
	const best: { item: T; h: number; tie: number }[] = [];
	for (const item of items) {
		const text = label(item);
		const hx = h(text);
		// After the last kept one: neither its tie hash nor a place is needed.
		if (n === 0 || (best.length === n && hx > best[n - 1].h)) continue;
		const x = { item, h: hx, tie: tie(text) };
		// After every kept item that sorts before it or equal to it (an equal one came first).
		let at = best.length;
		while (at > 0 && (best[at - 1].h > x.h || (best[at - 1].h === x.h && best[at - 1].tie > x.tie))) at--;
		if (at < n) {
			best.splice(at, 0, x);
			if (best.length > n) best.pop();
		}
	}
	return best.map((x) => x.item);
}

/** Choices: the answer and distractors in a deterministic shuffled order. */
export function makeChoices(answer: string, distractors: readonly string[], key: string): string[] {
	return shuffleBy([answer, ...distractors], key, (s) => s);
}

export interface CandidateSpec {
	type: QuestionType;
	kind: QuestionKind;
	prompt: string;
	answer: string;
	form: string;
	fact: string;
	sentence: AnalyzedSentence;
	accept?: string[];
	choices?: string[];
	date?: string;
	number?: Question['number'];
	explanation?: string;
	aliases?: string[];
	derived?: Candidate['derived'];
	giveaway?: string;
	/** The question asks what the article argues or expects, so a forecast in it is fair. */
	forecastOk?: boolean;
}

/** "did not sign in 1956": another date or figure would make the statement true too. */
const NEGATION = /\b(?:not|never|no longer|neither|nor|failed to|refused to|until)\b|n['’]t\b/i;

export function isNegated(sentence: string): boolean {
	return NEGATION.test(sentence);
}

/** A date later than the article's own: the sentence forecasts, and a question would state it as fact. */
export function forecastIn(s: AnalyzedSentence, kind?: QuestionKind): string | undefined {
	const after = s.dates.find((d) => d.precision !== 'decade' && d.value > s.docDate.slice(0, d.value.length));
	if (after) return `a forecast: "${after.surface}" is after the article's date (${s.docDate})`;
	// A "will" elsewhere in the sentence leaves a past date, a figure or a place a reported fact; but who "will" act,
	// or what someone "will" hold, is the article's expectation.
	if (kind !== 'actor' && kind !== 'position') return undefined;
	// "Putin will tread carefully": what the article expects, outside a quotation, is not a fact to ask.
	const unquoted = s.text.replace(/[“"][^”"]*[”"]/g, '');
	const will = /\b(?:will|is expected to|are expected to|is likely to|are likely to|is set to|are set to)\b/.exec(unquoted);
	return will ? `a forecast: "${will[0]}"` : undefined;
}

/**
 * "He signed the treaty in _____" after a sentence about Putyatin reads "[Putyatin] signed the treaty in _____":
 * the first he/she/him/his in the prompt, with no name before it, becomes the one person the previous sentence
 * names, in square brackets as in any edited quotation. The quote stays verbatim.
 */
export function resolvePronoun(prompt: string, antecedent: string | undefined): string {
	if (!antecedent) return prompt;
	const m = /(?<![\p{L}’'])(He|She|he|she|him|His|his)(?![\p{L}’'])/u.exec(prompt);
	if (!m) return prompt;
	const before = prompt.slice(0, m.index).replace(/^(?:True or false\? )?According to [^,:]*\)[,:]?\s*/, '').replace(/^[^?]*\?\s/, '');
	// The blank (or an asked "who") before the pronoun is who it refers to: "_____ continues his effort".
	if (before.includes(BLANK) || /\bwho\b/i.test(before)) return prompt;
	// A capitalised name before the pronoun may already say who it is: leave it to the pronoun gate.
	if (/(?<![\p{L}])\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(before) || before.includes(antecedent.split(' ').pop()!)) return prompt;
	// The full name: which word is the surname differs between naming traditions ("Chiang Kai-shek").
	const by = /^[Hh]is$/.test(m[1]) ? `[${antecedent}’s]` : `[${antecedent}]`;
	return prompt.slice(0, m.index) + by + prompt.slice(m.index + m[1].length);
}

export function makeCandidate(spec: CandidateSpec): Candidate {
	const q: Question = {
		id: '',
		type: spec.type,
		kind: spec.kind,
		prompt: spec.type === 'cloze' || spec.form.startsWith('truefalse') || spec.form.startsWith('choice') ? resolvePronoun(spec.prompt, spec.sentence.antecedent) : spec.prompt,
		answer: spec.answer,
		sources: [sourceOf(spec.sentence)],
		origin: 'generated'
	};
	const accept = (spec.accept ?? []).filter((a) => a !== spec.answer);
	if (accept.length) q.accept = [...new Set(accept)];
	if (spec.choices) q.choices = spec.choices;
	if (spec.date) q.date = spec.date;
	if (spec.number) q.number = spec.number;
	if (spec.explanation) q.explanation = spec.explanation;
	return {
		question: q,
		form: spec.form,
		anchor: spec.sentence.text,
		fact: spec.fact,
		aliases: spec.aliases ?? [],
		derived: spec.derived,
		giveaway: spec.giveaway ?? (spec.forecastOk ? undefined : forecastIn(spec.sentence, spec.kind)),
		score: 1,
		notes: []
	};
}

/** Linking words that only make sense after the previous sentence. */
const CONNECTIVE =
	/^(?:(?:However|As a result|On the one hand|On the other hand|Specifically|Finally|Moreover|Meanwhile|Indeed|In fact|In addition|Still more|Ultimately|After all|Yet|Thus|Therefore|In particular|On the other hand|First and foremost|First|Second|Third|Instead|Rather|Nonetheless|Nevertheless|Also|Still|Furthermore|Additionally|Consequently|Accordingly|Notably|Importantly|Besides|Overall|In short|In other words|Similarly|Likewise),\s+|(?:But|And|Yet|So|Finally|Eventually|Subsequently|Therefore|Thus|Hence)\s+(?=[a-z]))/i;
/** Common sentence openers, lower-cased after "According to X," even when the document has no lower-case use. */
const COMMON_OPENERS = new Set(
	'on in the a an for by at with during after before since while as following despite given even more many some those these there it its opinion according under over were several both two experts analysts from to of when whereas once although though because if unlike like among between until within without throughout around about amid along beyond near prior upon whether today later earlier then soon initially originally historically traditionally currently recently eventually shortly nearly only all most each every no not one this that such what how why where results speaking officials researchers scientists critics supporters residents members'.split(' ')
);

/** Words that open a title before a name ("General Lucius Clay", "President Truman"). */
const TITLE_WORDS = /^(?:General|President|Secretary|Minister|Admiral|Commodore|Colonel|Captain|Commander|Lieutenant|Major|Marshal|Governor|Senator|Ambassador|Chairman|Chairwoman|King|Queen|Emperor|Empress|Prince|Princess|Pope|Professor|Judge|Justice|Mayor|Premier|Chancellor|Prime|Foreign|Defense|Defence|Deputy|Vice|Chief|Director|Bishop|Archbishop|Sheikh|Sultan|Tsar|Czar|Dr|Mr|Mrs|Ms)$/;

/** A news dateline: "WASHINGTON – ". */
const DATELINE = /^[A-Z]{3,}(?:[ ,][A-Z]{2,})*\s+[–—-]\s+/;

/** Drops a dateline and leading linking words ("Ultimately, however, …"), keeping the rest as written. */
export function tidySentence(sentence: string): string {
	// Citation marks ("[2][3]", "[citation needed]") are page furniture, not prose.
	let s = sentence.replace(/\s?\[(?:\d{1,3}|[a-z]|citation needed|note \d+)\]/g, '').replace(DATELINE, '');
	for (let m = CONNECTIVE.exec(s); m; m = CONNECTIVE.exec(s)) s = s.slice(m[0].length);
	// "Japan, however, refused …": a linking word inside the sentence points back just as one opening it does.
	s = s.replace(/,\s+(?:however|moreover|though|therefore|nevertheless|nonetheless|meanwhile|furthermore|in turn|in addition|as a result|in fact|indeed|too|also),(?=\s)/gi, '');
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * A true/false statement, attributed to its article ("According to Yuki Tatsumi (Nov. 2018), on Nov. 14, …").
 * The first word goes lower-case only when the document itself uses it in lower case (so "From" does, "Moscow"
 * and "Japanese" do not).
 */
export function trueFalsePrompt(statement: string, attribution: string, lowercaseWords: { has(word: string): boolean; mostly?(word: string): boolean } = new Set<string>()): string {
	const s = tidySentence(statement);
	const first = /^[\p{L}’']+/u.exec(s)?.[0] ?? '';
	const lower = first.toLowerCase();
	// "General Lucius Clay": a title before a name keeps its capital.
	const titled = TITLE_WORDS.test(first) && /^\s+\p{Lu}/u.test(s.slice(first.length));
	const body = !titled && first !== lower && first.slice(1) === lower.slice(1) && ((lowercaseWords.mostly ? lowercaseWords.mostly(lower) : lowercaseWords.has(lower)) || COMMON_OPENERS.has(lower)) ? lower + s.slice(first.length) : s;
	// "According to Defense Secretary X, …": the article reports someone else's claim; say both, once each.
	const reported = /^According to ([^,]{3,80}),\s+(.*)$/s.exec(s);
	if (reported) return `True or false? According to ${reported[1]}, as reported by ${attribution}, ${reported[2]}`;
	return `True or false? According to ${attribution}, ${body}`;
}
