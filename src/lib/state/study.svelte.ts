// The study session a page shows: one card at a time, graded by the domain, every answer committed to storage
// (awaited) before the next card appears.
import type { Bank, Question } from '$lib/format/bank-format';
import {
	answerCard,
	checkAnswer,
	createScheduler,
	currentCard,
	remainingCount,
	startSession,
	summarizeSession,
	undoAnswer,
	type AnswerCheck,
	type CardRecord,
	type Rating,
	type Scheduler,
	type SessionState,
	type SessionSummary
} from '$lib/domain';
import { loadBank } from './banks';
import { progress } from './progress';
import { reportProblem } from './problems';
import { shuffle, toAnswerInput, type Graded, type LearnerResponse } from './response';
import { emptyMap, indexBy } from './collections';

export type StudyPhase = 'loading' | 'asking' | 'answered' | 'done' | 'error';

/** After this long without the answer committed, the rating buttons show as busy. */
const SLOW_COMMIT_MS = 150;

export class StudyState {
	phase = $state<StudyPhase>('loading');
	bank = $state.raw<Bank | null>(null);
	session = $state.raw<SessionState | null>(null);
	card = $state.raw<CardRecord | null>(null);
	question = $state.raw<Question | null>(null);
	options = $state.raw<string[]>([]);
	response = $state.raw<LearnerResponse | null>(null);
	graded = $state.raw<Graded | null>(null);
	intervals = $state.raw<Partial<Record<Rating, string>>>({});
	/** True while an answer, undo or reset is being written: buttons are disabled, nothing is shown early. */
	busy = $state(false);
	error = $state<string | null>(null);
	summary = $state.raw<SessionSummary | null>(null);
	/** Set when the session was limited to some questions (e.g. the ones missed in a test). */
	limitedTo = $state.raw<string[] | null>(null);
	remaining = $derived(this.session ? remainingCount(this.session) : 0);
	answeredCount = $derived(this.session?.answers.length ?? 0);

	#scheduler: Scheduler = createScheduler();
	#check: AnswerCheck | null = null;
	#shownAt = 0;
	#questions = emptyMap<string, Question>();
	#bankId = '';
	/** An answer, undo or reset is being written (set at once; `busy` is what the buttons show). */
	#working = false;

	async start(bankId: string, onlyIds: string[] | null = null): Promise<void> {
		this.phase = 'loading';
		this.error = null;
		this.#bankId = bankId;
		this.limitedTo = onlyIds;
		try {
			const now = Date.now();
			progress.preloadStudy();
			// In parallel: the bank file, settings and today's queue. The queue comes from storage alone (the bank's id
			// is enough); only a bank version not synced before can change the cards, and then it is read again.
			const settingsPromise = progress.getSettings();
			settingsPromise.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
			const readQueue = async () => progress.getStudyQueue(bankId, now, onlyIds, await settingsPromise);
			const early = readQueue();
			early.catch(() => undefined);
			const bank = await loadBank(bankId);
			this.#questions = indexBy(bank.questions, (q) => q.id);
			const [changed, settings] = await Promise.all([progress.syncBank(bank, now), settingsPromise]);
			this.#scheduler = createScheduler(settings);
			const queue = changed ? await readQueue() : await early;
			// The bank's title and the first card in one render (a render of the title alone would delay the card).
			this.bank = bank;
			this.session = startSession(queue, now);
			this.#show(now);
		} catch (e) {
			this.#fail(e);
		}
	}

