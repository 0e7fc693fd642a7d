/** Poll numbers and other figures: fill the blank (typed), pick the figure (choice), true or false. */
import type { Candidate } from '../candidate';
import type { AnalyzedSentence } from '../facts/analyze-document';
import type { FigureMention } from '../facts/extract-figures';
import { blankOut, tidySentence, makeCandidate, makeChoices, replaceSpan, shuffleBy, trueFalsePrompt, isNegated } from './make-candidate';
import { hashText } from '../hash-text';

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];
const FRACTIONS = ['1 in 4', '1 in 3', '1 in 2', '2 in 3', '3 in 4', '4 in 5', '7 in 8', '9 in 10'];

function matchCase(word: string, like: string): string {
	return /^[A-Z]/.test(like) ? word[0].toUpperCase() + word.slice(1) : word;
}

function ordinalSuffix(n: number): string {
	const t = n % 100;
	if (t >= 11 && t <= 13) return 'th';
	return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** What a figure written like the answer stands for ("six" → 6, "3 in 4" → 75, "24%" → 24, "20th" → 20). */
export function figureValue(text: string): number {
	const lower = text.toLowerCase();
	if (NUMBER_WORDS.includes(lower)) return NUMBER_WORDS.indexOf(lower) + 1;
	if (ORDINAL_WORDS.includes(lower)) return ORDINAL_WORDS.indexOf(lower) + 1;
	const ratio = /^(\d+) in (\d+)$/.exec(text);
	if (ratio) return (100 * Number(ratio[1])) / Number(ratio[2]);
	return parseFloat(text);
}

/** A qualifier that makes the figure a lower bound ("more than seven decades": six and five are true too). */
const AT_LEAST = new Set(['more than', 'over', 'at least']);
/** … an upper bound ("nearly 60 percent": 70 percent is true too). */
const AT_MOST = new Set(['nearly', 'almost', 'less than', 'fewer than', 'under']);
/** … an estimate ("about 70 years": 65 would be a fair reading too). */
const ABOUT = new Set(['about', 'around', 'some']);

/** True when the qualifier makes the figure a bound or an estimate: no altered true/false statement then. */
export function isBoundOrEstimate(f: FigureMention): boolean {
	return f.qualifier !== null && (AT_LEAST.has(f.qualifier) || AT_MOST.has(f.qualifier) || ABOUT.has(f.qualifier));
}

/**
 * Figures written like the answer ("14%" → "24%", "eight" → "six", "25th" → "20th"), none of them also true for the
 * sentence: after "more than" only larger ones, after "nearly" only smaller ones, after "about" only far ones.
 */
export function figureDistractors(f: FigureMention): string[] {
	let out = figureDistractorsOf(f);
	// "seven years and twelve months" is not a real alternative.
	if (f.noun === 'months') out = out.filter((x) => figureValue(x) < 12);
	const q = f.qualifier;
	if (q && AT_LEAST.has(q)) out = out.filter((x) => figureValue(x) > f.value);
	else if (q && AT_MOST.has(q)) out = out.filter((x) => figureValue(x) < f.value);
	else if (q && ABOUT.has(q)) out = out.filter((x) => Math.abs(figureValue(x) - f.value) > 0.25 * f.value);
	return out;
}

function figureDistractorsOf(f: FigureMention): string[] {
	const s = f.surface;
	const lower = s.toLowerCase();
	if (/ in /.test(s)) return FRACTIONS.filter((x) => x !== s);
	if (NUMBER_WORDS.includes(lower)) {
		const i = NUMBER_WORDS.indexOf(lower);
		return [i - 1, i + 1, i + 2, i - 2, i + 4].filter((j) => j >= 1 && j < NUMBER_WORDS.length).map((j) => matchCase(NUMBER_WORDS[j], s));
	}
	if (ORDINAL_WORDS.includes(lower)) return ORDINAL_WORDS.filter((w) => w !== lower && w !== 'first').map((w) => matchCase(w, s));
	const m = /^(\d+)(st|nd|rd|th)$/.exec(s);
	if (m) {
		const n = Number(m[1]);
		return [n - 5, n + 5, n - 10, n + 3, Math.round(n / 2)].filter((x) => x > 1 && x !== n).map((x) => `${x}${ordinalSuffix(x)}`);
	}
	const num = /^(\d+(?:\.\d+)?)(.*)$/.exec(s);
	if (!num) return [];
	const v = Number(num[1]);
	const steps = f.unit === '%' ? [v + 20, v - 10, v + 35, v + 10, v - 20] : v >= 20 ? [v + 10, v - 10, v + 20, v * 2, v - 20] : [v * 2, Math.round(v / 2), v + 10, v + 5];
	// Written with the answer's decimals ("19.6%" → "29.6%", never "9.600000000000001%").
	const decimals = num[1].split('.')[1]?.length ?? 0;
	return [...new Set(steps.filter((x) => x > 0 && x !== v && (f.unit !== '%' || x < 100)).map((x) => `${x.toFixed(decimals)}${num[2]}`))];
}

function acceptFor(f: FigureMention): string[] {
	const forms = [f.surface];
	if (f.unit === '%' && !/ in /.test(f.surface)) forms.push(String(f.value), `${f.value}%`, `${f.value} percent`, `${f.value} per cent`);
	if (/ in /.test(f.surface)) forms.push(f.surface.replace(' in ', ' out of '));
	const lower = f.surface.toLowerCase();
	if (NUMBER_WORDS.includes(lower) || ORDINAL_WORDS.includes(lower)) forms.push(String(f.value), lower);
	return forms;
}

export function generateFigureQuestions(sentences: readonly AnalyzedSentence[]): Candidate[] {
	const out: Candidate[] = [];
	for (const s of sentences) {
		// A sentence that checks its own count ("two requirements, both of which") gives a count away.
		const selfChecking = /\b(?:both|either|neither|each other|the other|pair)\b/i.test(s.text);
		for (const f of s.figures) {
			// "62–63 percent": one end of a range is no figure of its own.
			if (/[–—-]\s?$/.test(s.text.slice(0, f.start)) || /^\s?[–—-]\s?\d/.test(s.text.slice(f.end))) continue;
			if (selfChecking && f.unit === null && f.value <= 3) continue;
			// "443,000 ± 8000 years": a measurement's margin of error is no fact to learn; nor is the value it qualifies.
			if (/(?:±|\+\/-|\+-)\s*$/.test(s.text.slice(Math.max(0, f.start - 4), f.start)) || /^\s*(?:±|\+\/-)/.test(s.text.slice(f.end))) continue;
			const base = { kind: f.kind, answer: f.surface, fact: f.surface, sentence: s };
			const blanked = tidySentence(blankOut(s.text, f.start, f.end));
			const number = { value: f.value, tolerance: 0, ...(f.unit && f.unit !== 'point' ? { unit: f.unit } : {}) };
			out.push(makeCandidate({ ...base, type: 'cloze', form: 'cloze-figure', prompt: `According to ${s.attribution}: ${blanked}`, accept: acceptFor(f), number }));
			// "not more than 10 percent": another figure could be true as well.
			const distractors = isNegated(s.text) ? [] : shuffleBy(figureDistractors(f).slice(0, 5), s.text + f.surface, (x) => x).slice(0, 3);
			if (distractors.length === 3)
				out.push(
					makeCandidate({
						...base,
						type: 'choice',
						form: 'choice-figure',
						prompt: `Which figure fills the blank, according to ${s.attribution}? ${blanked}`,
						choices: makeChoices(f.surface, distractors, s.text),
						number
					})
				);
			// A bound or an estimate is not falsified by another figure ("more than nine decades" may be true too).
			const altered =
				!selfChecking && !isBoundOrEstimate(f) && distractors.length > 0 && parseInt(hashText(s.text + f.surface).slice(0, 4), 36) % 2 === 1;
			out.push(
				makeCandidate({
					...base,
					type: 'truefalse',
					form: 'truefalse-figure',
					prompt: trueFalsePrompt(altered ? replaceSpan(s.text, f.start, f.end, distractors[0]) : s.text, s.attribution, s.lowercaseWords),
					answer: altered ? 'False' : 'True',
					explanation: altered ? `The article gives ${f.surface}, not ${distractors[0]}.` : `The article gives ${f.surface}.`
				})
			);
		}
	}
	return out;
}
