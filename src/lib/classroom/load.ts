/** Opens the quiz a code names, from the banks this device has (fetched from /banks/, cached offline). */
import { loadBank, loadIndex } from '../state/banks';
import { getQuiz, saveQuiz } from '../storage';
import { composeQuiz, type PlayQuiz } from './compose';
import { isCodeError } from './errors';
import { decodeQuizCode } from './quiz-code';
import { canonicalCode, readSnapshot, snapshotQuiz } from './snapshot';

/**
 * The quiz for a typed, scanned or linked code. On the teacher's device a quiz whose bank has changed since it was
 * made opens from the copy saved with it (`savedCopy`); otherwise the CodeError explains what is wrong.
 */
export async function openQuiz(text: string): Promise<PlayQuiz> {
	try {
		const index = await loadIndex();
		const decoded = decodeQuizCode(text, index.banks);
		const bank = await loadBank(decoded.bank.id);
		return composeQuiz(bank, decoded);
	} catch (error) {
		if (isCodeError(error) && (error.kind === 'bank-version' || error.kind === 'unknown-bank')) {
			const code = canonicalCode(text);
			const stored = code ? await getQuiz(code).catch(() => undefined) : undefined;
			const copy = code && stored ? readSnapshot(code, stored.extra) : undefined;
			if (copy) return copy;
		}
		throw error;
	}
}

/** Remembers a quiz on this device (teacher side) with a copy of its questions; keeps an existing entry. */
export async function rememberQuiz(quiz: PlayQuiz, now: number): Promise<void> {
	if (quiz.savedCopy || (await getQuiz(quiz.code))) return;
	await saveQuiz({
		code: quiz.code,
		bankId: quiz.bank.id,
		bankVersion: quiz.bank.version,
		title: quizTitle(quiz),
		createdAt: now,
		extra: snapshotQuiz(quiz)
	});
}

/** A short human title for a quiz: the bank and the number of questions. */
export function quizTitle(quiz: PlayQuiz): string {
	const n = quiz.questions.length;
	return `${quiz.bank.title} · ${n} question${n === 1 ? '' : 's'}${quiz.seconds ? ` · ${quiz.seconds} s each` : ''}`;
}
