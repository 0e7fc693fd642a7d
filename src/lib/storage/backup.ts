/** Export and import of all progress (see domain/backup for the format and validation). */
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
}

/** The backup file's text (JSON) with every log entry, card, the settings and the flags. */
export async function exportBackup(now: number): Promise<string> {
	return withDatabase(async (db) => {
		const tx = db.transaction(['reviews', 'cards', 'settings', 'flags'], 'readonly');
		const [reviews, cards, settings, flags] = await Promise.all([
			tx.objectStore('reviews').index('byAt').getAll(),
			tx.objectStore('cards').getAll(),
			tx.objectStore('settings').get('settings'),
			tx.objectStore('flags').getAll()
		]);
		return JSON.stringify(createBackup({ reviews, cards, settings: { ...DEFAULT_SETTINGS, ...settings }, flags }, now));
	});
}

/**
 * Validate and merge a backup in ONE transaction: on any error nothing changes. Throws BackupError (bad file: not
 * JSON / truncated, foreign, newer format, invalid fields, entries in the future of `now`) or StorageError. Importing
 * the same file twice adds nothing.
 */
export async function importBackup(text: string, now: number = Date.now()): Promise<ImportSummary> {
	const backup = parseBackup(text, now);
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
			return { added: merged.added.length, cards: merged.cards.length, flags: merged.flags.length, settings: !localSettings };
		});
	});
}
