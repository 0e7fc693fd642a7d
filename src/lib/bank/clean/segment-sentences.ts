/**
 * Sentence splitting with offsets into the original text. A small rule splitter (wink-nlp is ~1 MB): a
 * sentence ends at . ! ? (plus closing quotes) before a space and a capital, digit or opening quote, unless
 * the word before the stop is an abbreviation ("Nov.", "Mr.", "U.S.") or an initial.
 */
import type { TextRange } from './clean-document';

export interface Sentence extends TextRange {
	text: string;
	/** Index of the body paragraph it comes from. */
	paragraph: number;
}

const ABBREVIATIONS = new Set(
	'al mr mrs ms dr prof st jr sr gen col lt sgt gov sen rep rev no nos vs etc inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec approx dept est fig ft mt e.g i.e a.m p.m u.s u.k u.n u.s.s.r e.u'.split(
		' '
	)
);

const CLOSERS = '"”’)]';
const CITATION = /^\[(?:\d{1,3}|[a-z]|citation needed|note \d+)\]/;
const OPENERS = /[A-Z0-9“"‘(•\u00C0-\u024F]/;

function isAbbreviation(text: string, dot: number): boolean {
	let i = dot;
	while (i > 0 && /[A-Za-z.]/.test(text[i - 1])) i--;
	const word = text.slice(i, dot).toLowerCase();
	if (word === '') return false;
	if (ABBREVIATIONS.has(word)) return true;
	// A single capital initial ("J. Smith"), or dotted initials ("U.S.").
	return /^[a-z]$/.test(word) ? /[A-Z]/.test(text[dot - 1]) : /^([a-z]\.)+[a-z]$/.test(word);
}

function trimRange(text: string, start: number, end: number): TextRange {
	while (start < end && /[\s•]/.test(text[start])) start++;
	while (end > start && /\s/.test(text[end - 1])) end--;
	return { start, end };
}

/** Splits each range into sentences. */
export function segmentSentences(text: string, ranges: readonly TextRange[]): Sentence[] {
	const out: Sentence[] = [];
	ranges.forEach((range, paragraph) => {
		let from = range.start;
		const push = (end: number) => {
			const r = trimRange(text, from, end);
			if (r.end > r.start) out.push({ start: r.start, end: r.end, text: text.slice(r.start, r.end), paragraph });
			from = end;
		};
		// Jump from stop to stop with a sticky-free global regex: far faster than testing every character.
		const stops = /[.!?]/g;
		stops.lastIndex = range.start;
		for (let m = stops.exec(text); m && m.index < range.end; m = stops.exec(text)) {
			const i = m.index;
			const ch = text[i];
			let j = i + 1;
			while (j < range.end && CLOSERS.includes(text[j])) j++;
			// "… of the eruption.[48] Sea surface …": citation marks after the stop belong to the sentence they close.
			for (let c = CITATION.exec(text.slice(j, j + 24)); c && j < range.end; c = CITATION.exec(text.slice(j, j + 24))) j += c[0].length;
			if (j >= range.end) break;
			if (!/\s/.test(text[j])) continue;
			let k = j;
			while (k < range.end && /\s/.test(text[k])) k++;
			if (k >= range.end || !OPENERS.test(text[k])) continue;
			if (ch === '.' && isAbbreviation(text, i)) continue;
			push(j);
		}
		push(range.end);
	});
	return out;
}
