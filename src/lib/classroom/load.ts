/** Opens the quiz a code names, from the banks this device has (fetched from /banks/, cached offline). */
import { loadBank, loadIndex } from '../state/banks';
import { composeQuiz, type PlayQuiz } from './compose';
import { decodeQuizCode } from './quiz-code';

export async function openQuiz(text: string): Promise<PlayQuiz> {
	const index = await loadIndex();
	const decoded = decodeQuizCode(text, index.banks);
	const bank = await loadBank(decoded.bank.id);
	return composeQuiz(bank, decoded);
}

/** A short human title for a quiz: the bank and the number of questions. */
export function quizTitle(quiz: PlayQuiz): string {
	const n = quiz.questions.length;
	return `${quiz.bank.title} · ${n} question${n === 1 ? '' : 's'}${quiz.seconds ? ` · ${quiz.seconds} s each` : ''}`;
}
