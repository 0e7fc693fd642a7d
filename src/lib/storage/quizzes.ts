/** Classroom quizzes (by code) and students' results (by [quizCode, studentName]). */
import { withDatabase } from './connection';
import type { QuizResult, StoredQuiz } from './schema';

export async function saveQuiz(quiz: StoredQuiz): Promise<void> {
	await withDatabase((db) => db.put('quizzes', quiz));
}

export async function getQuiz(code: string): Promise<StoredQuiz | undefined> {
	return withDatabase((db) => db.get('quizzes', code));
}

/** All quizzes, newest first. */
export async function listQuizzes(): Promise<StoredQuiz[]> {
	return withDatabase(async (db) => (await db.getAll('quizzes')).sort((a, b) => b.createdAt - a.createdAt));
}

/** Delete a quiz and its results. */
export async function deleteQuiz(code: string): Promise<void> {
	await withDatabase(async (db) => {
		const tx = db.transaction(['quizzes', 'quizResults'], 'readwrite');
		await tx.objectStore('quizzes').delete(code);
		const keys = await tx.objectStore('quizResults').index('byQuiz').getAllKeys(code);
		await Promise.all(keys.map((key) => tx.objectStore('quizResults').delete(key)));
		await tx.done;
	});
}

/** Save (or replace) a student's result. */
export async function saveQuizResult(result: QuizResult): Promise<void> {
	await withDatabase(async (db) => {
		const tx = db.transaction('quizResults', 'readwrite', { durability: 'strict' });
		await tx.store.put(result);
		await tx.done;
	});
}

/** Results of a quiz, best score first, then by name. */
export async function listQuizResults(quizCode: string): Promise<QuizResult[]> {
	return withDatabase(async (db) =>
		(await db.getAllFromIndex('quizResults', 'byQuiz', quizCode)).sort(
			(a, b) => b.correct / (b.total || 1) - a.correct / (a.total || 1) || a.studentName.localeCompare(b.studentName)
		)
	);
}

export async function deleteQuizResult(quizCode: string, studentName: string): Promise<void> {
	await withDatabase((db) => db.delete('quizResults', [quizCode, studentName]));
}
