import { describe, expect, it } from 'vitest';
import { computeCheck, computeLegacyCheck, verifyCheck, verifyLegacyCheck } from './checksum';
import { ALPHABET, groupCode, parseSymbols } from './base32';
import { createRandom } from './random';

function word(data: number[]): number[] {
	return [...data, ...computeCheck(data)];
}

describe('check symbols', () => {
	it('catch every single substitution and adjacent transposition, at any position and length', () => {
		const random = createRandom(7);
		for (const length of [3, 10, 20, 30, 45, 60]) {
			for (let trial = 0; trial < 20; trial++) {
				const w = word(Array.from({ length }, () => Math.floor(random() * 32)));
				expect(verifyCheck(w)).toBe(true);
				let undetected = 0;
				for (let i = 0; i < w.length; i++) {
					for (let v = 0; v < 32; v++) {
						if (v === w[i]) continue;
						const bad = w.slice();
						bad[i] = v;
						if (verifyCheck(bad)) undetected++;
					}
					if (i + 1 < w.length && w[i] !== w[i + 1]) {
						const swapped = w.slice();
						[swapped[i], swapped[i + 1]] = [swapped[i + 1], swapped[i]];
						if (verifyCheck(swapped)) undetected++;
					}
				}
				expect(undetected).toBe(0);
			}
		}
	});

	it('catch any two substitutions, at every length the app makes (up to 68) and beyond', () => {
		const random = createRandom(11);
		let checked = 0;
		for (const length of [10, 23, 24, 31, 47, 49, 62, 64, 80]) {
			const w = word(Array.from({ length }, () => Math.floor(random() * 32)));
			expect(w).toHaveLength(length + 4);
			for (let i = 0; i < w.length; i++)
				for (let j = i + 1; j < w.length; j++)
					for (let a = 1; a < 32; a += length % 2 ? 1 : 3)
						for (const b of [1, 2, 9, 16, 31, (a * 7) % 31 + 1]) {
							const bad = w.slice();
							bad[i] ^= a;
							bad[j] ^= b;
							if (verifyCheck(bad)) throw new Error(`undetected double error at ${i}, ${j} in a word of ${w.length}`);
							checked++;
						}
		}
		expect(checked).toBeGreaterThan(500_000);
	});

	it('format 1 (older codes): still verified, and two errors 31 apart can pass — why format 2 exists', () => {
		const data = Array.from({ length: 40 }, (_, i) => (i * 7) % 32);
		const w = [...data, ...computeLegacyCheck(data)];
		expect(verifyLegacyCheck(w)).toBe(true);
		const bad = w.slice();
		bad[2] ^= 5;
		bad[33] ^= 5; // α^31 = 1: the same error 31 places apart cancels at α and α²
		expect(verifyLegacyCheck(bad)).toBe(true);
		expect(verifyCheck([...data, ...computeCheck(data)])).toBe(true);
		const bad2 = [...data, ...computeCheck(data)];
		bad2[2] ^= 5;
		bad2[33] ^= 5;
		expect(verifyCheck(bad2)).toBe(false);
	});
});

describe('Crockford base32 input', () => {
	it('is case-insensitive, ignores separators and reads O as 0, I and L as 1', () => {
		expect(parseSymbols('q0-1l i')).toEqual(parseSymbols('Q011 1'));
		expect(parseSymbols('o')).toEqual([0]);
		expect(parseSymbols('abc')).toEqual([10, 11, 12]);
	});

	it('refuses characters codes never contain, naming the character', () => {
		expect(() => parseSymbols('QU12')).toThrow(/“U”/);
		expect(() => parseSymbols('Q#12')).toThrow(/“#”/);
	});

	it('groups by four', () => {
		expect(groupCode('QZ4K7M2P1R')).toBe('QZ4K-7M2P-1R');
		expect(ALPHABET).toHaveLength(32);
	});
});
