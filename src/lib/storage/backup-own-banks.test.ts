// Own banks travel in the backup: a fresh profile gets the bank, its text and the progress on it; a bank both
// profiles have keeps the copy saved last; a damaged bank refuses the whole file and nothing changes.
import 'fake-indexeddb/auto';
import { IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupError } from '../domain/backup';
import { DAY, MINUTE, NOW } from '../domain/fixtures/bank';
import { makeOwnFixture } from '../domain/fixtures/own-bank';
import { makeOwnBank } from '../domain/own-bank';
import { exportBackup, importBackup } from './backup';
import { syncBank } from './bank-sync';
import { countCards } from './queue';
import { listCards, listLog } from './records';
import { configureOwnBanks, getOwnBank, getOwnText, listOwnBankEntries, listOwnBanks, saveOwnBank } from './own-banks';
import { answer, freshDatabase, nextId } from './test-helpers';

const { bank, text } = makeOwnFixture();

function freshProfile(): void {
	freshDatabase();
	configureOwnBanks({ name: `own-backup-test-${Math.random()}` });
}

/** Add the bank, study one of its questions. */
async function studyOwnBank(): Promise<void> {
	await saveOwnBank(bank, text, { origin: 'bridge.pdf', now: NOW - DAY });
	await syncBank(bank, { now: NOW - DAY, makeId: nextId });
	await answer(bank.questions[0], 3, NOW);
}

/** Everything a learner could see: banks, texts, log and cards. */
async function snapshot() {
	return { banks: await listOwnBankEntries(), log: await listLog(), cards: await listCards() };
}

beforeEach(freshProfile);
afterEach(() => vi.restoreAllMocks());

