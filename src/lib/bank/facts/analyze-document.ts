/** Runs clean → segment → extract on one document: the facts the generators ask about. */
import type { SourceDocument } from '../read/load-documents';
import type { ActorMatcher, ActorMention } from './match-actors';
import type { PlaceMatcher, PlaceMention } from './match-places';
import type { DateMention } from './extract-dates';
import type { FigureMention } from './extract-figures';
import type { CleanResult } from '../clean/clean-document';
import type { Sentence } from '../clean/segment-sentences';
import { cleanDocument } from '../clean/clean-document';
import { segmentSentences } from '../clean/segment-sentences';
import { extractDates } from './extract-dates';
import { extractFigures } from './extract-figures';

/** A sentence read and cleaned, before any fact is extracted from it. */
export interface PreparedSentence extends Sentence {
	doc: string;
	/** Who says it, for attributed statements: "Yuki Tatsumi (Nov. 2018)", "Stratfor Worldview (Jan. 2019)". */
	attribution: string;
	/** Words the document writes in lower case (shared by its sentences): is "From" a common word here? */
	lowercaseWords: { has(word: string): boolean; mostly?(word: string): boolean };
	/** The same sentence was already analysed in an earlier document: nothing new to ask about it. */
	repeat: boolean;
	/** The article's date (YYYY-MM-DD): a date after it is a forecast, not a fact. */
	docDate: string;
}

export interface PreparedDocument {
	doc: SourceDocument;
	clean: CleanResult;
	sentences: PreparedSentence[];
}

export interface AnalyzedSentence extends PreparedSentence {
	dates: DateMention[];
	figures: FigureMention[];
	actors: ActorMention[];
	places: PlaceMention[];
	/** The one person the previous sentence of the paragraph names: who a "he" or "she" opening this one is. */
	antecedent?: string;
}

export interface AnalyzedDocument {
	doc: SourceDocument;
	clean: CleanResult;
	sentences: AnalyzedSentence[];
}

/**
 * `seen` holds the sentences of the documents analysed before: a sentence repeated verbatim (a syndicated
 * paragraph, a copied article) is kept for the gates but not extracted again — its questions would be
 * duplicates of the first one's.
 */
const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

