/**
 * Result codes. After the type letter (V in format 3, T in format 2, R in format 1), MSB-first:
 *   quiz hash 15 (of the canonical quiz code) · questions−1 6 · right/wrong bitset (one bit per question, in play
 *   order) · total seconds 12 (capped at 4095) · name (see name.ts)
 *   format 3 only: length of the chosen answers in bits 10 · the chosen answers (see chosen.ts)
 * then zero padding and the check symbols (four; two in format-1 codes starting with R, still read).
 * Codes from older apps (T, R) are still read: their chosen answers are unknown.
 */
import { BitReader, BitWriter } from './bits';
import { readChosen, writeChosen, type Chosen } from './chosen';
import { buildCode, readFrame, type CodeFormat } from './codec';
import type { PlayQuestion } from './compose';
import { CodeError } from './errors';
import { readName, writeName, cleanName, studentKey } from './name';
import { shortHash } from './random';

export const MAX_SECONDS = 4095;
const QUIZ_HASH_BITS = 15;
const CHOSEN_LENGTH_BITS = 10;

export function quizHash(quizCode: string): number {
	return shortHash(`quiz:${quizCode.toUpperCase()}`, QUIZ_HASH_BITS);
}

export interface StudentResult {
	name: string;
	/** One entry per question, in play order. */
	correct: boolean[];
	/** Total time spent answering, in whole seconds. */
	seconds: number;
}

/**
 * The result code of a finished attempt. With the quiz's `questions` and what the student `given` per question
 * ('' = no answer), a format-3 code that carries the chosen answers; without them, a format-2 code (right or wrong
 * only, as older apps made).
 */
export function encodeResultCode(quizCode: string, result: StudentResult, answers?: { questions: readonly PlayQuestion[]; given: readonly string[] }): string {
	const n = result.correct.length;
	if (n < 1 || n > 64) throw new RangeError('a result covers 1 to 64 questions');
	if (answers && answers.questions.length !== n) throw new RangeError('one answer per question');
	const writer = new BitWriter();
	writer.write(quizHash(quizCode), QUIZ_HASH_BITS);
	writer.write(n - 1, 6);
	for (const right of result.correct) writer.write(right ? 1 : 0, 1);
	writer.write(Math.min(MAX_SECONDS, Math.max(0, Math.round(result.seconds))), 12);
	writeName(writer, result.name);
	if (!answers) return buildCode('result', writer.toSymbols(), 2);
	const chosen = new BitWriter();
	writeChosen(chosen, answers.questions, answers.given, result.correct);
	// At most 64 × 7 bits of choices and orders, or 64 × 6 bits of typed tags plus 48 characters: under 1024.
	writer.write(chosen.length, CHOSEN_LENGTH_BITS);
	writer.append(chosen);
	return buildCode('result', writer.toSymbols(), 3);
}

export interface DecodedResult extends StudentResult {
	/** Canonical result code. */
	code: string;
	/** Same student, whatever the spacing or case of the name. */
	key: string;
	/**
	 * Per question, the answer chosen ('' = none given, null = the code does not say); undefined for a code from an
	 * older app (format 1 or 2), which carries right or wrong only.
	 */
	chosen?: Chosen[];
}

export interface QuizForResults {
	/** Canonical quiz code. */
	code: string;
	questionCount: number;
	/** Seconds per question, 0 = untimed. */
	seconds: number;
	/** The questions in play order, to read the chosen answers of a format-3 code (skipped without them). */
	questions?: readonly PlayQuestion[];
}

function expectedSymbols(symbols: number[], format: CodeFormat): number | undefined {
	const reader = new BitReader(symbols);
	if (reader.read(QUIZ_HASH_BITS) === undefined) return undefined;
	const n = reader.read(6);
	if (n === undefined || reader.read(n + 1 + 12) === undefined) return undefined;
	const first = reader.read(1);
	const second = first === 1 ? reader.read(1) : 0;
	const length = reader.read(5);
	if (first === undefined || second === undefined || length === undefined) return undefined;
	const styleBits = first === 0 ? 1 : 2;
	const nameBits = (length + 1) * (first === 1 && second === 1 ? 8 : 5);
	let bits = QUIZ_HASH_BITS + 6 + n + 1 + 12 + styleBits + 5 + nameBits;
	if (format === 3) {
		if (reader.read(nameBits) === undefined) return undefined;
		const chosenBits = reader.read(CHOSEN_LENGTH_BITS);
		if (chosenBits === undefined) return undefined;
		bits += CHOSEN_LENGTH_BITS + chosenBits;
	}
	return Math.ceil(bits / 5);
}

const FORGED = 'This result code passes its check but its contents are impossible for this quiz. Ask the student to show it again.';

/**
 * Reads a result code for `quiz`. Throws CodeError: empty, bad-character, bad-link, foreign, newer-format, truncated,
 * mistyped, other-quiz, forged.
 */
export function decodeResultCode(text: string, quiz: QuizForResults): DecodedResult {
	const frame = readFrame(text, 'result', Math.ceil((QUIZ_HASH_BITS + 6 + 1 + 12 + 6 + 5) / 5), expectedSymbols);
	const reader = new BitReader(frame.payload);
	const hash = reader.read(QUIZ_HASH_BITS);
	const n = reader.read(6);
	if (hash === undefined || n === undefined) throw new CodeError('truncated', 'This result code is too short: some characters are missing. Ask the student to show it again.');
	if (hash !== quizHash(quiz.code))
		throw new CodeError('other-quiz', 'This result is for another quiz: open that quiz’s results to add it. Nothing was added here.');
	const count = n + 1;
	if (count !== quiz.questionCount) throw new CodeError('forged', FORGED);
	const correct: boolean[] = [];
	for (let i = 0; i < count; i++) {
		const bit = reader.read(1);
		if (bit === undefined) throw new CodeError('truncated', 'This result code is too short: some characters are missing. Ask the student to show it again.');
		correct.push(bit === 1);
	}
	const seconds = reader.read(12);
	if (seconds === undefined) throw new CodeError('truncated', 'This result code is too short: some characters are missing. Ask the student to show it again.');
	// A timed quiz caps each answer; a second per question of rounding slack.
	if (quiz.seconds > 0 && seconds > count * (quiz.seconds + 1)) throw new CodeError('forged', FORGED);
	const name = readName(reader);
	if (name === 'truncated') throw new CodeError('truncated', 'This result code is too short: some characters are missing. Ask the student to show it again.');
	if (name === 'invalid') throw new CodeError('forged', FORGED);
	const decoded: DecodedResult = { code: frame.code, name: cleanName(name), key: studentKey(name), correct, seconds };
	if (frame.format === 3) {
		// The check passed, so nothing is missing: answers that do not fit are not the app's.
		const length = reader.read(CHOSEN_LENGTH_BITS);
		if (length === undefined || length > reader.remaining) throw new CodeError('forged', FORGED);
		const before = reader.remaining;
		const chosen = quiz.questions ? readChosen(reader, quiz.questions, correct) : (reader.read(length), undefined);
		// A check that passes with answers cut short or out of range means a code not made by the app for this quiz.
		if (chosen === 'truncated' || chosen === 'invalid' || before - reader.remaining !== length) throw new CodeError('forged', FORGED);
		if (chosen) decoded.chosen = chosen;
	}
	if (!reader.atCleanEnd()) throw new CodeError('forged', FORGED);
	return decoded;
}
