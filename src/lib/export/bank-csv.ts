/**
 * A bank as CSV for spreadsheets: one row per question, every field of the bank format, safe to open (no cell
 * starts a formula). Lists (accepted answers, choices, order items, further sources) are JSON arrays so they read
 * back exactly.
 */
import type { ExportSet } from './export-set';
import { exportRows } from './export-set';
import { neutraliseFormula, writeDelimited } from './delimited';

/** Column names, in order; the reader finds columns by these names. */
export const BANK_CSV_COLUMNS = [
	'id',
	'type',
	'kind',
	'prompt',
	'answer',
	'accepted answers',
	'choices',
	'order items',
	'date',
	'number',
	'tolerance',
	'unit',
	'explanation',
	'origin',
	'source quote',
	'source document',
	'source start',
	'source end',
	'article',
	'article date',
	'more sources'
] as const;

const list = (values: readonly string[] | undefined) => (values?.length ? JSON.stringify(values) : '');

/** UTF-8 text with a byte-order mark (spreadsheets then read it as UTF-8), CRLF line ends. */
export function writeBankCsv(set: ExportSet): string {
	const rows = exportRows(set).map(({ question: q, quote, doc, article, articleDate }) => {
		const source = q.sources[0];
		return [
			q.id,
			q.type,
			q.kind,
			q.prompt,
			q.answer,
			list(q.accept),
			list(q.choices),
			list(q.items),
			q.date ?? '',
			q.number ? String(q.number.value) : '',
			q.number ? String(q.number.tolerance) : '',
			q.number?.unit ?? '',
			q.explanation ?? '',
			q.origin,
			quote,
			doc,
			source ? String(source.start) : '',
			source ? String(source.end) : '',
			article,
			articleDate,
			q.sources.length > 1 ? JSON.stringify(q.sources.slice(1)) : ''
		].map(neutraliseFormula);
	});
	return '\ufeff' + writeDelimited([[...BANK_CSV_COLUMNS], ...rows], ',');
}
