/**
 * Lenient answer checking: what the learner gave against a Question, with a suggested FSRS rating they may override.
 */
import type { Question } from '../format/bank-format';
import { answerForms, editDistance, normalizeText } from './normalize';
import { compareDates, parseAnswerDate, parseDateInput, type DatePrecision, type PartialDate } from './parse-date';
import { countedWords, numberSort, parseNumberInput } from './parse-number';
import type { Rating } from './types';

/** What the learner gave, by how it was given. */
export type AnswerInput =
	/** typed and cloze */
	| { kind: 'text'; text: string }
	/** choice (the option's text) and truefalse ("True" / "False") */
	| { kind: 'choice'; choice: string }
	/** order: the items in the learner's order */
	| { kind: 'order'; items: string[] }
	/** flashcard: the learner rated themselves after seeing the answer */
	| { kind: 'self'; rating: Rating };

/** How a right answer matched (for a short note under the answer). */
export type MatchKind = 'exact' | 'alternative' | 'date' | 'number' | 'typo' | 'self';

export interface AnswerCheck {
	correct: boolean;
	/** Suggested rating: wrong → Again; right → Good, Easy when fast, Hard when only nearly right (a typo). */
	suggested: Rating;
	/** How a right answer matched; absent when wrong. */
	match?: MatchKind;
	/** order: items in their right place, and how many items. */
	inPlace?: number;
	total?: number;
	/** Why a plausible answer was not accepted, e.g. "The answer needs the day, not only the month." */
	note?: string;
	/** The checker said wrong and the learner said "I was right": kept as such in the log. */
	overridden?: boolean;
}

/** "I was right" after a wrong verdict (Quizlet's override): counted right, rated Good, marked as overridden. */
export function overrideCheck(check: AnswerCheck): AnswerCheck {
	if (check.correct) return check;
	return { correct: true, suggested: 3, overridden: true };
}

export interface CheckOptions {
	/** Time the learner took, ms; a right answer faster than `fastMs` suggests Easy. */
	elapsedMs?: number;
	/** Override the per-type "fast" threshold (ms). */
	fastMs?: number;
}

/** Default "fast" thresholds by question type, ms. */
export const FAST_MS: Record<Question['type'], number> = {
	flashcard: 0,
	truefalse: 3000,
	choice: 4000,
	typed: 8000,
	cloze: 8000,
	order: 12000
};

/** Check an answer. Input of the wrong kind for the question (e.g. order items for a typed question) is wrong, never a throw. */
export function checkAnswer(question: Question, input: AnswerInput, options: CheckOptions = {}): AnswerCheck {
	const result = checkByType(question, input);
	if (!result.correct) return { ...result, suggested: 1 };
	if (result.match === 'self') return { ...result, suggested: result.suggested ?? 3 };
	if (result.match === 'typo') return { ...result, suggested: 2 };
	const fastMs = options.fastMs ?? FAST_MS[question.type];
	const fast = options.elapsedMs !== undefined && fastMs > 0 && options.elapsedMs < fastMs;
	return { ...result, suggested: fast ? 4 : 3 };
}

type Unrated = Omit<AnswerCheck, 'suggested'> & { suggested?: Rating };

const MISMATCH: Unrated = { correct: false, note: 'This answer does not fit the question.' };

function checkByType(q: Question, input: AnswerInput): Unrated {
	switch (q.type) {
		case 'flashcard':
			return input.kind === 'self' ? { correct: input.rating > 1, suggested: input.rating, match: 'self' } : MISMATCH;
		case 'choice':
		case 'truefalse':
			if (input.kind !== 'choice') return MISMATCH;
			return normalizeText(input.choice) === normalizeText(q.answer) ? { correct: true, match: 'exact' } : { correct: false };
		case 'order':
			return input.kind === 'order' ? checkOrder(q, input.items) : MISMATCH;
		case 'typed':
		case 'cloze':
			return input.kind === 'text' ? checkText(q, input.text) : MISMATCH;
	}
}

function checkOrder(q: Question, given: readonly string[]): Unrated {
	const expected = (q.items ?? []).map(normalizeText);
	const inPlace = expected.filter((item, i) => normalizeText(given[i] ?? '') === item).length;
	const complete = given.length === expected.length && expected.length > 0;
	return complete && inPlace === expected.length
		? { correct: true, match: 'exact', inPlace, total: expected.length }
		: { correct: false, inPlace, total: expected.length };
}