	/** Another round in the same bank ("Study more"). */
	async restart(): Promise<void> {
		this.summary = null;
		await this.start(this.#bankId, null);
	}

	respond(response: LearnerResponse): void {
		const q = this.question;
		if (!q || this.phase !== 'asking' || this.#working) return;
		this.response = response;
		if (response.type === 'reveal') {
			this.#check = null;
			this.graded = { correct: null, suggested: 3 };
		} else {
			const input = toAnswerInput(response);
			const check = checkAnswer(q, input, { elapsedMs: Date.now() - this.#shownAt });
			this.#check = check;
			this.graded = {
				correct: check.correct,
				suggested: check.suggested,
				given: response.type === 'order' ? response.items.join(' → ') : response.value,
				matched: matchNote(check)
			};
		}
		// The intervals on the rating buttons: worked out here, not while the next card is being shown.
		if (this.card) this.intervals = this.#intervalsFor(this.card, Date.now());
		this.phase = 'answered';
	}

	/** Commit the rating (awaited), then show the next card. */
	async rate(rating: Rating): Promise<void> {
		const session = this.session;
		const card = this.card;
		if (!session || !card || this.phase !== 'answered' || this.#working) return;
		// Guarded by a plain flag; the buttons show as busy only when the write is slow (a render before a commit of a
		// few ms would only delay the next card).
		this.#working = true;
		const slow = setTimeout(() => (this.busy = true), SLOW_COMMIT_MS);
		try {
			const now = Date.now();
			const result = answerCard(session, this.#scheduler, {
				cardId: card.id,
				rating,
				now,
				reviewId: crypto.randomUUID(),
				durationMs: now - this.#shownAt,
				check: this.#check ?? undefined
			});
			const t0 = performance.now();
			await progress.commitAnswer(result.card, result.review);
			// Timings the benchmark reads (performance.getEntriesByName).
			performance.measure('sourcedeck:commit', { start: t0 });
			this.session = result.state;
			const t1 = performance.now();
			this.#show(Date.now());
			performance.measure('sourcedeck:next-card', { start: t1 });
			void progress.askPersistenceOnce();
		} catch (e) {
			this.#fail(e);
		} finally {
			clearTimeout(slow);
			this.#working = false;
			this.busy = false;
		}
	}

	/** Rate with the suggestion (Space). */
	async continueWithSuggestion(): Promise<void> {
		if (this.graded) await this.rate(this.graded.suggested);
	}

	canUndo = $derived((this.session?.answers.length ?? 0) > 0);

	async undo(): Promise<void> {
		const session = this.session;
		if (!session || this.#working) return;
		const result = undoAnswer(session);
		if (!result) return;
		this.#working = this.busy = true;
		try {
			await progress.undoReview(result.undone, Date.now());
			this.session = result.state;
			this.summary = null;
			this.#show(Date.now());
		} catch (e) {
			this.#fail(e);
		} finally {
			this.#working = this.busy = false;
		}
	}

	/** Start the current question over (its log is kept; a reset entry supersedes it). */
	async resetCurrent(): Promise<void> {
		const q = this.question;
		if (!q || this.#working) return;
		this.#working = this.busy = true;
		try {
			const fresh = await progress.resetQuestion(q, Date.now());
			const session = this.session;
			if (fresh && session) {
				// The session must answer from the reset state, not the one it held (else the next answer undoes the reset).
				const swap = (cards: readonly CardRecord[]) => cards.map((c) => (c.id === fresh.id ? fresh : c));
				this.session = { ...session, pending: swap(session.pending), learning: swap(session.learning) };
				if (this.card?.id === fresh.id) {
					this.card = fresh;
					this.intervals = this.#intervalsFor(fresh, Date.now());
				}
			}
		} catch (e) {
			this.#fail(e);
		} finally {
			this.#working = this.busy = false;
		}
	}

	questionFor(id: string): Question | undefined {
		return this.#questions.get(id);
	}

	#show(now: number): void {
		const session = this.session;
		const card = session ? currentCard(session, now) : null;
		this.response = null;
		this.graded = null;
		this.#check = null;
		if (!session || !card) {
			this.card = null;
			this.question = null;
			this.summary = session ? summarizeSession(session) : null;
			this.phase = 'done';
			return;
		}
		const q = this.#questions.get(card.id);
		if (!q) {
			// A card whose question left the bank: skip it rather than show nothing.
			this.#fail(new Error(`Question ${card.id} is no longer in this bank.`));
			return;
		}
		this.card = card;
		this.question = q;
		this.options = optionsFor(q);
		this.#shownAt = now;
		this.phase = 'asking';
	}

	#intervalsFor(card: CardRecord, now: number): Partial<Record<Rating, string>> {
		return Object.fromEntries(this.#scheduler.preview(card, now).map((p) => [p.rating, p.label]));
	}

	#fail(e: unknown): void {
		this.error = reportProblem(e);
		this.phase = 'error';
	}
}

export function optionsFor(q: Question): string[] {
	if (q.type === 'choice') return shuffle(q.choices ?? [q.answer]);
	if (q.type === 'truefalse') return q.choices?.length ? [...q.choices] : ['True', 'False'];
	if (q.type === 'order') return shuffle(q.items ?? []);
	return [];
}

export function matchNote(check: AnswerCheck): string | undefined {
	if (!check.correct) return check.note;
	switch (check.match) {
		case 'alternative':
			return 'an accepted alternative form';
		case 'date':
			return 'the same date, written another way';
		case 'number':
			return 'within the stated tolerance';
		case 'typo':
			return 'close enough (a small typo)';
		default:
			return check.note;
	}
}
