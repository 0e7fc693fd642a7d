// Format-3 result codes: the chosen answers travel with right/wrong, and the reader refuses anything else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALPHABET } from './base32';
import { BitWriter } from './bits';
import { carriedText, permutationOfRank, permutationRank, TEXT_BUDGET, TEXT_SET } from './chosen';
import { buildCode } from './codec';
import { composeQuiz, type PlayQuestion, type PlayQuiz } from './compose';
import { isCodeError } from './errors';
import { gradeResponse } from './grade';
import { decodeQuizCode, encodeQuizCode } from './quiz-code';
import { decodeResultCode, encodeResultCode, quizHash } from './result-code';
import { forResults } from './results';
import { indexEntry, makeBank } from './test-fixtures';
import type { LearnerResponse } from '../state/response';

const bank = makeBank(150);
// Every type but flashcards (index % 6 === 5), which a quiz never asks.
const playable = bank.questions.flatMap((q, i) => (q.type === 'flashcard' ? [] : [i]));

function quizOf(indexes: number[], seconds = 0): PlayQuiz {
	const code = encodeQuizCode({ bankId: bank.id, bankVersion: bank.version, bankSize: bank.questions.length, seconds, selection: { mode: 'picked', indexes } });
	return composeQuiz(bank, decodeQuizCode(code, [indexEntry(bank)]));
}

/** A student's response to a question, drawn from `pick` (0..1 values). */
function respond(play: PlayQuestion, pick: number, text: string): LearnerResponse | null {
	if (pick < 0.15) return null;
	const q = play.question;
	if (q.type === 'choice' || q.type === 'truefalse') {
		const options = play.choices ?? ['True', 'False'];
		return { type: 'pick', value: options[Math.floor(pick * 97) % options.length] };
	}
	if (q.type === 'order') {
		const items = play.items ?? [];
		return { type: 'order', items: pick > 0.6 ? [...(q.items ?? [])] : permutationOfRank(Math.floor(pick * 997) % 24, items.length).map((i) => items[i]) };
	}
	return { type: 'text', value: pick > 0.6 ? q.answer : text };
}

function attemptOf(quiz: PlayQuiz, picks: number[], texts: string[]) {
	const graded = quiz.questions.map((p, i) => gradeResponse(p.question, respond(p, picks[i], texts[i])));
	return { correct: graded.map((g) => g.correct), given: graded.map((g) => g.given) };
}

function accepts(read: () => unknown): boolean {
	try {
		read();
		return true;
	} catch (error) {
		if (isCodeError(error)) return false;
		throw error;
	}
}

const SCALE = Number(process.env.FUZZ_SCALE ?? 1);

const attempt = fc
	.uniqueArray(fc.constantFrom(...playable), { minLength: 1, maxLength: 64 })
	.chain((indexes) =>
		fc.record({
			quiz: fc.constant(quizOf(indexes)),
			picks: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: indexes.length, maxLength: indexes.length }),
			texts: fc.array(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('Iturup', 'Zoë  Müller ', '=1+1', '1956', 'a\tb\nc', '田中')), {
				minLength: indexes.length,
				maxLength: indexes.length
			}),
			name: fc.constantFrom('Maria Lopez', 'ken sato', 'Zoë Müller'),
			seconds: fc.integer({ min: 0, max: 4095 })
		})
	);

