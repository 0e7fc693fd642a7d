/**
 * Two check symbols of a Reed-Solomon code over GF(32): the code word, read as a polynomial, vanishes at α and α².
 * Every single-symbol substitution and every adjacent transposition changes the value at α by δ·α^j·(1 or 1+α),
 * which is never 0, so both are always caught at any length; up to 31 symbols any two errors are caught too.
 * A random string passes with probability 1/1024.
 */
const EXP: number[] = [];
const LOG: number[] = new Array(32).fill(0);
{
	let x = 1;
	for (let i = 0; i < 31; i++) {
		EXP.push(x);
		LOG[x] = i;
		x <<= 1;
		if (x & 32) x ^= 0b100101; // x^5 + x^2 + 1, primitive
	}
}

function multiply(a: number, b: number): number {
	if (a === 0 || b === 0) return 0;
	return EXP[(LOG[a] + LOG[b]) % 31];
}

/** Value of the polynomial with these coefficients (highest power first) at x. */
function evaluate(symbols: readonly number[], x: number): number {
	let acc = 0;
	for (const s of symbols) acc = multiply(acc, x) ^ s;
	return acc;
}

// Generator g(x) = (x - α)(x - α²) = x² + (α + α²)x + α³ (minus is plus in GF(2^m)).
const G1 = EXP[1] ^ EXP[2];
const G0 = EXP[3];

/** The two check symbols to append to `data`. */
export function computeCheck(data: readonly number[]): [number, number] {
	// Remainder of data(x)·x² divided by g(x), by synthetic division.
	let r1 = 0;
	let r0 = 0;
	for (const s of data) {
		const feedback = s ^ r1;
		r1 = r0 ^ multiply(feedback, G1);
		r0 = multiply(feedback, G0);
	}
	return [r1, r0];
}

/** True when the whole word (data then its two check symbols) is a valid code word. */
export function verifyCheck(word: readonly number[]): boolean {
	return word.length >= 2 && evaluate(word, EXP[1]) === 0 && evaluate(word, EXP[2]) === 0;
}
