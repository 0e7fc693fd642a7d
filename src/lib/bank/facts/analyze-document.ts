/** Runs clean → segment → extract on one document: the facts the generators ask about. */
import type { SourceDocument } from '../read/load-documents';
import type { ActorMatcher, ActorMention } from './match-actors';
import type { DateMention } from './extract-dates';
import type { FigureMention } from './extract-figures';
import type { CleanResult } from '../clean/clean-document';
import type { Sentence } from '../clean/segment-sentences';
import { cleanDocument } from '../clean/clean-document';
import { segmentSentences } from '../clean/segment-sentences';
import { extractDates } from './extract-dates';
import { extractFigures } from './extract-figures';

export interface AnalyzedSentence extends Sentence {
	doc: string;
	/** Who says it, for attributed statements: "Yuki Tatsumi (Nov. 2018)", "Stratfor Worldview (Jan. 2019)". */
	attribution: string;
	/** Words the document writes in lower case (shared by its sentences): is "From" a common word here? */
	lowercaseWords: { has(word: string): boolean };
	/** The same sentence was already analysed in an earlier document: nothing new to ask about it. */
	repeat: boolean;
	dates: DateMention[];
	figures: FigureMention[];
	actors: ActorMention[];
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
	const who = doc.author ?? doc.publisher ?? doc.title ?? doc.id;
	return `${who} (${MONTHS[Number(doc.date.slice(5, 7)) - 1]} ${doc.date.slice(0, 4)})`;
}

export function analyzeDocument(doc: SourceDocument, matcher: ActorMatcher, seen: Set<string> = new Set()): AnalyzedDocument {
	const clean = cleanDocument(doc.text, doc.title, doc.author);
	const attribution = attributionOf(doc);
	// Built on first use: copies of an article never need it.
	let words: Set<string> | undefined;
	const lowercaseWords = {
		has: (w: string) => (words ??= new Set(doc.text.match(/(?<![\p{L}])[a-z][\p{L}’']*/gu) ?? [])).has(w)
	};
	const sentences = segmentSentences(doc.text, clean.body).map((s) => {
		if (seen.has(s.text)) return { ...s, doc: doc.id, attribution, lowercaseWords, repeat: true, dates: [], figures: [], actors: [] };
		seen.add(s.text);
		const range = clean.body[s.paragraph];
		const paragraph = doc.text.slice(range.start, range.end);
		const dates = extractDates(s.text, doc.date, paragraph);
		// A figure inside a date ("September 16") is the date's.
		const figures = extractFigures(s.text).filter((f) => !dates.some((d) => f.start < d.end && f.end > d.start));
		return { ...s, doc: doc.id, attribution, lowercaseWords, repeat: false, dates, figures, actors: matcher.find(s.text) };
	});
	return { doc, clean, sentences };
}
