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
 * `reference` is the article's date (YYYY-MM-DD). `looksBack`: in an article looking back (every year it named
 * before is over a year before its own date), the last year it named.
 */
export function extractDates(sentence: string, reference: string, context = sentence, looksBack?: number): DateMention[] {
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
		// "a D-2 (Severe Drought)": chrono reads more than dates; a month or a day is written with a month's name.
		if (!MONTH_NAME.test(text)) continue;
		const after = sentence.slice(index + text.length, index + text.length + 40);
		// "February 21–28, 1972": the start of a span of days is no date of its own (the year is asked alone).
		if (/^\s?[–—-]\s?\d{1,2}\b/.test(after)) continue;
		// "the April and November 1973 efforts": the year written after the second month is the first one's too.
		const shared = /^\s+(?:and|or|to|through|until)\s+(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?(\d{4})\b/.exec(after);
		if (!yearStated && shared) {
			y = Number(shared[1]);
			yearStated = true;
		}
		if (!yearStated && !/^\s+this year/i.test(after) && SHIFTERS.test(context)) continue;
		// "The Buffalo News reported on July 22" in a 2019 article on the summer of 2016: a month that would fall
		// after the article is the one of the year the paragraph last named before the sentence, not a forecast.
		if (!yearStated && `${y}-${pad(month)}` > reference.slice(0, 7)) {
			const before = context.indexOf(sentence) > 0 ? context.slice(0, context.indexOf(sentence)) : '';
			const years = [...before.matchAll(YEAR)].filter((m) => !m[2]).map((m) => Number(m[1]));
			const last = years[years.length - 1] ?? looksBack;
			if (last !== undefined && last < y) y = last;
		}
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
