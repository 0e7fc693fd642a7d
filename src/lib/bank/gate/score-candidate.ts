/**
 * Ranking: a generated question that reads badly must not ship. Scores start at 1 and lose points for what
 * makes a question hard to read or unfair; only those at or above the threshold (or approved) ship.
 */
import type { Candidate } from '../candidate';
import { tidySentence } from '../write/make-candidate';

export const SCORE_THRESHOLD = 0.6;

const ANAPHORIC_START = /^(?:This|That|These|Those|Such|It|Its|They|Their|He|His|She|Her|So|Nor|Yet as|If this|(?:In|For|From|By|With|Given|Under|Despite) (?:its|his|her|their|this|that|these|those|such))\b/;
/** Openings that lean on what came before: "Two months prior to that", "One includes", "For all of these reasons". */
const RELATIVE_START =
	/^(?:[A-Z][a-z]+ (?:months?|years?|weeks?|days?) (?:prior to|after|before|later)\b|Soon after\b|After that\b|One includes\b|The other\b|Another\b|For all of these\b|With regard to this\b|As mentioned\b|At the same time\b|By (?:then|that time)\b|Even so\b|Instead\b)/;
/** "Memon also said …", "Mr. Tedeschi also told the court …": a subject that does again what someone did before. */
const SUBJECT_AGAIN = /^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:also|likewise|too|similarly|again)\s+[a-z]+/u;
/** "See the timeline for …", "Click here": an instruction to the reader of a web page, not a fact. */
const INSTRUCTION = /^(?:See|Click|Visit|Learn|Find out|Call|Contact|Read|Check|Go to|Sign up|Apply|Download|Select|Enter|Choose|Follow|Subscribe|Share)\b(?! [A-Z][a-z]+ (?:was|is|were|had|has)\b)/;
/** References that need the sentences before: "the following year", "this weekend", "the two leaders". */
const DANGLING =
	/(?:,\s+however,\s)|\b(?:likewise|similarly|the latter\b|\w+ (?:days|weeks|months|years|decades) (?:earlier|later)|the (?:same|following|previous|next) (?:day|week|month)|that (?:year|month|day|week)|the same year|the \w+ years that followed|the two (?=were|had|have|met|agreed|signed|sides?\b|men\b|leaders\b)|the (?:following|previous|next) year|this (?:weekend|week|potentially|change|clause|fact|move|step|decision|precondition|proposal|target|issue)|that (?:target|war|time)|the two (?:leaders|ministers|foreign ministers)|the administration|(?:these|those|such)\s+[a-z]{3,}|this\s+(?!year\b|month\b|week\b|time\b|way\b|is\b|was\b)[a-z]{4,}|(?<!peace )the treaty(?! of\b| between\b| with\b)|the (?:issue|conflict|meeting|forum|dispute|deal|talks|summit|visit|agreement)(?!(?: (?:on )?[A-Z][a-z]{2,8}\.? \d{1,2},?)? (?:of|between|over|on|with)\b)|these (?:demands|efforts|remarks|projects|exercises|reasons|talks|islands))\b/i;
/**
 * "Both countries", "the study", "the dam": a common noun with "the" and nothing after it that says which (no "of
 * …", no clause, no name: "the War Memorial Opera House" is a name) stands for something said before.
 */
const DEFINITE_BACK =
	/(?:\b[Bb]oth|\b[Tt]he two) (?:countries|sides|nations|governments|states|parties|men|groups)\b|\b[Tt]he (?:government|team|company|group|court|study|survey|poll|report|case|name|plan|project|program|programme|dam|bill|law|vote|war|operation|campaign|mission|incident|attack|document|letter|decision|proposal|move|region|site|layer|phase|change)\b(?!-|\s+(?:of|between|over|on|with|in|for|that|which|who|to|by|at|from)\b|\s+\p{Lu})/u;

const GAP = /\b(?:of|at|to|from|by|about|approximately|around|than|is|was|were|measuring)\s+(?:was|were|is|are|and|or|had|has|[.,;:)])(?=\s|$)|\(\s*\)|\s[,.](?=\s)/;
/**
 * Values lost when a page was turned into text (unit templates dropped): "known as in Japanese", "up to higher
 * than today", "flows crossed of the sea".
 */
