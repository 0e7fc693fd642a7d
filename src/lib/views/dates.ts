// Dates of the facts, written at the precision the text gives: "2018", "Nov. 2018", "14 Nov 2018", "1950s".
import type { DatePrecision } from '$lib/format/bank-format';

// Month as a heading writes it (abbreviated with a full stop, short names in full) and as a day writes it.
const MONTH_LONG = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;
const DECADE = /^(\d{3})0s$/;

function month(m: string): number | null {
	const n = Number(m);
	return n >= 1 && n <= 12 ? n - 1 : null;
}

/** The date as shown; a date the format does not describe is shown as written rather than guessed at. */
export function formatFactDate(date: string, precision: DatePrecision): string {
	if (precision === 'day') {
		const d = DAY.exec(date);
		const m = d && month(d[2]);
		if (d && m !== null) return `${Number(d[3])} ${MONTH_SHORT[m]} ${d[1]}`;
	} else if (precision === 'month') {
		const d = MONTH.exec(date);
		const m = d && month(d[2]);
		if (d && m !== null) return `${MONTH_LONG[m]} ${d[1]}`;
	} else if (precision === 'year') {
		if (YEAR.test(date)) return date;
	} else if (DECADE.test(date)) return date;
	return date;
}

/** The same date read out in full, for screen readers and titles ("14 November 2018"). */
export function spokenFactDate(date: string, precision: DatePrecision): string {
	const d = DAY.exec(date) ?? MONTH.exec(date);
	const m = d ? month(d[2]) : null;
	if (precision === 'day' && d && d[3] && m !== null) return `${Number(d[3])} ${MONTH_FULL[m]} ${d[1]}`;
	if (precision === 'month' && d && m !== null) return `${MONTH_FULL[m]} ${d[1]}`;
	return formatFactDate(date, precision);
}

/** A machine-readable date for <time datetime>: valid for day, month and year; a decade gives its first year. */
export function isoOfFactDate(date: string): string {
	const decade = DECADE.exec(date);
	return decade ? `${decade[1]}0` : date;
}

/**
 * Orders dates chronologically, the less precise first within the same span ("1950s" before "1950", "2018" before
 * "2018-11" before "2018-11-14"): compare the keys as strings. A decade's key ("194:" for the 1950s) sorts after
 * every date of the decade before (':' follows '9') and before its own first year.
 */
export function dateSortKey(date: string): string {
	const decade = DECADE.exec(date);
	if (decade) return `${String(Number(decade[1]) - 1).padStart(3, '0')}:`;
	return date;
}

export function compareDates(a: string, b: string): number {
	const ka = dateSortKey(a);
	const kb = dateSortKey(b);
	return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** The year a date falls in (a decade: its first year), or NaN if it has none. */
export function yearOf(date: string): number {
	const m = /^(\d{3,4})/.exec(date);
	if (!m) return NaN;
	return m[1].length === 3 ? Number(`${m[1]}0`) : Number(m[1]);
}

/**
 * Whether two dates can name the same moment: equal, or one a coarser reading of the other ("2018-11" and
 * "2018-11-14", "2018" and "2018-09", "2010s" and "2018").
 */
export function datesCompatible(a: string, b: string): boolean {
	if (a === b) return true;
	const da = DECADE.exec(a);
	const db = DECADE.exec(b);
	if (da || db) {
		const prefix = (da ?? db)![1];
		const other = da ? b : a;
		return other.startsWith(prefix) && !DECADE.test(other);
	}
	return a.startsWith(`${b}-`) || b.startsWith(`${a}-`);
}
