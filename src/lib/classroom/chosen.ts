/**
 * The chosen answers in a format-3 result code, one field per question in play order, read against the quiz (the
 * teacher's device composes the same questions, so a field's width comes from its question, not from the code):
 *
 * - choice and true/false: the option picked, as its position among the options shown (1..k); 0 = no answer (time
 *   ran out), k+1 = not known. ⌈log2(k+2)⌉ bits: 3 bits for four options, 2 for true/false.
 * - order: the order the student left the items in, as the rank of that permutation of the right order (Lehmer
 *   code, 1..m!); 0 = no answer, m!+1 = not known. 7 bits for five items.
 * - typed and fill-the-blank: 2 bits, 00 = no answer, 01 = the text follows, 10 = not carried. A text is at most
 *   16 characters in lower case from a 64-character set (accents dropped, other characters as “?”, a longer
 *   answer cut with “…”): 4 bits of length, 6 bits a character. All typed texts of a code share 48 characters —
 *   wrong answers first, then right ones — so the code stays short enough to type: a right answer left out still
 *   counts as right, only its exact wording is unknown.
 *
 * Choices and orders are exact, so the reader grades them again and refuses a code whose right/wrong bit
 * disagrees (a forged or damaged code); typed texts are lossy and not re-graded.
 */
import type { Question } from '../format/bank-format';
import { checkAnswer } from '../domain/check-answer';
import type { BitReader, BitWriter } from './bits';
import type { PlayQuestion } from './compose';

/** A chosen answer as read from a code: the text, '' when none was given, null when the code does not say. */
export type Chosen = string | null;

export const TEXT_MAX_CHARS = 16;
export const TEXT_BUDGET = 48;
/** 64 characters exactly: an index is 6 bits. */
export const TEXT_SET = " abcdefghijklmnopqrstuvwxyz0123456789.,'-/%:;&()!\"+#$*=@_<>[]|…?";

type Field = { kind: 'options'; options: string[] } | { kind: 'order'; items: string[] } | { kind: 'text' };

export const ORDER_SEPARATOR = ' → ';

function fieldOf(play: PlayQuestion): Field {
	const q = play.question;
	if (q.type === 'choice' || q.type === 'truefalse') return { kind: 'options', options: play.choices ?? q.choices ?? ['True', 'False'] };
	if (q.type === 'order' && q.items && q.items.length > 0) return { kind: 'order', items: q.items };
	return { kind: 'text' };
}

const widthFor = (values: number) => Math.max(1, Math.ceil(Math.log2(values)));

function factorial(n: number): number {
	let f = 1;
	for (let i = 2; i <= n; i++) f *= i;
	return f;
}

/** Rank of a permutation of 0..m−1 (0 = identity). */
export function permutationRank(p: readonly number[]): number {
	let rank = 0;
	for (let i = 0; i < p.length; i++) {
		let smaller = 0;
		for (let j = i + 1; j < p.length; j++) if (p[j] < p[i]) smaller++;
		rank += smaller * factorial(p.length - 1 - i);
	}
	return rank;
}

export function permutationOfRank(rank: number, m: number): number[] {
	const left = Array.from({ length: m }, (_, i) => i);
	const out: number[] = [];
	for (let i = m - 1; i >= 0; i--) {
		const f = factorial(i);
		out.push(left.splice(Math.floor(rank / f), 1)[0]);
		rank %= f;
	}
	return out;
}

/** A typed text as it travels: lower case, accents dropped, at most 16 characters from the set. */
export function carriedText(text: string): string {
	const plain = text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
	const chars = [...plain].map((ch) => (TEXT_SET.includes(ch) ? ch : '?'));
	return chars.length > TEXT_MAX_CHARS ? chars.slice(0, TEXT_MAX_CHARS - 1).join('') + '…' : chars.join('');
}

/** Which typed answers carry their text: wrong ones first, then right ones, within the shared budget. */
function textsCarried(questions: readonly PlayQuestion[], given: readonly string[], correct: readonly boolean[]): Set<number> {
	const typed = questions.flatMap((p, i) => (fieldOf(p).kind === 'text' && given[i] ? [i] : []));
	typed.sort((a, b) => Number(correct[a]) - Number(correct[b]) || a - b);
	const carried = new Set<number>();
	let budget = TEXT_BUDGET;
	for (const i of typed) {
		const length = [...carriedText(given[i])].length;
		if (length === 0 || length > budget) continue;
		carried.add(i);
		budget -= length;
	}
	return carried;
}

