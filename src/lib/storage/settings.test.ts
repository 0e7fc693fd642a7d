import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PARAMETERS } from '../domain/fsrs-parameters';
import { DEFAULT_SETTINGS } from '../domain/types';
import { withDatabase } from './connection';
import { getSettings, saveSettings } from './settings';
import { freshDatabase } from './test-helpers';

beforeEach(freshDatabase);

const fitted = DEFAULT_PARAMETERS.map((w, i) => (i === 2 ? w * 2 : w));

async function storeRaw(value: unknown): Promise<void> {
	await withDatabase((db) => db.put('settings', value as never, 'settings'));
}

describe('FSRS parameters in the settings', () => {
	it('are saved, survive a reload of the settings, and go back to the defaults', async () => {
		await saveSettings({ fsrsParameters: fitted });
		expect((await getSettings()).fsrsParameters).toEqual(fitted);
		await saveSettings({ newPerDay: 7 });
		expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, newPerDay: 7, fsrsParameters: fitted });
		await saveSettings({ fsrsParameters: null });
		expect((await getSettings()).fsrsParameters).toBeNull();
	});

	it('a damaged stored value reads as the defaults, and other settings can still be saved', async () => {
		for (const damaged of [[1, 2, 3], 'x', DEFAULT_PARAMETERS.map(() => Number.NaN), { 0: 1 }]) {
			await storeRaw({ ...DEFAULT_SETTINGS, newPerDay: 9, fsrsParameters: damaged });
			expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, newPerDay: 9, fsrsParameters: null });
			await expect(saveSettings({ maxReviewsPerDay: 50 })).resolves.toMatchObject({ maxReviewsPerDay: 50, fsrsParameters: null });
		}
	});

	it('settings saved by an older version (no parameters) read as the defaults', async () => {
		const { fsrsParameters: _omit, ...old } = DEFAULT_SETTINGS;
		await storeRaw({ ...old, desiredRetention: 0.85 });
		expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, desiredRetention: 0.85 });
	});
});
