// Opening the quiz a code names, from the banks this device has (fetched from /banks/, cached offline), and the
// quizzes a teacher keeps on this device. The classroom's only door to the banks and to stored quizzes.
import { composeQuiz, type PlayQuiz } from '$lib/classroom/compose';
import { isCodeError } from '$lib/classroom/errors';
import { decodeQuizCode } from '$lib/classroom/quiz-code';
import { canonicalCode, readSnapshot, snapshotQuiz } from '$lib/classroom/snapshot';
import { deleteQuiz, getQuiz, listQuizzes, saveQuiz, type StoredQuiz } from '$lib/storage';
import { quizTitle } from '$lib/classroom/compose';
import type { BankIndexEntry } from '$lib/format/bank-format';
import { loadBank, loadIndex } from './banks';

/**
 * The banks a quiz can be made from or opened with on this device: the built-in ones and the learner's own (a
 * student whose device lacks a teacher's own bank imports its shared file, and the code then opens).
 */
export async function classroomBanks(): Promise<BankIndexEntry[]> {
	const index = await loadIndex();
	const { getOwnBank, listOwnBanks } = await import('$lib/storage/own-banks');
	// No own banks (or no storage) is no reason to refuse a built-in quiz.
	const own = await listOwnBanks()
		.then((list) => Promise.all(list.map((o) => getOwnBank(o.id))))
		.catch(() => []);
	const entries = own.flatMap((b) =>
		b ? [{ id: b.id, title: b.title, version: b.version, file: '', questionCount: b.questions.length, documents: b.documents.map((d) => d.id) }] : []
	);
	return [...index.banks, ...entries];
}

/**
 * The quiz for a typed, scanned or linked code. On the teacher's device a quiz whose bank has changed since it was
 * made opens from the copy saved with it (`savedCopy`); otherwise the CodeError explains what is wrong.
 */
export async function openQuiz(text: string): Promise<PlayQuiz> {
	try {
		const decoded = decodeQuizCode(text, await classroomBanks());
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
