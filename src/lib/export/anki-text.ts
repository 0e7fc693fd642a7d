/**
 * Tab-separated text for Anki's and Quizlet's import: front, back, then the source quote and its article in
 * columns of their own, and tags for Anki.
 * - anki: Anki's file headers (#separator, #html:false so text is never read as HTML, #columns, #tags column);
 *   a field holding a tab, a line break or a quote is quoted as in CSV, which Anki reads back intact.
 * - quizlet: no headers and no quoting (Quizlet splits on every tab and line break), so a tab or line break inside
 *   a field becomes a space; how many fields that changed is reported.
 */
import type { ExportSet } from './export-set';
import { exportRows, type ExportRow } from './export-set';
import { writeDelimited } from './delimited';

export type TextFlavour = 'anki' | 'quizlet';

export const TEXT_COLUMNS = ['Front', 'Back', 'Source', 'Article', 'Tags'] as const;

export interface TextExport {
	text: string;
	/** Fields whose tabs or line breaks became spaces (quizlet only). */
	flattened: number;
}

/** The front of a card: the prompt, with a choice question's options after it. */
export function frontOf(row: ExportRow, br = '\n'): string {
	const { question: q } = row;
	if (q.type === 'choice' && row.choices.length) return [q.prompt, ...row.choices.map((c, i) => `${String.fromCharCode(65 + i)}) ${c}`)].join(br);
	if (q.type === 'truefalse') return `True or false? ${q.prompt}`;
	if (q.type === 'order' && q.items?.length) return [q.prompt, ...[...q.items].sort()].join(br);
	return q.prompt;
}

/** The back: the answer, other accepted forms, and the explanation when there is one. */
export function backOf(row: ExportRow, br = '\n'): string {
	const { question: q } = row;
	const parts = [q.type === 'order' && q.items ? q.items.join(br) : q.answer];
	if (q.accept?.length) parts.push(`Also accepted: ${q.accept.join('; ')}`);
	if (q.explanation) parts.push(q.explanation);
	return parts.join(br);
}

/** Anki tags: no spaces inside one. */
export function tagsOf(set: ExportSet, row: ExportRow): string[] {
	const tag = (s: string) => s.replace(/\s+/g, '_');
	return [`sourcedeck::${tag(set.id)}`, row.doc ? `article::${tag(row.doc)}` : '', `kind::${row.question.kind}`].filter(Boolean);
}

export function writeText(set: ExportSet, flavour: TextFlavour): TextExport {
	// Quizlet has no line breaks inside a field: our own lists are joined with " / " there.
	const br = flavour === 'anki' ? '\n' : ' / ';
	const rows = exportRows(set).map((row) => [
		frontOf(row, br),
		backOf(row, br),
		row.quote,
		[row.article, row.articleDate].filter(Boolean).join(', '),
		tagsOf(set, row).join(' ')
	]);
	if (flavour === 'anki') {
		const headers = ['#separator:tab', '#html:false', `#columns:${TEXT_COLUMNS.join('\t')}`, `#tags column:${TEXT_COLUMNS.length}`];
		return { text: headers.join('\n') + '\n' + writeDelimited(rows, '\t', { eol: '\n', comment: '#' }), flattened: 0 };
	}
	let flattened = 0;
	const flat = rows.map((fields) =>
		fields.slice(0, 4).map((field) => {
			const out = field.replace(/[\t\r\n]+/g, ' ');
			if (out !== field) flattened++;
			return out;
		})
	);
	return { text: flat.map((f) => f.join('\t')).join('\n') + (flat.length ? '\n' : ''), flattened };
}
