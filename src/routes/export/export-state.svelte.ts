// The export page's state: which bank or quiz is exported, and making each file. Storage is read only for the
// Anki package's progress and a quiz's results, through $lib/storage.
import type { BankIndexEntry } from '$lib/format/bank-format';
import type { ExportSet } from '$lib/export/export-set';
import { fileStem } from '$lib/export/export-set';
import { quizExportSet } from '$lib/export/quiz-set';
import type { PlayQuiz } from '$lib/classroom/compose';
import { quizTitle } from '$lib/classroom/compose';
import { openQuiz } from '$lib/state/classroom-quiz';
import { loadBank, loadIndex } from '$lib/state/banks';
import { getSettings, listCards, listLog, listQuizResults, type QuizResult } from '$lib/storage';
import { makeFile, type FormatId, type MadeFile } from './formats';
import { plural } from '$lib/domain/allowance';

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class ExportState {
	set = $state.raw<ExportSet | null>(null);
	quiz = $state.raw<PlayQuiz | null>(null);
	results = $state.raw<QuizResult[]>([]);
	/** Banks to choose from when no bank or quiz is named. */
	banks = $state.raw<BankIndexEntry[]>([]);
	loaded = $state(false);
	error = $state('');
	busy = $state<FormatId | null>(null);
	/** The last file made (or why it could not be). */
	outcome = $state.raw<{ format: FormatId; file?: MadeFile; error?: string } | null>(null);

	async load(bankId: string | null, quizCode: string | null): Promise<void> {
		this.error = '';
		this.set = null;
		this.quiz = null;
		this.outcome = null;
		try {
			if (quizCode) {
				const quiz = await openQuiz(quizCode);
				this.quiz = quiz;
				this.set = quizExportSet(quiz, quizTitle(quiz));
				this.results = await listQuizResults(quiz.code).catch(() => []);
			} else if (bankId) {
				// A bank lists its own documents and every other one its questions quote.
				const bank = await loadBank(bankId);
				this.set = { id: bank.id, title: bank.title, documents: bank.documents, questions: bank.questions };
			} else {
				this.banks = (await loadIndex()).banks;
			}
		} catch (e) {
			this.error = messageOf(e);
		} finally {
			this.loaded = true;
		}
	}

	/** Makes the file for `format`; the page downloads it. Never throws: a failure is told in `outcome`. */
	async make(format: FormatId, withProgress: boolean): Promise<MadeFile | null> {
		const set = this.set;
		if (!set || this.busy) return null;
		this.busy = format;
		this.outcome = null;
		try {
			let file: MadeFile;
			if (format === 'apkg') file = await this.makeApkg(set, withProgress);
			else if (format === 'results') file = await this.makeResults(set);
			else file = await makeFile(format, set);
			this.outcome = { format, file };
			return file;
		} catch (e) {
			this.outcome = { format, error: messageOf(e) };
			return null;
		} finally {
			this.busy = null;
		}
	}

	private async makeApkg(set: ExportSet, withProgress: boolean): Promise<MadeFile> {
		const [{ writeApkg }, { loadSqlJs }] = await Promise.all([import('$lib/export/apkg'), import('./load-sql')]);
		const SQL = await loadSqlJs();
		const progress = withProgress
			? await Promise.all([listCards(), listLog(), getSettings()]).then(([cards, log, settings]) => ({ cards, log, desiredRetention: settings.desiredRetention }))
			: undefined;
		const out = await writeApkg(set, SQL, { now: Date.now(), progress });
		return {
			blob: new Blob([out.bytes as BlobPart], { type: 'application/octet-stream' }),
			name: `${fileStem(set)}.apkg`,
			summary: withProgress
				? `${plural(out.notes, 'note')}; ${plural(out.scheduled, 'card')} with your progress and ${plural(out.reviews, 'answer')} in the review history.`
				: `${plural(out.notes, 'note')}, all new.`,
			notes: []
		};
	}

	private async makeResults(set: ExportSet): Promise<MadeFile> {
		const quiz = this.quiz;
		if (!quiz) throw new Error('Results belong to a classroom quiz.');
		const [{ writeResultsCsv }, { chosenOf }] = await Promise.all([import('$lib/export/results-csv'), import('$lib/classroom/results')]);
		const students = this.results.map((r) => ({ name: r.name, seconds: r.seconds, correct: r.correct, chosen: chosenOf(r.resultCode, quiz) }));
		const text = writeResultsCsv(quiz, students);
		const older = students.filter((s) => !s.chosen).length;
		return {
			blob: new Blob([text], { type: 'text/csv;charset=utf-8' }),
			name: `${fileStem(set)}-results.csv`,
			summary: `${plural(this.results.length, 'student')} × ${plural(quiz.questions.length, 'question')}.`,
			notes: older
				? [`${plural(older, 'result')} came from an older app version that sends right or wrong only: ${older === 1 ? 'its' : 'their'} chosen answers show as unknown.`]
				: []
		};
	}
}
