/**
 * A sentence that leans on the one before ("This could signal …", "Following the meeting, …") is asked with that
 * sentence shown first, quoted as a second source, rather than dropped: "According to X: <previous sentence>
 * <the sentence with its blank>". Only for blanks (cloze and choice), only when the previous sentence is in the
 * same paragraph, short, and does not itself lean on another.
 */
import type { Candidate } from '../candidate';
import type { AnalyzedDocument, AnalyzedSentence } from '../facts/analyze-document';
import { sourceOf, tidySentence } from './make-candidate';
import { leansOnEarlier, unexplainedDefinite } from '../gate/score-candidate';
import { lookupCountry } from '../facts/gazetteer';


/** A read-only lookup by sentence (what a Map offers callers here), filled on demand. */
export interface SentenceLookup<T> {
	get(s: AnalyzedSentence): T | undefined;
}

/**
 * Each sentence's document and place in it, found when first asked: only the sentences that questions are asked
 * on (a few hundred) are looked up, not every sentence of the corpus (copies of an article hold tens of thousands).
 */
function placeOf(analyzed: readonly AnalyzedDocument[]): (s: AnalyzedSentence) => { sentences: readonly AnalyzedSentence[]; i: number } | undefined {
	const byDoc = new Map<string, AnalyzedDocument[]>();
	for (const a of analyzed) {
		const list = byDoc.get(a.doc.id);
		if (list) list.push(a);
		else byDoc.set(a.doc.id, [a]);
	}
	const indexes = new Map<AnalyzedDocument, Map<AnalyzedSentence, number>>();
	return (s) => {
		for (const a of byDoc.get(s.doc) ?? []) {
			let index = indexes.get(a);
			if (!index) {
				index = new Map(a.sentences.map((x, i) => [x, i]));
				indexes.set(a, index);
			}
			const i = index.get(s);
			if (i !== undefined) return { sentences: a.sentences, i };
		}
		return undefined;
	};
}

/** The sentence before each sentence, when both are in the same paragraph. */
export function previousSentences(analyzed: readonly AnalyzedDocument[]): SentenceLookup<AnalyzedSentence> {
	const find = placeOf(analyzed);
	return {
		get(s) {
			const at = find(s);
			if (!at || at.i === 0) return undefined;
			const prev = at.sentences[at.i - 1];
			return prev.paragraph === s.paragraph ? prev : undefined;
		}
	};
}

/** The text of up to `n` sentences before each sentence in its document, across paragraphs (built once per sentence asked). */
export function earlierText(analyzed: readonly AnalyzedDocument[], n = 6): SentenceLookup<string> {
	const find = placeOf(analyzed);
	const memo = new Map<AnalyzedSentence, string | undefined>();
	return {
		get(s) {
			if (memo.has(s)) return memo.get(s);
			const at = find(s);
			const text =
				at && at.i > 0
					? at.sentences
							.slice(Math.max(0, at.i - n), at.i)
							.map((x) => x.text)
							.join(' ')
					: undefined;
			memo.set(s, text);
			return text;
		}
	};
}

