/**
 * Delimited text (CSV, tab-separated): RFC 4180 quoting on write, a tolerant reader, and spreadsheet formula
 * neutralising that reads back exactly.
 */

export type Delimiter = ',' | '\t';

/** Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection"), tab and CR included. */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * A cell a spreadsheet shows as text, never runs: a leading = + - @ tab or CR gets an apostrophe in front (and so
 * does a text already starting with apostrophes before one of them), so `restoreFormula` can take exactly one off.
 */
export function neutraliseFormula(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Inverse of neutraliseFormula. */
export function restoreFormula(text: string): string {
	return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** One field, quoted when it holds the delimiter, a quote or a line break (inner quotes doubled), or when asked. */
export function formatField(value: string | number, delimiter: Delimiter, force = false): string {
	const text = String(value);
	return force || text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface WriteOptions {
	/** Line end; CRLF (RFC 4180) by default. */
	eol?: string;
	/** A reader's comment character (Anki's is #): a row's first field starting with it is quoted. */
	comment?: string;
}

/** Rows joined by the line end, ending with one. */
export function writeDelimited(rows: readonly (readonly (string | number)[])[], delimiter: Delimiter, options: WriteOptions = {}): string {
	const { eol = '\r\n', comment } = options;
	// A row of one empty field is written "" so it is not read as a blank line.
	const line = (row: readonly (string | number)[]) =>
		row.length === 1 && row[0] === ''
			? '""'
			: row.map((v, i) => formatField(v, delimiter, i === 0 && !!comment && String(v).startsWith(comment))).join(delimiter);
	return rows.map(line).join(eol) + (rows.length ? eol : '');
}

export class DelimitedParseError extends Error {
	constructor(
		message: string,
		readonly line: number
	) {
		super(message);
		this.name = 'DelimitedParseError';
	}
}

/** A parsed row and the (1-based) line it starts on. */
export interface ParsedRow {
	line: number;
	fields: string[];
}

export interface ParseOptions {
	/** A row starting with this character (unquoted) is a comment and skipped, as Anki's reader does. */
	comment?: string;
}

/**
 * Reads delimited text: quoted fields may hold the delimiter, quotes ("") and line breaks; CRLF, LF or CR end a
 * row; a byte-order mark is skipped; a quote inside an unquoted field is kept as text (as spreadsheets do). A
 * quoted field that never closes throws DelimitedParseError with the line it opened on. Empty lines are skipped.
 */
export function parseDelimited(text: string, delimiter: Delimiter, options: ParseOptions = {}): ParsedRow[] {
	const rows: ParsedRow[] = [];
	let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	let line = 1;
	let fields: string[] = [];
	let field = '';
	let rowLine = 1;
	let quotedRow = false;
	const endRow = () => {
		fields.push(field);
		if (fields.length > 1 || fields[0] !== '' || quotedRow) rows.push({ line: rowLine, fields });
		fields = [];
		field = '';
		quotedRow = false;
	};
	while (i < text.length) {
		const c = text[i];
		if (c === options.comment && field === '' && fields.length === 0 && !quotedRow) {
			while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
			if (text[i] === '\r' && text[i + 1] === '\n') i++;
			i++;
			line++;
			rowLine = line;
			continue;
		}
		if (c === '"' && field === '') {
			// A quoted field: runs to the next lone quote.
			const opened = line;
			quotedRow = true;
			i++;
			for (;;) {
				if (i >= text.length) throw new DelimitedParseError(`A quoted field opened on line ${opened} never closes.`, opened);
				const d = text[i];
				if (d === '"') {
					if (text[i + 1] === '"') {
						field += '"';
						i += 2;
						continue;
					}
					i++;
					break;
				}
				if (d === '\n' || (d === '\r' && text[i + 1] !== '\n')) line++;
				field += d;
				i++;
			}
			// Text after the closing quote up to the delimiter is kept (lenient, as spreadsheets are).
			while (i < text.length && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') field += text[i++];
			continue;
		}
		if (c === delimiter) {
			fields.push(field);
			field = '';
			i++;
			continue;
		}
		if (c === '\r' || c === '\n') {
			endRow();
			i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
			line++;
			rowLine = line;
			continue;
		}
		field += c;
		i++;
	}
	if (field !== '' || fields.length || quotedRow) endRow();
	return rows;
}
