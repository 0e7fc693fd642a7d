/**
 * GIFT (Moodle's text quiz format, read by many learning platforms through converters). Texts are [plain] so
 * HTML in a question shows as text; the source goes in the general feedback (####). Multiple choice, true/false,
 * short answer (typed and fill-in-the-blank, every accepted form), flashcards as essays whose feedback gives
 * the answer; GIFT has no ordering type, so ordering questions are left out and reported.
 */
import type { ExportSet } from './export-set';
import { exportRows, sourceLine, type ExportRow } from './export-set';
import type { Omission } from './omissions';

export interface GiftExport {
	text: string;
	omitted: Omission[];
}

/** GIFT's special characters take a backslash; line breaks become \n (a blank line would end the question). */
export function escapeGift(text: string): string {
	return text.replace(/[\\~=#{}:]/g, '\\$&').replace(/\r\n|\r|\n/g, '\\n');
}

const BLANK = '_____';

function feedback(row: ExportRow, answerFirst = false): string {
	const parts = [answerFirst ? `Answer: ${row.question.answer}` : '', row.question.explanation ?? '', sourceLine(row)].filter(Boolean);
	return parts.length ? `####${escapeGift(parts.join('\n'))}` : '';
}

function block(row: ExportRow): string | null {
	const q = row.question;
	switch (q.type) {
		case 'choice': {
			const options = row.choices.map((c) => `${c === q.answer ? '=' : '~'}${escapeGift(c)}`);
			return `{${options.join(' ')}${feedback(row)}}`;
		}
		case 'truefalse':
			return `{${q.answer === 'True' ? 'TRUE' : 'FALSE'}${feedback(row)}}`;
		case 'typed':
		case 'cloze': {
			const forms = [q.answer, ...(q.accept ?? [])].filter((f, i, all) => all.indexOf(f) === i);
			return `{${forms.map((f) => `=${escapeGift(f)}`).join(' ')}${feedback(row)}}`;
		}
		case 'flashcard':
			return `{${feedback(row, true)}}`;
		case 'order':
			return null;
	}
}

export function writeGift(set: ExportSet): GiftExport {
	const omitted: Omission[] = [];
	const out: string[] = [`// ${set.title.replace(/[\r\n]+/g, ' ')} — exported from Sourcedeck`, `$CATEGORY: Sourcedeck/${escapeGift(set.title)}`];
	for (const row of exportRows(set)) {
		const answers = block(row);
		if (!answers) {
			omitted.push({ id: row.question.id, reason: 'GIFT has no ordering questions' });
			continue;
		}
		const q = row.question;
		const title = `::${escapeGift(q.id)}::`;
		const blank = q.type === 'cloze' ? q.prompt.indexOf(BLANK) : -1;
		// A blank followed by more text keeps its place (GIFT's embedded answer); a trailing blank asks after the text.
		const stem =
			blank > 0 && q.prompt.slice(0, blank).trim() && q.prompt.slice(blank + BLANK.length).trim()
				? `[plain]${escapeGift(q.prompt.slice(0, blank))} ${answers} ${escapeGift(q.prompt.slice(blank + BLANK.length))}`
				: `[plain]${escapeGift(q.prompt)} ${answers}`;
		out.push(`${title}${stem}`);
	}
	return { text: out.join('\n\n') + '\n', omitted };
}
