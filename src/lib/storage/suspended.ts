/** Suspended cards (Anki's suspend): a set of question ids kept in meta; study leaves them out, progress is kept. */
import { withDatabase } from './connection';

export async function getSuspended(): Promise<Set<string>> {
	const ids = (await withDatabase((db) => db.get('meta', 'suspended'))) as string[] | undefined;
	return new Set(ids ?? []);
}

/** Suspend (or unsuspend) these questions, in one transaction. Returns the suspended set after the change. */
export async function setSuspended(ids: readonly string[], suspended: boolean): Promise<Set<string>> {
	return withDatabase(async (db) => {
		const tx = db.transaction('meta', 'readwrite', { durability: 'strict' });
		const set = new Set(((await tx.store.get('suspended')) as string[] | undefined) ?? []);
		for (const id of ids) {
			if (suspended) set.add(id);
			else set.delete(id);
		}
		await tx.store.put([...set].sort(), 'suspended');
		await tx.done;
		return set;
	});
}
