/**
 * Reading a bank back from its CSV export, its Anki/Quizlet text export, or an Anki text export with a source
 * column, then keeping only the questions whose source quote is found in one of the learner's documents: an
 * answer without a source never enters the app. Pure; the page that offers it (with the learner's own documents)
 * is not built yet.
 */
import type { Question, QuestionKind, QuestionType, SourceRef } from '../format/bank-format';
import { DelimitedParseError, parseDelimited, restoreFormula, type ParsedRow } from './delimited';
import { BANK_CSV_COLUMNS } from './bank-csv';

/** One question as read, before its source is checked: the question's own fields, and where it says it is from. */
export interface ImportedRow extends Pick<Question, 'type' | 'kind' | 'prompt' | 'answer' | 'accept' | 'choices' | 'items' | 'explanation'> {
	/** Line the row starts on, for messages. */
	line: number;
	/** The source quote as written in the file ("" when the file has none). */
	quote: string;
	/** The document the file says it is from, when it says (bank CSV). */
	doc?: string;
	/** Id in the file (bank CSV), kept when the question is accepted. */
	id?: string;
}

export type ImportProblemCode = 'empty' | 'unreadable' | 'no-columns' | 'bad-row';

export class ImportError extends Error {
	constructor(
		readonly code: ImportProblemCode,
		message: string
	) {
		super(message);
		this.name = 'ImportError';
	}
}

export interface ParsedImport {
	format: 'bank-csv' | 'text';
	rows: ImportedRow[];
	/** Rows that could not be read as a question, with why (in the user's words). */
	problems: { line: number; message: string }[];
}

const TYPES: readonly QuestionType[] = ['flashcard', 'choice', 'typed', 'truefalse', 'cloze', 'order'];
const KINDS: readonly QuestionKind[] = ['date', 'actor', 'poll', 'number', 'position', 'place', 'event'];

function jsonList(text: string): string[] | undefined {
	if (!text) return undefined;
	const value: unknown = JSON.parse(text);
	if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new Error('not a list of texts');
	return value.length ? value : undefined;
}

function readBankCsv(rows: ParsedRow[]): ParsedImport {
	const header = rows[0].fields.map((f) => f.trim().toLowerCase());
	const col = (name: (typeof BANK_CSV_COLUMNS)[number]) => header.indexOf(name);
	const problems: ParsedImport['problems'] = [];
	const out: ImportedRow[] = [];
	for (const { line, fields } of rows.slice(1)) {
		const get = (name: (typeof BANK_CSV_COLUMNS)[number]) => {
			const i = col(name);
			return i >= 0 && i < fields.length ? restoreFormula(fields[i]) : '';
		};
		const type = get('type') as QuestionType;
		const kind = get('kind') as QuestionKind;
		const prompt = get('prompt');
		const answer = get('answer');
		if (!prompt.trim() || !answer.trim()) {
			problems.push({ line, message: `Line ${line} has no question or no answer.` });
			continue;
		}
		try {
			const row: ImportedRow = {
				line,
				type: TYPES.includes(type) ? type : 'flashcard',
				kind: KINDS.includes(kind) ? kind : 'event',
				prompt,
				answer,
				quote: get('source quote'),
				doc: get('source document') || undefined,
				id: get('id') || undefined
			};
			const accept = jsonList(get('accepted answers'));
			const choices = jsonList(get('choices'));
			const items = jsonList(get('order items'));
			const explanation = get('explanation');
			if (accept) row.accept = accept;
			if (choices) row.choices = choices;
			if (items) row.items = items;
			if (explanation) row.explanation = explanation;
			out.push(keepCheckable(row));
		} catch {
			problems.push({ line, message: `Line ${line}: a list column (accepted answers, choices or order items) is not readable.` });
		}
	}
	return { format: 'bank-csv', rows: out, problems };
}

/** A row whose type its fields do not support (choices without the answer once, order without items) becomes a flashcard. */
function keepCheckable(row: ImportedRow): ImportedRow {
	const fits =
		row.type === 'choice'
			? (row.choices ?? []).filter((c) => c === row.answer).length === 1
			: row.type === 'order'
				? (row.items?.length ?? 0) >= 2
				: row.type === 'truefalse'
					? row.answer === 'True' || row.answer === 'False'
					: true;
	return fits ? row : { ...row, type: 'flashcard' };
}

/** Anki's file headers (#key:value lines before the first note). */
function textHeaders(text: string): Map<string, string> {
	const headers = new Map<string, string>();
	for (const line of text.replace(/^\ufeff/, '').split(/\r\n|\n|\r/)) {
		const m = /^#([a-z ]+):(.*)$/i.exec(line);
		if (!m) break;
		headers.set(m[1].trim().toLowerCase(), m[2]);
	}
	return headers;
}

/** Anki's HTML fields as text: <br> as line breaks, other tags dropped, entities decoded. */
export function htmlToText(html: string): string {
	return html
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(/<[^>]*>/g, '')
		.replace(/&(#\d+|#x[\da-f]+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) => {
			const name = e.toLowerCase();
			if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
			if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
			return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[name] ?? '';
		});
}

