// Property tests (fast-check) of code reading: any input gives a code or a CodeError, and two typos never pass.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALPHABET } from './base32';
import { extractCode } from './codec';
import { isCodeError } from './errors';
import { decodeQuizCode, encodeQuizCode, KINDS, TIME_LIMITS, type QuizSpec } from './quiz-code';
import { decodeResultCode, encodeResultCode, type QuizForResults } from './result-code';
import { indexEntry, makeBank } from './test-fixtures';

const bank = makeBank(150);
const banks = [indexEntry(bank), indexEntry(makeBank(6, 'abiru-2021-abe-russia-policy', 'v7'))];
const quiz: QuizForResults = { code: 'ZABCDEFGHJKMNPQR', questionCount: 64, seconds: 0 };

/** Runs `read` and says whether it accepted the text; any error but a CodeError fails the property. */
function accepts(read: () => unknown): boolean {
	try {
		read();
		return true;
	} catch (error) {
		if (isCodeError(error)) return false;
		throw error;
	}
}

const symbol = fc.constantFrom(...ALPHABET);
const codeLike = fc.array(fc.oneof(symbol, fc.constantFrom('-', ' ', 'o', 'l', 'i', '%', '%2', '%E0%A4', 'U', '?')), { maxLength: 80 }).map((parts) => parts.join(''));
const linkLike = fc
	.tuple(fc.constantFrom('https://x/classroom/join?code=', '?code=', 'x&code=', 'CODE='), codeLike, fc.constantFrom('', '&a=1', '#f', ' tail'))
	.map(([a, b, c]) => a + b + c);
const anyText = fc.oneof(fc.string({ maxLength: 100 }), fc.string({ unit: 'binary', maxLength: 100 }), codeLike, linkLike);

const spec: fc.Arbitrary<QuizSpec> = fc.oneof(
	fc.record({
		bankId: fc.constant('corpus'),
		bankVersion: fc.constant(bank.version),
		bankSize: fc.constant(bank.questions.length),
		seconds: fc.constantFrom(...TIME_LIMITS),
		selection: fc.record({
			mode: fc.constant('seeded' as const),
			kinds: fc.subarray([...KINDS], { minLength: 1 }),
			count: fc.integer({ min: 1, max: 64 }),
			seed: fc.integer({ min: 0, max: 65535 })
		})
	}),
	fc.record({
		bankId: fc.constant('corpus'),
		bankVersion: fc.constant(bank.version),
		bankSize: fc.constant(bank.questions.length),
		seconds: fc.constantFrom(...TIME_LIMITS),
		selection: fc.record({
			mode: fc.constant('picked' as const),
			indexes: fc.uniqueArray(fc.integer({ min: 0, max: bank.questions.length - 1 }), { minLength: 1, maxLength: 64 })
		})
	})
);

const result = fc.record({
	name: fc.oneof(fc.constantFrom('Ann', 'Man', 'Maria Lopez', 'Zoë Müller', '田中 花子'), fc.string({ minLength: 1, maxLength: 24 }).filter((s) => s.trim().length > 0)),
	correct: fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
	seconds: fc.integer({ min: 0, max: 5000 })
});

/** Two substitutions at distinct positions, each to another symbol. */
function twoTypos(length: number) {
	return fc
		.tuple(fc.integer({ min: 0, max: length - 1 }), fc.integer({ min: 0, max: length - 1 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 31 }))
		.filter(([i, j]) => i !== j);
}

function substitute(code: string, [i, j, a, b]: [number, number, number, number]): string {
	const chars = [...code];
	chars[i] = ALPHABET[(ALPHABET.indexOf(chars[i]) + a) % 32];
	chars[j] = ALPHABET[(ALPHABET.indexOf(chars[j]) + b) % 32];
	return chars.join('');
}

// FUZZ_SCALE=10 for a longer run.
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const RUNS = { any: 20_000 * SCALE, typos: 20_000 * SCALE };

describe('reading codes (property tests)', () => {
	it('any text, link or binary junk gives a code or a CodeError, never another exception', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				accepts(() => extractCode(text));
				accepts(() => decodeQuizCode(text, banks));
				accepts(() => decodeResultCode(text, quiz));
			}),
			{ numRuns: RUNS.any }
		);
	}, 300_000);

	it('any two substitutions in a quiz code are refused, at every length', () => {
		fc.assert(
			fc.property(
				spec.chain((s) => {
					const code = encodeQuizCode(s);
					return fc.tuple(fc.constant(code), twoTypos(code.length));
				}),
				([code, typos]) => !accepts(() => decodeQuizCode(substitute(code, typos), banks))
			),
			{ numRuns: RUNS.typos }
		);
	}, 300_000);

	it('any two substitutions in a result code are refused (no “Ann” read as “Man”)', () => {
		fc.assert(
			fc.property(
				result.chain((r) => {
					const code = encodeResultCode(quiz.code, r);
					return fc.tuple(fc.constant(code), twoTypos(code.length));
				}),
				([code, typos]) => !accepts(() => decodeResultCode(substitute(code, typos), quiz))
			),
			{ numRuns: RUNS.typos }
		);
	}, 300_000);

	it('every double error that makes the type letter an old one (Z→Q, T→R) is refused, checked exhaustively', () => {
		// Format-1 codes are still read, with their weaker check: a format-2 code whose letter is mistyped into the
		// format-1 letter must not pass as an old code, whatever the second error.
		let tried = 0;
		const samples = fc.sample(fc.tuple(spec, result), { numRuns: 40, seed: 12 });
		for (const [s, r] of samples) {
			for (const [code, read] of [
				[encodeQuizCode(s).replace(/^Z/, 'Q'), (t: string) => decodeQuizCode(t, banks)],
				[encodeResultCode(quiz.code, r).replace(/^T/, 'R'), (t: string) => decodeResultCode(t, quiz)]
			] as const) {
				expect(accepts(() => read(code))).toBe(false);
				for (let p = 1; p < code.length; p++)
					for (const ch of ALPHABET) {
						if (ch === code[p]) continue;
						tried++;
						const bad = code.slice(0, p) + ch + code.slice(p + 1);
						if (accepts(() => read(bad))) throw new Error(`accepted ${bad}`);
					}
			}
		}
		expect(tried).toBeGreaterThan(50_000);
	}, 300_000);
});
