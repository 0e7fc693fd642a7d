/**
 * Student names in result codes. A name of A-Z, space, hyphen, apostrophe and period written in Title Case
 * ("Maria Lopez", "Jean-Luc O'Brien") or all in lower case ("maria lopez") costs 5 bits a character; any other
 * name (accents, kana, odd capitals…) is stored as UTF-8, 8 bits a byte.
 * Bits: 0 = Title Case compact · 10 = lower-case compact · 11 = UTF-8; then length−1 (5 bits) and the characters.
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

type Style = 'title' | 'lower' | 'utf8';

function styleOf(name: string): Style {
	const upper = name.toUpperCase();
	if (name.length > 32 || ![...upper].every((ch) => COMPACT.includes(ch))) return 'utf8';
	if (titleCase(upper) === name) return 'title';
	return name === upper.toLowerCase() ? 'lower' : 'utf8';
}

function isCompact(name: string): boolean {
	return styleOf(name) !== 'utf8';
}

export function writeName(writer: BitWriter, name: string): void {
	const clean = cleanName(name);
	const style = styleOf(clean);
	if (style !== 'utf8') {
		if (style === 'title') writer.write(0, 1);
		else writer.write(0b10, 2);
		writer.write(clean.length - 1, 5);
		for (const ch of clean.toUpperCase()) writer.write(COMPACT.indexOf(ch), 5);
	} else {
		const bytes = new TextEncoder().encode(clean);
		writer.write(0b11, 2);
		writer.write(bytes.length - 1, 5);
		for (const b of bytes) writer.write(b, 8);
	}
}

/** The name, 'truncated' when the code ends inside it, or 'invalid' when it cannot be a name we wrote. */
export function readName(reader: BitReader): string | 'truncated' | 'invalid' {
	const first = reader.read(1);
	const style: Style | undefined = first === 0 ? 'title' : first === 1 ? (reader.read(1) === 0 ? 'lower' : 'utf8') : undefined;
	const length = reader.read(5);
	if (style === undefined || length === undefined) return 'truncated';
	if (style !== 'utf8') {
		let upper = '';
		for (let i = 0; i <= length; i++) {
			const s = reader.read(5);
			if (s === undefined) return 'truncated';
			if (s >= COMPACT.length) return 'invalid';
			upper += COMPACT[s];
		}
		const name = style === 'title' ? titleCase(upper) : upper.toLowerCase();
		return cleanName(name) === name && styleOf(name) === style ? name : 'invalid';
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
