// The pages' single door to stored progress: storage calls plus the little glue they need (scopes, the local day,
// ids, notices). Components never import storage directly.
import type { Bank, Question } from '$lib/bank/format';
import type { CardRecord, DayContext, Flag, LogEntry, Settings } from '$lib/domain/types';
import type { SessionAnswer } from '$lib/domain';
import * as storage from '$lib/storage';
import { appStatus } from './app-status.svelte';

let watching = false;

/** Route storage status changes (another tab upgraded, connection closed, blocked) to the app-wide alert. */
export function watchStorage(): void {
	if (watching) return;
	watching = true;
	storage.onStorageStatus((status) => {
		if (status.message && status.state !== 'open' && status.state !== 'opening') appStatus.reportStorageProblem(status.message);
	});
}

export function dayContext(now: number = Date.now()): DayContext {
	return { now, utcOffsetMinutes: -new Date(now).getTimezoneOffset() };
}

/** Which stored cards a bank covers: its articles (the corpus: all) and only its own questions. */
export function scopeOf(bank: Bank, only: readonly string[] | null = null): storage.CardScope {
	const ids = only ?? bank.questions.map((q) => q.id);
	return bank.id === 'corpus' && !only ? {} : { docs: bank.documents.map((d) => d.id), questionIds: new Set(ids) };
}

const synced = new Map<string, string>();

export const progress = {
	/** Reconcile stored progress with the bank (cheap when this version was seen); shows the notice once. */
	async syncBank(bank: Bank, now: number): Promise<void> {
		watchStorage();
		if (synced.get(bank.id) === bank.version) return;
		const result = await storage.syncBank(bank, { now, makeId: () => crypto.randomUUID() });
		synced.set(bank.id, bank.version);
		if (result.notice) {
			appStatus.addNotice(
				result.notice,
				result.changed.slice(0, 8).map((q) => q.prompt)
			);
		}
	},

	async getStudyQueue(bank: Bank, now: number, only: readonly string[] | null) {
		if (only) {
			// "Study the ones I missed": those questions whatever their due date, scheduled ones first.
			const cards = [...(await storage.getCards(only)).values()].filter((c) => c.queue !== -1);
			return {
				due: cards.filter((c) => c.queue === 1).sort((a, b) => a.due - b.due),
				fresh: cards.filter((c) => c.queue === 0).sort((a, b) => a.due - b.due)
			};
		}
		const settings = await storage.getSettings();
		return storage.getStudyQueue(scopeOf(bank), dayContext(now), settings);
	},

	countCards: (scope: storage.CardScope, now: number) => storage.countCards(scope, now),
	commitAnswer: (card: CardRecord, review: Parameters<typeof storage.commitAnswer>[1]) => storage.commitAnswer(card, review),
	undoReview: (undone: SessionAnswer, now: number) => storage.undoReview(undone.review.id, { id: crypto.randomUUID(), now }),
	resetQuestion: (question: Question, now: number) => storage.resetQuestion(question.id, { id: crypto.randomUUID(), now }),

	getSettings: (): Promise<Settings> => storage.getSettings(),
	saveSettings: (changes: Partial<Settings>) => storage.saveSettings(changes),

	listFlags: (): Promise<Flag[]> => storage.listFlags(),
	saveFlag: (flag: Flag) => storage.addFlag(flag),
	removeFlag: (id: string) => storage.removeFlag(id),
	exportFlags: (questions: readonly Question[], now: number) => storage.exportFlags(questions, now),

	listLog: (since?: number): Promise<LogEntry[]> => storage.listLog(since),
	listCards: (): Promise<CardRecord[]> => storage.listCards(),
	getCards: (ids: readonly string[]) => storage.getCards(ids),

	exportBackup: (now: number) => storage.exportBackup(now),
	importBackup: (text: string) => storage.importBackup(text),

	getPersistence: () => storage.getPersistence(),
	/** Ask once, after the learner has answered something. */
	async askPersistenceOnce(): Promise<void> {
		try {
			await storage.requestPersistence(Date.now());
		} catch {
			/* not worth an alert: the status line on the home page shows what we know */
		}
	}
};
