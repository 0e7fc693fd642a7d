/**
 * A classroom quiz's results as CSV, one row per student and question: the question's text, its right answer and
 * source, whether the student got it right, and the answer they chose when the result carries it. (Result codes
 * carry right or wrong only; the column of chosen answers appears when any result has them.) Safe to open in a
 * spreadsheet: no cell starts a formula, student names included.
 */
import type { PlayQuiz } from '../classroom/compose';
import { exportRows } from './export-set';
import { neutraliseFormula, writeDelimited } from './delimited';

export interface StudentAnswers {
	name: string;
	/** Total seconds spent. */
	seconds: number;
	/** Per question, in play order. */
	correct: readonly boolean[];
	/** Per question, the answer chosen, when known (null: not answered or not known). */
	chosen?: readonly (string | null)[];
}

export function writeResultsCsv(quiz: PlayQuiz, students: readonly StudentAnswers[]): string {
	const rows = exportRows({ id: quiz.code, title: '', documents: quiz.bank.documents, questions: quiz.questions.map((p) => p.question) });
	const withChosen = students.some((s) => s.chosen?.some((c) => c !== null && c !== undefined));
	const header = ['Student', 'Seconds', 'Question', 'Question text', 'Right answer', ...(withChosen ? ['Chosen answer'] : []), 'Right', 'Source quote', 'Article', 'Article date'];
	const body = students.flatMap((s) =>
		rows.map((row, i) => [
			neutraliseFormula(s.name),
			s.seconds,
			i + 1,
			neutraliseFormula(row.question.prompt),
			neutraliseFormula(row.question.answer),
			...(withChosen ? [neutraliseFormula(s.chosen?.[i] ?? '')] : []),
			s.correct[i] ? 1 : 0,
			neutraliseFormula(row.quote),
			neutraliseFormula(row.article),
			row.articleDate
		])
	);
	return '\ufeff' + writeDelimited([header, ...body], ',');
}