describe('own banks in backup and restore', () => {
	it('a fresh profile gets the bank, its text and its progress; importing again adds nothing', async () => {
		await studyOwnBank();
		const file = await exportBackup(NOW + MINUTE);
		const counts = await countCards({ docs: [bank.id] }, NOW + MINUTE);
		const log = await listLog();

		freshProfile();
		expect(await importBackup(file, NOW + 2 * MINUTE)).toMatchObject({ banks: 1, added: 1 });
		expect(await getOwnBank(bank.id)).toEqual(bank);
		expect(await getOwnText(bank.id)).toBe(text);
		expect(await listOwnBanks()).toMatchObject([{ id: bank.id, title: 'My article', questionCount: 2, savedAt: NOW - DAY }]);
		expect(await listLog()).toEqual(log);
		expect(await countCards({ docs: [bank.id] }, NOW + MINUTE)).toEqual(counts);

		expect(await importBackup(file, NOW + 3 * MINUTE)).toEqual({ added: 0, cards: 0, flags: 0, settings: false, banks: 0 });
	});

	it('of two copies of one bank, the one saved last is kept', async () => {
		await studyOwnBank();
		const file = await exportBackup(NOW + MINUTE);
		const fewer = makeOwnBank(bank, [bank.questions[0].id], bank.documents[0]);

		// This device edited the bank after the backup was made: its copy stays.
		freshProfile();
		await saveOwnBank(fewer, text, { origin: 'pasted', now: NOW });
		expect((await importBackup(file, NOW + MINUTE)).banks).toBe(0);
		expect(await getOwnBank(bank.id)).toEqual(fewer);

		// This device has an older copy: the backup's replaces it, and the first day it was added is kept.
		freshProfile();
		await saveOwnBank(fewer, text, { origin: 'pasted', now: NOW - 3 * DAY });
		expect((await importBackup(file, NOW + MINUTE)).banks).toBe(1);
		expect(await getOwnBank(bank.id)).toEqual(bank);
		expect((await listOwnBankEntries())[0]).toMatchObject({ addedAt: NOW - 3 * DAY, savedAt: NOW - DAY, origin: 'bridge.pdf' });
	});

	it('an older backup without own banks (format 1) still imports, and leaves this device’s banks alone', async () => {
		await studyOwnBank();
		const file = JSON.parse(await exportBackup(NOW + MINUTE));
		delete file.ownBanks;
		file.format = 1;
		freshProfile();
		await saveOwnBank(bank, text, { origin: 'here', now: NOW });
		expect(await importBackup(JSON.stringify(file), NOW + MINUTE)).toMatchObject({ added: 1, banks: 0 });
		expect(await listOwnBankEntries()).toMatchObject([{ origin: 'here' }]);
	});

	it('a damaged bank refuses the whole file, with the reason, and changes nothing', async () => {
		await studyOwnBank();
		const file = JSON.parse(await exportBackup(NOW + MINUTE));
		file.ownBanks[0].bank.questions[1].answer = '3';
		freshProfile();
		const other = makeOwnFixture('Another article');
		await saveOwnBank(other.bank, other.text, { origin: 'pasted', now: NOW });
		const before = await snapshot();
		const error = await importBackup(JSON.stringify(file), NOW + MINUTE).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(BackupError);
		expect((error as BackupError).message).toMatch(/^This backup file is damaged\. Its own bank 1 cannot be restored: its questions or details were changed after it was exported\./);
		expect(await snapshot()).toEqual(before);
	});

	it('out of space while writing the progress: the banks restored a moment before are taken back', async () => {
		await studyOwnBank();
		const file = await exportBackup(NOW + MINUTE);
		freshProfile();
		const older = makeOwnBank(bank, [bank.questions[0].id], bank.documents[0]);
		await saveOwnBank(older, text, { origin: 'pasted', now: NOW - 3 * DAY });
		const other = makeOwnFixture('Another article', 'In 1911 the bridge was built.');
		const otherFile = JSON.parse(file);
		otherFile.ownBanks.push({ ...otherFile.ownBanks[0], bank: other.bank, text: other.text });
		const before = await snapshot();
		const add = FakeObjectStore.prototype.add;
		vi.spyOn(FakeObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
			if (this.name === 'reviews') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return add.apply(this, args);
		} as never);
		await expect(importBackup(JSON.stringify(otherFile), NOW + MINUTE)).rejects.toThrow();
		expect(await snapshot()).toEqual(before);
	});

	it('property: a backup whose own bank was changed anywhere is refused and changes nothing, or restores a bank the app could have saved', async () => {
		await studyOwnBank();
		const good = JSON.parse(await exportBackup(NOW + MINUTE));
		const paths = collectPaths(good.ownBanks[0]);
		const tally = { refused: 0, restored: 0 };
		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom(...paths),
				fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.double(), fc.constant(null), fc.constant(undefined), fc.constant('u-')),
				async (path, value) => {
					freshProfile();
					const file = structuredClone(good);
					setPath(file.ownBanks[0], path, value);
					const before = await snapshot();
					try {
						await importBackup(JSON.stringify(file), NOW + MINUTE);
					} catch (error) {
						if (!(error instanceof BackupError)) throw error;
						tally.refused++;
						expect(await snapshot()).toEqual(before);
						return;
					}
					tally.restored++;
					const [restored] = await listOwnBankEntries();
					const { readOwnBankFile, writeOwnBankFile } = await import('../domain/own-bank-file');
					expect(readOwnBankFile(writeOwnBankFile(restored.bank, restored.text)).ok).toBe(true);
				}
			),
			{ numRuns: 150 }
		);
		expect(tally.refused).toBeGreaterThan(50);
		expect(tally.restored).toBeGreaterThan(0);
	}, 120_000);
});

type Path = (string | number)[];
function collectPaths(value: unknown, at: Path = []): Path[] {
	if (value === null || typeof value !== 'object') return [at];
	return [at, ...Object.entries(value).flatMap(([k, v]) => collectPaths(v, [...at, Array.isArray(value) ? Number(k) : k]))].filter((p) => p.length > 0);
}
function setPath(root: Record<string | number, unknown>, path: Path, value: unknown): void {
	let target = root;
	for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
	const last = path[path.length - 1];
	if (value === undefined) delete target[last];
	else target[last] = value;
}
