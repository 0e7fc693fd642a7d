// The teacher's results for one quiz: result codes scanned or typed into a table kept in IndexedDB until deleted,
// the per-question shares and most-missed facts, and a CSV of it all.
import type { PlayQuiz } from '$lib/classroom/compose';
import { decodeResultCode, type DecodedResult } from '$lib/classroom/result-code';
import { buildResultsTable, checkNewResult, resultsToCsv } from '$lib/classroom/results';
import { addQuizResult, deleteQuizResult, deleteQuizResults, listQuizResults, type QuizResult } from '$lib/storage';
import { openTeacherQuiz } from './classroom-quiz';

function fromStored(r: QuizResult): DecodedResult {
	return { code: r.resultCode, name: r.name, key: r.studentKey, correct: r.correct, seconds: r.seconds };
}

export class ClassroomResultsState {
	quiz = $state.raw<PlayQuiz | null>(null);
	quizError = $state('');
	results = $state.raw<DecodedResult[]>([]);
	message = $state<{ text: string; kind: 'ok' | 'error' } | null>(null);
	table = $derived(this.quiz ? buildResultsTable(this.quiz, this.results) : null);

	async open(text: string): Promise<void> {
		this.quizError = '';
		this.message = null;
		try {
			const quiz = await openTeacherQuiz(text);
			this.results = (await listQuizResults(quiz.code)).map(fromStored);
			this.quiz = quiz;
		} catch (e) {
			this.quiz = null;
			this.quizError = e instanceof Error ? e.message : String(e);
		}
	}

	/** Adds a student's result; true when it was added (bad or repeated codes change nothing and say why). */
	async add(text: string): Promise<boolean> {
		const quiz = this.quiz;
		if (!quiz) return false;
		try {
			const decoded = decodeResultCode(text, { code: quiz.code, questionCount: quiz.questions.length, seconds: quiz.seconds });
			checkNewResult(this.results, decoded);
			const outcome = await addQuizResult({
				quizCode: quiz.code,
				resultCode: decoded.code,
				studentKey: decoded.key,
				name: decoded.name,
				correct: decoded.correct,
				seconds: decoded.seconds,
				addedAt: Date.now()
			});
			if (!outcome.added) {
				// Another tab added this student meanwhile: show what is stored and say so.
				this.results = (await listQuizResults(quiz.code)).map(fromStored);
				checkNewResult(this.results, decoded);
			}
			this.results = [...this.results, decoded];
			const right = decoded.correct.filter(Boolean).length;
			this.message = { text: `Added ${decoded.name}: ${right} of ${decoded.correct.length} right.`, kind: 'ok' };
			return true;
		} catch (e) {
			this.message = { text: e instanceof Error ? e.message : String(e), kind: 'error' };
			return false;
		}
	}

	async remove(key: string): Promise<void> {
		if (!this.quiz) return;
		try {
			await deleteQuizResult(this.quiz.code, key);
			this.results = this.results.filter((r) => r.key !== key);
		} catch (e) {
			this.message = { text: e instanceof Error ? e.message : String(e), kind: 'error' };
		}
	}

	async removeAll(): Promise<void> {
		if (!this.quiz) return;
		try {
			await deleteQuizResults(this.quiz.code);
			this.results = [];
		} catch (e) {
			this.message = { text: e instanceof Error ? e.message : String(e), kind: 'error' };
		}
	}

	csv(): string {
		return this.table ? resultsToCsv(this.table) : '';
	}
}