function readText(text: string): ParsedImport {
	const headers = textHeaders(text);
	const separator = headers.get('separator')?.trim().toLowerCase();
	const delimiter = separator === 'comma' || separator === ',' ? ',' : '\t';
	const isHtml = headers.get('html')?.trim().toLowerCase() === 'true';
	const columns = headers.get('columns')?.split(delimiter).map((c) => c.trim().toLowerCase());
	// Without a #columns header: Front, Back, Source (our order, and the usual one for a source column).
	const at = (name: string, fallback: number) => {
		const i = columns ? columns.indexOf(name) : -1;
		return i >= 0 ? i : columns ? -1 : fallback;
	};
	const front = at('front', 0);
	const back = at('back', 1);
	const source = columns ? (columns.indexOf('source') >= 0 ? columns.indexOf('source') : columns.indexOf('quote')) : 2;
	if (front < 0 || back < 0) throw new ImportError('no-columns', 'This file’s #columns line names no Front and Back columns.');
	const clean = (s: string) => (isHtml ? htmlToText(s) : s).trim();
	const rows: ImportedRow[] = [];
	const problems: ParsedImport['problems'] = [];
	for (const { line, fields } of parseDelimited(text, delimiter, { comment: '#' })) {
		const prompt = clean(fields[front] ?? '');
		const answer = clean(fields[back] ?? '');
		if (!prompt || !answer) {
			problems.push({ line, message: `Line ${line} has no front or no back.` });
			continue;
		}
		rows.push({ line, type: 'flashcard', kind: 'event', prompt, answer, quote: source >= 0 ? clean(fields[source] ?? '') : '' });
	}
	return { format: 'text', rows, problems };
}

/** Reads a file's text. Throws ImportError (empty, unreadable, no-columns). */
export function parseImport(text: string): ParsedImport {
	if (!text.replace(/^\ufeff/, '').trim()) throw new ImportError('empty', 'The file is empty.');
	try {
		const first = parseDelimited(text, ',').slice(0, 1);
		const header = first[0]?.fields.map((f) => f.trim().toLowerCase()) ?? [];
		if (['id', 'prompt', 'answer', 'source quote'].every((c) => header.includes(c))) return readBankCsv(parseDelimited(text, ','));
		return readText(text);
	} catch (e) {
		if (e instanceof DelimitedParseError) throw new ImportError('unreadable', `The file cannot be read: ${e.message}`);
		throw e;
	}
}

/** A learner's document, as text (the file decoded as UTF-8). */
export interface SourceDocument {
	id: string;
	text: string;
}

export interface SourceCheck {
	/** Questions whose quote was found, with the offsets where. */
	accepted: Question[];
	rejected: { line: number; prompt: string; message: string }[];
}

/** Finds a quote verbatim; a file that flattened whitespace (Quizlet) is matched with whitespace runs as one. */
function locate(quote: string, text: string): { start: number; end: number } | null {
	const exact = text.indexOf(quote);
	if (exact >= 0) return { start: exact, end: exact + quote.length };
	const words = quote.split(/\s+/).filter(Boolean);
	if (!words.length) return null;
	const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
	const m = pattern.exec(text);
	return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/**
 * Keeps the rows whose source quote is in a document (the one the row names first, else any), with the quote as
 * the document has it and its offsets, so `text.slice(start, end) === quote` holds as in every bank.
 */
export function checkSources(rows: readonly ImportedRow[], documents: readonly SourceDocument[], makeId: (row: ImportedRow) => string): SourceCheck {
	const accepted: Question[] = [];
	const rejected: SourceCheck['rejected'] = [];
	for (const row of rows) {
		if (!row.quote.trim()) {
			rejected.push({ line: row.line, prompt: row.prompt, message: 'It has no source quote: an answer without a source is not imported.' });
			continue;
		}
		const ordered = row.doc ? [...documents.filter((d) => d.id === row.doc), ...documents.filter((d) => d.id !== row.doc)] : documents;
		let source: SourceRef | null = null;
		for (const doc of ordered) {
			const at = locate(row.quote, doc.text);
			if (at) {
				source = { doc: doc.id, quote: doc.text.slice(at.start, at.end), ...at };
				break;
			}
		}
		if (!source) {
			rejected.push({ line: row.line, prompt: row.prompt, message: 'Its source quote is in none of your documents.' });
			continue;
		}
		const question: Question = {
			id: row.id ?? makeId(row),
			type: row.type,
			kind: row.kind,
			prompt: row.prompt,
			answer: row.answer,
			sources: [source],
			origin: 'curated'
		};
		if (row.accept) question.accept = row.accept;
		if (row.choices) question.choices = row.choices;
		if (row.items) question.items = row.items;
		if (row.explanation) question.explanation = row.explanation;
		accepted.push(question);
	}
	return { accepted, rejected };
}

