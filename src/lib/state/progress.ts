// The pages' single door to stored progress: storage calls plus the little glue they need (scopes, the local day,
// ids, notices). Components never import storage directly.
// Bundle weight: this module is on every page (the layout's storage alert), so it imports only storage's light
// modules; anything pulling ts-fsrs (bank sync, answers) or valibot (settings, backups) is loaded on demand.
import type { Bank, Question } from '$lib/format/bank-format';
import type { CardRecord, DayContext, Flag, LogEntry, ReviewEntry, Settings } from '$lib/domain/types';
import type { SessionAnswer } from '$lib/domain/session';
import type { CardScope, StudyQueue } from '$lib/storage/queue';
import { getDatabase, onStorageStatus, reopenStorage } from '$lib/storage/connection';
import { countBanks, countCards, getDueCards, getStudyQueue, scopeOfBank } from '$lib/storage/queue';
import { getCards, getFirstReviewTime, getQuestionLog, listCards, listLog } from '$lib/storage/records';
import { getSuspended, setSuspended } from '$lib/storage/suspended';
import { getPersistence, requestPersistence } from '$lib/storage/persistence';
import { addExtraNew, getExtraNew, getNewCandidates, readStudyDay } from '$lib/storage/study-plan';
import { addFlag, exportFlags, listFlags, removeFlag } from '$lib/storage/flags';
import { appStatus } from './app-status.svelte';
import { startOfLocalDay } from '$lib/domain/days';
import { loadIndex } from './banks';

let watching = false;

/** Route storage status changes (another tab upgraded, connection closed, blocked) to the app-wide alert. */
export function watchStorage(): void {
	if (watching) return;
	watching = true;
	onStorageStatus((status) => {
		if (status.state === 'open') appStatus.clearStorageProblem();
		else if (status.message && status.state !== 'opening') appStatus.reportStorageProblem(status.message, status.action);
	});
}

/** "Try again" after the browser closed the connection. */
export async function reopen(): Promise<void> {
	try {
		await reopenStorage();
	} catch {
		/* the status listener shows what went wrong */
	}
}

