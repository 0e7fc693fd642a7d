/**
 * The question-bank format: what `npm run bank` writes to static/banks/ and what the app (and any other tool)
 * reads. Documented for people in README.md ("Bank format"). Bump BANK_FORMAT only for breaking changes.
 */
export const BANK_FORMAT = 1;

/** What a question tests: the fact it is about. */
export type QuestionKind = 'date' | 'actor' | 'poll' | 'number' | 'position' | 'place' | 'event';

/**
 * How a question is asked.
 * - flashcard: prompt, then the answer is shown and the learner rates themselves.
 * - choice: multiple choice; `choices` holds the answer exactly once (who said / whose position / which article
 *   are choice questions too).
 * - typed: the learner types; `answer` and `accept` are the accepted forms, `date` / `number` allow lenient checks.
 * - truefalse: `prompt` is a statement; `answer` is "True" or "False".
 * - cloze: `prompt` contains one blank written "_____"; checked like typed.
 * - order: `items` are 3-5 events in the right (chronological) order; the app shuffles them.
 */
export type QuestionType = 'flashcard' | 'choice' | 'typed' | 'truefalse' | 'cloze' | 'order';

export interface SourceRef {
	/** Document id (see BankDocument.id). */
	doc: string;
	/** The supporting sentence, verbatim. */
	quote: string;
	/** UTF-16 offsets of `quote` in the document text (the file decoded as UTF-8): text.slice(start, end) === quote. */
	start: number;
	end: number;
}

export interface Question {
	/** Stable across rebuilds and rewordings; never reused once retired. Progress is keyed by it. */
	id: string;
	type: QuestionType;
	kind: QuestionKind;
	prompt: string;
	/** The canonical answer as shown to the learner. For order: the items joined with " → ". */
	answer: string;
	/** Other accepted answers (typed/cloze), e.g. "Iturup" for "Etorofu", "Sergey Lavrov" for "Sergei Lavrov". */
	accept?: string[];
	/** choice: every option, the answer among them exactly once. truefalse may omit it. */
	choices?: string[];
	/** order: the items in the right order. */
	items?: string[];
	/** Structured answer for lenient checking of dates: "YYYY", "YYYY-MM" or "YYYY-MM-DD" (its precision). */
	date?: string;
	/** Structured answer for numbers: value and absolute tolerance (0 = exact). */
	number?: { value: number; tolerance: number; unit?: string };
	/** At least one; sources[0] is the main one and its doc is the question's home article. */
	sources: SourceRef[];
	origin: 'generated' | 'curated';
	explanation?: string;
}

export interface BankDocument {
	id: string;
	/** File name under /sources/ (served next to the app, so the whole article can be read offline). */
	file: string;
	title: string | null;
	author: string | null;
	publisher: string | null;
	/** ISO date, YYYY-MM-DD. */
	date: string;
	/** How the date was established (stated in the text, or inferred and from what). */
	dateBasis?: string;
}

export interface Bank {
	format: typeof BANK_FORMAT;
	/** "corpus" for the whole corpus, else the document id. */
	id: string;
	title: string;
	/** Content hash of the questions and documents: changes whenever anything a learner sees changes. */
	version: string;
	documents: BankDocument[];
	questions: Question[];
}

export interface BankIndexEntry {
	id: string;
	title: string;
	version: string;
	/** Path relative to static/banks/, e.g. "corpus.json". */
	file: string;
	/** The bank's facts (timeline, who's who, positions), e.g. "corpus.facts.json"; loaded only by the views. */
	facts?: string;
	questionCount: number;
	/** Ids of the documents whose questions it holds. */
	documents: string[];
}

export interface BankIndex {
	format: typeof BANK_FORMAT;
	banks: BankIndexEntry[];
	/** Every document in the corpus (its metadata, not its text), so a page can credit articles without a bank. */
	documents: BankDocument[];
}

/**
 * What the builder found in a bank's documents, for the views (timeline, who's who, positions): every entry
 * carries the sentence it comes from (as a question's source does) and the ids of the bank's questions that ask
 * about it ("study these"). Written beside each bank as <bank>.facts.json; additive to BANK_FORMAT 1.
 */
export interface BankFacts {
	format: typeof BANK_FORMAT;
	bank: string;
	/** The bank's version these facts belong to. */
	version: string;
	events: TimelineEvent[];
	actors: ActorEntry[];
	positions: PositionEntry[];
	places: PlaceEntry[];
}

export type DatePrecision = 'day' | 'month' | 'year' | 'decade';

export interface TimelineEvent {
	id: string;
	/** "YYYY", "YYYY-MM", "YYYY-MM-DD", or "1970s" for a decade: the precision the text gives. */
	date: string;
	precision: DatePrecision;
	/** The date as the sentence writes it ("Nov. 14", "1956"). */
	surface: string;
	/** A short label of the event when the builder could cut one from its sentence, else null (show the sentence). */
	label: string | null;
	/** The date is later than its article's own: the article expects it, it had not happened. */
	forecast: boolean;
	source: SourceRef;
	questions: string[];
}

export interface ActorEntry {
	id: string;
	name: string;
	kind: 'person' | 'government' | 'organisation' | 'company';
	/** "Japan", "Russia", … or "other" (analysts, authors, third parties). */
	side: string;
	role: string;
	aliases: string[];
	/** Documents that mention them. */
	docs: string[];
	/** Every sentence that names them, in document order. */
	mentions: SourceRef[];
	questions: string[];
}

export interface PositionEntry {
	id: string;
	/** ActorEntry.id of who holds it. */
	actor: string;
	/** The attribution as written: "insists", "said", "according to", "position is". */
	verb: string;
	/** The stance, verbatim. */
	stance: string;
	source: SourceRef;
	questions: string[];
}

export interface PlaceEntry {
	name: string;
	/** Other names the documents give ("Etorofu" for "Iturup"). */
	otherNames: string[];
	category: 'country' | 'city' | 'land' | 'water' | 'region';
	docs: string[];
	mentions: SourceRef[];
}

/**
 * A human-readable name for an article: its title, else says it is untitled and whose it is (never an invented
 * title; the date is shown beside it wherever the article is credited).
 */
export function documentLabel(doc: BankDocument): string {
	return doc.title ?? `Untitled article by ${doc.author ?? doc.publisher ?? doc.id}`;
}

/**
 * A question with its fields in the format's fixed order and nothing else (no empty `accept`, no extra fields), so
 * its JSON is the same whatever order the fields were set in: what the builder writes and an import saves.
 */
export function tidyQuestion(q: Question): Question {
	const out: Question = { id: q.id, type: q.type, kind: q.kind, prompt: q.prompt, answer: q.answer } as Question;
	if (q.accept?.length) out.accept = q.accept;
	if (q.choices) out.choices = q.choices;
	if (q.items) out.items = q.items;
	if (q.date) out.date = q.date;
	if (q.number) out.number = q.number;
	out.sources = q.sources.map((s) => ({ doc: s.doc, quote: s.quote, start: s.start, end: s.end }));
	out.origin = q.origin;
	if (q.explanation) out.explanation = q.explanation;
	return out;
}
