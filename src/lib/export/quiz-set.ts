/** A composed classroom quiz as an export set: its questions in play order, options in the order players saw. */
import type { PlayQuiz } from '../classroom/compose';
import type { ExportSet } from './export-set';

export function quizExportSet(quiz: PlayQuiz, title: string): ExportSet {
	return {
		id: `quiz-${quiz.code}`,
		title,
		documents: quiz.bank.documents,
		questions: quiz.questions.map((p) => (p.choices ? { ...p.question, choices: p.choices } : p.question)),
		seconds: quiz.seconds
	};
}
