/**
 * Dates in a sentence, resolved against the article's date with their precision. chrono-node (English only,
 * ~15 KB gz) reads "Nov. 14" and "in February this year"; bare years ("1956") and decades by rule.
 * A month or day without a year is only trusted when nothing nearby shifts the year ("the following year",
 * "prior to that"): a retrospective article's "in June" is not June of its own year.
 */
import * as chrono from 'chrono-node';

export type DatePrecision = 'day' | 'month' | 'year' | 'decade';

export interface DateMention {
	start: number;
	end: number;
	surface: string;
	/** "YYYY", "YYYY-MM" or "YYYY-MM-DD"; for a decade "1970s". */
	value: string;
	precision: DatePrecision;
}

const SHIFTERS = /\b(?:(?:the )?(?:following|previous|preceding|next) (?:year|month)|prior to that|that year|the year before|later that year|earlier that year)\b/i;
const RELATIVE = /\b(?:this|next|last|ago|after|before|weekend|today|tomorrow|yesterday|week|now|end|beginning|start)\b/i;
const MONTH_NAME = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/i;
const LEADING = /^(?:on|in|at|by|since|from|of|during|until)\s+/i;
const YEAR = /(?<![\p{L}\p{N}])(1[89]\d\d|20\d\d)(s?)(?![\p{L}\p{N}])/gu;

function pad(n: number): string {
	return String(n).padStart(2, '0');
}

/**
 * `context` is the paragraph around the sentence: year-shifting words there make a year-less date unsafe.
 * `reference` is the article's date (YYYY-MM-DD).
 */
export function extractDates(sentence: string, reference: string, context = sentence): DateMention[] {
	const ref = new Date(`${reference}T12:00:00Z`);
	const out: DateMention[] = [];
	// chrono is the slow part: only sentences naming a month can hold a month or a day.
	const parsed = MONTH_NAME.test(sentence) ? chrono.parse(sentence, { instant: ref, timezone: 0 }, { forwardDate: false }) : [];
	for (const r of parsed) {
		if (r.end || !r.start.isCertain('month') || RELATIVE.test(r.text)) continue;
		const year = r.start.get('year');
		const month = r.start.get('month');
		if (year === null || month === null) continue;
		let text = r.text;
		let index = r.index;
		const lead = LEADING.exec(text);
		if (lead) {
			text = text.slice(lead[0].length);
			index += lead[0].length;
		}
		text = text.replace(/[\s,.;:]+$/, '');
		let yearStated = r.start.isCertain('year');
		let y = year;
		// "since June", "last March" in February: a month without its year that would fall after the article is
		// last year's (a bare "in June" stays this year's, a forecast).
		if (!yearStated && `${year}-${pad(month)}` > reference.slice(0, 7) && /\b(?:since|last|past)\s+$/i.test(sentence.slice(Math.max(0, index - 8), index))) {
			y = year - 1;
			yearStated = false;
		}
		const after = sentence.slice(index + text.length, index + text.length + 12);
		if (!yearStated && !/^\s+this year/i.test(after) && SHIFTERS.test(context)) continue;
		const day = r.start.isCertain('day') ? r.start.get('day') : null;
		out.push({
			start: index,
			end: index + text.length,
			surface: text,
			value: day ? `${y}-${pad(month)}-${pad(day)}` : `${y}-${pad(month)}`,
			precision: day ? 'day' : 'month'
		});
	}
	for (const m of sentence.matchAll(YEAR)) {
		const start = m.index;
		const end = start + m[0].length;
		if (out.some((d) => start < d.end && end > d.start)) continue;
		// One end of a range ("1904–05", "1945-1947", "from 1853 to 1854") is no date of its own: a distractor
		// inside the range would be true.
		if (/^\s?[–—-]\s?\d{2,4}\b/.test(sentence.slice(end)) || /\d{2,4}\s?[–—-]\s?$/.test(sentence.slice(0, start)) || /\bto\s+(?:1[89]|20)\d\d\b/.test(sentence.slice(end, end + 9)) && /\bfrom\s+$/.test(sentence.slice(0, start))) continue;
		out.push({ start, end, surface: m[0], value: m[0], precision: m[2] ? 'decade' : 'year' });
	}
	return out.sort((a, b) => a.start - b.start);
}
