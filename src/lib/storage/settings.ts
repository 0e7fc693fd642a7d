/** Settings: one record. */
import { DEFAULT_SETTINGS, type Settings } from '../domain/types';
import { validParameters } from '../domain/fsrs-parameters';
import { inTransaction, withDatabase } from './connection';

/** The learner's settings (defaults until saved). Damaged FSRS parameters read as null: schedule with the defaults. */
export async function getSettings(): Promise<Settings> {
	return withDatabase(async (db) => {
		const stored = await db.get('settings', 'settings');
		return { ...DEFAULT_SETTINGS, ...stored, fsrsParameters: validParameters(stored?.fsrsParameters) };
	});
}

/** Validate and save (missing fields keep their current value). Throws SettingsError for a bad value; nothing saved. */
export async function saveSettings(changes: Partial<Settings>): Promise<Settings> {
	// Validation (valibot) loads on the first save: reading settings, on home and at every study start, needs none.
	const { parseSettings } = await import('../domain/settings');
	const next = parseSettings({ ...(await getSettings()), ...changes });
	await withDatabase(async (db) => {
		const tx = db.transaction('settings', 'readwrite', { durability: 'strict' });
		await inTransaction(tx, () => tx.store.put(next, 'settings'));
	});
	return next;
}
