/**
 * The frame shared by quiz and result codes: a type letter (which is also the format version), the payload, two
 * check symbols. Typed text, grouped text and /classroom/join?code=… links are all accepted.
 */
import { ALPHABET, formatSymbols, groupCode, parseSymbols } from './base32';
import { computeCheck, verifyCheck } from './checksum';
import { CodeError } from './errors';

/** First symbol: Q = quiz code, format 1; R = result code, format 1. Later formats take other letters. */
export const QUIZ_TYPE = ALPHABET.indexOf('Q');
export const RESULT_TYPE = ALPHABET.indexOf('R');
export type CodeType = 'quiz' | 'result';

export interface Frame {
	type: CodeType;
	/** The canonical code: upper case, no separators. */
	code: string;
	/** Symbols after the type symbol, without the check symbols. */
	payload: number[];
}

/** Accepts a pasted link (…?code=…) as well as the code itself. */
export function extractCode(text: string): string {
	const match = /[?&]code=([^&#\s]+)/i.exec(text);
	return match ? decodeURIComponent(match[1]) : text;
}

export function buildCode(type: CodeType, payload: readonly number[]): string {
	const data = [type === 'quiz' ? QUIZ_TYPE : RESULT_TYPE, ...payload];
	return formatSymbols([...data, ...computeCheck(data)]);
}

export { groupCode };

const LABEL: Record<CodeType, string> = { quiz: 'quiz code', result: 'result code' };

/**
 * Reads and checks the frame of a code of the expected type.
 * `expectedLength` estimates the full length (type and check symbols included) from the unchecked symbols after the
 * type, to tell a truncated code from a mistyped one.
 */
export function readFrame(
	text: string,
	expected: CodeType,
	minLength: number,
	expectedLength: (payload: number[]) => number | undefined
): Frame {
	const trimmed = extractCode(text).trim();
	if (!trimmed) throw new CodeError('empty', `Type or scan a ${LABEL[expected]}.`);
	const symbols = parseSymbols(trimmed);
	if (symbols.length === 0) throw new CodeError('empty', `Type or scan a ${LABEL[expected]}.`);
	const valid = verifyCheck(symbols);
	const type: CodeType | undefined =
		symbols[0] === QUIZ_TYPE ? 'quiz' : symbols[0] === RESULT_TYPE ? 'result' : undefined;
	if (type !== expected) {
		if (type === 'result')
			throw new CodeError('foreign', 'This is a student’s result code, not a quiz code: enter it under Collect results.');
		if (type === 'quiz')
			throw new CodeError('foreign', 'This is a quiz code, not a result code: students open it under Join.');
		if (valid && symbols.length >= 4)
			throw new CodeError('newer-format', 'This code comes from a newer version of Sourcedeck: update the app (reload while online).');
		throw new CodeError(
			'foreign',
			`This is not a Sourcedeck ${LABEL[expected]}: ${LABEL[expected]}s start with ${expected === 'quiz' ? 'Q' : 'R'}.`
		);
	}
	const code = formatSymbols(symbols);
	if (symbols.length < minLength)
		throw new CodeError('truncated', `This ${LABEL[expected]} is too short: some characters are missing.`);
	if (!valid) {
		const length = expectedLength(symbols.slice(1));
		if (length !== undefined && length > symbols.length) {
			const missing = length - symbols.length;
			throw new CodeError(
				'truncated',
				`This ${LABEL[expected]} looks cut short: about ${missing} character${missing === 1 ? ' is' : 's are'} missing.`
			);
		}
		throw new CodeError(
			'mistyped',
			`This ${LABEL[expected]} has a typing mistake (its check characters do not match). Compare it with the original, character by character.`
		);
	}
	return { type, code, payload: symbols.slice(1, -2) };
}
