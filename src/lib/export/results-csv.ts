/**
 * A classroom quiz's results as CSV, one row per student and question: the question's text, its right answer and
 * source, the answer the student chose, and whether it was right. One row per student × question rather than a
 * column block per question: every column holds one kind of value, so a spreadsheet's filter ("Right = 0") lists
 * every miss with what was chosen and a pivot table gives shares per question or per student, whatever the number
 * of questions (a wide sheet would need four columns per question with the question text in a header). The
 * classroom page's other CSV keeps the one-row-per-student scores. Safe to open in a spreadsheet: no cell starts a
 * formula, student names and typed answers included.
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
	/**
	 * Per question, the answer chosen: '' none given (time ran out), null the code does not say (a typed answer
	 * beyond the code's room); undefined for the whole result when it came from an older app (right/wrong only).
	 */
	chosen?: readonly (string | null)[];
}

export const NO_ANSWER = '(no answer)';
export const NOT_CARRIED = '(not in the result code)';
export const OLDER_APP = '(unknown: older app version)';

function chosenText(student: StudentAnswers, i: number): string {
	if (!student.chosen) return OLDER_APP;
	const chosen = student.chosen[i];
	if (chosen === '') return NO_ANSWER;
	return chosen ?? NOT_CARRIED;
}

export function writeResultsCsv(quiz: PlayQuiz, students: readonly StudentAnswers[]): string {
	const rows = exportRows({ id: quiz.code, title: '', documents: quiz.bank.documents, questions: quiz.questions.map((p) => p.question) });
	const header = ['Student', 'Seconds', 'Question', 'Question text', 'Chosen answer', 'Right answer', 'Right', 'Source quote', 'Article', 'Article date'];
	const body = students.flatMap((s) =>
		rows.map((row, i) => [
			neutraliseFormula(s.name),
			s.seconds,
			i + 1,
			neutraliseFormula(row.question.prompt),
			neutraliseFormula(chosenText(s, i)),
			neutraliseFormula(row.question.answer),
			s.correct[i] ? 1 : 0,
			neutraliseFormula(row.quote),
			neutraliseFormula(row.article),
			row.articleDate
		])
	);
	return '\ufeff' + writeDelimited([header, ...body], ',');
}
