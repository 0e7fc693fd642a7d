/** Grades a student's response with the app's lenient answer checker. */
import type { Question } from '../format/bank-format';
import { checkAnswer } from '../domain/check-answer';
import { toAnswerInput, type LearnerResponse } from '../state/response';

export interface GradedAnswer {
	correct: boolean;
	/** What the student gave, for the end-of-quiz review ("" when time ran out). */
	given: string;
}

export function gradeResponse(question: Question, response: LearnerResponse | null, selfRight = false): GradedAnswer {
	if (!response) return { correct: false, given: '' };
	if (response.type === 'reveal') return { correct: selfRight, given: selfRight ? 'I knew it' : 'I did not know it' };
	const input = toAnswerInput(response);
	const given = response.type === 'order' ? response.items.join(' → ') : response.value;
	return { correct: checkAnswer(question, input).correct, given };
}
