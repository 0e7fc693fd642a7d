/**
 * Lenient answer checking: what the learner gave against a Question, with a suggested FSRS rating they may override.
 */
import type { Question } from '../bank/format';
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
export function checkAnswer(_question: Question, _input: AnswerInput, _options: CheckOptions = {}): AnswerCheck {
	throw new Error('not implemented');
}
