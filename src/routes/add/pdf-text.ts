/**
 * A PDF's text layer as an article's text: the positioned runs of text pdf.js gives for each page become lines,
 * the lines paragraphs. A PDF knows no paragraphs, only where each run of text is drawn, so they are inferred:
 * a wider gap between lines, or a short line that ends a sentence, ends a paragraph; a word hyphenated at a line's
 * end is joined again; the running header and footer printed on every page, and page numbers, are dropped.
 * Pure (runs in Node for the tests); the pdf.js part is read-pdf.ts.
 */

/** One run of text as pdf.js reports it (TextItem: str, transform [a b c d x y], width, height, hasEOL). */
export interface PdfRun {
	str: string;
	x: number;
	y: number;
	width: number;
	height: number;
	hasEOL: boolean;
}

export interface PdfLine {
	text: string;
	x: number;
	/** Baseline, in PDF units from the page's bottom (higher is nearer the top). */
	y: number;
	/** Right end of the line's text. */
	right: number;
	height: number;
}

/** Runs to lines: a run on another baseline, or after an end of line, starts a new line. */
export function runsToLines(runs: readonly PdfRun[]): PdfLine[] {
	const lines: PdfLine[] = [];
	let line: PdfLine | null = null;
	let ended = false;
	for (const run of runs) {
		if (!run.str && !run.hasEOL) continue;
		const sameLine = line && !ended && Math.abs(run.y - line.y) <= Math.max(line.height, run.height, 1) * 0.5;
		if (!line || !sameLine) {
			if (line) lines.push(line);
			line = run.str ? { text: run.str, x: run.x, y: run.y, right: run.x + run.width, height: run.height } : null;
			ended = run.hasEOL;
			continue;
		}
		if (run.str) {
			// Words drawn as separate runs: a space where there is a visible gap and the runs bring none.
			const gap = run.x - line.right;
			const spaced = /\s$/.test(line.text) || /^\s/.test(run.str);
			if (!spaced && gap > Math.max(line.height, run.height) * 0.15) line.text += ' ';
			line.text += run.str;
			line.right = Math.max(line.right, run.x + run.width);
			line.height = Math.max(line.height, run.height);
		}
		ended = run.hasEOL;
	}
	if (line) lines.push(line);
	return lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() })).filter((l) => l.text);
}

/** A page number on its own line: "12", "- 12 -", "Page 3", "3 of 10", "3 / 10", "iv". */
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:page\s+)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*[-–—])?$/i;
/** Lines looked at for a running header or footer at each end of a page. */
const EDGE = 2;

/** A line's text with its numbers blanked: a footer "Report 2024 — page 3" is the same on every page. */
const shape = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');

/** Drops the lines repeated at the top or bottom of most pages, and page numbers at either end of a page. */
export function dropFurniture(pages: readonly PdfLine[][]): PdfLine[][] {
	const counted = pages.filter((p) => p.length > 0).length;
	const onPages = new Map<string, number>();
	for (const lines of pages) {
		const edges = new Set([...lines.slice(0, EDGE), ...lines.slice(-EDGE)].map((l) => shape(l.text)));
		for (const s of edges) onPages.set(s, (onPages.get(s) ?? 0) + 1);
	}
	// Repeated on at least two pages and on more than half of them.
	const repeated = (text: string) => counted >= 2 && (onPages.get(shape(text)) ?? 0) >= Math.max(2, Math.ceil(counted * 0.5 + 0.01));
	return pages.map((lines) => {
		const out = [...lines];
		const isFurniture = (l: PdfLine) => repeated(l.text) || PAGE_NUMBER.test(l.text);
		for (let i = 0; i < EDGE && out.length && isFurniture(out[0]); i++) out.shift();
		for (let i = 0; i < EDGE && out.length && isFurniture(out[out.length - 1]); i++) out.pop();
		return out;
	});
}

function median(values: number[]): number {
	if (!values.length) return 0;
	const s = [...values].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

const ENDS_SENTENCE = /[.!?:;]["'”’)\]]*$/;

/** Joins two lines of one paragraph: a word broken by a hyphen at the line's end is made whole again. */
function joinLine(paragraph: string, next: string): string {
	if (!paragraph) return next;
	if (/\u00ad$/.test(paragraph)) return paragraph.slice(0, -1) + next;
	// "para-" + "graph" → "paragraph"; "Japan-" + "Russia" (a capital) and "1956-" + "57" keep their hyphen.
	if (/\p{Ll}-$/u.test(paragraph) && /^\p{Ll}/u.test(next)) return paragraph.slice(0, -1) + next;
	if (/[-–—/]$/.test(paragraph)) return paragraph + next;
	return `${paragraph} ${next}`;
}

/** Pages of lines (furniture dropped) to paragraphs separated by blank lines. */
export function linesToText(pages: readonly PdfLine[][]): string {
	const paragraphs: string[] = [];
	let current = '';
	const flush = () => {
		if (current.trim()) paragraphs.push(current.trim());
		current = '';
	};
	for (const lines of pages) {
		if (!lines.length) continue;
		const gaps = lines.slice(1).map((l, i) => lines[i].y - l.y).filter((g) => g > 0);
		const spacing = median(gaps);
		const left = Math.min(...lines.map((l) => l.x));
		const width = median(lines.map((l) => l.right - left));
		lines.forEach((line, i) => {
			const prev = lines[i - 1];
			if (prev) {
				const gap = prev.y - line.y;
				const wideGap = spacing > 0 && (gap > spacing * 1.4 || gap < 0);
				const shortEnd = ENDS_SENTENCE.test(prev.text) && prev.right - left < width * 0.8;
				const indented = line.x - left > line.height * 1.5 && ENDS_SENTENCE.test(prev.text);
				if (wideGap || shortEnd || indented) flush();
			}
			current = joinLine(current, line.text);
		});
		// A paragraph that ends a page mid-sentence goes on at the top of the next.
		if (ENDS_SENTENCE.test(current)) flush();
	}
	flush();
	return paragraphs.join('\n\n');
}

/** Letters in the text: a scanned PDF has none (or a few from a stamp or a page number). */
export function letterCount(text: string): number {
	return (text.match(/\p{L}/gu) ?? []).length;
}

/** A PDF date ("D:20240315101500+01'00'") as the day it names, or null. */
export function pdfDateDay(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(value.trim());
	if (!m || !m[2] || !m[3]) return null;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(y, mo - 1, d));
	if (y < 1000 || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
	return `${m[1]}-${m[2]}-${m[3]}`;
}

/**
 * A title as stored by the program that made the file, if it is one: word processors write "Microsoft Word -
 * report.docx" or "Untitled" when the author gave none.
 */
export function cleanFileTitle(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	const t = value.replace(/^microsoft (?:word|powerpoint) - /i, '').replace(/\s+/g, ' ').trim();
	if (!t || /^(untitled|document\d*|title|no title)$/i.test(t) || /\.(docx?|pdf|odt|rtf|txt|indd|tex|pages)$/i.test(t)) return null;
	return t.length > 300 ? null : t;
}

/** The details a file's metadata proposes (title, author, the day it was made), as the add page's form takes them. */
export function fileDetails(title: string | null, author: string, day: string | null, made: string): { title?: string; author?: string; date?: string; dateBasis?: string } {
	return {
		...(title ? { title } : {}),
		...(author ? { author } : {}),
		...(day ? { date: day, dateBasis: `inferred from the file metadata: ${made} on ${day} (precision: day)` } : {})
	};
}
