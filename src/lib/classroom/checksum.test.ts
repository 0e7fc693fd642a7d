import { describe, expect, it } from 'vitest';
import { computeCheck, verifyCheck } from './checksum';
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

	it('catch any two substitutions in codes up to 31 symbols', () => {
		const random = createRandom(11);
		const w = word(Array.from({ length: 24 }, () => Math.floor(random() * 32)));
		for (let i = 0; i < w.length; i++)
			for (let j = i + 1; j < w.length; j++)
				for (const [a, b] of [[1, 1], [5, 17], [31, 2]]) {
					const bad = w.slice();
					bad[i] ^= a;
					bad[j] ^= b;
					expect(verifyCheck(bad)).toBe(false);
				}
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
