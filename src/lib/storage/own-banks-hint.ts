/**
 * Whether this device may hold own banks, without opening their database: home loads the own-bank list (and its
 * code) only then, so a learner who never added a document pays nothing for the feature on first load. Kept by
 * own-banks.ts after every save and delete; unknown (never set) counts as none, since no own bank predates it.
 */
const KEY = 'sourcedeck-own-banks';

export function mayHaveOwnBanks(): boolean {
	try {
		return Number(globalThis.localStorage?.getItem(KEY) ?? '0') > 0;
	} catch {
		// Storage blocked: look in the database, as before.
		return true;
	}
}

export function noteOwnBankCount(count: number): void {
	try {
		globalThis.localStorage?.setItem(KEY, String(count));
	} catch {
		/* the hint only saves a load; the database stays the truth */
	}
}
