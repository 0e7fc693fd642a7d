// What the settings page says about the browser storage holding the learner's progress.

export interface StorageStatus {
	/** true: the browser will not evict our data under storage pressure; null: the browser cannot tell. */
	persisted: boolean | null;
	/** Bytes used and available to this site, when the browser reports them. */
	usage: number | null;
	quota: number | null;
}

export async function readStorageStatus(): Promise<StorageStatus> {
	const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
	const persisted = storage?.persisted ? await storage.persisted().catch(() => null) : null;
	const estimate = storage?.estimate ? await storage.estimate().catch(() => null) : null;
	return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** Asks the browser to keep our data; browsers may grant it silently, ask the user, or refuse. */
export async function requestPersistentStorage(): Promise<boolean> {
	if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
	return navigator.storage.persist().catch(() => false);
}

/** "1.2 MB" style sizes for people. */
export function formatBytes(bytes: number): string {
	if (!Number.isFinite(bytes) || bytes < 0) return 'unknown';
	if (bytes < 1024) return `${bytes} B`;
	const units = ['KB', 'MB', 'GB', 'TB'];
	let value = bytes / 1024;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}
