import { describe, expect, it } from 'vitest';
import { ALPHABET, groupCode, parseSymbols } from './base32';
import { BitWriter } from './bits';
import { buildCode } from './codec';
import { isCodeError, type CodeErrorKind } from './errors';
import { bankIdHash, bankVersionHash, decodeQuizCode, encodeQuizCode, KINDS, TIME_LIMITS, type QuizSpec } from './quiz-code';
import { encodeResultCode } from './result-code';
import { createRandom, shuffleSeeded } from './random';
import { indexEntry, makeBank } from './test-fixtures';

const bank = makeBank(120);
const banks = [indexEntry(bank), indexEntry(makeBank(6, 'abiru-2021-abe-russia-policy', 'v7'))];

function errorKind(run: () => unknown): CodeErrorKind | 'none' {
	try {
		run();
		return 'none';
	} catch (error) {
		if (isCodeError(error)) return error.kind;
		throw error;
	}
}

function randomSpec(random: () => number, size = bank.questions.length): QuizSpec {
	const seconds = TIME_LIMITS[Math.floor(random() * TIME_LIMITS.length)];
	if (random() < 0.5) {
		const kinds = KINDS.filter(() => random() < 0.5);
		return {
			bankId: 'corpus',
			bankVersion: bank.version,
			bankSize: size,
			seconds,
			selection: { mode: 'seeded', kinds: kinds.length ? kinds : ['date'], count: 1 + Math.floor(random() * 64), seed: Math.floor(random() * 65536) }
		};
	}
	const count = 1 + Math.floor(random() * Math.min(64, size));
	const indexes = shuffleSeeded(Array.from({ length: size }, (_, i) => i), Math.floor(random() * 1e9)).slice(0, count);
	return { bankId: 'corpus', bankVersion: bank.version, bankSize: size, seconds, selection: { mode: 'picked', indexes } };
}

