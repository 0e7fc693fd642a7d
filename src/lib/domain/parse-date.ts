/**
 * A small date reader for typed answers (chrono-node is too big for the client): "Nov. 14, 2018", "14 November 2018",
 * "the 14th of November 2018", "2018-11-14", "14/11/2018", "November 2018", "2018年11月14日", "1956".
 */

export interface PartialDate {
	year: number;
	month?: number;
	day?: number;
}

export type DatePrecision = 'year' | 'month' | 'day';

const MONTHS: Record<string, number> = {
	jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
	jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
	november: 11, dec: 12, december: 12
};

const FILLERS = new Set(['on', 'in', 'the', 'of', 'st', 'nd', 'rd', 'th', 'ad', 'year', 'month', 'day']);

/** The structured answer "YYYY", "YYYY-MM" or "YYYY-MM-DD" with its precision; null if malformed. */
export function parseAnswerDate(value: string): { date: PartialDate; precision: DatePrecision } | null {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
	if (!m) return null;
	const date = makeDate(+m[1], m[2] ? +m[2] : undefined, m[3] ? +m[3] : undefined);
	if (!date) return null;
	return { date, precision: m[3] ? 'day' : m[2] ? 'month' : 'year' };
}

export interface DateReadingOptions {
	/** The year the question fixes ("on what date in 2018…"): a day and month without a year mean this year. */
	defaultYear?: number;
	/** Two-digit years ("'45") are read in the century that puts them nearest this year (else 1951–2050). */
	nearYear?: number;
}

/** Every reading of what the learner typed (numeric day/month order is ambiguous, so up to two); [] if not a date. */
export function parseDateInput(text: string, options: DateReadingOptions = {}): PartialDate[] {
	const fullYear = (yy: string) => toFullYear(yy, options.nearYear);
	const s = text
		.trim()
		.toLowerCase()
		.replace(/[’‘`´]/g, "'")
		.replace(/^(on|in)\s+/, '');
	let m = /^(\d{4})\s*年\s*(?:(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?)?$/.exec(s);
	if (m) return keep([makeDate(+m[1], m[2] ? +m[2] : undefined, m[3] ? +m[3] : undefined)]);
	m = /^(\d{4})(?:\s*[-/.]\s*(\d{1,2})(?:\s*[-/.]\s*(\d{1,2}))?)?$/.exec(s);
	if (m) return keep([makeDate(+m[1], m[2] ? +m[2] : undefined, m[3] ? +m[3] : undefined)]);
	m = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{2}|\d{4})$/.exec(s);
	if (m) {
		const year = fullYear(m[3]);
		return keep([makeDate(year, +m[2], +m[1]), makeDate(year, +m[1], +m[2])]);
	}
	m = /^(\d{1,2})\s*[-/.]\s*(\d{4})$/.exec(s);
	if (m) return keep([makeDate(+m[2], +m[1])]);
	return keep([parseWords(s, fullYear, options.defaultYear)]);
}

/** Reads "nov 14 2018", "14th of november, 2018", "november 2018" word by word; every word must be part of a date. */
function parseWords(s: string, fullYear: (yy: string) => number, defaultYear?: number): PartialDate | null {
	const tokens = s.match(/\d+|\p{L}+|'\d{2}/gu) ?? [];
	let year: number | undefined;
	let month: number | undefined;
	let day: number | undefined;
	for (const token of tokens) {
		if (/^\d{4}$/.test(token)) {
			if (year !== undefined) return null;
			year = +token;
		} else if (/^'\d{2}$/.test(token)) {
			if (year !== undefined) return null;
			year = fullYear(token.slice(1));
		} else if (/^\d{1,2}$/.test(token)) {
			if (day !== undefined) return null;
			day = +token;
		} else if (token in MONTHS) {
			if (month !== undefined) return null;
			month = MONTHS[token];
		} else if (!FILLERS.has(token)) return null;
	}
	if (year === undefined && month !== undefined && defaultYear !== undefined) year = defaultYear;
	if (year === undefined || (day !== undefined && month === undefined)) return null;
	return makeDate(year, month, day);
}

function toFullYear(yy: string, near?: number): number {
	if (yy.length === 4) return +yy;
	const n = +yy;
	if (near === undefined) return n <= 50 ? 2000 + n : 1900 + n;
	// The century that puts the year nearest the expected one ("'45" for 1945, "'18" for 2018).
	const base = Math.floor(near / 100) * 100;
	return [base - 100 + n, base + n, base + 100 + n].reduce((a, b) => (Math.abs(b - near) < Math.abs(a - near) ? b : a));
}

function makeDate(year: number, month?: number, day?: number): PartialDate | null {
	if (year < 1000 || year > 2999) return null;
	if (month === undefined) return day === undefined ? { year } : null;
	if (month < 1 || month > 12) return null;
	if (day === undefined) return { year, month };
	const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
	if (day < 1 || day > daysInMonth) return null;
	return { year, month, day };
}

function keep(dates: (PartialDate | null)[]): PartialDate[] {
	const out: PartialDate[] = [];
	for (const d of dates) if (d && !out.some((o) => o.year === d.year && o.month === d.month && o.day === d.day)) out.push(d);
	return out;
}

/**
 * Does `given` state the expected date at its precision? More precise input is fine if it agrees ("14 November 2018"
 * for "2018-11"); less precise input is not ("2018" for "2018-11").
 */
export function compareDates(given: PartialDate, expected: PartialDate, precision: DatePrecision): 'match' | 'imprecise' | 'wrong' {
	if (given.year !== expected.year) return 'wrong';
	if (precision === 'year') return 'match';
	if (given.month === undefined) return 'imprecise';
	if (given.month !== expected.month) return 'wrong';
	if (precision === 'month') return 'match';
	if (given.day === undefined) return 'imprecise';
	return given.day === expected.day ? 'match' : 'wrong';
}
