// The export formats the page offers, and how each file is made. Every writer is imported only when its format is
// asked for, so none of them (nor sql.js or the zip library) weighs on any page's first load.
import type { ExportSet } from '$lib/export/export-set';
import { fileStem } from '$lib/export/export-set';
import { summariseOmissions } from '$lib/export/omissions';
import { plural } from '$lib/domain/allowance';

export type FormatId = 'apkg' | 'anki-text' | 'quizlet' | 'kahoot' | 'moodle' | 'gift' | 'csv' | 'results';

export interface FormatInfo {
	id: FormatId;
	label: string;
	file: string;
	help: string;
}

export const FORMATS: readonly FormatInfo[] = [
	{ id: 'apkg', label: 'Anki package', file: '.apkg', help: 'One note per question; the back shows the source. Open it with Anki (File → Import).' },
	{ id: 'anki-text', label: 'Text for Anki', file: '.txt', help: 'Tab-separated front, back, source, article and tags, with Anki’s import headers.' },
	{ id: 'quizlet', label: 'Text for Quizlet', file: '.txt', help: 'Tab between term and definition, one card per line; the source and its article in extra columns.' },
	{ id: 'kahoot', label: 'Kahoot spreadsheet', file: '.xlsx', help: 'Kahoot’s quiz template: multiple-choice and true/false questions only, cut to Kahoot’s limits.' },
	{ id: 'moodle', label: 'Moodle XML', file: '.xml', help: 'Multiple choice, true/false, short answer, ordering; the source in each question’s general feedback.' },
	{ id: 'gift', label: 'GIFT', file: '.txt', help: 'Moodle’s text format, read by many learning platforms; no ordering questions.' },
	{ id: 'csv', label: 'CSV for spreadsheets', file: '.csv', help: 'One row per question with every field; safe to open (no cell runs as a formula).' }
];

export const RESULTS_FORMAT: FormatInfo = {
	id: 'results',
	label: 'Results CSV',
	file: '.csv',
	help: 'One row per student and question: the question, its right answer and source, right or wrong.'
};

export interface MadeFile {
	blob: Blob;
	name: string;
	/** What the file holds, in a sentence. */
	summary: string;
	/** What was cut or left out, one line each. */
	notes: string[];
}


export async function makeFile(format: Exclude<FormatId, 'apkg' | 'results'>, set: ExportSet): Promise<MadeFile> {
	const stem = fileStem(set);
	const n = set.questions.length;
	switch (format) {
		case 'anki-text':
		case 'quizlet': {
			const { writeText } = await import('$lib/export/anki-text');
			const { text, flattened } = writeText(set, format === 'anki-text' ? 'anki' : 'quizlet');
			return {
				blob: new Blob([text], { type: 'text/plain;charset=utf-8' }),
				name: `${stem}-${format === 'anki-text' ? 'anki' : 'quizlet'}.txt`,
				summary: `${plural(n, 'card')}.`,
				notes: flattened ? [`${plural(flattened, 'field')} had tabs or line breaks, written as spaces (Quizlet reads one card per line).`] : []
			};
		}
		case 'kahoot': {
			const { writeKahootXlsx, KAHOOT_QUESTION_MAX, KAHOOT_ANSWER_MAX } = await import('$lib/export/kahoot-xlsx');
			const out = writeKahootXlsx(set);
			const questionCuts = out.cuts.filter((c) => c.field === 'question');
			const answerCuts = out.cuts.length - questionCuts.length;
			const notes = [
				...(questionCuts.length ? [`${plural(questionCuts.length, 'question')} cut to Kahoot’s ${KAHOOT_QUESTION_MAX} characters: ${questionCuts.map((c) => c.id).join(', ')}.`] : []),
				...(answerCuts ? [`${plural(answerCuts, 'answer')} cut to Kahoot’s ${KAHOOT_ANSWER_MAX} characters: ${[...new Set(out.cuts.filter((c) => c.field !== 'question').map((c) => c.id))].join(', ')}.`] : []),
				...(out.fewerOptions.length ? [`${plural(out.fewerOptions.length, 'question')} had more than four options: the right one and three others kept.`] : []),
				...summariseOmissions(out.omitted)
			];
			return {
				blob: new Blob([out.bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
				name: `${stem}-kahoot.xlsx`,
				summary: `${plural(out.count, 'question')} in Kahoot’s template.`,
				notes
			};
		}
		case 'moodle': {
			const { writeMoodleXml } = await import('$lib/export/moodle-xml');
			return { blob: new Blob([writeMoodleXml(set)], { type: 'application/xml' }), name: `${stem}-moodle.xml`, summary: `${plural(n, 'question')}.`, notes: [] };
		}
		case 'gift': {
			const { writeGift } = await import('$lib/export/gift');
			const { text, omitted } = writeGift(set);
			return {
				blob: new Blob([text], { type: 'text/plain;charset=utf-8' }),
				name: `${stem}-gift.txt`,
				summary: `${plural(n - omitted.length, 'question')}.`,
				notes: summariseOmissions(omitted)
			};
		}
		case 'csv': {
			const { writeBankCsv } = await import('$lib/export/bank-csv');
			return { blob: new Blob([writeBankCsv(set)], { type: 'text/csv;charset=utf-8' }), name: `${stem}.csv`, summary: `${plural(n, 'question')}, one per row.`, notes: [] };
		}
	}
}