function checkText(q: Question, text: string): Unrated {
	const given = normalizeText(text);
	if (!given) return { correct: false, note: 'No answer was given.' };
	// Normalising drops "%": "4%" must not pass as the accepted "4" of "four islands".
	if (!expectedDate(q) && expectedNumber(q) && parseNumberInput(text) !== null) {
		const unit = unitMismatch(q, text);
		if (unit) return { correct: false, note: unit };
	}
	const main = withNameOrders(q, answerForms(q.answer)).map(normalizeText);
	if (main.includes(given)) return { correct: true, match: 'exact' };
	const alternatives = withNameOrders(q, (q.accept ?? []).flatMap(answerForms)).map(normalizeText);
	if (alternatives.includes(given)) return { correct: true, match: 'alternative' };

	const date = expectedDate(q);
	if (date) {
		const options = {
			nearYear: date.date.year,
			// A day and month without a year are enough when the question fixes the year ("on what date in 2018…").
			...(yearFixed(q, date.date.year) ? { defaultYear: date.date.year } : {})
		};
		const verdicts = parseDateInput(text, options).map((d) => compareDates(d, date.date, date.precision));
		if (verdicts.includes('match')) return { correct: true, match: 'date' };
		if (verdicts.includes('imprecise'))
			return { correct: false, note: date.precision === 'day' ? 'The answer needs the exact day.' : 'The answer needs the month too.' };
		if (verdicts.length) return { correct: false };
	}
	// A date question is answered by a date: "1956 Soviet-Japanese Joint Declaration" is not "1956".
	const number = date ? null : expectedNumber(q);
	if (number) {
		const value = parseNumberInput(text);
		if (value !== null) {
			return Math.abs(value - number.value) <= number.tolerance + 1e-9 ? { correct: true, match: 'number' } : { correct: false };
		}
	}
	// A one-letter slip in a long enough word answer (never in numbers or dates: 1956 vs 1965 is wrong).
	if (!date && !number && !/\d/.test(given)) {
		for (const form of [...main, ...alternatives]) {
			const max = form.length >= 12 ? 2 : form.length >= 5 ? 1 : 0;
			if (max > 0 && editDistance(given, form, max) <= max) return { correct: true, match: 'typo', note: `Check the spelling: ${q.answer}.` };
		}
	}
	return { correct: false };
}

/** A person's two-part name in either order: "Kono Taro" (Japanese order) for "Taro Kono". */
function withNameOrders(q: Question, forms: string[]): string[] {
	if (q.kind !== 'actor') return forms;
	const out = [...forms];
	for (const f of forms) {
		const words = f.trim().split(/\s+/);
		if (words.length === 2 && words.every((w) => /^\p{Lu}[\p{L}'’-]+$/u.test(w))) out.push(`${words[1]} ${words[0]}`);
	}
	return out;
}

/** The question fixes the year when its prompt states it, or its canonical answer leaves it out ("Nov. 23"). */
function yearFixed(q: Question, year: number): boolean {
	return q.prompt.includes(String(year)) || !q.answer.includes(String(year));
}

/**
 * Why a number with the right value is still the wrong answer: a share for a count ("4%" for "four islands"), a
 * rank for a share ("25th" for "25%"), or another thing counted ("4 years" for "four islands"). Null when it fits.
 */
function unitMismatch(q: Question, text: string): string | null {
	const expectedForms = [q.answer, ...(q.accept ?? [])];
	const expectedSort = q.number?.unit === '%' ? 'percent' : expectedForms.map(numberSort).find((s) => s !== null) ?? null;
	const givenSort = numberSort(text);
	if (givenSort && givenSort !== expectedSort) {
		return givenSort === 'percent' ? 'The answer is not a percentage.' : 'The answer is not a rank (like “25th”).';
	}
	const known = new Set(
		[q.prompt, ...expectedForms, q.number?.unit ?? '']
			.flatMap((t) => normalizeText(t).split(' '))
			.flatMap((w) => [w, w.replace(/s$/, '')])
	);
	const other = countedWords(text).filter((w) => !known.has(w) && !known.has(w.replace(/s$/, '')));
	return other.length ? `The answer counts something else (${other.join(' ')}).` : null;
}

/** The question's date (its `date` field, else a canonical answer that reads as one date). */
function expectedDate(q: Question): { date: PartialDate; precision: DatePrecision } | null {
	if (q.date) return parseAnswerDate(q.date);
	// A number question ("how many ships?" 1000) is not about the year 1000.
	if (q.number) return null;
	const readings = parseDateInput(q.answer);
	if (readings.length !== 1) return null;
	const d = readings[0];
	return { date: d, precision: d.day !== undefined ? 'day' : d.month !== undefined ? 'month' : 'year' };
}

/** The question's number (its `number` field, else a canonical answer that is a plain number, tolerance 0). */
function expectedNumber(q: Question): { value: number; tolerance: number } | null {
	if (q.number) return q.number;
	if (!/^[-\d.,\s%]+$/.test(q.answer.trim())) return null;
	const value = parseNumberInput(q.answer);
	return value === null ? null : { value, tolerance: 0 };
}
