/**
 * Crockford base32: the 32 symbols people can read aloud and type without confusing 0/O or 1/I/L.
 * Input is case-insensitive and forgiving (O→0, I/L→1, spaces and hyphens ignored).
 */
import { CodeError } from './errors';

export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const VALUES = new Map<string, number>();
for (let i = 0; i < ALPHABET.length; i++) VALUES.set(ALPHABET[i], i);
VALUES.set('O', 0);
VALUES.set('I', 1);
VALUES.set('L', 1);

/** Reads typed text into symbol values; throws CodeError for characters codes never contain. */
export function parseSymbols(text: string): number[] {
	const symbols: number[] = [];
	for (const raw of text.toUpperCase()) {
		if (raw === '-' || raw === ' ' || raw === '\t' || raw === '\n' || raw === '\r' || raw === '\u2010' || raw === '\u2013')
			continue;
		const value = VALUES.get(raw);
		if (value === undefined)
			throw new CodeError('bad-character', `“${raw}” is never part of a code: codes use digits and letters except U.`);
		symbols.push(value);
	}
	return symbols;
}

export function formatSymbols(symbols: readonly number[]): string {
	return symbols.map((s) => ALPHABET[s]).join('');
}

/** Groups of four, e.g. "QZ4K-7M2P-1R", easier to read out and to compare. */
export function groupCode(code: string, size = 4): string {
	const groups: string[] = [];
	for (let i = 0; i < code.length; i += size) groups.push(code.slice(i, i + size));
	return groups.join('-');
}
