// What the learner did on a card, before it is graded by the domain's answer checker.
import type { QuestionKind, QuestionType } from '$lib/format/bank-format';
import type { AnswerInput } from '$lib/domain/check-answer';
import type { Rating } from '$lib/domain/types';

export type LearnerResponse =
	| { type: 'reveal' }
	| { type: 'pick'; value: string }
	| { type: 'text'; value: string }
	| { type: 'order'; items: string[] };

/** The checker's input for a graded response (a flashcard reveal is self-rated, not checked). */
export function toAnswerInput(response: Exclude<LearnerResponse, { type: 'reveal' }>): AnswerInput {
	if (response.type === 'pick') return { kind: 'choice', choice: response.value };
	if (response.type === 'text') return { kind: 'text', text: response.value };
	return { kind: 'order', items: response.items };
}

export interface Graded {
	/** null for a self-rated flashcard. */
	correct: boolean | null;
	/** What the learner gave, as shown back ("You answered …"). */
	given?: string;
	/** The accepted form the answer matched, when it was not the canonical answer ("accepted as Iturup"). */
	matched?: string;
	/** The rating the result maps to; the learner may pick another. */
	suggested: Rating;
	/** The learner said "I was right" after a wrong verdict. */
	overridden?: boolean;
}

export const KIND_LABELS: Record<QuestionKind, string> = {
	date: 'Date',
	actor: 'Who',
	poll: 'Poll',
	number: 'Number',
	position: 'Position',
	place: 'Place',
	event: 'Event'
};

export const TYPE_LABELS: Record<QuestionType, string> = {
	flashcard: 'Flashcard',
	choice: 'Multiple choice',
	typed: 'Type the answer',
	truefalse: 'True or false',
	cloze: 'Fill the blank',
	order: 'Put in order'
};

/** Fisher–Yates on a copy; order questions are never shown already in the right order. */
export function shuffle<T>(items: readonly T[], random: () => number = Math.random): T[] {
	const out = [...items];
	for (let attempt = 0; attempt < 5; attempt++) {
		for (let i = out.length - 1; i > 0; i--) {
			const j = Math.floor(random() * (i + 1));
			[out[i], out[j]] = [out[j], out[i]];
		}
		if (out.length < 2 || out.some((x, i) => x !== items[i])) break;
	}
	return out;
}
