// Opening the quiz a code names, from the banks this device has (fetched from /banks/, cached offline), and the
// quizzes a teacher keeps on this device. The classroom's only door to the banks and to stored quizzes.
import { composeQuiz, type PlayQuiz } from '$lib/classroom/compose';
import { isCodeError } from '$lib/classroom/errors';
import { decodeQuizCode } from '$lib/classroom/quiz-code';
import { canonicalCode, readSnapshot, snapshotQuiz } from '$lib/classroom/snapshot';
import { deleteQuiz, getQuiz, listQuizzes, saveQuiz, type StoredQuiz } from '$lib/storage';
import { quizTitle } from '$lib/classroom/compose';
import { loadBank, loadIndex } from './banks';

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

/** A quiz opened on the teacher's side (present, results, print): remembered here so it is listed with its results. */
export async function openTeacherQuiz(text: string): Promise<PlayQuiz> {
	const quiz = await openQuiz(text);
	// Remembering is a convenience: a device that cannot store still presents and prints.
	await rememberQuiz(quiz, Date.now()).catch(() => undefined);
	return quiz;
}

/** The quizzes made or opened on this device, newest first. */
export function listTeacherQuizzes(): Promise<StoredQuiz[]> {
	return listQuizzes();
}

/** Forgets a quiz and every result collected for it. */
export function forgetQuiz(code: string): Promise<void> {
	return deleteQuiz(code);
}

export type { StoredQuiz };