const LOST_VALUE =
	/\b(?:known|referred to|described|translated) as\s+(?:in|by|and|or|for|from)\b|\b(?:known|referred to) as\s*[,.]|\b(?:up to|about|approximately|around|roughly|nearly|some|at least)\s+(?:higher|lower|deeper|longer|larger|bigger|wider|taller|thicker|warmer|colder|hotter|farther|further)\s+than\b|\b(?:crossed|covered|spanned|exceeded|measured|weighed|totall?ed|crossing|covering|spanning)\s+of\b|\bas far as\s+(?:away|from|[,.])|\b(?:[Tt]he|an?)\s+(?:or|and|of|was|were|is|are)\s|\b(?:deposited|over|under|about)\s+of\s/;

/** A value the conversion dropped, read with citation marks taken out ("decreased by ,[49] triggering"). */
function lostValue(quote: string): boolean {
	const bare = quote.replace(/\[(?:\d{1,3}|[a-z]|citation needed|note \d+)\]/g, '');
	return GAP.test(bare) || LOST_VALUE.test(bare);
}
const FIRST_PERSON = /(?<![“"][^”"]*)\b(?:I|we|We|my|our|us)\b/;
/** Read once per sentence: candidates share sentences and are scored again when reworded, and the look-behind is slow. */
const firstPersonCache = new Map<string, boolean>();
function firstPerson(text: string): boolean {
	let hit = firstPersonCache.get(text);
	if (hit === undefined) {
		if (firstPersonCache.size > 20_000) firstPersonCache.clear();
		hit = FIRST_PERSON.test(text);
		firstPersonCache.set(text, hit);
	}
	return hit;
}

/** Nouns that need no earlier sentence after "the": one of a kind, or a general idea. */
const SELF_EVIDENT = new Set(
	'world time past future present same rest end beginning start middle first last latter-day most majority minority following public press media internet economy environment climate planet earth sun moon sky north south east west century decades years era globe population international mainland coast sea ocean way number case idea fact truth atmosphere hemisphere arms hand table door helm pieces term gun line ground stage scene fore spotlight brink verge outset moment day night morning evening status quo'.split(' ')
);
/** Words after a noun that say which one it is: "the leader of …", "the talks that …", "the islands off …". */
const RESTRICTS = /^(?!\s+(?:in|during|at|by) (?:the )?(?:\d|early|late|mid))\s+(?:of|that|which|who|whom|whose|where|when|between|with|in|on|at|for|from|to|by|over|under|off|near|about|against|after|before|since|during|known|called|named|led|held|signed|founded|created|built|set|made|given|published|[A-Z])/;

const PHRASE_STOP = new Set(
	'of that which who whom whose where when and or but nor to in on at for from with by as over under off near about against after before since during into onto than then is was are were be been being has had have will would could should can may might must did does do not also only even still just so such this these those it its their his her our your my a an the'.split(' ')
);

export const DEFINITE_NOTE = 'a definite noun the prompt does not explain';

/**
 * "the war", "the treaty", "the islands": a common noun with "the", nothing after it saying which, and not one of a
 * kind. Shown with the sentence before that names it ("… a peace treaty … The treaty …"), it is explained.
 */
/** Candidates share sentences: each (sentence, context) is read once. Bounded, as the builder runs in a worker. */
const definiteCache = new Map<string, string | null>();

export function unexplainedDefinite(quote: string, context?: string): string | null {
	const key = `${quote}\u0000${context ?? ''}`;
	const hit = definiteCache.get(key);
	if (hit !== undefined) return hit;
	if (definiteCache.size > 20_000) definiteCache.clear();
	const found = findUnexplainedDefinite(quote, context);
	definiteCache.set(key, found);
	return found;
}

