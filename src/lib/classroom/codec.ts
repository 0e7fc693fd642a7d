/**
 * The frame shared by quiz and result codes: a type letter (which is also the format version), the payload, the
 * check symbols. Typed text, grouped text and /classroom/join?code=… links are all accepted.
 *
 * Format 3 (made now, result codes only): V = result code that also carries the chosen answers (result-code.ts).
 * Format 2: Z = quiz code (made now), T = result code (older apps; still read), four check symbols (see checksum.ts).
 * Format 1 (older apps): Q = quiz code, R = result code, two check symbols; still read, with the same payload.
 */
import { ALPHABET, formatSymbols, groupCode, parseSymbols } from './base32';
import { CHECK_SYMBOLS, LEGACY_CHECK_SYMBOLS, computeCheck, computeLegacyCheck, verifyCheck, verifyLegacyCheck } from './checksum';
import { CodeError } from './errors';

export const QUIZ_TYPE = ALPHABET.indexOf('Z');
export const RESULT_TYPE = ALPHABET.indexOf('T');
export const RESULT3_TYPE = ALPHABET.indexOf('V');
export const LEGACY_QUIZ_TYPE = ALPHABET.indexOf('Q');
export const LEGACY_RESULT_TYPE = ALPHABET.indexOf('R');
export type CodeType = 'quiz' | 'result';
export type CodeFormat = 1 | 2 | 3;

export interface Frame {
	type: CodeType;
	format: CodeFormat;
	/** The canonical code: upper case, no separators. */
	code: string;
	/** Symbols after the type symbol, without the check symbols. */
	payload: number[];
}

const LINK_DAMAGED = 'This link is damaged: the code in it cannot be read. Copy the whole link again, or type the code itself.';

/** Accepts a pasted link (…?code=…) as well as the code itself. Throws CodeError 'bad-link' for a broken %-escape. */
export function extractCode(text: string): string {
	const match = /[?&]code=([^&#\s]+)/i.exec(text);
	if (!match) return text;
	try {
		return decodeURIComponent(match[1]);
	} catch {
		throw new CodeError('bad-link', LINK_DAMAGED);
	}
}

/**
 * A code of this type: the type letter, the payload and the check symbols (format 2 for quiz codes, 3 for result
 * codes; format 2 results and format 1 for tests only).
 */
export function buildCode(type: CodeType, payload: readonly number[], format: CodeFormat = 2): string {
	if (format === 3) {
		if (type !== 'result') throw new RangeError('format 3 is a result code format');
		const data = [RESULT3_TYPE, ...payload];
		return formatSymbols([...data, ...computeCheck(data)]);
	}
	if (format === 1) {
		const data = [type === 'quiz' ? LEGACY_QUIZ_TYPE : LEGACY_RESULT_TYPE, ...payload];
		return formatSymbols([...data, ...computeLegacyCheck(data)]);
	}
	const data = [type === 'quiz' ? QUIZ_TYPE : RESULT_TYPE, ...payload];
	return formatSymbols([...data, ...computeCheck(data)]);
}

export { groupCode };

const LABEL: Record<CodeType, string> = { quiz: 'quiz code', result: 'result code' };

const TYPES: ReadonlyMap<number, { type: CodeType; format: CodeFormat }> = new Map([
	[QUIZ_TYPE, { type: 'quiz', format: 2 }],
	[RESULT_TYPE, { type: 'result', format: 2 }],
	[RESULT3_TYPE, { type: 'result', format: 3 }],
	[LEGACY_QUIZ_TYPE, { type: 'quiz', format: 1 }],
	[LEGACY_RESULT_TYPE, { type: 'result', format: 1 }]
]);

/** Whether the word checks in its format. A format-1 letter on a valid format-2 word is a typo of the letter. */
function checks(symbols: number[], format: CodeFormat, type: CodeType): boolean {
	if (format !== 1) return verifyCheck(symbols);
	const asFormat2 = [type === 'quiz' ? QUIZ_TYPE : RESULT_TYPE, ...symbols.slice(1)];
	if (verifyCheck(asFormat2)) return false;
	return verifyLegacyCheck(symbols);
}

/**
 * Reads and checks the frame of a code of the expected type.
 * `minPayload` is the fewest payload symbols a code can have; `expectedPayload` estimates the payload length from the
 * unchecked symbols after the type, to tell a truncated code from a mistyped one.
 */
export function readFrame(
	text: string,
	expected: CodeType,
	minPayload: number,
	expectedPayload: (symbols: number[], format: CodeFormat) => number | undefined
): Frame {
	const trimmed = extractCode(text).trim();
	if (!trimmed) throw new CodeError('empty', `Type or scan a ${LABEL[expected]}.`);
	const symbols = parseSymbols(trimmed);
	if (symbols.length === 0) throw new CodeError('empty', `Type or scan a ${LABEL[expected]}.`);
	const kind = TYPES.get(symbols[0]);
	if (kind?.type !== expected) {
		if (kind?.type === 'result')
			throw new CodeError('foreign', 'This is a student’s result code, not a quiz code: enter it under Collect results.');
		if (kind?.type === 'quiz')
			throw new CodeError('foreign', 'This is a quiz code, not a result code: students open it under Join.');
		if (symbols.length >= 6 && verifyCheck(symbols))
			throw new CodeError('newer-format', 'This code comes from a newer version of Sourcedeck: update the app (reload while online).');
		throw new CodeError(
			'foreign',
			`This is not a Sourcedeck ${LABEL[expected]}: ${LABEL[expected]}s start with ${expected === 'quiz' ? 'Z (or Q)' : 'V (or T, R)'}.`
		);
	}
	const checkSymbols = kind.format === 1 ? LEGACY_CHECK_SYMBOLS : CHECK_SYMBOLS;
	const code = formatSymbols(symbols);
	if (symbols.length < 1 + minPayload + checkSymbols)
		throw new CodeError('truncated', `This ${LABEL[expected]} is too short: some characters are missing. Compare it with the original.`);
	if (!checks(symbols, kind.format, expected)) {
		const payload = expectedPayload(symbols.slice(1), kind.format);
		const length = payload === undefined ? undefined : 1 + payload + checkSymbols;
		if (length !== undefined && length > symbols.length) {
			const missing = length - symbols.length;
			throw new CodeError(
				'truncated',
				`This ${LABEL[expected]} looks cut short: about ${missing} character${missing === 1 ? ' is' : 's are'} missing. Compare it with the original.`
			);
		}
		throw new CodeError(
			'mistyped',
			`This ${LABEL[expected]} has a typing mistake (its check characters do not match). Compare it with the original, character by character.`
		);
	}
	return { type: expected, format: kind.format, code, payload: symbols.slice(1, -checkSymbols) };
}
