/**
 * Check symbols of classroom codes.
 *
 * Formats 2 and 3 (codes made now): four base32 check symbols = two check symbols of a Reed-Solomon code over GF(1024),
 * reading the code two base32 symbols at a time (a virtual leading 0 when the count is odd). The word, as a
 * polynomial over GF(1024), vanishes at β and β²: minimum distance 3 for words up to 1023 pairs (2046 symbols), so
 * any two wrong pairs are caught. Two base32 substitutions touch at most two pairs, an adjacent swap one or two: both
 * are always caught, at every length the app makes (quiz codes ≤ 53, format-2 result codes ≤ 68, format-3 result codes
 * with chosen answers ≤ 169 symbols). A random string passes with probability 2^-20.
 *
 * Format 1 (older codes, still read): two check symbols of Reed-Solomon over GF(32), vanishing at α and α². Catches
 * every single substitution and adjacent swap, but two errors 31 positions apart can pass.
 */

/** Exponent and logarithm tables of GF(2^m) built from a primitive polynomial. */
function field(bits: number, primitive: number): { exp: number[]; log: number[]; order: number } {
	const order = 2 ** bits - 1;
	const exp: number[] = [];
	const log: number[] = new Array(order + 1).fill(0);
	let x = 1;
	for (let i = 0; i < order; i++) {
		exp.push(x);
		log[x] = i;
		x <<= 1;
		if (x & (order + 1)) x ^= primitive;
	}
	return { exp, log, order };
}

type Field = ReturnType<typeof field>;

const GF32 = field(5, 0b100101); // x^5 + x^2 + 1
const GF1024 = field(10, 0b10000001001); // x^10 + x^3 + 1

function multiply(f: Field, a: number, b: number): number {
	if (a === 0 || b === 0) return 0;
	return f.exp[(f.log[a] + f.log[b]) % f.order];
}

/** Value of the polynomial with these coefficients (highest power first) at x. */
function evaluate(f: Field, coefficients: readonly number[], x: number): number {
	let acc = 0;
	for (const c of coefficients) acc = multiply(f, acc, x) ^ c;
	return acc;
}

/** Remainder of data(x)·x² divided by g(x) = (x − r)(x − r²), r = the field's generator: the two check values. */
function remainder(f: Field, data: readonly number[]): [number, number] {
	// g(x) = x² + (r + r²)x + r³ (minus is plus in GF(2^m)); synthetic division.
	const g1 = f.exp[1] ^ f.exp[2];
	const g0 = f.exp[3];
	let r1 = 0;
	let r0 = 0;
	for (const s of data) {
		const feedback = s ^ r1;
		r1 = r0 ^ multiply(f, feedback, g1);
		r0 = multiply(f, feedback, g0);
	}
	return [r1, r0];
}

/** Base32 symbols two at a time as GF(1024) elements, a virtual leading 0 when the count is odd. */
function pairs(symbols: readonly number[]): number[] {
	const padded = symbols.length % 2 ? [0, ...symbols] : symbols;
	const out: number[] = [];
	for (let i = 0; i < padded.length; i += 2) out.push(padded[i] * 32 + padded[i + 1]);
	return out;
}

/** Number of check symbols of a format-2 code. */
export const CHECK_SYMBOLS = 4;

/** The four check symbols to append to `data` (format 2). */
export function computeCheck(data: readonly number[]): [number, number, number, number] {
	// An even number of check symbols keeps the pairing of the data unchanged in the whole word.
	const [c1, c0] = remainder(GF1024, pairs(data));
	return [c1 >> 5, c1 & 31, c0 >> 5, c0 & 31];
}

/** True when the whole word (data then its four check symbols) is a valid format-2 code word. */
export function verifyCheck(word: readonly number[]): boolean {
	if (word.length < CHECK_SYMBOLS) return false;
	const p = pairs(word);
	return evaluate(GF1024, p, GF1024.exp[1]) === 0 && evaluate(GF1024, p, GF1024.exp[2]) === 0;
}

/** Number of check symbols of a format-1 code. */
export const LEGACY_CHECK_SYMBOLS = 2;

/** The two check symbols of a format-1 code (tests, and reading old codes). */
export function computeLegacyCheck(data: readonly number[]): [number, number] {
	return remainder(GF32, data);
}

/** True when the whole word is a valid format-1 code word. */
export function verifyLegacyCheck(word: readonly number[]): boolean {
	return word.length >= LEGACY_CHECK_SYMBOLS && evaluate(GF32, word, GF32.exp[1]) === 0 && evaluate(GF32, word, GF32.exp[2]) === 0;
}
