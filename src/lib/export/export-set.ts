/**
 * What every export writes: a bank (built-in, or later the learner's own) or a composed quiz, as plain rows with
 * each question's source resolved to its article. Pure: no Svelte, browser or storage.
 */
import { documentLabel, type BankDocument, type Question } from '../format/bank-format';

/** A bank or a composed quiz: its questions in the order to export, and the documents they quote. */
export interface ExportSet {
	/** Bank id, or "quiz-<code>" for a composed quiz: used in file names and tags. */
	id: string;
	title: string;
	documents: readonly BankDocument[];
	questions: readonly Question[];
	/** Seconds per question a composed quiz was made with (0 = untimed); absent for a bank. */
	seconds?: number;
}

/** One question with its main source spelled out. */
export interface ExportRow {
	question: Question;
	/** Choices in the order to show (a composed quiz keeps the order its players saw). */
	choices: string[];
	quote: string;
	doc: string;
	/** The article's title, or who wrote it when untitled (never an invented title). */
	article: string;
	/** The article's date, YYYY-MM-DD, or "" when the document is not in the set. */
	articleDate: string;
}

export function exportRows(set: ExportSet): ExportRow[] {
	const docs = new Map(set.documents.map((d) => [d.id, d]));
	return set.questions.map((question) => {
		const source = question.sources[0];
		const doc = source ? docs.get(source.doc) : undefined;
		return {
			question,
			choices: choicesOf(question),
			quote: source?.quote ?? '',
			doc: source?.doc ?? '',
			article: doc ? documentLabel(doc) : (source?.doc ?? ''),
			articleDate: doc?.date ?? ''
		};
	});
}

/** A choice question's options; a true/false statement's are True and False even when the bank omits them. */
export function choicesOf(question: Question): string[] {
	if (question.choices?.length) return [...question.choices];
	if (question.type === 'truefalse') return ['True', 'False'];
	return [];
}

/** "Source: “quote” — Article, 2018-11-14": the line every format puts where it has room for the source. */
export function sourceLine(row: ExportRow): string {
	if (!row.quote) return '';
	const credit = [row.article, row.articleDate].filter(Boolean).join(', ');
	return `Source: “${row.quote}”${credit ? ` — ${credit}` : ''}`;
}

/** A safe file name stem: letters, digits and dashes. */
export function fileStem(set: ExportSet): string {
	const stem = `sourcedeck-${set.id}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
	return stem.slice(0, 80) || 'sourcedeck';
}
