/** Writes a date value in the same style as a surface form, so a distractor never stands out by its format. */
import type { DateMention } from '../facts/extract-dates';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ABBR = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

export function formatDateLike(value: string, like: DateMention): string {
	if (like.precision === 'year' || like.precision === 'decade') return value;
	const [y, m, d] = value.split('-').map(Number);
	// Day first ("7 February 1855"): the month is the second word, and the distractor keeps that order.
	const dayFirst = /^\d{1,2}\s/.test(like.surface);
	const first = like.surface.split(' ')[dayFirst ? 1 : 0];
	const dotted = /^[A-Z][a-z]{2,3}\.$/.test(first);
	const bare = /^[A-Z][a-z]{2,3}$/.test(first) && !MONTHS.includes(first);
	const month = dotted ? ABBR[m - 1] : bare ? ABBR[m - 1].replace('.', '') : MONTHS[m - 1];
	const withYear = /\d{4}/.test(like.surface);
	if (like.precision === 'day' && dayFirst) return withYear ? `${d} ${month} ${y}` : `${d} ${month}`;
	// "March of 1941", "August, 1940": the answer's own way of joining month and year.
	if (like.precision === 'month' && / of \d{4}/.test(like.surface)) return `${month} of ${y}`;
	if (like.precision === 'month' && /^[A-Za-z.]+, \d{4}/.test(like.surface)) return `${month}, ${y}`;
	if (like.precision === 'day') return withYear ? `${month} ${d}, ${y}` : `${month} ${d}`;
	return withYear ? `${month} ${y}` : month;
}

/** Other accepted ways to write a date answer (typed questions). */
export function dateVariants(mention: DateMention): string[] {
	if (mention.precision === 'year' || mention.precision === 'decade') return [];
	const [y, m, d] = mention.value.split('-').map(Number);
	const name = MONTHS[m - 1];
	const short = name.slice(0, 3);
	if (mention.precision === 'day')
		return [`${name} ${d}`, `${d} ${name}`, `${short} ${d}`, `${short}. ${d}`, `${name} ${d}, ${y}`, `${d} ${name} ${y}`, mention.value];
	return [name, `${name} ${y}`, `${short} ${y}`, mention.value];
}

function shiftMonth(value: string, by: number): string {
	const [y, m] = value.split('-').map(Number);
	const t = y * 12 + (m - 1) + by;
	return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
}

/** Nearby values of the same precision, most plausible first. */
export function nearbyDates(mention: DateMention, cycle = 1, century = false): string[] {
	const v = mention.value;
	switch (mention.precision) {
		case 'decade': {
			const y = Number(v.slice(0, 4));
			// "the early 1800s" is a century: "the 1810s" would lie inside it. "The 2000s" is a decade.
			const step = y % 100 === 0 && (y <= 1800 || century) ? 100 : 10;
			return [-1, 1, -2, 2, -3].map((k) => `${y + k * step}s`);
		}
		case 'year': {
			const y = Number(v);
			// A year of an event held every `cycle` years (a U.S. presidential election, the Olympics) has
			// distractors on the same cycle: "the 1961 presidential election" would be false by the calendar.
			return (cycle > 1 ? [-1, 1, -2, 2, 3, -3] : [-2, 3, -5, 1, 4, -1, 6]).map((k) => String(y + k * cycle));
		}
		case 'month':
			// Without a stated year only the month can change; otherwise the year too.
			return /\d{4}/.test(mention.surface) ? [-3, 2, 12, -12, 5, -1].map((k) => shiftMonth(v, k)) : [-2, 3, -4, 1, 5, -1].map((k) => shiftMonth(v, k));
		case 'day': {
			const [, , d] = v.split('-').map(Number);
			const ym = v.slice(0, 7);
			const days = [-6, 5, 9, -3, 12, 2].map((k) => d + k).filter((x) => x >= 1 && x <= 28);
			// The same day a month before, when that month has it (no "February 31").
			const before = shiftMonth(ym, -1);
			const [by, bm] = before.split('-').map(Number);
			const fits = d <= new Date(Date.UTC(by, bm, 0)).getUTCDate();
			return [...days.map((x) => `${ym}-${String(x).padStart(2, '0')}`), ...(fits ? [`${before}-${String(d).padStart(2, '0')}`] : [])];
		}
	}
}
