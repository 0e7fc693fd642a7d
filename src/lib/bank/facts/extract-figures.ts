/**
 * Figures: poll numbers with their qualifier ("more than 3 in 4", "only 14%", "over 60 percent"), other
 * percentages ("a 10 percent stake"), ordinals ("25th meeting", "third term") and counted things
 * ("an eight-point plan", "four consecutive years", "two goals"). No library finds "3 in 4": rules.
 */

export type FigureKind = 'poll' | 'number';

export interface FigureMention {
	start: number;
	end: number;
	/** The figure as written, qualifier excluded ("14%", "3 in 4", "25th", "eight"). */
	surface: string;
	/** A qualifier before it ("more than", "only", "over"), if any. */
	qualifier: string | null;
	value: number;
	unit: string | null;
	/** The noun it counts ("meeting", "stake", "islands"), lower-case. */
	noun: string | null;
	kind: FigureKind;
}

const WORDS: Record<string, number> = {
	one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
	first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10
};
const QUALIFIER = '(?:(more than|over|only|nearly|almost|about|around|some|at least|less than|fewer than|under|just)\\s+)?';
const QUALIFIER_BEFORE = /\b(more than|over|only|nearly|almost|about|around|some|at least|less than|fewer than|under|just)\s+$/i;
const POLL_CONTEXT = /\b(?:poll|polls|polled|survey|respondents|public opinion|approval ratings?)\b/i;
const COUNTED = '(islands|years|months|decades|goals|requirements|conditions|economies|consecutive years|term|plan)';

const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => Omit<FigureMention, 'start' | 'end' | 'kind' | 'qualifier'> & { at: number } }[] = [
	{
		// 14%, 60 percent, 10 per cent
		re: new RegExp(`${QUALIFIER}(\\d+(?:\\.\\d+)?)(\\s?(?:%|percent|per cent))(?:\\s+(stake|of))?`, 'gi'),
		read: (m) => ({ at: m[0].indexOf(m[2]), surface: m[2] + m[3], value: Number(m[2]), unit: '%', noun: m[4]?.toLowerCase() === 'stake' ? 'stake' : null })
	},
	{
		// 3 in 4, three in four
		re: new RegExp(`${QUALIFIER}(\\d+|one|two|three|four|five|six|seven|eight|nine) in (\\d+|two|three|four|five|six|seven|eight|nine|ten)\\b`, 'gi'),
		read: (m) => {
			const a = WORDS[m[2].toLowerCase()] ?? Number(m[2]);
			const b = WORDS[m[3].toLowerCase()] ?? Number(m[3]);
			return { at: m[0].indexOf(m[2]), surface: `${m[2]} in ${m[3]}`, value: Math.round((1000 * a) / b) / 10, unit: '%', noun: null };
		}
	},
	{
		// 25th meeting
		re: /\b(\d+)(?:st|nd|rd|th)\s+(meeting|summit|anniversary|term|round)\b/gi,
		read: (m) => ({ at: 0, surface: m[0].slice(0, m[0].length - m[2].length).trim(), value: Number(m[1]), unit: null, noun: m[2].toLowerCase() })
	},
	{
		// eight-point plan, four consecutive years, two goals, third term
		re: new RegExp(`\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|second|third|fourth|fifth)(-point)?\\s+(?:[a-z]+\\s+){0,2}?${COUNTED}\\b`, 'gi'),
		read: (m) => ({ at: 0, surface: m[1], value: WORDS[m[1].toLowerCase()], unit: m[2] ? 'point' : null, noun: m[3].toLowerCase() })
	},
	{
		// more than 70 years, 1,000 troops
		re: new RegExp(`${QUALIFIER}(\\d{1,3}(?:,\\d{3})*|\\d+)\\s+${COUNTED}\\b`, 'gi'),
		read: (m) => ({ at: m[0].indexOf(m[2], m[1] ? m[1].length : 0), surface: m[2], value: Number(m[2].replace(/,/g, '')), unit: null, noun: m[3].toLowerCase() })
	}
];

export function extractFigures(sentence: string): FigureMention[] {
	const out: FigureMention[] = [];
	const poll = POLL_CONTEXT.test(sentence);
	for (const { re, read } of PATTERNS) {
		re.lastIndex = 0;
		for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
			const r = read(m);
			const start = m.index + r.at;
			const end = start + r.surface.length;
			if (Number.isNaN(r.value) || out.some((f) => start < f.end && end > f.start)) continue;
			// "17,8%" (a decimal comma) or "3.5" read from its tail: part of a number is no figure to ask.
			if (/[\d][.,]$/.test(sentence.slice(Math.max(0, start - 2), start))) continue;
			// Years are dates, not figures.
			if (/^(1[89]|20)\d\d$/.test(r.surface)) continue;
			// The qualifier the pattern read, else one written just before the figure ("more than seven decades").
			const read1 = /^[a-z]/i.test(m[1] ?? '') && re !== PATTERNS[2].re && re !== PATTERNS[3].re ? m[1].toLowerCase() : null;
			const qualifier = read1 ?? QUALIFIER_BEFORE.exec(sentence.slice(0, start))?.[1].toLowerCase() ?? null;
			out.push({ ...r, start, end, qualifier, kind: poll && r.unit === '%' ? 'poll' : 'number' });
		}
	}
	return out.sort((a, b) => a.start - b.start);
}
