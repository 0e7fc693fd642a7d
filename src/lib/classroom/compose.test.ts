import { describe, expect, it } from 'vitest';
import { composeQuiz, eligibleIndexes, printVersions, quizTitle } from './compose';
import { isCodeError } from './errors';
import { decodeQuizCode, encodeQuizCode, type QuizSpec } from './quiz-code';
import { createRandom } from './random';
import { indexEntry, makeBank } from './test-fixtures';

const bank = makeBank(90);
const banks = [indexEntry(bank)];

function quizFor(selection: QuizSpec['selection'], seconds = 20) {
	const code = encodeQuizCode({ bankId: bank.id, bankVersion: bank.version, bankSize: 90, seconds, selection });
	return composeQuiz(bank, decodeQuizCode(code, banks));
}

describe('quiz composition', () => {
	it('draws N questions of the chosen kinds, never flashcards, the same on every device', () => {
		const quiz = quizFor({ mode: 'seeded', kinds: ['date', 'actor'], count: 10, seed: 42 });
		expect(quiz.questions).toHaveLength(10);
		for (const q of quiz.questions) {
			expect(['date', 'actor']).toContain(q.question.kind);
			expect(q.question.type).not.toBe('flashcard');
		}
		expect(new Set(quiz.questions.map((q) => q.index)).size).toBe(10);
		const again = quizFor({ mode: 'seeded', kinds: ['date', 'actor'], count: 10, seed: 42 });
		expect(again.questions).toEqual(quiz.questions);
		const other = quizFor({ mode: 'seeded', kinds: ['date', 'actor'], count: 10, seed: 43 });
		expect(other.questions.map((q) => q.index)).not.toEqual(quiz.questions.map((q) => q.index));
		expect(quiz.seconds).toBe(20);
	});

	it('uses exactly the hand-picked questions (flashcards included), in a shuffled but fixed order', () => {
		const picked = [0, 5, 17, 33, 89];
		const quiz = quizFor({ mode: 'picked', indexes: picked });
		expect(quiz.questions.map((q) => q.index).sort((a, b) => a - b)).toEqual(picked);
		expect(quizFor({ mode: 'picked', indexes: [89, 33, 17, 5, 0] }).questions).toEqual(quiz.questions);
	});

	it('shuffles options and order items but keeps every one, never showing an order question solved', () => {
		const quiz = quizFor({ mode: 'seeded', kinds: ['date', 'actor', 'poll', 'number', 'position', 'place', 'event'], count: 60, seed: 1 });
		for (const q of quiz.questions) {
			if (q.question.choices) expect([...(q.choices ?? [])].sort()).toEqual([...q.question.choices].sort());
			if (q.question.items) {
				expect([...(q.items ?? [])].sort()).toEqual([...q.question.items].sort());
				expect(q.items).not.toEqual(q.question.items);
			}
		}
	});

	it('refuses more questions than the kinds hold (a forged or stale code)', () => {
		const available = eligibleIndexes(bank, ['poll']).length;
		try {
			quizFor({ mode: 'seeded', kinds: ['poll'], count: available + 1, seed: 3 });
			expect.unreachable();
		} catch (error) {
			expect(isCodeError(error) && error.kind).toBe('forged');
		}
	});

	it('refuses a bank that is not the one the code was decoded against', () => {
		const code = encodeQuizCode({ bankId: bank.id, bankVersion: bank.version, bankSize: 90, seconds: 0, selection: { mode: 'picked', indexes: [1, 2] } });
		const decoded = decodeQuizCode(code, banks);
		expect(() => composeQuiz(makeBank(90, 'corpus', 'v-other'), decoded)).toThrow(/does not match this quiz/);
	});

	it('prints two versions with the same questions in a different order', () => {
		const quiz = quizFor({ mode: 'seeded', kinds: ['date', 'actor', 'event'], count: 12, seed: 9 });
		const { A, B } = printVersions(quiz);
		expect(A.map((q) => q.index)).toEqual(quiz.questions.map((q) => q.index));
		expect([...B.map((q) => q.index)].sort()).toEqual([...A.map((q) => q.index)].sort());
		expect(B.map((q) => q.index)).not.toEqual(A.map((q) => q.index));
		const two = quizFor({ mode: 'picked', indexes: [3, 4] });
		const versions = printVersions(two);
		expect(versions.B.map((q) => q.index)).toEqual([...versions.A.map((q) => q.index)].reverse());
	});

	it('prints version B never opening with A’s first question, every option list and order in another order than A’s', () => {
		// 300 hand-picked sets of 2–12 questions (a seeded draw, so a failure replays) and three timers.
		const random = createRandom(2026);
		for (let run = 0; run < 300; run++) {
			const size = 2 + Math.floor(random() * 11);
			const picked = [...new Set(Array.from({ length: size }, () => Math.floor(random() * 90)))];
			if (picked.length < 2) continue;
			const quiz = quizFor({ mode: 'picked', indexes: picked }, [0, 20, 90][run % 3]);
			const { A, B } = printVersions(quiz);
			expect(B[0].index).not.toBe(A[0].index);
			expect([...B.map((q) => q.index)].sort()).toEqual([...A.map((q) => q.index)].sort());
			for (const b of B) {
				const a = A.find((x) => x.index === b.index)!;
				if (a.choices) {
					expect([...(b.choices ?? [])].sort()).toEqual([...a.choices].sort());
					expect(b.choices).not.toEqual(a.choices);
				}
				if (a.items) {
					expect(b.items).not.toEqual(a.items);
					expect(b.items).not.toEqual(b.question.items);
				}
			}
		}
	});

	it('names the time per question on screen but never on paper', () => {
		const timed = quizFor({ mode: 'picked', indexes: [1, 2, 3] }, 20);
		expect(quizTitle(timed)).toBe('All articles · 3 questions · 20 s each');
		expect(quizTitle(timed, { timer: false })).toBe('All articles · 3 questions');
		expect(quizTitle(quizFor({ mode: 'picked', indexes: [1] }, 0))).toBe('All articles · 1 question');
	});
});
