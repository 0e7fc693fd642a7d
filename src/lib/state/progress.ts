// The pages' single door to stored progress: storage calls plus the little glue they need (scopes, the local day,
// ids, notices). Components never import storage directly.
// Bundle weight: home and study load this module first, so it imports only storage's light modules (reads home and a
// study start need); anything pulling ts-fsrs (bank sync, answers) or valibot (saving settings, backups), and
// flags, load on demand.
import type { Bank, Question } from '$lib/format/bank-format';
import type { CardRecord, Flag, LogEntry, ReviewEntry, Settings } from '$lib/domain/types';
import type { SessionAnswer } from '$lib/domain/session';
import type { CardScope } from '$lib/storage/counts';
import type { StudyQueue } from '$lib/storage/queue';
import { getDatabase } from '$lib/storage/connection';
import { countBanks, countCards, scopeOfBank } from '$lib/storage/counts';
import { getCards, getFirstReviewTime, getQuestionLog, listCards, listLog } from '$lib/storage/records';
import { getSuspended, setSuspended } from '$lib/storage/suspended';
import { getPersistence, requestPersistence } from '$lib/storage/persistence';
import { addExtraNew, getExtraNew } from '$lib/storage/extra-new';
import { getSettings, saveSettings } from '$lib/storage/settings';
import { appStatus } from './app-status.svelte';
import { watchStorage } from './storage-watch';
import { dayContext, localDayOf } from './day-context';
import { startOfLocalDay } from '$lib/domain/days';
import { loadIndex } from './banks';

export { dayContext };

/** Which stored cards a bank covers: its articles (the corpus: all) and only its own questions. */
export function scopeOf(bank: Bank): CardScope {
	// An article bank's `documents` may also list articles its quotes cite: its cards are those of its own article.
	return bank.id === 'corpus' ? {} : { docs: [bank.id] };
}

const synced = new Map<string, string>();
let askedPersistence = false;
const answers = () => import('$lib/storage/answers');
const flags = () => import('$lib/storage/flags');
// The study queue's reads: the study route imports these modules statically (so they arrive with its own code); home
// never needs them.
const queue = () => import('$lib/storage/queue');
const studyPlan = () => import('$lib/storage/study-plan');

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

	/** Open storage and load the modules a study session needs (bank sync, answers) while other work runs. */
	preloadStudy(): void {
		watchStorage();
		getDatabase().catch(() => undefined); // failures reach the learner through the storage status
		void import('$lib/storage/bank-sync').catch(() => undefined);
		void answers().catch(() => undefined);
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
		const { getStudyQueue } = await queue();
		return getStudyQueue(scope, dayContext(now), known ?? (await progress.getSettings()));
	},

	/** Scheduled cards due by `until`, oldest first (at most `limit`). */
	getDueCards: async (scope: CardScope, until: number, limit: number) => (await queue()).getDueCards(scope, until, limit),
	/** New cards of each article, in bank order (more than a session needs: it mixes them). */
	getNewCandidates: async (scope: CardScope & { docs: readonly string[] }, perDoc: number) => (await studyPlan()).getNewCandidates(scope, perDoc),
	/** Extra new cards allowed today ("more new cards today"). */
	getExtraNew: (now: number) => getExtraNew(localDayOf(now)),
	addExtraNew: (now: number, count: number) => addExtraNew(localDayOf(now), count),
	/** Today's log, today's extra new cards and the suspended cards, in one read. */
	readStudyDay: async (now: number) => {
		const ctx = dayContext(now);
		return (await studyPlan()).readStudyDay(startOfLocalDay(now, ctx.utcOffsetMinutes), localDayOf(now));
	},

	countCards: (scope: CardScope, now: number) => countCards(scope, now),
	countBanks: (scopes: readonly CardScope[], now: number) => countBanks(scopes, now),
	commitAnswer: async (card: CardRecord, review: ReviewEntry) => (await answers()).commitAnswer(card, review),
	undoReview: async (undone: SessionAnswer, now: number) =>
		(await answers()).undoReview(undone.review.id, { id: crypto.randomUUID(), now }),
	resetQuestion: async (question: Question, now: number) =>
		(await answers()).resetQuestion(question.id, { id: crypto.randomUUID(), now }),

	getSettings: (): Promise<Settings> => getSettings(),
	saveSettings: (changes: Partial<Settings>) => saveSettings(changes),

	listFlags: async (): Promise<Flag[]> => (await flags()).listFlags(),
	saveFlag: async (flag: Flag) => (await flags()).addFlag(flag),
	removeFlag: async (id: string) => (await flags()).removeFlag(id),
	exportFlags: async (questions: readonly Question[], now: number) => (await flags()).exportFlags(questions, now),

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
