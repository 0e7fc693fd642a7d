/**
 * Export and import of all progress and of the learner's own banks (see domain/backup for the format and
 * validation). Own banks live in a database of their own, so a restore is two transactions: the whole file is
 * validated first (a damaged part refuses all of it, nothing written), then the own banks are written, then the
 * progress; if the progress cannot be written, the own banks are put back as they were.
 */
import { createBackup, mergeBackup, parseBackup } from '../domain/backup';
import { createScheduler } from '../domain/scheduling';
import { DEFAULT_SETTINGS } from '../domain/types';
import { inTransaction, observed, withDatabase } from './connection';
import { putCards } from './tallies';

export interface ImportSummary {
	/** Log entries added (0 when the file was imported before). */
	added: number;
	/** Cards written (rebuilt from the merged log). */
	cards: number;
	flags: number;
	/** Whether the backup's settings were taken (only when this device never saved its own). */
	settings: boolean;
	/** Own banks added, or replaced by the backup's later-saved copy. */
	banks: number;
}

/** The backup file's text (JSON) with every log entry, card, the settings, the flags and the own banks. */
export async function exportBackup(now: number): Promise<string> {
	// Own banks load their module here only: the pages that import this one on demand do not list it up front.
	const { listOwnBankEntries } = await import('./own-banks');
	const ownBanks = await listOwnBankEntries();
	return withDatabase(async (db) => {
		const tx = db.transaction(['reviews', 'cards', 'settings', 'flags'], 'readonly');
		const [reviews, cards, settings, flags] = await Promise.all([
			tx.objectStore('reviews').index('byAt').getAll(),
			tx.objectStore('cards').getAll(),
			tx.objectStore('settings').get('settings'),
			tx.objectStore('flags').getAll()
		]);
		return JSON.stringify(createBackup({ reviews, cards, settings: { ...DEFAULT_SETTINGS, ...settings }, flags, ownBanks }, now));
	});
}

/**
 * Validate and merge a backup in ONE transaction: on any error nothing changes. Throws BackupError (bad file: not
 * JSON / truncated, foreign, newer format, invalid fields, entries in the future of `now`) or StorageError. Importing
 * the same file twice adds nothing.
 */
export async function importBackup(text: string, now: number = Date.now()): Promise<ImportSummary> {
	const backup = parseBackup(text, now);
	const banks = backup.ownBanks.length
		? await (await import('./own-banks')).restoreOwnBanks(backup.ownBanks)
		: { added: 0, replaced: 0, undo: async () => undefined };
	try {
		return await importProgress(backup, banks.added + banks.replaced);
	} catch (error) {
		await banks.undo().catch(() => undefined);
		throw error;
	}
}

async function importProgress(backup: ReturnType<typeof parseBackup>, banks: number): Promise<ImportSummary> {
	return withDatabase(async (db) => {
		const tx = db.transaction(['reviews', 'cards', 'tallies', 'settings', 'flags'], 'readwrite', { durability: 'strict' });
		return inTransaction(tx, async () => {
			const [reviews, cards, localSettings, flags] = await Promise.all([
				tx.objectStore('reviews').getAll(),
				tx.objectStore('cards').getAll(),
				tx.objectStore('settings').get('settings'),
				tx.objectStore('flags').getAll()
			]);
			const settings = localSettings ?? backup.settings;
			const merged = mergeBackup({ reviews, cards, flags }, backup, createScheduler(settings));
			const stored = new Map(cards.map((c) => [c.id, c]));
			await Promise.all([
				...merged.added.map((e) => observed(tx.objectStore('reviews').add(e))),
				observed(putCards(tx, merged.cards.map((c) => ({ card: c, before: stored.get(c.id) })))),
				...merged.flags.map((f) => observed(tx.objectStore('flags').put(f))),
				...(localSettings ? [] : [observed(tx.objectStore('settings').put(backup.settings, 'settings'))])
			]);
			return { added: merged.added.length, cards: merged.cards.length, flags: merged.flags.length, settings: !localSettings, banks };
		});
	});
}