function localDayOf(now: number): string {
	const ctx = dayContext(now);
	return new Date(now + ctx.utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

export function dayContext(now: number = Date.now()): DayContext {
	return { now, utcOffsetMinutes: -new Date(now).getTimezoneOffset() };
}

/** Which stored cards a bank covers: its articles (the corpus: all) and only its own questions. */
export function scopeOf(bank: Bank): CardScope {
	// An article bank's `documents` may also list articles its quotes cite: its cards are those of its own article.
	return bank.id === 'corpus' ? {} : { docs: [bank.id] };
}

const synced = new Map<string, string>();
let askedPersistence = false;
const answers = () => import('$lib/storage/answers');
const settings = () => import('$lib/storage/settings');

export const progress = {
	/**
	 * Reconcile stored progress with the bank (cheap when this version was seen); shows the notice once.
	 * Returns whether anything changed.
	 */
	async syncBank(bank: Bank, now: number): Promise<boolean> {
		watchStorage();
		if (synced.get(bank.id) === bank.version) return false;
		const { syncBank } = await import('$lib/storage/bank-sync');
		const result = await syncBank(bank, { now, makeId: () => crypto.randomUUID() });
		synced.set(bank.id, bank.version);
		if (result.notice) appStatus.addNotice(result.notice);
		return result.synced;
	},

	/** Open storage and load the modules a study session needs (bank sync, answers, settings) while other work runs. */
	preloadStudy(): void {
		watchStorage();
		getDatabase().catch(() => undefined); // failures reach the learner through the storage status
		void import('$lib/storage/bank-sync').catch(() => undefined);
		void answers().catch(() => undefined);
		void settings().catch(() => undefined);
	},

	/**
	 * Today's queue for a bank. Needs only the bank's id (its cards are in storage), so a study page can read it while
	 * the bank file is still loading. `known` settings save a read.
	 */
	async getStudyQueue(
		bankId: string,
		now: number,
		only: readonly string[] | null,
		known?: Settings
	): Promise<Pick<StudyQueue, 'due' | 'fresh'>> {
		if (only) {
			// "Study the ones I missed": those questions whatever their due date, scheduled ones first.
			const cards = [...(await getCards(only)).values()].filter((c) => c.queue !== -1);
			return {
				due: cards.filter((c) => c.queue === 1).sort((a, b) => a.due - b.due),
				fresh: cards.filter((c) => c.queue === 0).sort((a, b) => a.due - b.due)
			};
		}
		// The corpus is the built-in articles: a learner's own documents ("u-…") have banks of their own.
		const scope = bankId === 'corpus' ? { docs: (await loadIndex()).banks.find((b) => b.id === bankId)?.documents } : scopeOfBank(bankId);
		return getStudyQueue(scope, dayContext(now), known ?? (await progress.getSettings()));
	},

	/** Scheduled cards due by `until`, oldest first (at most `limit`). */
	getDueCards: (scope: CardScope, until: number, limit: number) => getDueCards(scope, until, limit),
	/** New cards of each article, in bank order (more than a session needs: it mixes them). */
	getNewCandidates: (scope: CardScope & { docs: readonly string[] }, perDoc: number) => getNewCandidates(scope, perDoc),
	/** Extra new cards allowed today ("more new cards today"). */
	getExtraNew: (now: number) => getExtraNew(localDayOf(now)),
	addExtraNew: (now: number, count: number) => addExtraNew(localDayOf(now), count),
	/** Today's log, today's extra new cards and the suspended cards, in one read. */
	readStudyDay: (now: number) => {
		const ctx = dayContext(now);
		return readStudyDay(startOfLocalDay(now, ctx.utcOffsetMinutes), localDayOf(now));
	},

	countCards: (scope: CardScope, now: number) => countCards(scope, now),
	countBanks: (scopes: readonly CardScope[], now: number) => countBanks(scopes, now),
	commitAnswer: async (card: CardRecord, review: ReviewEntry) => (await answers()).commitAnswer(card, review),
	undoReview: async (undone: SessionAnswer, now: number) =>
		(await answers()).undoReview(undone.review.id, { id: crypto.randomUUID(), now }),
	resetQuestion: async (question: Question, now: number) =>
		(await answers()).resetQuestion(question.id, { id: crypto.randomUUID(), now }),

	getSettings: async (): Promise<Settings> => (await settings()).getSettings(),
	saveSettings: async (changes: Partial<Settings>) => (await settings()).saveSettings(changes),

	listFlags: (): Promise<Flag[]> => listFlags(),
	saveFlag: (flag: Flag) => addFlag(flag),
	removeFlag: (id: string) => removeFlag(id),
	exportFlags: (questions: readonly Question[], now: number) => exportFlags(questions, now),

	listLog: (since?: number): Promise<LogEntry[]> => listLog(since),
	getQuestionLog: (id: string): Promise<LogEntry[]> => getQuestionLog(id),
	getSuspended: () => getSuspended(),
	setSuspended: (ids: readonly string[], suspended: boolean) => setSuspended(ids, suspended),
	hasAnswered: async (): Promise<boolean> => (await getFirstReviewTime()) !== null,
	listCards: (): Promise<CardRecord[]> => listCards(),
	getCards: (ids: readonly string[]) => getCards(ids),

	exportBackup: async (now: number) => (await import('$lib/storage/backup')).exportBackup(now),
	importBackup: async (text: string, now: number) => (await import('$lib/storage/backup')).importBackup(text, now),
	/** Check database: repairs what an older version or a crash left; says what it changed. */
	checkDatabase: async (now: number) => {
		const [{ checkDatabase }, { describeRepairs }] = await Promise.all([import('$lib/storage/check'), import('$lib/domain/backup-check')]);
		return describeRepairs(await checkDatabase(now));
	},

	getPersistence: () => getPersistence(),
	/** Ask once, after the learner has answered something (storage remembers it was asked; this page too). */
	async askPersistenceOnce(): Promise<void> {
		if (askedPersistence) return;
		askedPersistence = true;
		try {
			await requestPersistence(Date.now());
		} catch {
			/* not worth an alert: the status line on the home page shows what we know */
		}
	}
};
