// The study session a page shows: one card at a time, graded by the domain, every answer committed to storage
// (awaited) before the next card appears.
import type { Bank, Question } from '$lib/format/bank-format';
import {
	answerCard,
	checkAnswer,
	overrideCheck,
	createScheduler,
	currentCard,
	remainingCount,
	startSession,
	summarizeSession,
	withFirstCard,
	undoAnswer,
	type AnswerCheck,
	type CardRecord,
	DEFAULT_SETTINGS,
	type Rating,
	type Scheduler,
	type SessionState,
	type SessionSummary
} from '$lib/domain';
import { planSession, todaysAllowance, todaysReviews, type Allowance } from '$lib/domain/session-plan';
import { startOfLocalDay } from '$lib/domain/days';
import type { CardCounts, CardScope } from '$lib/storage/queue';
import type { QuestionKind } from '$lib/format/bank-format';
import { loadBank, loadIndex } from './banks';
import { dayContext, progress } from './progress';
import { reportProblem } from './problems';
import { shuffle, toAnswerInput, type Graded, type LearnerResponse } from './response';
import { emptyMap, indexBy, setOf } from './collections';
import { sameItems, type FirstCardHint } from '$lib/pwa/study-snapshot';

export type StudyPhase = 'loading' | 'asking' | 'answered' | 'done' | 'error';

/** How a session is chosen (the study page's URL parameters). */
export interface StudyOptions {
	/** Only these questions, whatever their due date ("study the ones I missed"). */
	only?: string[] | null;
	/** Only questions of this kind (custom study). */
	kind?: QuestionKind | null;
	/** Review ahead: reviews due by the end of tomorrow. */
	ahead?: boolean;
	/** Custom study: up to this many new cards even past today's limit. */
	more?: number;
}

export interface DayInfo {
	allowance: Allowance;
	counts: CardCounts;
	/** Cards held back to another day because a sibling was studied today. */
	buried: number;
	canReviewAhead: boolean;
	kinds: QuestionKind[];
}

const DAY_MS = 86_400_000;
/** Extra due cards read past the review limit, so (re)learning steps due now are never cut off by it. */
const LEARNING_ALLOWANCE = 50;
/** New cards read per article beyond the limit, so burying a sibling still leaves enough to mix. */
const SPARE_CANDIDATES = 30;
const REVIEW_AHEAD_LIMIT = 50;

interface Limits {
	/** Scheduled cards to read. */
	reviews: number;
	/** New cards to read per article. */
	perDoc: number;
}

/** What today's default limits need read: the first read uses these before the settings are known. */
const GUESSED_LIMITS: Limits = {
	reviews: DEFAULT_SETTINGS.maxReviewsPerDay + LEARNING_ALLOWANCE,
	perDoc: DEFAULT_SETTINGS.newPerDay + SPARE_CANDIDATES
};

/** A custom session (one kind, or `more` new cards) may go past today's new-card limit by its own count. */
function newLimitFor(allowance: Allowance, opts: StudyOptions): number {
	return opts.more ? Math.max(allowance.newLeft, opts.more) : allowance.newLeft;
}

function limitsFor(allowance: Allowance, opts: StudyOptions): Limits {
	const newLimit = newLimitFor(allowance, opts);
	return { reviews: allowance.reviewsLeft + LEARNING_ALLOWANCE, perDoc: newLimit > 0 ? newLimit + SPARE_CANDIDATES : 0 };
}