describe('chosen answers in result codes (format 3)', () => {
	it('the typed-text set is 64 distinct characters (6 bits each)', () => {
		expect(new Set(TEXT_SET).size).toBe(64);
		expect(TEXT_SET.length).toBe(64);
	});

	it('permutation ranks round-trip', () => {
		for (let m = 1; m <= 5; m++) for (let r = 0; r < [1, 1, 2, 6, 24, 120][m]; r++) expect(permutationRank(permutationOfRank(r, m))).toBe(r);
	});

	it('a code carries each choice, order and (short) typed answer, and an older app’s code reads as unknown', () => {
		const quiz = quizOf([0, 1, 2, 3, 4]);
		const types = quiz.questions.map((p) => p.question.type);
		const responses: (LearnerResponse | null)[] = quiz.questions.map((p) => {
			const q = p.question;
			if (q.type === 'choice') return { type: 'pick', value: 'Other B' };
			if (q.type === 'truefalse') return { type: 'pick', value: 'True' };
			if (q.type === 'order') return { type: 'order', items: ['Second', 'First', 'Third', 'Fourth'] };
			if (q.type === 'typed') return { type: 'text', value: 'Zoë Müller' };
			return null;
		});
		const graded = quiz.questions.map((p, i) => gradeResponse(p.question, responses[i]));
		const result = { name: 'Maria Lopez', correct: graded.map((g) => g.correct), seconds: 61 };
		const code = encodeResultCode(quiz.code, result, { questions: quiz.questions, given: graded.map((g) => g.given) });
		expect(code[0]).toBe('V');
		// Short enough to type: a 5-question quiz with a typed name fits in about 40 characters.
		expect(code.length).toBeLessThan(45);
		const decoded = decodeResultCode(code, forResults(quiz));
		expect(decoded).toMatchObject(result);
		const expected: Record<string, string> = { choice: 'Other B', truefalse: 'True', order: 'Second → First → Third → Fourth', typed: 'zoe muller', cloze: '' };
		expect(decoded.chosen).toEqual(types.map((t) => expected[t]));

		const older = decodeResultCode(encodeResultCode(quiz.code, result), forResults(quiz));
		expect(older.code[0]).toBe('T');
		expect(older).toMatchObject(result);
		expect(older.chosen).toBeUndefined();
	});

	it('typed texts are cut at 16 characters and share a budget, wrong answers first', () => {
		const quiz = quizOf([1, 7, 13, 19, 25, 31]); // six typed questions
		expect(quiz.questions.every((p) => p.question.type === 'typed')).toBe(true);
		const given = quiz.questions.map((p, i) => (i === 0 ? p.question.answer : `wrong answer number ${i} here`));
		const correct = given.map((g, i) => i === 0);
		const decoded = decodeResultCode(encodeResultCode(quiz.code, { name: 'Bo', correct, seconds: 1 }, { questions: quiz.questions, given }), forResults(quiz));
		const chosen = decoded.chosen ?? [];
		const carried = chosen.filter((c): c is string => typeof c === 'string');
		expect(carried.every((c) => [...c].length <= 16)).toBe(true);
		expect(carried.join('').length).toBeLessThanOrEqual(TEXT_BUDGET);
		// Three wrong 16-character texts fill the budget; the right answer and the other wrong ones are not carried.
		expect(chosen).toEqual([null, 'wrong answer nu…', 'wrong answer nu…', 'wrong answer nu…', null, null]);
	});

	it('round-trips any honest attempt exactly (choices and orders exact, typed texts as carried)', () => {
		fc.assert(
			fc.property(attempt, ({ quiz, picks, texts, name, seconds }) => {
				const { correct, given } = attemptOf(quiz, picks, texts);
				const code = encodeResultCode(quiz.code, { name, correct, seconds }, { questions: quiz.questions, given });
				// Within the length whose two substitutions the check always catches as the app's codes are counted.
				expect(code.length).toBeLessThanOrEqual(169);
				const decoded = decodeResultCode(code, forResults(quiz));
				expect(decoded.correct).toEqual(correct);
				decoded.chosen!.forEach((chosen, i) => {
					const type = quiz.questions[i].question.type;
					if (type === 'typed' || type === 'cloze') {
						if (given[i] === '') expect(chosen).toBe('');
						else if (chosen !== null) expect(chosen).toBe(carriedText(given[i]));
					} else expect(chosen).toBe(given[i]);
				});
			}),
			{ numRuns: 300 * SCALE }
		);
	}, 120_000);

	it('a cut, a flipped bit or two in a code is refused; any number of flips never crashes the reader', () => {
		fc.assert(
			fc.property(
				attempt.chain((a) => fc.tuple(fc.constant(a), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 4 })), { minLength: 1, maxLength: 6 }), fc.nat())),
				([{ quiz, picks, texts, name, seconds }, flips, cut]) => {
					const { correct, given } = attemptOf(quiz, picks, texts);
					const code = encodeResultCode(quiz.code, { name, correct, seconds }, { questions: quiz.questions, given });
					const target = forResults(quiz);
					const original = decodeResultCode(code, target);
					expect(accepts(() => decodeResultCode(code.slice(0, 1 + (cut % (code.length - 1))), target))).toBe(false);
					const chars = [...code];
					const positions = new Set<number>();
					for (const [at, bit] of flips) {
						const i = at % chars.length;
						positions.add(i);
						chars[i] = ALPHABET[ALPHABET.indexOf(chars[i]) ^ (1 << bit)];
					}
					const changed = chars.join('');
					if (changed === code) return;
					let decoded;
					try {
						decoded = decodeResultCode(changed, target);
					} catch (error) {
						if (!isCodeError(error)) throw error;
						return;
					}
					// Two symbols changed at most: always refused. More: refused, or a valid code read without a crash.
					expect(positions.size).toBeGreaterThan(2);
					expect(decoded).not.toEqual(original);
				}
			),
			{ numRuns: 1000 * SCALE }
		);
	}, 120_000);

	it('a code with a valid check but random answers is refused or read within the quiz’s options, never a crash', () => {
		// Five questions, one of each type, so that some random answers agree with their right/wrong bits.
		const quiz = quizOf(playable.slice(0, 5));
		const target = forResults(quiz);
		const outcomes = { read: 0, refused: 0 };
		const width = (values: number) => Math.ceil(Math.log2(values));
		fc.assert(
			fc.property(
				fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
				fc.array(fc.array(fc.nat(), { minLength: 18, maxLength: 18 }), { minLength: 5, maxLength: 5 }),
				fc.integer({ min: -3, max: 3 }),
				(correct, values, slack) => {
					// Each question's field at its right width with any value in it (a forger who knows the format).
					const answers = new BitWriter();
					quiz.questions.forEach((play, i) => {
						const v = values[i];
						const q = play.question;
						if (q.type === 'choice' || q.type === 'truefalse') {
							const w = width((play.choices ?? ['True', 'False']).length + 2);
							answers.write(v[0] % 2 ** w, w);
						} else if (q.type === 'order') answers.write(v[0] % 32, width(24 + 2));
						else {
							const tag = v[0] % 4;
							answers.write(tag, 2);
							if (tag === 1) {
								const length = v[1] % 16;
								answers.write(length, 4);
								for (let c = 0; c <= length; c++) answers.write(v[2 + c] % 64, 6);
							}
						}
					});
					const w = new BitWriter();
					w.write(quizHash(quiz.code), 15);
					w.write(4, 6);
					for (const c of correct) w.write(c ? 1 : 0, 1);
					w.write(30, 12);
					w.write(0, 1); // "Ann", Title Case
					w.write(2, 5);
					for (const s of [0, 13, 13]) w.write(s, 5);
					w.write(Math.max(0, answers.length + slack), 10);
					w.append(answers);
					const code = buildCode('result', w.toSymbols(), 3);
					let decoded;
					try {
						decoded = decodeResultCode(code, target);
					} catch (error) {
						if (!isCodeError(error)) throw error;
						expect(error.kind).toBe('forged');
						outcomes.refused++;
						return;
					}
					outcomes.read++;
					expect(slack).toBe(0);
					decoded.chosen!.forEach((chosen, i) => {
						const play = quiz.questions[i];
						if (chosen === null || chosen === '') return;
						const options = play.choices ?? (play.question.type === 'truefalse' ? ['True', 'False'] : undefined);
						if (options) expect(options).toContain(chosen);
						else if (play.items) expect([...chosen.split(' → ')].sort()).toEqual([...play.items].sort());
						else expect(carriedText(chosen)).toBe(chosen);
					});
				}
			),
			{ numRuns: 3000 * SCALE }
		);
		// Both outcomes happen: the property is not passing by refusing everything.
		expect(outcomes.refused).toBeGreaterThan(0);
		expect(outcomes.read).toBeGreaterThan(0);
	}, 120_000);

	it('a forged code whose chosen answer contradicts its right/wrong bit is refused', () => {
		const quiz = quizOf([0]); // one choice question
		const given = ['Other A'];
		const honest = encodeResultCode(quiz.code, { name: 'Ann', correct: [false], seconds: 3 }, { questions: quiz.questions, given });
		expect(decodeResultCode(honest, forResults(quiz)).chosen).toEqual(['Other A']);
		const forged = encodeResultCode(quiz.code, { name: 'Ann', correct: [true], seconds: 3 }, { questions: quiz.questions, given });
		expect(() => decodeResultCode(forged, forResults(quiz))).toThrow(/contents are impossible/);
	});

	it('a code of a newer format than this reader knows is not read as one of ours', () => {
		expect(() => decodeResultCode('W' + 'A'.repeat(20), forResults(quizOf([0])))).toThrow();
	});
});