function findUnexplainedDefinite(quote: string, context?: string): string | null {
	const bare = quote.replace(/[“"][^”"]*[”"]/g, ' ');
	for (const m of bare.matchAll(/\b[Tt]he(?=\s+[a-z])/g)) {
		// The noun phrase: up to three lower-case words, up to a function word, a verb or a mark ("the four
		// disputed islands", "the territorial issue"); its last word is its head.
		const rest = bare.slice(m.index + 3);
		const words: string[] = [];
		let used = 0;
		for (const w of rest.matchAll(/\s+([a-z][a-z-]*)/gy)) {
			if (PHRASE_STOP.has(w[1]) || words.length === 3) break;
			// "the conflict concluded": a past form after a noun is the verb.
			if (words.length > 0 && /ed$/.test(w[1]) && !/^\s+[a-z]+(?:s|ion|ment|ies)\b/.test(rest.slice(used + w[0].length))) break;
			words.push(w[1]);
			used += w[0].length;
		}
		if (!words.length) continue;
		const head = words[words.length - 1];
		if (words.some((w) => SELF_EVIDENT.has(w)) || /^(?:late|early|mid)-?$|-$/.test(head) || /(?:est|ly)$/.test(head) || /^(?:other|one|two|three|four|five|same|former|latter|next|previous|following)$/.test(head)) continue;
		if (RESTRICTS.test(rest.slice(used))) continue;
		// Named earlier in the sentence, or in the sentence shown before it ("a peace treaty … The treaty …").
		const stem = head.slice(0, 4);
		const named = new RegExp(`\\b${stem}`, 'i');
		if (named.test(bare.slice(0, m.index)) || (context && named.test(context))) continue;
		return `${m[0]} ${words.join(' ')}`;
	}
	return null;
}

/** The score notes that showing the previous sentence resolves (write/add-context.ts). */
export const CONTEXT_NOTES = new Set([
	DEFINITE_NOTE,
	'starts with a reference to an earlier sentence',
	'refers to something only the previous sentences say',
	'starts relative to an earlier sentence'
]);

/**
 * "In his press conference in Singapore, Putin acknowledged …": an opening phrase whose pronoun the subject right
 * after its comma resolves (a capitalised name) points forward, not back.
 */
const CATAPHORIC_START = /^(?:In|At|During|From|With|By|Under|Despite|For|After|Before|On) (?:his|her) [^,]{3,150}, (?:[A-Z][\p{L}’'.-]+ ){0,3}[A-Z][\p{L}’'-]+ [a-z]+/u;

function anaphoricStart(text: string): boolean {
	return ANAPHORIC_START.test(text) && !CATAPHORIC_START.test(text);
}

/** A sentence that needs the one before it to be understood. */
export function leansOnEarlier(sentence: string): boolean {
	const open = tidySentence(sentence);
	return (
		anaphoricStart(open) || anaphoricStart(sentence) || RELATIVE_START.test(open) || RELATIVE_START.test(sentence) || SUBJECT_AGAIN.test(sentence) || DANGLING.test(sentence) || DEFINITE_BACK.test(sentence)
	);
}

/** The sentence as a prompt shows it: without a dateline or leading "However," (which hide what follows). */
function opening(c: Candidate): string {
	return tidySentence(c.question.sources[0].quote);
}

interface Penalty {
	test(c: Candidate, words: number): boolean;
	cost: number;
	note: string;
}

const PENALTIES: Penalty[] = [
	{ test: (_c, w) => w > 55, cost: 0.5, note: 'sentence over 55 words' },
	{ test: (_c, w) => w > 40 && w <= 55, cost: 0.2, note: 'sentence over 40 words' },
	{ test: (_c, w) => w < 7, cost: 0.5, note: 'sentence under 7 words' },
	{ test: (c) => /\?["”’]?$/.test(c.question.sources[0].quote), cost: 0.6, note: 'the sentence is a question' },
	{ test: (c) => anaphoricStart(opening(c)) || anaphoricStart(c.question.sources[0].quote), cost: 0.5, note: 'starts with a reference to an earlier sentence' },
	{ test: (c) => RELATIVE_START.test(opening(c)) || RELATIVE_START.test(c.question.sources[0].quote) || SUBJECT_AGAIN.test(c.question.sources[0].quote) || /\bas mentioned (?:above|earlier)\b/i.test(c.question.sources[0].quote), cost: 0.5, note: 'starts relative to an earlier sentence' },
	{ test: (c) => DANGLING.test(c.question.sources[0].quote) || DEFINITE_BACK.test(c.question.sources[0].quote), cost: 0.5, note: 'refers to something only the previous sentences say' },
	{
		// Only where the learner reads it: "What office did Linda Park hold?" shows none of its sentence.
		test: (c) => {
			const phrase = unexplainedDefinite(c.question.sources[0].quote, [c.context ? c.question.sources[1]?.quote : '', ...(c.named ?? [])].join(' ') || undefined);
			return phrase !== null && `${c.question.prompt} ${c.question.answer}`.toLowerCase().includes(phrase.toLowerCase());
		},
		cost: 0.5,
		note: DEFINITE_NOTE
	},
	{ test: (c) => firstPerson(c.question.sources[0].quote), cost: 0.5, note: 'first person outside a quotation' },
	{ test: (c) => INSTRUCTION.test(c.question.sources[0].quote), cost: 1, note: 'an instruction to the reader, not a fact' },
	{ test: (c) => c.question.sources.some((x) => /^\s*[-•*–]\s/.test(x.quote) || /:\s*$/.test(x.quote)), cost: 0.5, note: 'a list item or a label, not prose' },
	// "he have also felt": a slip in the source would be shown to students uncorrected.
	{ test: (c) => /\b(?:he|she|it)\s+(?:have|are|were|do|don['’]t)\b/i.test(c.question.sources[0].quote.replace(/[“"][^”"]*[”"]/g, '')), cost: 0.5, note: 'a grammatical slip in the source' },
	// "an area of and a depth of .": a value lost when the page was converted to text.
	{ test: (c) => c.question.sources.some((x) => lostValue(x.quote)), cost: 1, note: 'a gap in the text (a value is missing)' },
	// A position question names the speaker the sentence ends with ("“…,” said Cooper").
	{ test: (c) => /^[“"]/.test(c.question.sources[0].quote) && !/position$/.test(c.form), cost: 0.5, note: 'a quotation without its speaker' },
	{ test: (c) => c.question.type === 'choice' && (c.question.choices?.length ?? 0) < 4, cost: 0.2, note: 'fewer than 4 choices' },
	{ test: (c) => c.form === 'cloze-actor' && c.fact.split(' ').length === 1 && c.fact !== c.question.answer, cost: 0.1, note: 'short alias blanked' },
	{ test: (c) => /^(?:cloze|choice)-figure$/.test(c.form) && /^(?:two|four)$/i.test(c.fact) && /\bislands\b/.test(c.question.prompt), cost: 0.3, note: 'a two/four islands count is trivia' },
	{ test: (c) => c.form.startsWith('truefalse') && c.question.prompt.length > 330, cost: 0.3, note: 'long true/false statement' },
	// "perhaps", "might have remained": a hedged statement is neither true nor false.
	{ test: (c) => c.form.startsWith('truefalse') && /\b(?:perhaps|possibly|probably|might|may have|could have|would have|should have|allegedly|reportedly|it is (?:un)?likely|is thought to|are thought to|is believed to|are believed to)\b/i.test(c.question.sources[0].quote.replace(/[“"][^”"]*[”"]/g, '')), cost: 0.5, note: 'a hedged true/false statement' }
];

/**
 * An order question shows its items, not its sentences: each item is read as a sentence would be (an item that
 * leans on an earlier sentence or speaks in the first person costs what such a sentence does; its length does not).
 */
function scoreOrder(c: Candidate): Candidate {
	const notes = new Set<string>();
	let cost = 0;
	for (const item of c.question.items ?? []) {
		const as = { ...c, question: { ...c.question, type: 'typed' as const, sources: [{ ...c.question.sources[0], quote: item }] } };
		for (const p of PENALTIES)
			if (!p.note.startsWith('sentence ') && p.test(as, 20) && !notes.has(p.note)) {
				cost += p.cost;
				notes.add(p.note);
			}
	}
	return { ...c, score: Math.round((1 - cost) * 100) / 100, notes: [...notes].map((n) => `an item: ${n}`) };
}

export function scoreCandidate(c: Candidate): Candidate {
	if (c.question.type === 'order') return scoreOrder(c);
	// A long sentence asked by one of its clauses reads as long as that clause.
	const words = c.clause ?? c.question.sources[0].quote.split(/\s+/).length;
	let score = 1;
	const notes: string[] = [];
	for (const p of PENALTIES)
		if (p.test(c, words) && !(c.context && CONTEXT_NOTES.has(p.note) && p.note !== DEFINITE_NOTE)) {
			score -= p.cost;
			notes.push(p.note);
		}
	return { ...c, score: Math.round(score * 100) / 100, notes };
}
