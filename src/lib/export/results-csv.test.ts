import { describe, expect, it } from 'vitest';
import { composeQuiz } from '../classroom/compose';
import { decodeQuizCode, encodeQuizCode } from '../classroom/quiz-code';
import { makeBank, indexEntry } from '../classroom/test-fixtures';
import { writeResultsCsv } from './results-csv';
import { quizExportSet } from './quiz-set';
import { readCsvWithExcelJs } from './read-with-exceljs';
import { writeKahootXlsx } from './kahoot-xlsx';

function quiz() {
	const bank = makeBank(12);
	const code = encodeQuizCode({ bankId: bank.id, bankVersion: bank.version, bankSize: bank.questions.length, seconds: 20, selection: { mode: 'picked', indexes: [0, 2, 6] } });
	return composeQuiz(bank, decodeQuizCode(code, [indexEntry(bank)]));
}

describe('classroom results CSV', () => {
	it('one row per student and question, with the question text, right answer and source', async () => {
		const q = quiz();
		const text = writeResultsCsv(q, [
			{ name: 'Ana', seconds: 40, correct: [true, false, true] },
			{ name: '=cmd|calc', seconds: 12, correct: [false, false, true] }
		]);
		const rows = await readCsvWithExcelJs(text.slice(1), ',');
		expect(rows[0]).toEqual(['Student', 'Seconds', 'Question', 'Question text', 'Chosen answer', 'Right answer', 'Right', 'Source quote', 'Article', 'Article date']);
		expect(rows).toHaveLength(1 + 2 * 3);
		const first = q.questions[0].question;
		// Results without chosen answers (an older app's code) say so in the column.
		expect(rows[1]).toEqual(['Ana', '40', '1', first.prompt, '(unknown: older app version)', first.answer, '1', first.sources[0].quote, expect.any(String), expect.stringMatching(/^2019-0\d-01$/)]);
		expect(rows[2][6]).toBe('0');
		// A student name that looks like a formula is shown as text.
		expect(rows[4][0]).toBe("'=cmd|calc");
	});

	it('shows the chosen answers, escaped, and says which are missing or not carried', async () => {
		const q = quiz();
		const rows = await readCsvWithExcelJs(
			writeResultsCsv(q, [{ name: 'Bo', seconds: 5, correct: [true, false, false], chosen: ['x, "y"\nz', null, '-1'] }, { name: 'Cy', seconds: 5, correct: [false, false, false], chosen: ['', '=1+1', '@a'] }]).slice(1),
			','
		);
		expect(rows[0][4]).toBe('Chosen answer');
		expect(rows.slice(1).map((r) => r[4])).toEqual(['x, "y"\nz', '(not in the result code)', "'-1", '(no answer)', "'=1+1", "'@a"]);
	});

	it('no results: the header alone', async () => {
		expect(await readCsvWithExcelJs(writeResultsCsv(quiz(), []).slice(1), ',')).toHaveLength(1);
	});

	it('a quiz exports its questions in play order with the options as players saw them', () => {
		const q = quiz();
		const set = quizExportSet(q, 'My quiz');
		expect(set.questions.map((x) => x.id)).toEqual(q.questions.map((p) => p.question.id));
		const choice = q.questions.find((p) => p.question.type === 'choice');
		expect(set.questions.find((x) => x.id === choice?.question.id)?.choices).toEqual(choice?.choices);
		expect(writeKahootXlsx(set).count).toBe(q.questions.filter((p) => p.question.type === 'choice' || p.question.type === 'truefalse').length);
	});
});
