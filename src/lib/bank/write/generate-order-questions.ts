/**
 * Chronological ordering from the dated sentences of one article: "Put these events from <attribution> in
 * chronological order." Each item is a short event label cut from its own sentence (the date phrase removed, the
 * main clause kept, titles shortened to the actor's name) and quoted by that sentence. Only sentences whose one
 * usable date clearly dates their main clause qualify; items' dates must not overlap (a "2018" item never sits
 * next to a "November 2018" one). At most two questions per article, picked by hash so rebuilds agree.
 */
import type { Candidate } from '../candidate';
import type { AnalyzedDocument, AnalyzedSentence } from '../facts/analyze-document';
import type { DateMention } from '../facts/extract-dates';
import { extractDates } from '../facts/extract-dates';
import { dateSpan, findUnresolvedPronoun, strictlyBefore } from '../gate/check-question';
import { normalizeText, contentWords } from '../clean/normalize-text';
import { shuffleBy, sourceOf, tidySentence } from './make-candidate';

/** Longest label shown as an item (characters): about four lines on a phone next to the move buttons. */
export const MAX_LABEL = 100;
const MIN_WORDS = 3;
export const MAX_ITEMS = 5;
export const MIN_ITEMS = 3;
export const PER_ARTICLE = 2;

export interface OrderEvent {
	sentence: AnalyzedSentence;
	date: DateMention;
	label: string;
}

/** Words that tie a date to something other than the main clause ("after X in 2012", "the talks that began in …"). */
const SUBORDINATE =
	/\b(?:after|before|since|until|till|ahead of|following|when|while|whereas|although|though|once|which|that|who|whom|whose|where|if|unless|as|than|through|throughout|(?<!\b(?:was|were|been|be|is|are) )(?:held|scheduled|planned|due))\b/gi;
