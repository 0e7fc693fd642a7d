/** Today's extra new-card allowance ("more new cards today"): one record. Home reads it; study-plan re-exports it. */
import { withDatabase } from './connection';

/** Extra new cards allowed on `day` (local "YYYY-MM-DD"); 0 on any other day. */
export async function getExtraNew(day: string): Promise<number> {
	const stored = (await withDatabase((db) => db.get('meta', 'extraNew'))) as { day: string; count: number } | undefined;
	return stored?.day === day ? stored.count : 0;
}

/** Allow `count` more new cards today (adds to what was allowed earlier today). Returns today's extra. */
export async function addExtraNew(day: string, count: number): Promise<number> {
	return withDatabase(async (db) => {
		const tx = db.transaction('meta', 'readwrite');
		const stored = (await tx.store.get('extraNew')) as { day: string; count: number } | undefined;
		const next = { day, count: (stored?.day === day ? stored.count : 0) + Math.max(0, Math.floor(count)) };
		await tx.store.put(next, 'extraNew');
		await tx.done;
		return next.count;
	});
}
