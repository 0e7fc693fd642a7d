/**
 * Details proposed for a document the learner adds (they confirm or edit them): the first line as its title, a
 * "By …" line as its author, a date stated near the top as its date; else today's date, marked as inferred.
 * Pure: `today` (YYYY-MM-DD) is passed in.
 */
export interface ProposedDetails {
	title: string;
	author: string;
	date: string;
	/** How the date was found, kept with the document as in the corpus manifest. */
	dateBasis: string;
}

/** Lines looked at for the author and the date: they stand at the top of an article. */
const HEAD_LINES = 12;
const MAX_TITLE = 160;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE_PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => [number, number, number] }[] = [
	{ re: /\b(\d{4})-(\d{2})-(\d{2})\b/, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
	{ re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'), read: (m) => [Number(m[3]), monthOf(m[1]), Number(m[2])] },
	{ re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+(\\d{4})\\b`, 'i'), read: (m) => [Number(m[3]), monthOf(m[2]), Number(m[1])] }
];

function monthOf(name: string): number {
	return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function pad(n: number, width = 2): string {
	return String(n).padStart(width, '0');
}

/** A real calendar day as YYYY-MM-DD, or null ("February 30", year 0). */
export function isoDay(year: number, month: number, day: number): string | null {
	if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
	const d = new Date(Date.UTC(year, month - 1, day));
	if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
	return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The first full date written in `line`, as YYYY-MM-DD with the words it was read from. */
export function findDate(line: string): { date: string; surface: string } | null {
	let best: { date: string; surface: string; at: number } | null = null;
	for (const { re, read } of DATE_PATTERNS) {
		const m = re.exec(line);
		if (!m) continue;
		const date = isoDay(...read(m));
		if (date && (!best || m.index < best.at)) best = { date, surface: m[0], at: m.index };
	}
	return best && { date: best.date, surface: best.surface };
}

export function proposeDetails(text: string, today: string): ProposedDetails {
	const lines = text
		.split(/\r\n?|\n/)
		.map((l) => l.trim())
		.filter(Boolean);
	const first = lines[0] ?? '';
	const title = first.length <= MAX_TITLE ? first : `${first.slice(0, MAX_TITLE - 1).trimEnd()}…`;
	const head = lines.slice(0, HEAD_LINES);
	let author = '';
	for (const line of head) {
		const m = /^by[:\s]+([^\d|,;]{2,80}?)\s*(?:[|,;].*|\d.*)?$/i.exec(line);
		if (m) {
			author = m[1].trim();
			break;
		}
	}
	for (const line of head) {
		const found = findDate(line);
		if (found) return { title, author, date: found.date, dateBasis: `stated in the text ('${found.surface}')` };
	}
	return { title, author, date: today, dateBasis: 'inferred: no date found at the top of the text; the day it was added' };
}

/** Words that make up about a fifth of any English prose (not "a": French and Spanish use it too). */
const ENGLISH = new Set(['the', 'of', 'and', 'to', 'in', 'is', 'was', 'that', 'for', 'on', 'with', 'as', 'by', 'it', 'he', 'she', 'said', 'are', 'were', 'be', 'has', 'had', 'have', 'at', 'from', 'an', 'this', 'which', 'would', 'will', 'not']);

/** Whether a text reads as English (the builder's language); short texts get the benefit of the doubt. */
export function looksEnglish(text: string): boolean {
	const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
	if (words.length < 12) return true;
	return words.filter((w) => ENGLISH.has(w)).length / words.length >= 0.08;
}
