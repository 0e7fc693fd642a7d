import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupError } from '../domain/backup';
import { byId, DAY, makeBank, MINUTE, NOW } from '../domain/fixtures/bank';
import { undoLastReview } from './answers';
import { exportBackup, importBackup } from './backup';
import { syncBank } from './bank-sync';
import { addFlag, listFlags } from './flags';
import { countCards } from './queue';
import { listCards, listLog } from './records';
import { getSettings, saveSettings } from './settings';
import { answer, freshDatabase, nextId } from './test-helpers';

async function studySomething(): Promise<void> {
	await syncBank(makeBank(), { now: NOW - DAY, makeId: nextId });
	await answer(byId('q-date'), 3, NOW);
	await answer(byId('q-poll'), 1, NOW + MINUTE);
	await answer(byId('q-date'), 3, NOW + 11 * MINUTE);
	await answer(byId('q-tf'), 4, NOW + 12 * MINUTE);
	await undoLastReview({ id: nextId(), now: NOW + 13 * MINUTE });
	await addFlag({ questionId: 'q-poll', reason: 'unclear', note: 'Which poll?', at: NOW });
	await saveSettings({ newPerDay: 7 });
}

const byIdSort = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));

describe('backup export and import', () => {
	beforeEach(freshDatabase);

	it('moves all progress to a fresh profile: same log, same cards, same counts, flags and settings', async () => {
		await studySomething();
		const text = await exportBackup(NOW + DAY);
		const [log, cards, counts] = [await listLog(), await listCards(), await countCards({}, NOW + DAY)];

		freshDatabase();
		const summary = await importBackup(text, NOW + 2 * DAY);
		// Cards: the 3 answered questions (rebuilt from the log) and the 9 never-answered ones this profile lacked.
		expect(summary).toEqual({ added: log.length, cards: 12, flags: 1, settings: true, banks: 0 });
		expect(byIdSort(await listLog())).toEqual(byIdSort(log));
		expect(byIdSort(await listCards())).toEqual(byIdSort(cards));
		expect(await countCards({}, NOW + DAY)).toEqual(counts);
		expect(await listFlags()).toHaveLength(1);
		expect((await getSettings()).newPerDay).toBe(7);
	});

	it('imports into a profile that already synced the bank, and importing twice adds nothing', async () => {
		await studySomething();
		const text = await exportBackup(NOW + DAY);
		const cards = await listCards();
		freshDatabase();
		await syncBank(makeBank(), { now: NOW + DAY, makeId: nextId });
		await importBackup(text, NOW + 2 * DAY);
		expect(byIdSort(await listCards()).filter((c) => c.reps > 0)).toEqual(byIdSort(cards).filter((c) => c.reps > 0));
		const before = await exportBackup(NOW + 2 * DAY);
		expect(await importBackup(text, NOW + 2 * DAY)).toEqual({ added: 0, cards: 0, flags: 0, settings: false, banks: 0 });
		expect(await exportBackup(NOW + 2 * DAY)).toBe(before);
	});

	it('keeps this device’s settings when it has its own', async () => {
		await studySomething();
		const text = await exportBackup(NOW);
		freshDatabase();
		await saveSettings({ newPerDay: 3 });
		expect((await importBackup(text, NOW + 2 * DAY)).settings).toBe(false);
		expect((await getSettings()).newPerDay).toBe(3);
	});

	it('changes nothing for a broken, truncated, foreign or newer file, each with its own message', async () => {
		await studySomething();
		const text = await exportBackup(NOW);
		const before = await exportBackup(NOW);
		const bad = [
			['not-json', 'this is not a backup'],
			['truncated', text.slice(0, 200)],
			['foreign', JSON.stringify({ app: 'other', format: 1 })],
			['newer', JSON.stringify({ ...JSON.parse(text), format: 9 })],
			['invalid', JSON.stringify({ ...JSON.parse(text), reviews: [{ id: 'x', kind: 'review' }] })]
		] as const;
		for (const [code, file] of bad) {
			const error = await importBackup(file, NOW + 2 * DAY).catch((e: unknown) => e);
			expect(error, code).toBeInstanceOf(BackupError);
			expect((error as BackupError).code).toBe(code);
			expect((error as BackupError).message).toMatch(/Nothing was imported\.$/);
		}
		expect(await exportBackup(NOW)).toBe(before);
	});

	it('rolls back the whole import when a write fails half-way', async () => {
		await studySomething();
		const text = await exportBackup(NOW);
		freshDatabase();
		await answer(byId('q-month'), 3, NOW - DAY);
		const before = await exportBackup(NOW);
		// Log entries and cards are written first; the flag write then fails (as a full disk would).
		const put = IDBObjectStore.prototype.put;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
			if (this.name === 'flags') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.apply(this, args);
		});
		await expect(importBackup(text, NOW + 2 * DAY)).rejects.toMatchObject({ name: 'StorageError', code: 'quota' });
		vi.restoreAllMocks();
		expect(await exportBackup(NOW)).toBe(before);
	});
});