describe('quiz codes', () => {
	it('round-trip over many random quizzes, grouped or not, in any case', () => {
		const random = createRandom(1);
		for (let i = 0; i < 500; i++) {
			const spec = randomSpec(random);
			const code = encodeQuizCode(spec);
			expect(code[0]).toBe('Z');
			const typed = i % 2 ? groupCode(code).toLowerCase() : code;
			const decoded = decodeQuizCode(typed, banks);
			expect(decoded.code).toBe(code);
			expect(decoded.bank.id).toBe('corpus');
			expect(decoded.seconds).toBe(spec.seconds);
			if (spec.selection.mode === 'picked') {
				expect(decoded.selection).toEqual({ mode: 'picked', indexes: [...spec.selection.indexes].sort((a, b) => a - b) });
			} else {
				expect(decoded.selection).toEqual(spec.selection);
			}
		}
	});

	it('accept a join link and O/I/L typed for 0/1', () => {
		const code = encodeQuizCode(randomSpec(createRandom(3)));
		expect(decodeQuizCode(`https://example.org/classroom/join?code=${groupCode(code)}`, banks).code).toBe(code);
		const sloppy = code.replace(/0/g, 'o').replace(/1/g, 'l');
		expect(decodeQuizCode(sloppy, banks).code).toBe(code);
	});

	it('detect every single-character substitution and adjacent swap', () => {
		const random = createRandom(2);
		let checked = 0;
		for (let i = 0; i < 40; i++) {
			const code = encodeQuizCode(randomSpec(random));
			for (let p = 0; p < code.length; p++) {
				for (const ch of ALPHABET) {
					if (ch === code[p]) continue;
					const bad = code.slice(0, p) + ch + code.slice(p + 1);
					const kind = errorKind(() => decodeQuizCode(bad, banks));
					// The first character is the type: changing it makes the code foreign; anywhere else it is a typo.
					if (kind === 'none') throw new Error(`undetected: ${bad} from ${code}`);
					checked++;
				}
				if (p + 1 < code.length && code[p] !== code[p + 1]) {
					const swapped = code.slice(0, p) + code[p + 1] + code[p] + code.slice(p + 2);
					expect(errorKind(() => decodeQuizCode(swapped, banks))).not.toBe('none');
				}
			}
		}
		expect(checked).toBeGreaterThan(10000);
	});

	it('say “truncated” when characters are missing from the end', () => {
		const random = createRandom(4);
		for (let i = 0; i < 50; i++) {
			const code = encodeQuizCode(randomSpec(random));
			for (const cut of [1, 2, 3, 6]) {
				const kind = errorKind(() => decodeQuizCode(code.slice(0, -cut), banks));
				expect(['truncated', 'mistyped']).toContain(kind);
				if (cut >= 2) expect(kind === 'truncated' || code.length - cut < 8).toBe(true);
			}
		}
		expect(errorKind(() => decodeQuizCode('ZZ4K', banks))).toBe('truncated');
		expect(errorKind(() => decodeQuizCode('QZ4K', banks))).toBe('truncated');
	});

	it('refuse result codes, other apps’ text and empty input as not quiz codes', () => {
		const result = encodeResultCode('Q123', { name: 'Maria Lopez', correct: [true, false], seconds: 30 });
		expect(() => decodeQuizCode(result, banks)).toThrow(/result code, not a quiz code/);
		expect(errorKind(() => decodeQuizCode('HELLO-WORLD', banks))).toBe('foreign');
		expect(errorKind(() => decodeQuizCode('   ', banks))).toBe('empty');
		expect(errorKind(() => decodeQuizCode('Z12?', banks))).toBe('bad-character');
		expect(() => decodeQuizCode('HELLO-WORLD', banks)).toThrow(/quiz codes start with Z \(or Q\)/);
	});

	it('name the bank when this device has another version of it, and say so when it lacks the bank', () => {
		const spec = randomSpec(createRandom(5));
		const code = encodeQuizCode({ ...spec, bankVersion: 'v-test-2' });
		expect(() => decodeQuizCode(code, banks)).toThrow(/another version of “All articles”/);
		expect(errorKind(() => decodeQuizCode(code, banks))).toBe('bank-version');
		const unknown = encodeQuizCode({ ...spec, bankId: 'not-here' });
		expect(errorKind(() => decodeQuizCode(unknown, banks))).toBe('unknown-bank');
	});

	it('refuse codes whose check is right but whose fields are impossible (forged)', () => {
		const small = makeBank(30);
		const entry = indexEntry(small);
		const good = encodeQuizCode({ bankId: 'corpus', bankVersion: small.version, bankSize: 30, seconds: 0, selection: { mode: 'picked', indexes: [0, 1, 2] } });
		expect(decodeQuizCode(good, [entry]).selection).toEqual({ mode: 'picked', indexes: [0, 1, 2] });
		// The same payload read against a bank that claims fewer questions than the quiz picks.
		expect(errorKind(() => decodeQuizCode(good, [{ ...entry, questionCount: 2 }]))).toBe('forged');
		// A seeded code with no kinds, and a picked code with an out-of-range rank, built with valid checks.
		expect(errorKind(() => decodeQuizCode(forge('seeded-no-kinds', small.version), [entry]))).toBe('forged');
		expect(errorKind(() => decodeQuizCode(forge('rank-too-big', small.version), [entry]))).toBe('forged');
		expect(errorKind(() => decodeQuizCode(forge('extra-symbol', small.version), [entry]))).toBe('forged');
	});

	it('refuse a link with a broken %-escape in plain words, not “URI malformed”', () => {
		const code = encodeQuizCode(randomSpec(createRandom(8)));
		for (const link of [`https://x/classroom/join?code=${code}%`, `https://x/classroom/join?code=%E0%A4%A${code}`, '?code=%'])
			expect(() => decodeQuizCode(link, banks)).toThrow(/This link is damaged/);
		expect(errorKind(() => decodeQuizCode('?code=%zz', banks))).toBe('bad-link');
	});

	it('read format-1 codes (Q…, two check symbols) made by older versions', () => {
		const random = createRandom(9);
		for (let i = 0; i < 200; i++) {
			const spec = randomSpec(random);
			const code = encodeQuizCode(spec);
			const legacy = buildCode('quiz', parseSymbols(code).slice(1, -4), 1);
			expect(legacy[0]).toBe('Q');
			expect(legacy).toHaveLength(code.length - 2);
			const decoded = decodeQuizCode(legacy, banks);
			expect(decoded.code).toBe(legacy);
			expect(decoded.selection.mode).toBe(spec.selection.mode);
			expect(decoded.seconds).toBe(spec.seconds);
		}
	});

	it('stay short: seeded quizzes 16 characters; 20 hand-picked of 60/100/150/300 questions', () => {
		const seeded = encodeQuizCode({ bankId: 'corpus', bankVersion: 'x', bankSize: 300, seconds: 20, selection: { mode: 'seeded', kinds: ['date'], count: 20, seed: 999 } });
		expect(seeded).toHaveLength(16);
		const lengths = [60, 100, 150, 300].map((size) => {
			const indexes = Array.from({ length: 20 }, (_, i) => size - 1 - i * 3);
			return encodeQuizCode({ bankId: 'corpus', bankVersion: 'x', bankSize: size, seconds: 20, selection: { mode: 'picked', indexes } }).length;
		});
		console.info(`quiz code lengths: seeded 20 → ${seeded.length}; picked 20 of 60/100/150/300 → ${lengths.join('/')}`);
		expect(lengths[0]).toBeLessThanOrEqual(22);
		expect(lengths[1]).toBeLessThanOrEqual(26);
		expect(lengths[3]).toBeLessThanOrEqual(33);
	});
});

/** Codes with valid check symbols but impossible contents, as a forger (or a bug) would make them. */
function forge(kind: 'seeded-no-kinds' | 'rank-too-big' | 'extra-symbol', version: string): string {
	const w = new BitWriter();
	w.write(bankIdHash('corpus'), 8);
	w.write(bankVersionHash(version), 12);
	w.write(0, 3);
	if (kind === 'seeded-no-kinds') {
		w.write(4, 6);
		w.write(1, 1);
		w.write(0, 7);
		w.write(1234, 16);
		return buildCode('quiz', w.toSymbols());
	}
	w.write(2, 6); // 3 questions of 30: C(30, 3) = 4060 sets, 12 bits
	w.write(0, 1);
	w.write(kind === 'rank-too-big' ? 4095 : 5, 12);
	const symbols = w.toSymbols();
	return buildCode('quiz', kind === 'extra-symbol' ? [...symbols, 7] : symbols);
}
