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

function arrange(code: string, version: string, index: number, question: Question): PlayQuestion {
	const seed = hashString(`${code}:${version}:${question.id}`);
	const play: PlayQuestion = { index, question };
	if (question.choices) play.choices = shuffleSeeded(question.choices, seed);
	if (question.items) {
		let items = shuffleSeeded(question.items, seed);
		// Never show an order question already solved.
		for (let attempt = 1; items.every((item, i) => item === question.items?.[i]) && attempt < 8; attempt++)
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

/** Two print versions: A is the play order; B reorders the questions and the options of each. */
export function printVersions(quiz: PlayQuiz): { A: PlayQuestion[]; B: PlayQuestion[] } {
	let order = shuffleSeeded(quiz.questions, hashString(`print-B:${quiz.code}`));
	if (order.length > 1 && order.every((q, i) => q === quiz.questions[i])) order = [...order.slice(1), order[0]];
	return {
		A: quiz.questions,
		B: order.map((q) => arrange(quiz.code, 'B', q.index, q.question))
	};
}
