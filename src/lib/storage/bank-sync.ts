/** Bringing stored progress in line with a (new version of a) bank, in one transaction. */
import type { Bank } from '../format/bank-format';
import { describeReconcile, reconcileBank, type ReconcileResult } from '../domain/reconcile';
import { createScheduler } from '../domain/scheduling';
import { DEFAULT_SETTINGS } from '../domain/types';
import { inTransaction, observed, withDatabase } from './connection';
import type { BankSeen } from './schema';
import { putCards } from './tallies';

export interface BankSyncResult extends ReconcileResult {
	/** False when this bank version was already synced (nothing done). */
	synced: boolean;
	/** Learner-facing notice about changed / removed questions, or null. */
	notice: string | null;
}

const NOTHING: ReconcileResult = { cards: [], resets: [], changed: [], added: [], removed: [], restored: [] };

/**
 * Create cards for new questions, reset questions whose answer changed (with a reset log entry), take removed
 * questions out of the queue. Cheap when the bank version was seen before (one meta read).
 */
export async function syncBank(bank: Bank, options: { now: number; makeId?: () => string }): Promise<BankSyncResult> {
	const seen = await getSyncedBanks();
	if (seen[bank.id]?.version === bank.version) return { ...NOTHING, synced: false, notice: null };
	const makeId = options.makeId ?? (() => crypto.randomUUID());
	return withDatabase(async (db) => {
		const tx = db.transaction(['cards', 'tallies', 'reviews', 'meta', 'settings'], 'readwrite', { durability: 'strict' });
		return inTransaction(tx, async () => {
			const banks = ((await tx.objectStore('meta').get('banks')) as Record<string, BankSeen> | undefined) ?? {};
			const previousIds = banks[bank.id]?.questionIds;
			const otherIds = new Set(Object.entries(banks).flatMap(([id, b]) => (id === bank.id ? [] : b.questionIds)));
			const ids = [...new Set([...bank.questions.map((q) => q.id), ...(previousIds ?? [])])];
			const cardsStore = tx.objectStore('cards');
			const found = await Promise.all(ids.map((id) => cardsStore.get(id)));
			const cards = new Map(found.flatMap((c) => (c ? [[c.id, c] as const] : [])));
			const settings = { ...DEFAULT_SETTINGS, ...(await tx.objectStore('settings').get('settings')) };
			const result = reconcileBank({ bank, cards, previousIds, otherIds, now: options.now, makeId }, createScheduler(settings));
			banks[bank.id] = { version: bank.version, questionIds: bank.questions.map((q) => q.id), syncedAt: options.now };
			await Promise.all([
				observed(putCards(tx, result.cards.map((c) => ({ card: c, before: cards.get(c.id) })))),
				...result.resets.map((r) => observed(tx.objectStore('reviews').add(r))),
				observed(tx.objectStore('meta').put(banks, 'banks'))
			]);
			return { ...result, synced: true, notice: describeReconcile(result) };
		});
	});
}

/** The bank versions progress was last reconciled with, by bank id. */
export async function getSyncedBanks(): Promise<Record<string, BankSeen>> {
	return withDatabase(async (db) => ((await db.get('meta', 'banks')) as Record<string, BankSeen> | undefined) ?? {});
}
