/**
 * Student names in result codes. A name written in Title Case from A-Z, space, hyphen, apostrophe and period
 * ("Maria Lopez", "Jean-Luc O'Brien") costs 5 bits a character; any other name (lower case, accents, kana…) is
 * stored as UTF-8, 8 bits a byte.
 */
import type { BitReader, BitWriter } from './bits';

export const NAME_MAX_CHARS = 24;
const NAME_MAX_BYTES = 32;
const COMPACT = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ -\'.';

/** Trimmed, single-spaced, NFC: what is stored, shown and compared. */
export function cleanName(name: string): string {
	return name.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Two results with the same key are the same student. */
export function studentKey(name: string): string {
	return cleanName(name).toLocaleLowerCase('en');
}

/** Why a typed name cannot go into a result code, or undefined when it can. */
export function checkName(name: string): string | undefined {
	const clean = cleanName(name);
	if (!clean) return 'Type your name so your teacher knows whose result it is.';
	if ([...clean].length > NAME_MAX_CHARS) return `Use at most ${NAME_MAX_CHARS} characters.`;
	if (!isCompact(clean) && new TextEncoder().encode(clean).length > NAME_MAX_BYTES)
		return 'That name is too long for a result code; shorten it.';
	return undefined;
}

function titleCase(upper: string): string {
	let out = '';
	let start = true;
	for (const ch of upper) {
		out += start ? ch : ch.toLowerCase();
		start = ' -\'.'.includes(ch);
	}
	return out;
}

function isCompact(name: string): boolean {
	const upper = name.toUpperCase();
	return [...upper].every((ch) => COMPACT.includes(ch)) && titleCase(upper) === name && name.length <= 32;
}

export function writeName(writer: BitWriter, name: string): void {
	const clean = cleanName(name);
	if (isCompact(clean)) {
		writer.write(0, 1);
		writer.write(clean.length - 1, 5);
		for (const ch of clean.toUpperCase()) writer.write(COMPACT.indexOf(ch), 5);
	} else {
		const bytes = new TextEncoder().encode(clean);
		writer.write(1, 1);
		writer.write(bytes.length - 1, 5);
		for (const b of bytes) writer.write(b, 8);
	}
}

/** The name, 'truncated' when the code ends inside it, or 'invalid' when it cannot be a name we wrote. */
export function readName(reader: BitReader): string | 'truncated' | 'invalid' {
	const mode = reader.read(1);
	const length = reader.read(5);
	if (mode === undefined || length === undefined) return 'truncated';
	if (mode === 0) {
		let upper = '';
		for (let i = 0; i <= length; i++) {
			const s = reader.read(5);
			if (s === undefined) return 'truncated';
			if (s >= COMPACT.length) return 'invalid';
			upper += COMPACT[s];
		}
		const name = titleCase(upper);
		return cleanName(name) === name ? name : 'invalid';
	}
	const bytes = new Uint8Array(length + 1);
	for (let i = 0; i <= length; i++) {
		const b = reader.read(8);
		if (b === undefined) return 'truncated';
		bytes[i] = b;
	}
	let name: string;
	try {
		name = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return 'invalid';
	}
	// A name we wrote in UTF-8 was clean and could not be written compactly.
	return cleanName(name) === name && !isCompact(name) && !/\p{Cc}/u.test(name) ? name : 'invalid';
}
