/** A number reader for typed answers: "14", "14%", "14 percent", "1,200", "1.5 million", "fourteen", "about 60". */

const UNITS: Record<string, number> = {
	zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
	twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19
};
const TENS: Record<string, number> = {
	twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
/** "third" → 3, "twenty-fifth" reads as twenty + fifth. */
const ORDINALS: Record<string, number> = {
	first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
	eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
	eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
	seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100
};
/** Words around a number that say nothing about what it counts. */
const HEDGES = new Set([
	'about', 'around', 'approximately', 'roughly', 'some', 'nearly', 'almost', 'over', 'more', 'than', 'less', 'fewer',
	'under', 'only', 'just', 'all', 'the', 'a', 'an', 'of', 'exactly', 'at', 'least', 'most', 'up', 'to', 'its', 'their', 'st', 'nd', 'rd', 'th'
]);

/** What a number is: a share ("14%", "60 percent"), a rank ("25th", "third"), or plain (null). */
export type NumberSort = 'percent' | 'ordinal' | null;

/** Whether a written number is a percentage or an ordinal. */
export function numberSort(text: string): NumberSort {
	const t = text.toLowerCase();
	if (/%|\bper\s?cent\b|\bpercentage\b|\bpct\b/.test(t)) return 'percent';
	if (/\d\s*(st|nd|rd|th)\b/.test(t)) return 'ordinal';
	if ((t.match(/\p{L}+/gu) ?? []).some((w) => w in ORDINALS && w !== 'second')) return 'ordinal';
	return null;
}

/** The words of a written number that are neither number words nor hedges: what it counts ("islands", "years"). */
export function countedWords(text: string): string[] {
	const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
	return words.filter(
		(w) => !(w in UNITS || w in TENS || w in SCALES || w in ORDINALS || w === 'hundred' || w === 'and' || w === 'percent' || w === 'per' || w === 'cent' || HEDGES.has(w))
	);
}
/** Month names: "Nov. 14" is a date, not 14. ("may" is left out: "may be 60".) */
const MONTH = /^(jan|january|feb|february|mar|march|apr|april|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)$/;

/**
 * The one number the text states, or null (no number, or two of them: "4 or 5"). Words that are not numbers
 * ("percent", "islands", "about") are ignored.
 */
export function parseNumberInput(text: string): number | null {
	const tokens =
		text
			.toLowerCase()
			.replace(/(\d),(?=\d{3}\b)/g, '$1')
			.match(/[-−]?\d+(?:\.\d+)?|\.\d+|\p{L}+/gu) ?? [];
	const values: number[] = [];
	let words: string[] = [];
	const flushWords = () => {
		if (words.length) {
			const v = wordsToNumber(words);
			if (v === null) return false;
			values.push(v);
			words = [];
		}
		return true;
	};
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		if (/\d/.test(token)) {
			if (!flushWords()) return null;
			let value = Number(token.replace('−', '-'));
			const scale = SCALES[tokens[i + 1]];
			if (scale) {
				value *= scale;
				i++;
			}
			values.push(value);
		} else if (token in ORDINALS && token !== 'second') {
			words.push(token);
		} else if (token in UNITS || token in TENS || token === 'hundred' || token in SCALES || (token === 'and' && words.length)) {
			words.push(token);
		} else if (MONTH.test(token)) {
			return null;
		} else if (token === 'a' && (tokens[i + 1] === 'hundred' || tokens[i + 1] in SCALES)) {
			words.push('one');
		} else if (!flushWords()) return null;
	}
	if (!flushWords()) return null;
	return values.length === 1 && Number.isFinite(values[0]) ? values[0] : null;
}

/** "one hundred and five" → 105, "twenty-five thousand" → 25000; null for an ill-formed sequence. */
function wordsToNumber(words: string[]): number | null {
	while (words[words.length - 1] === 'and') words.pop();
	let total = 0;
	let current = 0;
	let seen = false;
	for (const w of words) {
		if (w === 'and') continue;
		if (w in ORDINALS) current = w === 'hundredth' ? (current || 1) * 100 : current + ORDINALS[w];
		else if (w in UNITS) current += UNITS[w];
		else if (w in TENS) current += TENS[w];
		else if (w === 'hundred') current = (current || 1) * 100;
		else if (w in SCALES) {
			total += (current || 1) * SCALES[w];
			current = 0;
		} else return null;
		seen = true;
	}
	return seen ? total + current : null;
}
