/**
 * Quiz codes. After the type letter Z (Q in format 1), MSB-first:
 *   bank id hash 8 · bank version hash 12 · time per question 3 (index into TIME_LIMITS) · questions−1 6 · mode 1
 *   seeded (mode 1): kinds bitmask 7 (KINDS order) · seed 16
 *   picked (mode 0): rank of the chosen set of indexes into bank.questions, ceil(log2 C(n, k)) bits (see subset.ts)
 * then zero padding to a whole symbol and the check symbols (four; two in format-1 codes starting with Q, still read).
 */
import type { BankIndexEntry, QuestionKind } from '../format/bank-format';
import { BitReader, BitWriter } from './bits';
import { buildCode, readFrame } from './codec';
import { CodeError } from './errors';
import { shortHash } from './random';
import { rankSubset, subsetBits, unrankSubset } from './subset';

export const KINDS: readonly QuestionKind[] = ['date', 'actor', 'poll', 'number', 'position', 'place', 'event'];
/** Seconds per question; 0 = no timer. */
export const TIME_LIMITS: readonly number[] = [0, 10, 15, 20, 30, 45, 60, 90];
export const MAX_QUESTIONS = 64;
const HEADER_BITS = 8 + 12 + 3 + 6 + 1;
const SEEDED_BITS = 7 + 16;

export type QuizSelection =
	| { mode: 'seeded'; kinds: QuestionKind[]; count: number; seed: number }
	| { mode: 'picked'; indexes: number[] };

export interface QuizSpec {
	bankId: string;
	bankVersion: string;
	/** bank.questions.length: picked sets are ranked against it. */
	bankSize: number;
	/** One of TIME_LIMITS. */
	seconds: number;
	selection: QuizSelection;
}

export function bankIdHash(id: string): number {
	return shortHash(`id:${id}`, 8);
}

export function bankVersionHash(version: string): number {
	return shortHash(`version:${version}`, 12);
}

function selectionCount(selection: QuizSelection): number {
	return selection.mode === 'seeded' ? selection.count : selection.indexes.length;
}

export function encodeQuizCode(spec: QuizSpec): string {
	const count = selectionCount(spec.selection);
	const timeIndex = TIME_LIMITS.indexOf(spec.seconds);
	if (timeIndex < 0) throw new RangeError(`time per question must be one of ${TIME_LIMITS.join(', ')}`);
	if (count < 1 || count > MAX_QUESTIONS) throw new RangeError(`a quiz has 1 to ${MAX_QUESTIONS} questions`);
	const writer = new BitWriter();
	writer.write(bankIdHash(spec.bankId), 8);
	writer.write(bankVersionHash(spec.bankVersion), 12);
	writer.write(timeIndex, 3);
	writer.write(count - 1, 6);
	const { selection } = spec;
	if (selection.mode === 'seeded') {
		writer.write(1, 1);
		const mask = KINDS.reduce((m, kind, i) => (selection.kinds.includes(kind) ? m | (1 << i) : m), 0);
		if (mask === 0) throw new RangeError('choose at least one kind');
		writer.write(mask, 7);
		writer.write(selection.seed, 16);
	} else {
		writer.write(0, 1);
		const set = new Set(selection.indexes);
		if (set.size !== count || selection.indexes.some((i) => !Number.isInteger(i) || i < 0 || i >= spec.bankSize))
			throw new RangeError('picked indexes must be distinct questions of the bank');
		writer.writeBig(rankSubset(selection.indexes), subsetBits(spec.bankSize, count));
	}
	return buildCode('quiz', writer.toSymbols());
}

export interface QuizCode {
	/** Canonical code (upper case, no separators). */
	code: string;
	/** The bank it was made from, as this device knows it. */
	bank: BankIndexEntry;
	seconds: number;
	selection: QuizSelection;
}

interface Header {
	idHash: number;
	versionHash: number;
	seconds: number;
	count: number;
	seeded: boolean;
}

