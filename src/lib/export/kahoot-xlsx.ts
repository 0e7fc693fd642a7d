/**
 * Kahoot's quiz spreadsheet (.xlsx, the layout of Kahoot's own template): a title and instructions above, the
 * header on row 8 (question, answers 1–4, time limit, correct answer numbers) and one question per row from row 9.
 * Only multiple-choice and true/false questions fit; questions are cut to 120 characters and answers to 75
 * (Kahoot's limits) with every cut reported, and a question with more than four options keeps the right one and
 * the first three others. Written as a minimal SpreadsheetML package (shared strings, no formulas: a cell is
 * always text or a number, so nothing in it can run).
 */
import { strToU8, zipSync } from 'fflate';
import type { ExportSet } from './export-set';
import { exportRows } from './export-set';
import type { Omission } from './omissions';
import { TYPE_NAMES } from './omissions';
import { escapeXml } from './xml';

export const KAHOOT_QUESTION_MAX = 120;
export const KAHOOT_ANSWER_MAX = 75;
export const KAHOOT_TIME_LIMITS = [5, 10, 20, 30, 60, 90, 120, 240] as const;
export const KAHOOT_HEADER_ROW = 8;
export const KAHOOT_HEADER = [
	'',
	'Question - max 120 characters',
	'Answer 1 - max 75 characters',
	'Answer 2 - max 75 characters',
	'Answer 3 - max 75 characters',
	'Answer 4 - max 75 characters',
	'Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs',
	'Correct answer(s) - choose at least one'
] as const;

export interface KahootCut {
	id: string;
	/** "question" or "answer N". */
	field: string;
	/** Length before the cut, in characters. */
	from: number;
}

export interface KahootExport {
	bytes: Uint8Array;
	/** Questions written. */
	count: number;
	cuts: KahootCut[];
	/** Choice questions with more than four options, cut to four. */
	fewerOptions: string[];
	omitted: Omission[];
}

/** Cuts to `max` characters (code points, never half a surrogate pair), the last one an ellipsis. */
export function cutText(text: string, max: number): string {
	const chars = Array.from(text);
	return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}

/** The Kahoot time limit nearest a quiz's seconds (an untimed quiz gets the longest); 20 s for a bank. */
export function kahootTime(seconds: number | undefined): number {
	if (seconds === undefined) return 20;
	if (seconds <= 0) return 240;
	return KAHOOT_TIME_LIMITS.reduce((best, t) => (Math.abs(t - seconds) < Math.abs(best - seconds) ? t : best));
}

type Cell = string | number | null;

function column(i: number): string {
	return String.fromCharCode(65 + i);
}

function sheetXml(rows: Cell[][], strings: Map<string, number>): string {
	const index = (s: string) => {
		let i = strings.get(s);
		if (i === undefined) strings.set(s, (i = strings.size));
		return i;
	};
	const body = rows
		.map((cells, r) => {
			const xml = cells
				.map((cell, c) => {
					if (cell === null || cell === '') return '';
					const ref = `${column(c)}${r + 1}`;
					return typeof cell === 'number' ? `<c r="${ref}"><v>${cell}</v></c>` : `<c r="${ref}" t="s"><v>${index(cell)}</v></c>`;
				})
				.join('');
			return `<row r="${r + 1}">${xml}</row>`;
		})
		.join('');
	return (
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
		'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
		'<cols><col min="1" max="1" width="4" customWidth="1"/><col min="2" max="2" width="60" customWidth="1"/><col min="3" max="6" width="30" customWidth="1"/><col min="7" max="8" width="14" customWidth="1"/></cols>' +
		`<sheetData>${body}</sheetData></worksheet>`
	);
}

function sharedStringsXml(strings: Map<string, number>): string {
	const items = [...strings.keys()].map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join('');
	return (
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
		`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.size}" uniqueCount="${strings.size}">${items}</sst>`
	);
}

const STATIC_PARTS: Record<string, string> = {
	'[Content_Types].xml':
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
		'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
		'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
		'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
		'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
		'<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
	'_rels/.rels':
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
		'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
	'xl/workbook.xml':
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
		'<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
	'xl/_rels/workbook.xml.rels':
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
		'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
		'<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' +
		'<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
	'xl/styles.xml':
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
		'<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
		'<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
		'<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>'
};

export function writeKahootXlsx(set: ExportSet): KahootExport {
	const cuts: KahootCut[] = [];
	const fewerOptions: string[] = [];
	const omitted: Omission[] = [];
	const time = kahootTime(set.seconds);
	const rows: Cell[][] = [
		[null, `${set.title} — Sourcedeck`],
		[null, 'Kahoot quiz template: add questions, at least two answers, a time limit and the correct answer number(s).'],
		[null, `Questions are cut to ${KAHOOT_QUESTION_MAX} characters and answers to ${KAHOOT_ANSWER_MAX}, Kahoot's limits.`],
		[],
		[],
		[],
		[],
		[...KAHOOT_HEADER]
	];
	let number = 0;
	for (const row of exportRows(set)) {
		const q = row.question;
		if (q.type !== 'choice' && q.type !== 'truefalse') {
			omitted.push({ id: q.id, reason: `Kahoot takes multiple-choice and true/false questions, not ${TYPE_NAMES[q.type]} ones` });
			continue;
		}
		let options = row.choices;
		if (!options.includes(q.answer)) {
			omitted.push({ id: q.id, reason: 'its answer is not among its options' });
			continue;
		}
		if (options.length > 4) {
			fewerOptions.push(q.id);
			const others = options.filter((o) => o !== q.answer).slice(0, 3);
			// Keep the options in their order, the right one among the first three others.
			options = options.filter((o) => o === q.answer || others.includes(o));
		}
		const prompt = q.type === 'truefalse' ? `True or false? ${q.prompt}` : q.prompt;
		const cutPrompt = cutText(prompt, KAHOOT_QUESTION_MAX);
		if (cutPrompt !== prompt) cuts.push({ id: q.id, field: 'question', from: Array.from(prompt).length });
		const answers = options.map((o, i) => {
			const cut = cutText(o, KAHOOT_ANSWER_MAX);
			if (cut !== o) cuts.push({ id: q.id, field: `answer ${i + 1}`, from: Array.from(o).length });
			return cut;
		});
		number++;
		rows.push([number, cutPrompt, answers[0] ?? null, answers[1] ?? null, answers[2] ?? null, answers[3] ?? null, time, options.indexOf(q.answer) + 1]);
	}
	const strings = new Map<string, number>();
	const sheet = sheetXml(rows, strings);
	const files: Record<string, Uint8Array> = { 'xl/worksheets/sheet1.xml': strToU8(sheet), 'xl/sharedStrings.xml': strToU8(sharedStringsXml(strings)) };
	for (const [name, xml] of Object.entries(STATIC_PARTS)) files[name] = strToU8(xml);
	return { bytes: zipSync(files, { level: 6, mtime: new Date('2020-01-01T00:00:00Z') }), count: number, cuts, fewerOptions, omitted };
}
