/** What an export could not carry, told to the user in their words (and counted in tests). */
import type { QuestionType } from '../format/bank-format';

export interface Omission {
	/** Question id. */
	id: string;
	reason: string;
}

/** "3 questions left out: 2 ordering questions (GIFT has no ordering type), 1 …" style summary lines. */
export function summariseOmissions(omissions: readonly Omission[]): string[] {
	const byReason = new Map<string, number>();
	for (const o of omissions) byReason.set(o.reason, (byReason.get(o.reason) ?? 0) + 1);
	return [...byReason].map(([reason, n]) => `${n} ${n === 1 ? 'question' : 'questions'} left out: ${reason}.`);
}

export const TYPE_NAMES: Record<QuestionType, string> = {
	flashcard: 'flashcard',
	choice: 'multiple-choice',
	typed: 'typed-answer',
	truefalse: 'true/false',
	cloze: 'fill-in-the-blank',
	order: 'ordering'
};
