/** Classroom quizzes (by code) and students' results (by [quizCode, studentKey]). */
import { inTransaction, observed, withDatabase } from './connection';
import type { QuizResult, StoredQuiz } from './schema';

/** Save (or replace) a quiz; idempotent. */
export async function saveQuiz(quiz: StoredQuiz): Promise<void> {
	await withDatabase(async (db) => {
		const tx = db.transaction('quizzes', 'readwrite', { durability: 'strict' });
		await inTransaction(tx, () => tx.store.put(quiz));
	});
}

export async function getQuiz(code: string): Promise<StoredQuiz | undefined> {
	return withDatabase((db) => db.get('quizzes', code));
}

/** All quizzes, newest first. */
export async function listQuizzes(): Promise<StoredQuiz[]> {
	return withDatabase(async (db) => (await db.getAll('quizzes')).sort((a, b) => b.createdAt - a.createdAt));
}

/** Delete a quiz and its results (one transaction). */
export async function deleteQuiz(code: string): Promise<void> {
	await withDatabase(async (db) => {
		const tx = db.transaction(['quizzes', 'quizResults'], 'readwrite', { durability: 'strict' });
		await inTransaction(tx, () =>
			Promise.all([observed(tx.objectStore('quizzes').delete(code)), observed(tx.objectStore('quizResults').delete(resultRange(code)))])
		);
	});
}

/**
 * Add a student's result unless that student already has one for the quiz (the first is kept, never overwritten):
 * check and add in one transaction.
 */
export async function addQuizResult(result: QuizResult): Promise<{ added: true } | { added: false; existing: QuizResult }> {
	return withDatabase(async (db) => {
		const tx = db.transaction('quizResults', 'readwrite', { durability: 'strict' });
		return inTransaction(tx, async () => {
			const existing = await tx.store.get([result.quizCode, result.studentKey]);
			if (existing) return { added: false as const, existing };
			await tx.store.add(result);
			return { added: true as const };
		});
	});
}

/** Results of a quiz in the order they were added. */
export async function listQuizResults(quizCode: string): Promise<QuizResult[]> {
	return withDatabase(async (db) => (await db.getAllFromIndex('quizResults', 'byQuiz', quizCode)).sort((a, b) => a.addedAt - b.addedAt));
}

export async function deleteQuizResult(quizCode: string, studentKey: string): Promise<void> {
	await withDatabase(async (db) => {
		const tx = db.transaction('quizResults', 'readwrite', { durability: 'strict' });
		await inTransaction(tx, () => tx.store.delete([quizCode, studentKey]));
	});
}

/** Delete every result of a quiz (the quiz stays). */
export async function deleteQuizResults(quizCode: string): Promise<void> {
	await withDatabase(async (db) => {
		const tx = db.transaction('quizResults', 'readwrite', { durability: 'strict' });
		await inTransaction(tx, () => tx.store.delete(resultRange(quizCode)));
	});
}

/** Every [quizCode, *] key: strings sort below arrays, so [code] … [code, []] spans all student keys. */
function resultRange(quizCode: string): IDBKeyRange {
	return IDBKeyRange.bound([quizCode], [quizCode, []]);
}