/** The candidate asked with its previous sentence first, or null when that would not help. */
export function withContext(c: Candidate, sentence: AnalyzedSentence, previous: AnalyzedSentence | undefined): Candidate | null {
	const q = c.question;
	if (!previous || (q.type !== 'cloze' && q.type !== 'choice') || !/^(?:cloze|choice)-/.test(c.form)) return null;
	if (previous.text.split(/\s+/).length > 40 || leansOnEarlier(previous.text) || /^(?:However|But|And|Yet|So|Also|Still|Then|Meanwhile|Moreover|Nor)\b/.test(previous.text) || /^["“]/.test(previous.text) || previous.text.length < 20) return null;
	// "A deal was reached in 1881. In _____, the group left …": a year the sentence before gives rules out every
	// choice in another year.
	if (q.type === 'choice' && q.choices) {
		const years = new Set(previous.text.match(/\b\d{4}\b/g) ?? []);
		const shared = (q.answer.match(/\b\d{4}\b/g) ?? []).filter((y) => years.has(y));
		if (shared.length && q.choices.some((x) => x !== q.answer && !shared.every((y) => x.includes(y)))) return null;
	}
	// The sentence with its blank closes the prompt, after "According to X: " or "Which …, according to X? ".
	const at = q.prompt.indexOf('_____');
	const lead = Math.max(q.prompt.lastIndexOf(': ', at), q.prompt.lastIndexOf('? ', at));
	if (at < 0 || lead < 0) return null;
	const prompt = `${q.prompt.slice(0, lead + 2)}${tidySentence(previous.text)} ${q.prompt.slice(lead + 2)}`;
	return {
		...c,
		question: { ...q, prompt, sources: [q.sources[0], sourceOf(previous), ...q.sources.slice(1)] },
		context: true,
		anchor: sentence.text
	};
}

/** Where a long sentence divides into clauses that stand alone. */
const CLAUSE_BREAK = /;\s+|\s+[—–]\s+|,\s+(?=(?:and|but|while|whereas|although|though|yet)\s)/g;
/** Where what follows can go without the start losing its sense: a comma before a new clause, a semicolon, a dash. */
const TRAILING = /;\s+|\s+[—–]\s+|,\s+(?=(?:which|where|who|whom|whose|when|while|and|but|as|including|although|though|after|before|because|since|until|whereas|thus|making|leading|resulting)\s)/;

/** Clauses that stand alone: the first, or one after a semicolon (after ", and" the subject is often left behind). */
const STANDS_ALONE = /^;\s+$/;

/**
 * A sentence over 40 words is asked by the clause that holds its blank, the rest elided with "…" (the quote stays
 * the whole sentence): "According to X: … the treaty was signed in _____ …". Only when that clause has 8 to 40
 * words; null otherwise.
 */
export function shortened(c: Candidate): Candidate | null {
	const q = c.question;
	if ((q.type !== 'cloze' && q.type !== 'choice') || !/^(?:cloze|choice)-/.test(c.form)) return null;
	const at = q.prompt.indexOf('_____');
	const lead = Math.max(q.prompt.lastIndexOf(': ', at), q.prompt.lastIndexOf('? ', at));
	if (at < 0 || lead < 0) return null;
	const body = q.prompt.slice(lead + 2);
	const blank = at - lead - 2;
	// The sentence from its start to the first clause break after the blank: the subject stays, what follows goes.
	const after = new RegExp(TRAILING.source, 'g');
	after.lastIndex = blank + 5;
	const stop = after.exec(body);
	if (stop) {
		const head = body.slice(0, stop.index).replace(/[,;:]\s*$/, '');
		const words = head.split(/\s+/).length;
		// "between _____ …" or "from _____ …" would hide the other end of the span.
		const tail = head.slice(blank + 5);
		const open = /\b(?:between|from)\s+(?:\S+\s+){0,2}_____/.test(head) && !/\b(?:and|to|until)\b/.test(tail);
		if (words >= 8 && words <= 40 && !open) return { ...c, question: { ...q, prompt: `${q.prompt.slice(0, lead + 2)}${head} …` }, clause: words };
	}
	const cuts = [0, ...[...body.matchAll(CLAUSE_BREAK)].flatMap((m) => [m.index, m.index + m[0].length]), body.length];
	for (let i = 0; i + 1 < cuts.length; i += 2) {
		const [from, to] = [cuts[i], cuts[i + 1]];
		if (blank < from || blank >= to) continue;
		if (i > 0 && !STANDS_ALONE.test(body.slice(cuts[i - 1], from))) return null;
		const clause = body.slice(from, to).replace(/^(?:and|but|while|whereas|although|though|yet)\s+/, '').replace(/[.,;:]\s*$/, '');
		const words = clause.split(/\s+/).length;
		if (words < 8 || words > 40) return null;
		const text = `${from > 0 ? '… ' : ''}${clause.charAt(0).toUpperCase() + clause.slice(1)}${to < body.length ? ' …' : /[.!?]["”’]?$/.test(clause) ? '' : '.'}`;
		return { ...c, question: { ...q, prompt: q.prompt.slice(0, lead + 2) + text }, clause: words };
	}
	return null;
}

/** Words that can follow a noun phrase's head ("the leak was", "the group and"): anything else follows an adjective. */
const FOLLOWERS = new Set(
	'was were is are be been had has have would will could should can may might must did does do and or but nor to at by from as after before since until than into onto over under about against during through while when where whose because if so also still then now later again itself'.split(' ')
);

/** Nouns too general to point back ("the world", "the time"). */
const GENERAL = new Set('world time year years country countries people government state states war peace case fact end beginning rest past future same first last other region area part number way one'.split(' '));

/**
 * "the leak" after a sentence about "a leaked letter", "the group" after one introducing it: a definite noun phrase
 * whose noun the previous sentence has and this one does not have earlier points back to it.
 */
export function refersBack(sentence: string, previous: string | undefined): string | null {
	if (!previous) return null;
	const prev = new Set((previous.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.slice(0, 4)));
	for (const m of sentence.matchAll(/\b[Tt]he\s+([a-z]{4,})\b(?!\s+(?:of|between|on|in|with|for|that|which|who)\b)/g)) {
		const noun = m[1];
		if (GENERAL.has(noun) || !prev.has(noun.slice(0, 4))) continue;
		// "the eastern side of …": an adjective before its noun, not the noun itself.
		const next = /^\s+([a-z]+)/.exec(sentence.slice(m.index + m[0].length))?.[1];
		if (next && !FOLLOWERS.has(next)) continue;
		if (sentence.slice(0, m.index).toLowerCase().includes(noun.slice(0, 4))) continue;
		return m[0];
	}
	return null;
}

/** The capitalised names in `text` that end in `head` ("Old Mill Bridge" for "Bridge"), read once per text and head. */
const namesCache = new Map<string, Set<string>>();
function namesEnding(text: string, head: string): Set<string> {
	const key = `${head}\u0000${text}`;
	let names = namesCache.get(key);
	if (!names) {
		if (namesCache.size > 5_000) namesCache.clear();
		// The pattern can only match where the head word stands: most texts do not hold it, and trying a Unicode
		// pattern at every position of six sentences is what cost.
		names = !text.includes(head) ? new Set() : new Set([...text.matchAll(new RegExp(`\\b((?:\\p{Lu}[\\p{L}’'-]*\\s+){1,4}${head})\\b`, 'gu'))].map((m) => m[1].replace(/^(?:The|A|An|In|On|At|By|For|After|Before|When)\s+/, '')));
		namesCache.set(key, names);
	}
	return names;
}

/**
 * "the bridge" after "the Old Mill Bridge": a definite noun whose capitalised form ends a name the article gave
 * before is that name, shown in square brackets as in any edited quotation ("[the Old Mill Bridge] was built in
 * _____"). Only when the earlier text gives one such name; the quote stays verbatim. Null when nothing was named.
 */
export function nameDefinite(c: Candidate, earlier: string | undefined): Candidate | null {
	if (!earlier || c.question.type === 'order') return null;
	let prompt = c.question.prompt;
	const named: string[] = [];
	for (let i = 0; i < 3; i++) {
		const phrase = unexplainedDefinite(c.question.sources[0].quote, [...named].join(' ') || undefined);
		if (!phrase) break;
		const head = phrase.split(/\s+/).pop()!;
		const Head = head.charAt(0).toUpperCase() + head.slice(1);
		const names = namesEnding(earlier, Head);
		if (names.size !== 1) return null;
		const name = [...names][0];
		const at = new RegExp(`\\b${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).exec(prompt);
		if (!at) return null;
		const the = /^The\b/.test(phrase) ? 'The' : 'the';
		prompt = `${prompt.slice(0, at.index)}[${the} ${name}]${prompt.slice(at.index + phrase.length)}`;
		named.push(name);
	}
	return named.length ? { ...c, question: { ...c.question, prompt }, named } : null;
}

/**
 * "By late July, the area under the severe drought widened to _____" in an article titled "2016 New York
 * drought": a definite noun the article's title names is explained once the prompt names the article too
 * ("according to Wikipedia contributors (July 2019) in “2016 New York drought”"). Null when the title does not
 * name it, or the prompt has no attribution to extend.
 */
export function nameArticle(c: Candidate, title: string | null | undefined, attribution: string): Candidate | null {
	if (!title || c.question.type === 'order') return null;
	const phrase = unexplainedDefinite(c.question.sources[0].quote, [c.context ? c.question.sources[1]?.quote : '', ...(c.named ?? [])].join(' ') || undefined);
	if (!phrase) return null;
	const head = phrase.split(/\s+/).pop()!.toLowerCase();
	const words = title.match(/\p{L}+/gu) ?? [];
	// "the country" in "Cannabis in France": a title naming one country says which.
	const country = /^(?:country|nation|government)$/.test(head) && new Set(words.map((w) => lookupCountry(w)?.country.name).filter(Boolean)).size === 1;
	if (!country && !words.some((w) => w.length >= 4 && w.slice(0, 4).toLowerCase() === head.slice(0, 4))) return null;
	const at = c.question.prompt.toLowerCase().indexOf(`according to ${attribution.toLowerCase()}`);
	if (at < 0) return null;
	const end = at + 'according to '.length + attribution.length;
	const prompt = `${c.question.prompt.slice(0, end)} in “${title}”${c.question.prompt.slice(end)}`;
	return { ...c, question: { ...c.question, prompt }, named: [...(c.named ?? []), title] };
}
