import { describe, expect, it } from 'vitest';
import { composeQuiz } from './compose';
import { isCodeError } from './errors';
import { decodeQuizCode, encodeQuizCode } from './quiz-code';
import { decodeResultCode, encodeResultCode } from './result-code';
import { buildResultsTable, checkNewResult, csvField, resultsToCsv } from './results';
import { indexEntry, makeBank } from './test-fixtures';

const bank = makeBank(40);
const code = encodeQuizCode({ bankId: bank.id, bankVersion: bank.version, bankSize: 40, seconds: 0, selection: { mode: 'picked', indexes: [0, 1, 2, 3] } });
const quiz = composeQuiz(bank, decodeQuizCode(code, [indexEntry(bank)]));
const target = { code, questionCount: 4, seconds: 0 };

function result(name: string, correct: boolean[], seconds = 60) {
	return decodeResultCode(encodeResultCode(code, { name, correct, seconds }), target);
}

describe('results table', () => {
	const results = [result('Ana', [true, true, true, false], 50), result('Ben', [true, false, true, false], 90), result('Cy', [true, false, false, false], 20)];
	const table = buildResultsTable(quiz, results);

	it('scores each student by correct answers, with time in its own column', () => {
		expect(table.students.map((s) => [s.name, s.right, s.percent, s.seconds])).toEqual([
			['Ana', 3, 75, 50],
			['Ben', 2, 50, 90],
			['Cy', 1, 25, 20]
		]);
		expect(table.average).toBe(50);
	});

	it('gives each question its share right and lists the most missed with their sources', () => {
		expect(table.questions.map((q) => q.right)).toEqual([3, 1, 2, 0]);
		expect(table.mostMissed.map((m) => m.number)).toEqual([4, 2, 3]);
		const hardest = table.mostMissed[0];
		expect(hardest.share).toBe(0);
		expect(hardest.quote).toBe(quiz.questions[3].question.sources[0].quote);
		expect(hardest.source).toMatch(/Article|Author/);
	});

	it('keeps the first result of a student and says so; an exact repeat is told apart', () => {
		const again = result('ana', [false, false, false, false]);
		expect(() => checkNewResult(results, again)).toThrow(/already a result for Ana: the first one is kept/);
		expect(() => checkNewResult(results, results[1])).toThrow(/already in the table/);
		try {
			checkNewResult(results, again);
		} catch (error) {
			expect(isCodeError(error) && error.kind).toBe('duplicate');
		}
		expect(() => checkNewResult(results, result('Dee', [true, true, true, true]))).not.toThrow();
	});

	it('exports CSV with RFC 4180 quoting and formulas neutralised', () => {
		const tricky = [result('=HYPERLINK("x")', [true, true, false, false]), result('Lee, "Al"', [true, true, true, true]), result('-Bo', [false, false, false, false])];
		const csv = resultsToCsv(buildResultsTable(quiz, tricky));
		const lines = csv.split('\r\n');
		expect(lines[0]).toBe('Name,Right,Questions,Percent,Seconds,Q1,Q2,Q3,Q4');
		expect(lines[1]).toBe(`"'=HYPERLINK(""x"")",2,4,50,60,1,1,0,0`);
		expect(lines[2]).toBe('"Lee, ""Al""",4,4,100,60,1,1,1,1');
		expect(lines[3]).toBe("'-Bo,0,4,0,60,0,0,0,0");
		expect(lines[4]).toBe('Share right,,,,,67%,67%,33%,33%');
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csvField('@cmd')).toBe("'@cmd");
		expect(csvField('+1')).toBe("'+1");
		expect(csvField('a\nb')).toBe('"a\nb"');
	});
});
