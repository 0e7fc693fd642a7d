/** Persistent storage: ask the browser not to evict progress (once, after the learner has studied) and report usage. */
import { withDatabase } from './connection';
import type { PersistenceInfo } from './schema';

export interface StorageEstimate {
	usage: number;
	quota: number;
}

/** What was asked and answered before (askedAt null: never asked). */
export async function getPersistence(): Promise<PersistenceInfo> {
	const stored = (await withDatabase((db) => db.get('meta', 'persistence'))) as PersistenceInfo | undefined;
	return stored ?? { askedAt: null, granted: false };
}

/**
 * Ask for persistent storage (navigator.storage.persist()) unless asked before (`force` asks again), store and return
 * the answer. Where the API is missing: granted false.
 */
export async function requestPersistence(now: number, force = false): Promise<PersistenceInfo> {
	const before = await getPersistence();
	if (before.askedAt !== null && !force) return before;
	const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
	let granted = false;
	try {
		granted = storage?.persist ? await storage.persist() : false;
	} catch {
		granted = false;
	}
	const info: PersistenceInfo = { askedAt: now, granted };
	await withDatabase((db) => db.put('meta', info, 'persistence'));
	return info;
}

/** Usage and quota in bytes (navigator.storage.estimate()); null where unsupported. */
export async function estimateStorage(): Promise<StorageEstimate | null> {
	const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
	if (!storage?.estimate) return null;
	try {
		const { usage = 0, quota = 0 } = await storage.estimate();
		return { usage, quota };
	} catch {
		return null;
	}
}