function readHeader(reader: BitReader): Header | undefined {
	const idHash = reader.read(8);
	const versionHash = reader.read(12);
	const timeIndex = reader.read(3);
	const count = reader.read(6);
	const mode = reader.read(1);
	if (mode === undefined || idHash === undefined || versionHash === undefined || timeIndex === undefined || count === undefined)
		return undefined;
	return { idHash, versionHash, seconds: TIME_LIMITS[timeIndex], count: count + 1, seeded: mode === 1 };
}

/** Payload symbols for this many bits (the type letter and check symbols not counted). */
function symbolsFor(payloadBits: number): number {
	return Math.ceil(payloadBits / 5);
}

function findBank(header: Header, banks: readonly BankIndexEntry[]): BankIndexEntry | undefined {
	return banks.find((b) => bankIdHash(b.id) === header.idHash && bankVersionHash(b.version) === header.versionHash);
}

const FORGED = 'This quiz code passes its check but cannot be a real quiz (it names questions that do not exist). Ask for the code again.';

/**
 * Reads a typed, scanned or linked quiz code against the banks this device has (the bank index).
 * Throws CodeError: empty, bad-character, bad-link, foreign, newer-format, truncated, mistyped, unknown-bank, bank-version, forged.
 */
export function decodeQuizCode(text: string, banks: readonly BankIndexEntry[]): QuizCode {
	const frame = readFrame(text, 'quiz', symbolsFor(HEADER_BITS), (symbols) => {
		const header = readHeader(new BitReader(symbols));
		if (!header) return undefined;
		if (header.seeded) return symbolsFor(HEADER_BITS + SEEDED_BITS);
		const bank = findBank(header, banks);
		return bank ? symbolsFor(HEADER_BITS + subsetBits(bank.questionCount, header.count)) : undefined;
	});
	const reader = new BitReader(frame.payload);
	const header = readHeader(reader);
	if (!header) throw new CodeError('truncated', 'This quiz code is too short: some characters are missing. Compare it with the original, or ask for it again.');
	const bank = findBank(header, banks);
	if (!bank) {
		const sameId = banks.filter((b) => bankIdHash(b.id) === header.idHash);
		if (sameId.length > 0)
			throw new CodeError(
				'bank-version',
				`This quiz was made from another version of “${sameId[0].title}” than the one on this device. Reload the app while online to get the newest questions; if the teacher’s app is older, the teacher should update and make the code again.`
			);
		throw new CodeError(
			'unknown-bank',
			'This quiz uses a question bank this device does not have. If it is a bank of your teacher’s own, ask for its file (Share file, on the teacher’s home page), add it here under Add a document › Import a bank file, then open this code again. Otherwise reload the app while online to get the newest question banks.'
		);
	}
	let selection: QuizSelection;
	if (header.seeded) {
		const mask = reader.read(7);
		const seed = reader.read(16);
		if (mask === undefined || seed === undefined) throw new CodeError('truncated', 'This quiz code is too short: some characters are missing. Compare it with the original, or ask for it again.');
		if (mask === 0) throw new CodeError('forged', FORGED);
		selection = { mode: 'seeded', kinds: KINDS.filter((_, i) => mask & (1 << i)), count: header.count, seed };
	} else {
		if (header.count > bank.questionCount) throw new CodeError('forged', FORGED);
		const rank = reader.readBig(subsetBits(bank.questionCount, header.count));
		if (rank === undefined) throw new CodeError('truncated', 'This quiz code is too short: some characters are missing. Compare it with the original, or ask for it again.');
		const indexes = unrankSubset(rank, bank.questionCount, header.count);
		if (!indexes) throw new CodeError('forged', FORGED);
		selection = { mode: 'picked', indexes };
	}
	if (!reader.atCleanEnd()) throw new CodeError('forged', FORGED);
	return { code: frame.code, bank, seconds: header.seconds, selection };
}
