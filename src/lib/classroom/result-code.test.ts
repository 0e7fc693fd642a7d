import { describe, expect, it } from 'vitest';
import { ALPHABET, parseSymbols } from './base32';
import { buildCode } from './codec';
import { isCodeError, type CodeErrorKind } from './errors';
import { createRandom } from './random';
import { decodeResultCode, encodeResultCode, type QuizForResults } from './result-code';
import { checkName } from './name';

const quiz: QuizForResults = { code: 'QABCDEFGHJKMNP', questionCount: 20, seconds: 30 };
const NAMES = ['Maria Lopez', 'Jean-Luc O\'Brien', 'J. R. Smith', 'maria lopez', 'MARIA LOPEZ', 'McDonald', 'Zoë Müller', '田中 花子', 'Ana', 'Kim Lee-Park', 'X', 'x'];

function errorKind(run: () => unknown): CodeErrorKind | 'none' {
	try {
		run();
		return 'none';
	} catch (error) {
		if (isCodeError(error)) return error.kind;
		throw error;
	}
}

function randomResult(random: () => number, count = quiz.questionCount) {
	return {
		name: NAMES[Math.floor(random() * NAMES.length)],
		correct: Array.from({ length: count }, () => random() < 0.6),
		seconds: Math.floor(random() * count * 30)
	};
}

describe('result codes', () => {
	it('round-trip names, answers and time over many random results', () => {
		const random = createRandom(21);
		for (let i = 0; i < 500; i++) {
			const count = 1 + Math.floor(random() * 64);
			const q = { ...quiz, questionCount: count, code: `Q${i}` };
			const result = randomResult(random, count);
			const code = encodeResultCode(q.code, result);
			expect(code[0]).toBe('T');
			const decoded = decodeResultCode(code.toLowerCase(), q);
			expect(decoded).toMatchObject(result);
			expect(decoded.key).toBe(result.name.toLowerCase());
		}
	});

	it('keep the name exactly as typed, cleaned of extra spaces', () => {
		const code = encodeResultCode(quiz.code, { name: '  Maria   Lopez ', correct: Array(20).fill(true), seconds: 100 });
		expect(decodeResultCode(code, quiz).name).toBe('Maria Lopez');
	});

	it('detect every single-character substitution and adjacent swap', () => {
		const random = createRandom(22);
		for (let i = 0; i < 30; i++) {
			const code = encodeResultCode(quiz.code, randomResult(random));
			for (let p = 0; p < code.length; p++) {
				for (const ch of ALPHABET) {
					if (ch === code[p]) continue;
					const bad = code.slice(0, p) + ch + code.slice(p + 1);
					if (errorKind(() => decodeResultCode(bad, quiz)) === 'none') throw new Error(`undetected: ${bad} from ${code}`);
				}
				if (p + 1 < code.length && code[p] !== code[p + 1]) {
					const swapped = code.slice(0, p) + code[p + 1] + code[p] + code.slice(p + 2);
					expect(errorKind(() => decodeResultCode(swapped, quiz))).not.toBe('none');
				}
			}
		}
	});

	it('say “truncated” when the end is missing', () => {
		const random = createRandom(23);
		for (let i = 0; i < 50; i++) {
			const code = encodeResultCode(quiz.code, randomResult(random));
			for (const cut of [2, 3, 5]) expect(errorKind(() => decodeResultCode(code.slice(0, -cut), quiz))).toBe('truncated');
		}
	});

	it('refuse a result for another quiz, a quiz code, and impossible contents', () => {
		const result = randomResult(createRandom(24));
		const code = encodeResultCode(quiz.code, result);
		expect(() => decodeResultCode(code, { ...quiz, code: 'QZZZZZZZZZ' })).toThrow(/another quiz/);
		expect(errorKind(() => decodeResultCode('QABC-DEFG-HJKM-NP', quiz))).toBe('foreign');
		// Right quiz hash, but 21 answers for a 20-question quiz.
		const wrongCount = encodeResultCode(quiz.code, { ...result, correct: [...result.correct, true] });
		expect(errorKind(() => decodeResultCode(wrongCount, quiz))).toBe('forged');
		// More time than a timed quiz allows (20 × 30 s).
		const tooSlow = encodeResultCode(quiz.code, { ...result, seconds: 4000 });
		expect(errorKind(() => decodeResultCode(tooSlow, quiz))).toBe('forged');
		expect(decodeResultCode(tooSlow, { ...quiz, seconds: 0 }).seconds).toBe(4000);
	});

	it('read format-1 result codes (R…, two check symbols) from older versions', () => {
		const random = createRandom(25);
		for (let i = 0; i < 200; i++) {
			const result = randomResult(random);
			const code = encodeResultCode(quiz.code, result);
			const legacy = buildCode('result', parseSymbols(code).slice(1, -4), 1);
			expect(legacy[0]).toBe('R');
			expect(decodeResultCode(legacy, quiz)).toMatchObject({ ...result, name: result.name, code: legacy });
		}
	});

	it('stay short: 20 questions and “Maria Lopez” in 28 characters', () => {
		const lengths = ['Maria Lopez', 'Ana', 'Jean-Luc O\'Brien', '田中 花子'].map(
			(name) => encodeResultCode(quiz.code, { name, correct: Array(20).fill(true), seconds: 400 }).length
		);
		console.info(`result code lengths (20 questions): Maria Lopez/Ana/Jean-Luc O'Brien/田中 花子 → ${lengths.join('/')}`);
		expect(lengths[0]).toBeLessThanOrEqual(28);
		// A name typed all in lower case costs one bit more, not the 8 bits a character of UTF-8.
		const lower = encodeResultCode(quiz.code, { name: 'maria lopez', correct: Array(20).fill(true), seconds: 400 });
		expect(lower.length).toBeLessThanOrEqual(lengths[0] + 1);
	});

	it('explain names that cannot be used', () => {
		expect(checkName('  ')).toMatch(/Type your name/);
		expect(checkName('A'.repeat(25))).toMatch(/at most 24/);
		expect(checkName('Maria')).toBeUndefined();
	});
});
