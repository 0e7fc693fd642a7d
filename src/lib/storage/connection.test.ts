import 'fake-indexeddb/auto';
import { forceCloseDatabase } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { byId, NOW } from '../domain/fixtures/bank';
import { commitAnswer } from './answers';
import { closeStorage, configureStorage, getDatabase, getStorageStatus, onStorageStatus, reopenStorage, type StorageStatus } from './connection';
import { StorageError } from './errors';
import { DB_VERSION } from './schema';
import { getCard, listLog } from './records';
import { getSettings } from './settings';
import { freshDatabase, scheduler } from './test-helpers';

beforeEach(freshDatabase);
afterEach(() => vi.restoreAllMocks());

async function errorOf(promise: Promise<unknown>): Promise<StorageError> {
	try {
		await promise;
	} catch (e) {
		if (e instanceof StorageError) return e;
		throw e;
	}
	throw new Error('resolved');
}

/** Open the same database from "another tab" at a higher version (a newer app). */
function openInOtherTab(version: number): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open('sourcedeck-test', version);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

describe('connection', () => {
	it('opens lazily and reports each status change to subscribers', async () => {
		const seen: StorageStatus['state'][] = [];
		const stop = onStorageStatus((s) => seen.push(s.state));
		await getSettings();
		expect(getStorageStatus()).toEqual({ state: 'open' });
		stop();
		closeStorage();
		expect(seen).toEqual(['closed', 'opening', 'open']);
	});

	it('closes when another tab upgrades, says so, and then rejects every call instead of hanging', async () => {
		await getSettings();
		const other = await openInOtherTab(DB_VERSION + 1); // resolves only because this tab let go
		expect(getStorageStatus()).toMatchObject({ state: 'outdated', action: 'reload', message: 'Sourcedeck was updated in another tab — reload this page to continue.' });
		expect(await errorOf(getSettings())).toMatchObject({ code: 'outdated' });
		await expect(reopenStorage()).rejects.toMatchObject({ code: 'outdated' });
		other.close();
	});

	it('reports an older page opening after the upgrade as outdated (VersionError)', async () => {
		const other = await openInOtherTab(DB_VERSION + 3);
		other.close();
		expect(await errorOf(getSettings())).toMatchObject({ code: 'outdated' });
		expect(getStorageStatus().state).toBe('outdated');
	});

	it('gives up on a blocked upgrade after the timeout with a clear message', async () => {
		const old = await openInOtherTab(DB_VERSION); // an old tab that ignores versionchange
		configureStorage({ version: DB_VERSION + 1, blockedTimeoutMs: 50 });
		const error = await errorOf(getSettings());
		expect(error).toMatchObject({ code: 'blocked', message: expect.stringMatching(/open in another tab/) });
		expect(getStorageStatus()).toMatchObject({ state: 'blocked', action: 'reload' });
		old.close();
	});

	it('reports a connection the browser closed, then reopens on request', async () => {
		await getSettings();
		forceCloseDatabase(unwrap(await getDatabase()) as never); // its .d.ts types the argument as the class
		await new Promise((resolve) => setTimeout(resolve, 20)); // the close event is a task
		expect(getStorageStatus()).toMatchObject({ state: 'terminated', action: 'reopen' });
		expect(await errorOf(getSettings())).toMatchObject({ code: 'terminated', message: expect.stringMatching(/closed/) });
		await reopenStorage();
		expect(getStorageStatus().state).toBe('open');
		expect(await getSettings()).toMatchObject({ newPerDay: 20 });
	});

	it('rejects with "unavailable" where there is no IndexedDB', async () => {
		vi.stubGlobal('indexedDB', undefined);
		expect(await errorOf(getSettings())).toMatchObject({ code: 'unavailable' });
		expect(getStorageStatus()).toMatchObject({ state: 'failed', action: 'reopen' });
		vi.unstubAllGlobals();
	});

	it('turns a full disk into "this answer was not saved", and saves nothing of the answer', async () => {
		const { card, review } = scheduler.rate(scheduler.newCard(byId('q-date'), NOW), 3, NOW, { id: 'r1' });
		const add = IDBObjectStore.prototype.add;
		vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
			if (this.name === 'reviews') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return add.apply(this, args);
		});
		const error = await errorOf(commitAnswer(card, review));
		expect(error).toMatchObject({ code: 'quota', message: expect.stringMatching(/^Your device is out of space; this answer was not saved\. Free some space/) });
		vi.restoreAllMocks();
		// The card was put before the review failed: the transaction was aborted, so neither is stored.
		expect(await getCard('q-date')).toBeUndefined();
		expect(await listLog()).toEqual([]);
	});
});
