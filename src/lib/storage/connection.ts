/**
 * The one IndexedDB connection (idb openDB with upgrade / blocked / blocking / terminated) and its status, which
 * the UI subscribes to. Never hangs: a blocked open gives up after a timeout, and after another tab's upgrade or
 * the browser closing the connection every call rejects with a StorageError until the page reopens or reloads.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { StorageError, storageErrorMessage, toStorageError } from './errors';
import { DB_NAME, DB_VERSION, type SourcedeckDB } from './schema';
import { upgradeSchema } from './upgrade';

export type Database = IDBPDatabase<SourcedeckDB>;

export type StorageState = 'closed' | 'opening' | 'open' | 'blocked' | 'outdated' | 'terminated' | 'failed';

export interface StorageStatus {
	state: StorageState;
	/** For blocked / outdated / terminated / failed: what to tell the learner. */
	message?: string;
	/** The way on: reload the page (outdated, blocked) or reopen the connection (terminated, failed). */
	action?: 'reload' | 'reopen';
}

export interface StorageConfig {
	/** Database name (tests and benchmarks use their own). */
	name: string;
	/** Schema version to open (tests only: simulating an upgrade). */
	version: number;
	/** How long a blocked open waits for older tabs to let go before failing, ms. */
	blockedTimeoutMs: number;
}

const config: StorageConfig = { name: DB_NAME, version: DB_VERSION, blockedTimeoutMs: 4000 };
let dbPromise: Promise<Database> | null = null;
let current: Database | null = null;
let status: StorageStatus = { state: 'closed' };
const listeners = new Set<(status: StorageStatus) => void>();

/** Change the database name or timeouts; closes the current connection. */
export function configureStorage(options: Partial<StorageConfig>): void {
	closeStorage();
	Object.assign(config, options);
}

export function getStorageStatus(): StorageStatus {
	return status;
}

/** Subscribe to status changes; the listener gets the current status at once. Returns the unsubscribe function. */
export function onStorageStatus(listener: (status: StorageStatus) => void): () => void {
	listeners.add(listener);
	listener(status);
	return () => listeners.delete(listener);
}

function setStatus(next: StorageStatus): void {
	status = next;
	for (const listener of listeners) listener(status);
}

/** The open database, opening it on first use. Rejects with StorageError when it cannot be used. */
export function getDatabase(): Promise<Database> {
	if (status.state === 'outdated' || status.state === 'terminated') {
		return Promise.reject(new StorageError(status.state));
	}
	dbPromise ??= openDatabase().catch((error: unknown) => {
		dbPromise = null;
		throw error;
	});
	return dbPromise;
}

/** Close and forget the connection (status 'closed'); the next call opens it again. */
export function closeStorage(): void {
	current?.close();
	current = null;
	dbPromise = null;
	setStatus({ state: 'closed' });
}

/** After 'terminated' or 'failed': try again. (After 'outdated' the page must reload instead.) */
export async function reopenStorage(): Promise<void> {
	if (status.state === 'outdated') throw new StorageError('outdated');
	closeStorage();
	await getDatabase();
}

function openDatabase(): Promise<Database> {
	setStatus({ state: 'opening' });
	return new Promise<Database>((resolve, reject) => {
		let settled = false;
		let timer: ReturnType<typeof setTimeout> | undefined;
		const fail = (error: StorageError) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			setStatus({ state: error.code === 'blocked' ? 'blocked' : 'failed', message: error.message, action: error.code === 'blocked' ? 'reload' : 'reopen' });
			reject(error);
		};
		let request: Promise<Database>;
		try {
			if (typeof indexedDB === 'undefined') throw new StorageError('unavailable');
			request = openDB<SourcedeckDB>(config.name, config.version, {
				upgrade: (db, oldVersion, newVersion, tx) => upgradeSchema(db, oldVersion, newVersion ?? config.version, tx),
				blocked: () => {
					setStatus({ state: 'blocked', message: storageErrorMessage('blocked'), action: 'reload' });
					timer ??= setTimeout(() => fail(new StorageError('blocked')), config.blockedTimeoutMs);
				},
				blocking: () => {
					// Another tab wants a newer version (or deletes the database): let it, and ask for a reload.
					closeOutdated();
				},
				terminated: () => {
					current = null;
					dbPromise = null;
					setStatus({ state: 'terminated', message: storageErrorMessage('terminated'), action: 'reopen' });
				}
			});
		} catch (error) {
			fail(toStorageError(error, 'unavailable'));
			return;
		}
		request.then(
			(db) => {
				if (settled) {
					// Gave up while blocked; the late connection is not used.
					db.close();
					return;
				}
				settled = true;
				clearTimeout(timer);
				current = db;
				setStatus({ state: 'open' });
				resolve(db);
			},
			(error: unknown) => {
				const name = (error as { name?: string } | null)?.name;
				// VersionError: another tab already upgraded to a newer version than this page knows.
				if (name === 'VersionError') {
					fail(new StorageError('outdated'));
					setStatus({ state: 'outdated', message: storageErrorMessage('outdated'), action: 'reload' });
				} else fail(toStorageError(error, 'unavailable'));
			}
		);
	});
}

function closeOutdated(): void {
	current?.close();
	current = null;
	dbPromise = null;
	setStatus({ state: 'outdated', message: storageErrorMessage('outdated'), action: 'reload' });
}

/** Run `work` against the database, turning every failure into a StorageError. */
export async function withDatabase<T>(work: (db: Database) => Promise<T>, options: { quotaMessage?: string } = {}): Promise<T> {
	const db = await getDatabase();
	try {
		return await work(db);
	} catch (error) {
		throw toStorageError(error, 'failed', options.quotaMessage);
	}
}

/**
 * Run the body of a readwrite transaction and wait for it to complete. Any error — a failed request or a throw in
 * the body — aborts the transaction, so nothing is ever half-written (a card without its review).
 */
export async function inTransaction<T>(tx: { abort(): void; done: Promise<void> }, body: () => Promise<T>): Promise<T> {
	tx.done.catch(() => undefined); // observed below; keeps an aborted transaction from being an unhandled rejection
	try {
		const result = await body();
		await tx.done;
		return result;
	} catch (error) {
		try {
			tx.abort();
		} catch {
			// Already aborted or finished.
		}
		throw error;
	}
}

/**
 * A request promise with its rejection observed at once: when a later request in the same batch throws
 * synchronously, the transaction aborts and this one rejects too — that must not surface as an unhandled rejection.
 */
export function observed<T>(request: Promise<T>): Promise<T> {
	request.catch(() => undefined);
	return request;
}