/** What separates clauses and adjuncts in a sentence. */
const BOUNDARY = /[,;:(—–]/;
/** A segment before the main clause that only frames it: a dateline, a linking word, a prepositional or subordinate adjunct. */
const ADJUNCT_SEGMENT =
	/^\s*(?:[A-Z]{3,}(?:[ ,][A-Z]{2,})*\s*$|(?:On|In|At|For|After|Following|During|Amid|Despite|With|Under|When|While|Although|Though|As|Once|Since|Before|Until|By|From|Over|Within|Ultimately|However|Specifically|Meanwhile|Indeed|Moreover|Finally|Also|Still|Yet|Thus|Therefore|Instead|Nonetheless|Nevertheless|Notably|Separately|Similarly|Likewise|Earlier|Later|Then|Afterwards?|Subsequently)\b)/i;
/**
 * Clauses whose own event is told as having happened, whatever the main clause says: "before Abe stepped down
 * on September 16, 2020", "ever since Shinzo Abe returned to the premier's office in 2012".
 */
const EVENT_CLAUSE = /^(?:after|before|since|until|till|when|while|although|though|once)$/i;
/** A sentence that does not report something that happened. */
const NOT_AN_EVENT =
	/\b(?:will|would|could|might|may|must|should|shall|is to|are to|going to|set to|expected to|plans? to|hopes? to|aims? to|upcoming|likely|probably|perhaps|if)\b|\?/i;
/** Words that place an item relative to another (they give the order away) or lean on earlier sentences. */
const RELATIVE_TIME =
	/\b(?:later|earlier|then|previously|subsequently|afterwards?|eventually|finally|ultimately|soon|already|again|ago|recently|meanwhile|this year|last year|next year|the following|the previous|the same|at the time|so far)\b/i;
/** Openings that need the sentences before to say who or what. */
const UNCLEAR_START =
	/^(?:This|That|These|Those|Such|It|Its|They|Their|He|His|She|Her|Him|Them|One|Another|Both|Neither|Either|The (?:administration|two leaders|two sides|two countries|leaders|meeting|talks|summit|move|step|decision|proposal|agreement|government|country|side|latter|former|same|other))\b/;
/** Leading adjuncts that can go without changing what happened ("On the security front, ", "When …, "). */
const LEADING_ADJUNCT =
	/^(?:On|In|At|For|After|Following|During|Amid|Despite|With|Under|When|While|Although|Though|As|Once)\b[^,“”"]{0,90},\s+/;
/** Where the main clause ends: a relative or contrasting clause, a dash, a colon, a semicolon. */
const CLAUSE_END = /,\s+(?:which|who|whose|where|whereas|while|after|before|thus|as|and(?= [a-z])|but|although|though|so|with|making|leading|prompting|marking)\b|\s+[—–]\s+|\s*—|;|:\s/;
/** " and agreed …": a second verb of the same subject; cut only when the left part has a verb of its own. */
const SECOND_VERB = /\s+and\s+(?=(?:[a-z]+ed|met|held|said|took|made|began|won|led|set|gave|came|went|signed|reached|vowed)\b)/;
const VERB = /\b(?:[a-z]{2,}ed|met|held|said|took|made|began|won|led|set|gave|came|went|was|were|is|are|has|have|had)\b/;
const DANGLING_END = /\b(?:and|or|of|to|in|on|at|the|a|an|with|for|by|that|from|as)$/i;
const FIRST_PERSON = /(?<![“"][^”"]*)\b(?:I|we|We|my|our|us)\b/;
/** The date is an adverbial of time: "on Nov. 23", "in April 2013", "In 2018," (not "the 1956 declaration"). */
const TIME_PREPOSITION = /(?:^|[\s,(])((?:[Oo]n|[Ii]n)\s+(?:(?:early|mid|late|mid-|the end of|the beginning of)\s*)?)$/;

function balanced(s: string): boolean {
	const count = (re: RegExp) => (s.match(re) ?? []).length;
	return count(/“/g) === count(/”/g) && count(/\(/g) === count(/\)/g) && count(/"/g) % 2 === 0;
}

interface Dated {
	date: DateMention;
	/** Where the date phrase ("in April 2013") starts in the sentence. */
	from: number;
	/** Where the event's clause starts: 0 for the main clause, else just after "before", "since" … */
	clause: number;
}

/**
 * The one date of an event in the sentence: a time adverbial ("on Nov. 23", "In 2018,") of the main clause, or of
 * a before/after/since/when… clause (whose event is then the item). Null when there is none or more than one.
 */
function eventDate(s: AnalyzedSentence, articleDate: string): Dated | null {
	const found: Dated[] = [];
	for (const d of s.dates) {
		if (d.precision === 'decade') continue;
		const before = s.text.slice(0, d.start);
		const prep = TIME_PREPOSITION.exec(before);
		if (!prep) continue;
		const from = d.start - prep[1].length;
		// The clause the date sits in, from the last boundary before it.
		const segments = s.text.slice(0, from).split(BOUNDARY);
		const start = from - segments[segments.length - 1].length;
		const own = segments[segments.length - 1];
		const links = [...own.matchAll(SUBORDINATE)];
		let clause = 0;
		if (links.length === 1 && EVENT_CLAUSE.test(links[0][0])) {
			// The clause's own subject must follow: "before Prime Minister Abe stepped down", not "since securing …".
			clause = start + links[0].index + links[0][0].length;
			if (!/^\s+(?:[A-Z]|(?:the|a|an)\s)/.test(s.text.slice(clause))) continue;
		} else if (links.length) continue;
		// A main-clause date sits in the sentence's first clause: only leading adjuncts ("In the security arena,",
		// "Following the announcement,") before it, and its own clause opens with its subject or is such an adjunct
		// (not ", and Suga took office in 2020", not "The treaty, signed in 1951,").
		else if (!segments.slice(0, -1).every((x) => ADJUNCT_SEGMENT.test(x)) || !(/^\s*[A-Z“"]/.test(own) || own.trim() === '')) continue;
		const span = dateSpan(d.value);
		// Something the article reports as done, not one it expects.
		if (!span || span.from > articleDate) continue;
		found.push({ date: d, from, clause });
	}
	return found.length === 1 ? found[0] : null;
}

/** The sentence without [from, to), its commas tidied ("In 2018, X" → "X"; "X, in 2018, Y" → "X, Y"). */
function removeSpan(text: string, from: number, to: number): string {
	let before = text.slice(0, from).replace(/\s+$/, '');
	let after = text.slice(to);
	if (after.startsWith(',') && (before === '' || /[,;:(–—-]$/.test(before))) after = after.slice(1);
	if (before.endsWith(',') && /^[\s]*[.;:]/.test(after)) before = before.slice(0, -1);
	return `${before} ${after}`.replace(/\s+/g, ' ').replace(/\s+([,.;:])/g, '$1').trim();
}

/** Titles shortened to the name when the name is part of them ("Russian President Vladimir Putin" → "Vladimir Putin"). */
function shortenNames(label: string, s: AnalyzedSentence): string {
	let out = label;
	for (const m of [...s.actors].sort((a, b) => b.surface.length - a.surface.length)) {
		const name = m.actor.name;
		const title = m.surface.slice(0, m.surface.length - name.length - 1);
		if (m.surface.endsWith(` ${name}`) && /^(?:[A-Z][\p{L}.-]*\s?)+$/u.test(title)) out = out.split(m.surface).join(name);
	}
	return out;
}

/**
 * The event label of a sentence, or null with why it cannot be one. Exported for tests and for reading what the
 * generator makes of an article.
 */
export function eventLabel(s: AnalyzedSentence, articleDate: string, people: readonly string[] = []): { event: OrderEvent } | { skip: string } {
	if (s.repeat) return { skip: 'repeated sentence' };
	if (/^[“"]/.test(s.text)) return { skip: 'a quotation without its speaker' };
	if (FIRST_PERSON.test(s.text)) return { skip: 'first person' };
	const found = eventDate(s, articleDate);
	if (!found) return { skip: 'no single date of its main clause' };
	let label: string;
	if (found.clause === 0) {
		label = tidySentence(removeSpan(s.text, found.from, found.date.end));
		for (let m = LEADING_ADJUNCT.exec(label); m; m = LEADING_ADJUNCT.exec(label)) label = label.slice(m[0].length);
		const end = CLAUSE_END.exec(label);
		if (end) label = label.slice(0, end.index);
	} else {
		// "… before Prime Minister Abe stepped down on September 16, 2020, after …": the clause up to its comma.
		label = removeSpan(s.text.slice(found.clause), found.from - found.clause, found.date.end - found.clause);
		const end = /[,;:(]|\s[—–]\s|[.!?]["”’]?$/.exec(label);
		if (end) label = label.slice(0, end.index);
	}
	// "… met Lavrov on Nov. 23 and agreed to …": the second verb goes when it comes after the date.
	const second = SECOND_VERB.exec(label);
	const tail = second ? label.slice(second.index, second.index + 24) : '';
	if (second && VERB.test(label.slice(0, second.index)) && s.text.indexOf(tail, found.date.end) >= 0) label = label.slice(0, second.index);
	label = shortenNames(label, s)
		.replace(/[\s,.;:]+$/, '')
		.trim();
	label = label.charAt(0).toUpperCase() + label.slice(1);
	if (label.length > MAX_LABEL) return { skip: `label over ${MAX_LABEL} characters` };
	if (label.split(/\s+/).length < MIN_WORDS) return { skip: `label under ${MIN_WORDS} words` };
	if (!VERB.test(label)) return { skip: 'no verb left in the label' };
	if (DANGLING_END.test(label) || !balanced(label)) return { skip: 'label cut in the middle of a phrase' };
	if (NOT_AN_EVENT.test(label)) return { skip: 'not something that happened' };
	if (RELATIVE_TIME.test(label)) return { skip: 'placed relative to another event' };
	// "Signed, it was in force …": a participle before the pronoun leaves it as unclear.
	if (UNCLEAR_START.test(label) || /^\p{Lu}\p{Ll}+, (?:it|its|they|their|this|these|he|she)\b/u.test(label)) return { skip: 'does not say who or what' };
	if (findUnresolvedPronoun(label, people)) return { skip: 'unresolved pronoun' };
	if (extractDates(label, articleDate).length > 0) return { skip: 'the label holds a date' };
	return { event: { sentence: s, date: found.date, label } };
}

/** How a date is written in the explanation: "2018", "November 2018", "November 14, 2018". */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export function writeDate(value: string): string {
	const [y, m, d] = value.split('-');
	if (!m) return y;
	return d ? `${MONTHS[Number(m) - 1]} ${Number(d)}, ${y}` : `${MONTHS[Number(m) - 1]} ${y}`;
}

function candidateOf(events: OrderEvent[], attribution: string): Candidate {
	const sorted = [...events].sort((a, b) => (dateSpan(a.date.value)!.from < dateSpan(b.date.value)!.from ? -1 : 1));
	const items = sorted.map((e) => e.label);
	return {
		question: {
			id: '',
			type: 'order',
			kind: 'event',
			prompt: `Put these events from ${attribution} in chronological order.`,
			answer: items.join(' → '),
			items,
			sources: sorted.map((e) => sourceOf(e.sentence)),
			origin: 'generated',
			explanation: `${sorted.map((e) => writeDate(e.date.value)).join('; ')}.`
		},
		form: 'order-events',
		// The id hangs on which sentences are ordered, not on how their labels are worded.
		anchor: sorted.map((e) => e.sentence.text).join('\n'),
		fact: '',
		aliases: [],
		itemDates: sorted.map((e) => ({ date: e.date.value, surface: e.date.surface })),
		score: 1,
		notes: []
	};
}

/** Words per further ordering question a long article earns beyond PER_ARTICLE (a history of 8,000 words has many). */
export const WORDS_PER_ORDER = 1000;

/**
 * Sizes of the questions for `n` usable events: one of up to five, two when there are six or more, and for a
 * long article up to `groups` of three to five (each item in at most one question).
 */
export function sizes(n: number, groups = PER_ARTICLE): number[] {
	if (n < MIN_ITEMS) return [];
	if (n < 2 * MIN_ITEMS || groups < 2) return [Math.min(n, MAX_ITEMS)];
	if (groups === 2 || n < 3 * MIN_ITEMS) {
		const first = Math.min(MAX_ITEMS, Math.ceil(n / 2));
		return [first, Math.min(MAX_ITEMS, n - first)];
	}
	const k = Math.min(groups, Math.floor(n / MIN_ITEMS));
	return Array<number>(k).fill(Math.min(MAX_ITEMS, Math.floor(n / k)));
}

export interface OrderOptions {
	/** Names of the people in actors.yaml: who a "he" in a label can refer to (the gates' pronoun rule). */
	people?: readonly string[];
}

/** Ordering candidates, one article at a time. */
export function generateOrderQuestions(docs: readonly Pick<AnalyzedDocument, 'doc' | 'sentences'>[], options: OrderOptions = {}): Candidate[] {
	const out: Candidate[] = [];
	for (const { doc, sentences } of docs) {
		const events: OrderEvent[] = [];
		for (const s of sentences) {
			const r = eventLabel(s, doc.date, options.people ?? []);
			if ('event' in r) events.push(r.event);
		}
		// Hash order, then keep an event only when its date is clear of every kept one and its label new.
		const pool: OrderEvent[] = [];
		const labels = new Set<string>();
		for (const e of shuffleBy(events, `${doc.id}|order`, (x) => x.sentence.text)) {
			const clash = pool.some((p) => !strictlyBefore(p.date.value, e.date.value) && !strictlyBefore(e.date.value, p.date.value));
			const key = normalizeText(e.label);
			if (clash || labels.has(key) || contentWords(e.label).size === 0) continue;
			pool.push(e);
			labels.add(key);
		}
		// Fewer events than an ordering needs (every copy of an article, most short ones): no need to count its words.
		if (pool.length < MIN_ITEMS) continue;
		let next = 0;
		const words = doc.text.split(/\s+/).length;
		for (const size of sizes(pool.length, Math.max(PER_ARTICLE, Math.floor(words / WORDS_PER_ORDER)))) {
			if (size < MIN_ITEMS) break;
			out.push(candidateOf(pool.slice(next, next + size), sentences[0]?.attribution ?? doc.id));
			next += size;
		}
	}
	return out;
}