export function attributionOf(doc: SourceDocument): string {
	// "Office of the Historian, U.S. Department of State (Milestones …)" → "Office of the Historian".
	const who = doc.author ?? (doc.publisher ? doc.publisher.split(/\s*[,(;]\s*/)[0] : null) ?? doc.title ?? doc.id;
	return `${who} (${MONTHS[Number(doc.date.slice(5, 7)) - 1]} ${doc.date.slice(0, 4)})`;
}

/**
 * The words a document writes in lower case more often than capitalised inside a sentence: "officials" is one,
 * "Ainu" is not, though a transliteration or a link somewhere has "ainu".
 */
function wordsWrittenLower(text: string): Set<string> {
	const lower = new Map<string, number>();
	for (const w of text.match(/(?<![\p{L}])[a-z][\p{L}’']*/gu) ?? []) lower.set(w, (lower.get(w) ?? 0) + 1);
	const capital = new Map<string, number>();
	for (const w of text.match(/(?<=[\p{Ll},;] )\p{Lu}\p{Ll}[\p{L}’']*/gu) ?? []) {
		const k = w.toLowerCase();
		if (lower.has(k)) capital.set(k, (capital.get(k) ?? 0) + 1);
	}
	return new Set([...lower].filter(([w, n]) => n >= (capital.get(w) ?? 0)).map(([w]) => w));
}

/** Clean and segment: the sentences every later stage reads (the actor finder first, over all documents). */
export function prepareDocument(doc: SourceDocument, seen: Set<string> = new Set()): PreparedDocument {
	const clean = cleanDocument(doc.text, doc.title, doc.author);
	const attribution = attributionOf(doc);
	// Built on first use: copies of an article never need it.
	let words: Set<string> | undefined;
	let mostlyLower: Set<string> | undefined;
	const lowercaseWords = {
		has: (w: string) => (words ??= new Set(doc.text.match(/(?<![\p{L}])[a-z][\p{L}’']*/gu) ?? [])).has(w),
		mostly: (w: string) => (mostlyLower ??= wordsWrittenLower(doc.text)).has(w)
	};
	const sentences = segmentSentences(doc.text, clean.body).map((s) => {
		const repeat = seen.has(s.text);
		seen.add(s.text);
		// Object.assign, not a spread with extra keys: the same object, made several times faster by V8 (a corpus of
		// copies has tens of thousands of sentences).
		return Object.assign({}, s, { doc: doc.id, attribution, lowercaseWords, repeat, docDate: doc.date });
	});
	return { doc, clean, sentences };
}

/**
 * The facts of a repeated sentence: one frozen empty list shared by all of them (a corpus of copies has tens of
 * thousands), which nothing adds to — an attempt would throw rather than change every repeated sentence.
 */
const NONE = Object.freeze([]) as never[];

export function analyzeDocument(
	input: SourceDocument | PreparedDocument,
	matcher: ActorMatcher,
	seen: Set<string> = new Set(),
	placeMatcher?: PlaceMatcher
): AnalyzedDocument {
	const { doc, clean, sentences: prepared } = 'clean' in input ? input : prepareDocument(input, seen);
	// The years named so far (the title's first): in an article looking back (none of them within a year of its
	// own date), a month without its year is in the last year named, not a forecast.
	const refYear = Number(doc.date.slice(0, 4));
	let lastYear: number | undefined;
	let maxYear = 0;
	const noteYears = (text: string) => {
		for (const m of text.matchAll(/(?<![\p{L}\p{N}])(1[5-9]\d\d|20\d\d)(?![\p{L}\p{N}])/gu)) {
			lastYear = Number(m[1]);
			maxYear = Math.max(maxYear, lastYear);
		}
	};
	noteYears(doc.title ?? '');
	const sentences = prepared.map((s): AnalyzedSentence => {
		const looksBack = maxYear > 0 && maxYear < refYear - 1 ? lastYear : undefined;
		noteYears(s.text);
		if (s.repeat) return Object.assign({}, s, { dates: NONE, figures: NONE, actors: NONE, places: NONE });
		const range = clean.body[s.paragraph];
		const paragraph = doc.text.slice(range.start, range.end);
		const dates = extractDates(s.text, doc.date, paragraph, looksBack);
		// A figure inside a date ("September 16") is the date's.
		const figures = extractFigures(s.text).filter((f) => !dates.some((d) => f.start < d.end && f.end > d.start));
		return Object.assign({}, s, { dates, figures, actors: matcher.find(s.text), places: placeMatcher?.find(s.text) ?? [] });
	});
	for (let i = 1; i < sentences.length; i++) {
		const prev = sentences[i - 1];
		// No one named before (every repeated sentence): no antecedent, and no arrays or sets made to find that out.
		if (prev.paragraph !== sentences[i].paragraph || prev.actors.length === 0) continue;
		const mentions = prev.actors.filter((m) => m.actor.kind === 'person');
		const people = new Set(mentions.map((m) => m.actor.name));
		// The one person named, or the subject: the first person, opening the sentence or its main clause after a
		// leading adjunct ("On Nov. 14, Prime Minister Shinzo Abe met with … Putin" → Abe).
		const first = mentions[0];
		const subject = first && /^(?:[^,]{0,40},\s*)?(?:(?:[\p{Lu}][\p{L}.]*\s+){0,3})$/u.test(prev.text.slice(0, first.start)) ? first.actor.name : undefined;
		if (people.size === 1) sentences[i].antecedent = [...people][0];
		else if (subject) sentences[i].antecedent = subject;
	}
	return { doc, clean, sentences };
}