/** Writes every question's field. `given` is what the student gave per question ('' = none), as the attempt keeps it. */
export function writeChosen(writer: BitWriter, questions: readonly PlayQuestion[], given: readonly string[], correct: readonly boolean[]): void {
	const carried = textsCarried(questions, given, correct);
	questions.forEach((play, i) => {
		const field = fieldOf(play);
		const text = given[i] ?? '';
		if (field.kind === 'options') {
			const width = widthFor(field.options.length + 2);
			const at = field.options.indexOf(text);
			writer.write(text === '' ? 0 : at >= 0 ? at + 1 : field.options.length + 1, width);
		} else if (field.kind === 'order') {
			const m = field.items.length;
			const width = widthFor(factorial(m) + 2);
			const parts = text === '' ? [] : text.split(ORDER_SEPARATOR);
			const p = parts.map((item) => field.items.indexOf(item));
			const isPermutation = p.length === m && new Set(p).size === m && p.every((x) => x >= 0);
			writer.write(text === '' ? 0 : isPermutation ? permutationRank(p) + 1 : factorial(m) + 1, width);
		} else if (text === '') writer.write(0, 2);
		else if (!carried.has(i)) writer.write(2, 2);
		else {
			const chars = [...carriedText(text)];
			writer.write(1, 2);
			writer.write(chars.length - 1, 4);
			for (const ch of chars) writer.write(TEXT_SET.indexOf(ch), 6);
		}
	});
}

/** Grades an exact chosen answer again; undefined for a typed text (lossy) or an unknown answer. */
function regrade(question: Question, field: Field, chosen: Chosen): boolean | undefined {
	if (chosen === null || field.kind === 'text') return undefined;
	if (chosen === '') return false;
	if (field.kind === 'options') return checkAnswer(question, { kind: 'choice', choice: chosen }).correct;
	return checkAnswer(question, { kind: 'order', items: chosen.split(ORDER_SEPARATOR) }).correct;
}

/**
 * Reads every question's field: the chosen answers, 'truncated' when the code ends inside them, 'invalid' when a
 * value is out of range or disagrees with the question's right/wrong bit.
 */
export function readChosen(reader: BitReader, questions: readonly PlayQuestion[], correct: readonly boolean[]): Chosen[] | 'truncated' | 'invalid' {
	const out: Chosen[] = [];
	for (let i = 0; i < questions.length; i++) {
		const field = fieldOf(questions[i]);
		let chosen: Chosen;
		if (field.kind === 'options') {
			const k = field.options.length;
			const v = reader.read(widthFor(k + 2));
			if (v === undefined) return 'truncated';
			if (v > k + 1) return 'invalid';
			chosen = v === 0 ? '' : v === k + 1 ? null : field.options[v - 1];
		} else if (field.kind === 'order') {
			const m = field.items.length;
			const v = reader.read(widthFor(factorial(m) + 2));
			if (v === undefined) return 'truncated';
			if (v > factorial(m) + 1) return 'invalid';
			chosen = v === 0 ? '' : v === factorial(m) + 1 ? null : permutationOfRank(v - 1, m).map((x) => field.items[x]).join(ORDER_SEPARATOR);
		} else {
			const tag = reader.read(2);
			if (tag === undefined) return 'truncated';
			if (tag === 3) return 'invalid';
			if (tag === 0) chosen = '';
			else if (tag === 2) chosen = null;
			else {
				const length = reader.read(4);
				if (length === undefined) return 'truncated';
				let text = '';
				for (let c = 0; c <= length; c++) {
					const s = reader.read(6);
					if (s === undefined) return 'truncated';
					text += TEXT_SET[s];
				}
				// Only what carriedText makes (no leading, trailing or doubled space).
				if (carriedText(text) !== text) return 'invalid';
				chosen = text;
			}
		}
		const regraded = regrade(questions[i].question, field, chosen);
		if (regraded !== undefined && regraded !== correct[i]) return 'invalid';
		if (chosen === '' && correct[i] && field.kind === 'text') return 'invalid';
		out.push(chosen);
	}
	return out;
}
