/**
 * Cleaning: find the article body in a raw capture. Nothing is rewritten: the result is a list of ranges
 * (UTF-16 offsets into the ORIGINAL text), so every quote taken from them is found verbatim where it stands.
 */

export interface TextRange {
	start: number;
	end: number;
}

export type DropReason = 'blank' | 'heading' | 'doubled-heading' | 'byline' | 'tag' | 'link-box' | 'footer' | 'duplicate' | 'caption' | 'standfirst';

export interface CleanResult {
	/** Body paragraphs, in document order. */
	body: TextRange[];
	/** What was dropped and why (for the report and tests). */
	dropped: (TextRange & { reason: DropReason })[];
}

interface Line extends TextRange {
	text: string;
}

function splitLines(text: string): Line[] {
	const lines: Line[] = [];
	let start = 0;
	while (start <= text.length) {
		let end = text.indexOf('\n', start);
		if (end < 0) end = text.length;
		let s = start;
		let e = end;
		while (s < e && /\s/.test(text[s])) s++;
		while (e > s && /\s/.test(text[e - 1])) e--;
		lines.push({ start: s, end: e, text: text.slice(s, e) });
		start = end + 1;
	}
	return lines;
}

/**
 * Ends like a sentence: . ! ? and then only closing quotes or brackets (what /[.!?]["”’)]*$/ matches), read from
 * the end of the line rather than by a pattern tried at every stop of a long paragraph.
 */
function endsSentence(s: string): boolean {
	let j = s.length;
	while (j > 0 && '"”’)'.includes(s[j - 1])) j--;
	return j > 0 && '.!?'.includes(s[j - 1]);
}
const FOOTER = /copyright|©|all rights reserved|views expressed are/i;
const META = /\bmins? read\b|\|\s*\d{1,2}:\d{2}\s*GMT/i;

function wordCount(s: string): number {
	return s.split(/\s+/).filter(Boolean).length;
}

/** "X X": a heading captured twice on one line. */
function isDoubled(s: string): boolean {
	const half = (s.length - 1) / 2;
	return Number.isInteger(half) && half > 0 && s[half] === ' ' && s.slice(0, half) === s.slice(half + 1);
}

/** A bare personal name on its own line ("Nikolay Murashkin"): the mark of a link box or a byline. */
function isBareName(s: string): boolean {
	return /^(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s){1,2}[A-Z][a-z]+$/.test(s);
}

/** A line that is not prose: no sentence end and short, a tag bullet, a byline, page metadata. */
function classifyLine(s: string): DropReason | null {
	if (s === '') return 'blank';
	if (isDoubled(s)) return 'doubled-heading';
	if (/^by\s+[A-Z]/.test(s) && wordCount(s) <= 5) return 'byline';
	if (/^•/.test(s) && wordCount(s) <= 6) return 'tag';
	if (META.test(s)) return 'heading';
	if (!endsSentence(s) && wordCount(s) < 14) return 'heading';
	return null;
}

/** Groups of consecutive non-blank lines. */
function groupRuns(lines: Line[]): Line[][] {
	const runs: Line[][] = [];
	let run: Line[] = [];
	for (const line of lines) {
		if (line.text === '') {
			if (run.length) runs.push(run);
			run = [];
		} else run.push(line);
	}
	if (run.length) runs.push(run);
	return runs;
}

/** A link box: a run of 3+ lines, 2+ of them not prose, one of them a bare name (a teaser for another article). */
function isLinkBox(run: Line[]): boolean {
	if (run.length < 3) return false;
	const notProse = run.filter((l) => classifyLine(l.text) !== null).length;
	return notProse >= 2 && run.some((l) => isBareName(l.text));
}

/** A photo caption: "Putin (L) shakes hands with Abe …". */
const CAPTION = /\((?:L|R|C|left|right|center|centre)\)/;

/**
 * `title` (from the manifest): a line repeating it is the page heading. `author`: a paragraph opening with the
 * author's name and what they "explain" is the publisher's summary of the article, not the article.
 */
export function cleanDocument(text: string, title?: string | null, author?: string | null): CleanResult {
	const body: TextRange[] = [];
	const dropped: CleanResult['dropped'] = [];
	const seen = new Set<string>();
	let inFooter = false;
	for (const run of groupRuns(splitLines(text))) {
		const box = isLinkBox(run);
		for (const line of run) {
			const range = { start: line.start, end: line.end };
			// Footers are short lines; testing only those keeps cleaning linear and cheap.
			if (!inFooter && line.text.length < 300 && FOOTER.test(line.text)) inFooter = true;
			let reason: DropReason | null = inFooter
				? 'footer'
				: box
					? 'link-box'
					: title && line.text === title
						? 'heading'
						: CAPTION.test(line.text)
							? 'caption'
							: author && line.text.startsWith(`${author},`) && /\b(?:explains|writes|argues|says) that\b/.test(line.text.slice(0, 200))
								? 'standfirst'
								: classifyLine(line.text);
			// Lines are trimmed, so a repeated paragraph is the same string.
			if (!reason && seen.has(line.text)) reason = 'duplicate';
			if (reason) dropped.push({ ...range, reason });
			else {
				seen.add(line.text);
				body.push(range);
			}
		}
	}
	return { body, dropped };
}
