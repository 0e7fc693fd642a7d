// The teacher's results for one quiz: result codes scanned or typed into a table kept in IndexedDB until deleted,
// the per-question shares and most-missed facts, and a CSV of it all.
import type { PlayQuiz } from '$lib/classroom/compose';
import { decodeResultCode, type DecodedResult } from '$lib/classroom/result-code';
import { buildResultsTable, checkNewResult, chosenOf, forResults, resultsToCsv } from '$lib/classroom/results';
import { addQuizResult, deleteQuizResult, deleteQuizResults, listQuizResults, type QuizResult } from '$lib/storage';
import { openTeacherQuiz } from './classroom-quiz';

/** A stored result; its chosen answers are read again from its code (the stored record keeps right/wrong only). */
function fromStored(r: QuizResult, quiz: PlayQuiz): DecodedResult {
	const result: DecodedResult = { code: r.resultCode, name: r.name, key: r.studentKey, correct: r.correct, seconds: r.seconds };
	const chosen = chosenOf(r.resultCode, quiz);
	if (chosen) result.chosen = chosen;
	return result;
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
			this.results = (await listQuizResults(quiz.code)).map((r) => fromStored(r, quiz));
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
			const decoded = decodeResultCode(text, forResults(quiz));
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
				this.results = (await listQuizResults(quiz.code)).map((r) => fromStored(r, quiz));
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

	/** One row per student: the scores and each question right or wrong. */
	csv(): string {
		return this.table ? resultsToCsv(this.table) : '';
	}

	/** One row per student and question: the question, the chosen answer, the right one, right or wrong. */
	async answersCsv(): Promise<string> {
		const quiz = this.quiz;
		if (!quiz) return '';
		const { writeResultsCsv } = await import('$lib/export/results-csv');
		return writeResultsCsv(quiz, this.results);
	}
}
