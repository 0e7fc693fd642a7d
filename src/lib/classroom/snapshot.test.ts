import { describe, expect, it } from 'vitest';
import { composeQuiz } from './compose';
import { decodeQuizCode, encodeQuizCode } from './quiz-code';
import { canonicalCode, readSnapshot, snapshotQuiz } from './snapshot';
import { indexEntry, makeBank } from './test-fixtures';
import { groupCode } from './base32';

const bank = makeBank(50);
const code = encodeQuizCode({ bankId: bank.id, bankVersion: bank.version, bankSize: 50, seconds: 15, selection: { mode: 'picked', indexes: [4, 9, 30] } });
const quiz = composeQuiz(bank, decodeQuizCode(code, [indexEntry(bank)]));

describe('saved copy of a quiz', () => {
	it('plays back the same questions, options and time after a JSON round trip (as IndexedDB stores it)', () => {
		const extra = JSON.parse(JSON.stringify(snapshotQuiz(quiz)));
		const copy = readSnapshot(code, extra);
		expect(copy?.savedCopy).toBe(true);
		expect(copy?.questions).toEqual(quiz.questions);
		expect(copy?.seconds).toBe(15);
		// Only the articles its questions cite are kept.
		const cited = new Set(quiz.questions.map((q) => q.question.sources[0].doc));
		expect(copy?.bank.documents.map((d) => d.id).sort()).toEqual([...cited].sort());
	});

	it('is ignored when missing or malformed', () => {
		expect(readSnapshot(code, undefined)).toBeUndefined();
		expect(readSnapshot(code, { snapshot: { v: 2 } })).toBeUndefined();
		expect(readSnapshot(code, { snapshot: { v: 1, seconds: 0, bank: bank, questions: [{}] } })).toBeUndefined();
	});

	it('finds the stored key from any typed form of the code', () => {
		expect(canonicalCode(groupCode(code).toLowerCase())).toBe(code);
		expect(canonicalCode(`https://x.org/classroom/join?code=${code}`)).toBe(code);
		expect(canonicalCode('not a code!')).toBeUndefined();
	});
});