/** Today's share of what was read: reviews within today's limit ((re)learning steps never count against it, as in Anki). */
function shapeCards(
	raw: { scheduled: CardRecord[]; fresh: CardRecord[] },
	allowance: Allowance,
	onlyIds: string[] | null,
	opts: StudyOptions
): { due: CardRecord[]; fresh: CardRecord[]; newLimit: number } {
	if (onlyIds) return { due: raw.scheduled, fresh: raw.fresh, newLimit: raw.fresh.length };
	if (opts.ahead) return { due: raw.scheduled.slice(0, REVIEW_AHEAD_LIMIT), fresh: [], newLimit: 0 };
	const newLimit = newLimitFor(allowance, opts);
	let reviews = 0;
	const due = raw.scheduled.filter((c) => c.state === 1 || c.state === 3 || reviews++ < allowance.reviewsLeft);
	return { due, fresh: newLimit > 0 ? raw.fresh : [], newLimit };
}

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
	/** Why the session ended and what is left today (set once a session is done). */
	day = $state.raw<DayInfo | null>(null);
	/** The learner has never answered anything (the ratings are explained, open). */
	firstTime = $state(false);
	/** New cards this session started with. */
	newInSession = $state(0);
	/** Set when the session was limited to some questions (e.g. the ones missed in a test). */
	limitedTo = $state.raw<string[] | null>(null);
	// Getters, not $derived: the one session outlives the page that first created it (a derived owned by an unmounted
	// page goes stale).
	get remaining(): number {
		return this.session ? remainingCount(this.session) : 0;
	}
	get answeredCount(): number {
		return this.session?.answers.length ?? 0;
	}

	#scheduler: Scheduler = createScheduler();
	#check: AnswerCheck | null = null;
	#shownAt = 0;
	#questions = emptyMap<string, Question>();
	#bankId = '';
	#options: StudyOptions = {};
	#scope: (CardScope & { docs: readonly string[] }) | null = null;
	#buried = 0;
	/** An answer, undo or reset is being written (set at once; `busy` is what the buttons show). */
	#working = false;
	/** The card already on screen (painted from the copy saved last time): shown first, its choices in the same order. */
	#firstCard: FirstCardHint | null = null;

	/** What the page asked for (its URL); the same key on return resumes the session. */
	key = '';
	#lastActive = 0;

	/** Resume the running session for `key` (Back from the reader), else start one. */
	async open(key: string, bankId: string, options: StudyOptions, firstCard: FirstCardHint | null = null): Promise<void> {
		const live = this.phase === 'asking' || this.phase === 'answered';
		if (this.key === key && live && Date.now() - this.#lastActive < RESUME_WITHIN_MS) return;
		this.key = key;
		this.#firstCard = firstCard;
		await this.start(bankId, options);
	}

	async start(bankId: string, options: StudyOptions | string[] | null = {}): Promise<void> {
		const opts: StudyOptions = Array.isArray(options) ? { only: options } : (options ?? {});
		const onlyIds = opts.only ?? null;
		this.phase = 'loading';
		this.error = null;
		this.summary = null;
		this.day = null;
		this.#bankId = bankId;
		this.#options = opts;
		this.limitedTo = onlyIds;
		try {
			const now = Date.now();
			const ctx = dayContext(now);
			progress.preloadStudy();
			// In parallel: the bank file, settings, today's log and the cards. The cards come from storage alone (the
			// article ids are in the small index), so they are read while the bank file is still loading; only a bank
			// version not synced before (or a session limited to one kind) needs them read again after it.
			const settingsPromise = progress.getSettings();
			// Today's log, today's extra new cards and the suspended cards: one read.
			const dayPromise = progress.readStudyDay(now);
			const todayPromise = dayPromise.then((d) => d.today);
			const extraPromise = dayPromise.then((d) => d.extraNew);
			const suspendedPromise = dayPromise.then((d) => d.suspended);
			suspendedPromise.catch(() => undefined);
			dayPromise.then(
				(d) => (this.firstTime = !d.answeredBefore),
				() => undefined
			);
			const docsPromise = bankId === 'corpus' ? loadIndex().then((i) => i.documents.map((d) => d.id)) : Promise.resolve([bankId]);
			for (const p of [settingsPromise, todayPromise, extraPromise, docsPromise]) p.catch(() => undefined); // awaited below
			const readCards = async (questionIds?: ReadonlySet<string>) => {
				const docs = await docsPromise;
				const scope = { docs, ...(questionIds ? { questionIds } : {}) };
				// The cards are read with the default limits while settings and today's log load (one round of reads
				// fewer before the first card); read again only when today's limits need more.
				const guessed = this.#fetchCards(scope, now, GUESSED_LIMITS, onlyIds, opts);
				guessed.catch(() => undefined);
				const [settings, today, extra] = await Promise.all([settingsPromise, todayPromise, extraPromise]);
				const allowance = todaysAllowance(today, ctx, settings, extra);
				const needed = limitsFor(allowance, opts);
				const fits = needed.reviews <= GUESSED_LIMITS.reviews && needed.perDoc <= GUESSED_LIMITS.perDoc;
				const raw = fits ? await guessed : await this.#fetchCards(scope, now, needed, onlyIds, opts);
				return { allowance, today, docs, ...shapeCards(raw, allowance, onlyIds, opts) };
			};
			const early = opts.kind ? null : readCards();
			early?.catch(() => undefined);
			const bank = await loadBank(bankId);
			this.#questions = indexBy(bank.questions, (q) => q.id);
			const [changed, settings] = await Promise.all([progress.syncBank(bank, now), settingsPromise]);
			this.#scheduler = createScheduler(settings);
			const kindIds = opts.kind ? setOf(bank.questions.filter((q) => q.kind === opts.kind).map((q) => q.id)) : undefined;
			const read = changed || !early ? await readCards(kindIds) : await early;
			// Suspended cards (card browser) are left out of every session but one of chosen questions.
			const suspended = await suspendedPromise;
			if (!onlyIds && suspended.size) {
				read.due = read.due.filter((c) => !suspended.has(c.id));
				read.fresh = read.fresh.filter((c) => !suspended.has(c.id));
			}
			const plan = onlyIds
				? { due: read.due, fresh: read.fresh, buried: 0 }
				: planSession({
						due: read.due,
						freshCandidates: read.fresh,
						newLimit: read.newLimit,
						questionOf: (id) => this.#questions.get(id),
						answeredToday: todaysReviews(read.today, ctx).map((r) => r.questionId)
					});
			this.#scope = { docs: read.docs, ...(kindIds ? { questionIds: kindIds } : {}) };
			this.#buried = plan.buried;
			this.newInSession = plan.fresh.length;
			// The bank's title and the first card in one render (a render of the title alone would delay the card).
			this.bank = bank;
			const session = startSession(plan, now);
			this.session = this.#firstCard ? withFirstCard(session, this.#firstCard.card) : session;
			this.#show(now);
		} catch (e) {
			this.#fail(e);
		}
	}

	/** The cards a session may hold, read with `limits`: due ones (or those due by tomorrow, reviewing ahead) and new ones. */
	async #fetchCards(
		scope: CardScope & { docs: readonly string[] },
		now: number,
		limits: Limits,
		onlyIds: string[] | null,
		opts: StudyOptions
	): Promise<{ scheduled: CardRecord[]; fresh: CardRecord[] }> {
		if (onlyIds) {
			const queue = await progress.getStudyQueue(this.#bankId, now, onlyIds);
			return { scheduled: queue.due, fresh: queue.fresh };
		}
		if (opts.ahead) {
			// Review ahead: reviews due by the end of tomorrow, earliest first (learning steps come on their own).
			const until = startOfLocalDay(now, dayContext(now).utcOffsetMinutes) + 2 * DAY_MS;
			const due = await progress.getDueCards(scope, until, REVIEW_AHEAD_LIMIT + 50);
			return { scheduled: due.filter((c) => c.due > now && c.state === 2), fresh: [] };
		}
		const [scheduled, fresh] = await Promise.all([
			progress.getDueCards(scope, now, limits.reviews),
			progress.getNewCandidates(scope, limits.perDoc)
		]);
		return { scheduled, fresh };
	}

	/** Another round in the same bank with the same options ("Study more"). */
	async restart(): Promise<void> {
		this.summary = null;
		await this.start(this.#bankId, this.#options);
	}

	/** Custom study: allow `count` more new cards today, then start again. */
	async allowMoreNew(count: number): Promise<void> {
		try {
			await progress.addExtraNew(Date.now(), count);
		} catch (e) {
			this.#fail(e);
			return;
		}
		await this.start(this.#bankId, { ...this.#options, ahead: false });
	}

	/** What is left today and why the session ended (read when a session is done). */
	async #loadDay(): Promise<void> {
		const scope = this.#scope;
		if (!scope) return;
		try {
			const now = Date.now();
			const ctx = dayContext(now);
			const [settings, today, extra, counts, ahead] = await Promise.all([
				progress.getSettings(),
				progress.listLog(startOfLocalDay(now, ctx.utcOffsetMinutes)),
				progress.getExtraNew(now),
				progress.countCards(scope, now),
				progress.getDueCards(scope, startOfLocalDay(now, ctx.utcOffsetMinutes) + 2 * DAY_MS, 1)
			]);
			const allowance = todaysAllowance(today, ctx, settings, extra);
			const kinds = [...setOf(this.bank?.questions.map((q) => q.kind) ?? [])];
			this.day = { allowance, counts, buried: this.#buried, canReviewAhead: ahead.some((c) => c.due > now), kinds };
		} catch {
			/* the summary still shows; only the explanation is missing */
		}
	}

	respond(response: LearnerResponse): void {
		const q = this.question;
		if (!q || this.phase !== 'asking' || this.#working) return;
		this.#lastActive = Date.now();
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

	/** "I was right": the learner overrides a wrong verdict; the answer counts as right and is logged as overridden. */
	overrideVerdict(): void {
		const check = this.#check;
		if (!check || check.correct || this.phase !== 'answered' || this.#working || !this.graded) return;
		this.#check = overrideCheck(check);
		this.graded = { ...this.graded, correct: true, suggested: 3, matched: undefined, overridden: true };
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

	get canUndo(): boolean {
		return (this.session?.answers.length ?? 0) > 0;
	}

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
		const first = this.#firstCard;
		this.#firstCard = null;
		const card = session ? currentCard(session, now) : null;
		this.response = null;
		this.graded = null;
		this.#check = null;
		if (!session || !card) {
			this.card = null;
			this.question = null;
			this.summary = session ? summarizeSession(session) : null;
			this.phase = 'done';
			void this.#loadDay();
			return;
		}
		const q = this.#questions.get(card.id);
		if (!q) {
			// A card whose question left the bank: skip it rather than show nothing.
			this.#fail(new Error(`Question ${card.id} is no longer in this bank.`));
			return;
		}
		const options = optionsFor(q);
		this.card = card;
		this.question = q;
		this.options = first?.card === card.id && sameItems(first.options, options) ? first.options : options;
		this.#shownAt = now;
		this.#lastActive = now;
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

/** A session older than this is started afresh when the learner comes back to it (cards have come due). */
const RESUME_WITHIN_MS = 30 * 60_000;
let shared: StudyState | null = null;

/** The one study session of this tab: kept across pages, so Back from the reader resumes it where it was. */
export function studySession(): StudyState {
	shared ??= new StudyState();
	return shared;
}
