/**
 * Turning a bank and a quiz code into the questions everyone in the room sees, in the same order on every
 * device, and the two print versions.
 */
import type { Bank, Question, QuestionKind } from '../format/bank-format';
import { CodeError } from './errors';
import type { QuizCode } from './quiz-code';
import { hashString, shuffleSeeded } from './random';

export interface PlayQuestion {
	/** Index in bank.questions. */
	index: number;
	question: Question;
	/** choice: options in the order shown (shuffled per quiz and per print version). */
	choices?: string[];
	/** order: items in the order shown, to be put back in order. */
	items?: string[];
}

export interface PlayQuiz {
	code: string;
	bank: Bank;
	/** Seconds per question, 0 = untimed. */
	seconds: number;
	questions: PlayQuestion[];
	/** True when made from the copy saved with the quiz, because this device's bank has changed since. */
	savedCopy?: boolean;
}

/** Questions a seeded quiz may draw: the kinds asked for, and only types a device can check (no flashcards). */
export function eligibleIndexes(bank: Bank, kinds: readonly QuestionKind[]): number[] {
	const out: number[] = [];
	bank.questions.forEach((q, i) => {
		if (kinds.includes(q.kind) && q.type !== 'flashcard') out.push(i);
	});
	return out;
}

/** A fresh 16-bit seed from a random number in [0, 1) (the caller's Math.random, so this stays pure). */
export function seedFrom(random: number): number {
	return Math.floor(random * 65536) % 65536;
}

function arrange(code: string, version: string, index: number, question: Question, unlike?: PlayQuestion): PlayQuestion {
	const seed = hashString(`${code}:${version}:${question.id}`);
	const play: PlayQuestion = { index, question };
	// A version B shows options in another order than A where it can (a neighbour's letters must not fit).
	const same = (a: readonly string[], b: readonly string[] | undefined) => !!b && a.every((x, i) => x === b[i]);
	if (question.choices) {
		let choices = shuffleSeeded(question.choices, seed);
		for (let attempt = 1; choices.length > 1 && same(choices, unlike?.choices) && attempt < 8; attempt++)
			choices = shuffleSeeded(question.choices, seed + attempt);
		play.choices = choices;
	}
	if (question.items) {
		let items = shuffleSeeded(question.items, seed);
		// Never show an order question already solved (nor, in version B, in A's order).
		for (let attempt = 1; (same(items, question.items) || same(items, unlike?.items)) && attempt < 8; attempt++)
			items = shuffleSeeded(question.items, seed + attempt);
		play.items = items;
	}
	return play;
}

/** The quiz a code names, from the bank it was made with. Throws CodeError when the bank does not fit the code. */
export function composeQuiz(bank: Bank, quiz: QuizCode): PlayQuiz {
	if (bank.version !== quiz.bank.version || bank.id !== quiz.bank.id || bank.questions.length !== quiz.bank.questionCount)
		throw new CodeError('bank-version', `The question bank “${bank.title}” on this device does not match this quiz. Reload the app while online.`);
	let order: number[];
	const { selection } = quiz;
	if (selection.mode === 'seeded') {
		const eligible = eligibleIndexes(bank, selection.kinds);
		if (selection.count > eligible.length)
			throw new CodeError('forged', 'This quiz code passes its check but asks for more questions than the bank has. Ask for the code again.');
		order = shuffleSeeded(eligible, selection.seed).slice(0, selection.count);
	} else {
		order = shuffleSeeded(selection.indexes, hashString(`order:${quiz.code}`));
	}
	return {
		code: quiz.code,
		bank,
		seconds: quiz.seconds,
		questions: order.map((i) => arrange(quiz.code, 'A', i, bank.questions[i]))
	};
}

/**
 * Two print versions: A is the play order; B has another order — never opening with A's first question — and
 * each question's options (and items to order) in another order than A's wherever there are two or more.
 */
export function printVersions(quiz: PlayQuiz): { A: PlayQuestion[]; B: PlayQuestion[] } {
	const A = quiz.questions;
	const order = shuffleSeeded(A, hashString(`print-B:${quiz.code}`));
	// A's first question moves to the end: B then differs from A in its first question and so in its order.
	if (order.length > 1 && order[0] === A[0]) order.push(...order.splice(0, 1));
	return { A, B: order.map((q) => arrange(quiz.code, 'B', q.index, q.question, q)) };
}

/** A short human title for a quiz: the bank, the number of questions and, on screens, the time per question. */
export function quizTitle(quiz: Pick<PlayQuiz, 'bank' | 'questions' | 'seconds'>, { timer = true } = {}): string {
	const n = quiz.questions.length;
	return `${quiz.bank.title} · ${n} question${n === 1 ? '' : 's'}${timer && quiz.seconds ? ` · ${quiz.seconds} s each` : ''}`;
}
