/** Plain reads of cards and the log (for statistics, backups and the flags page). */
import type { CardRecord, LogEntry } from '../domain/types';
import { withDatabase } from './connection';

export async function getCard(id: string): Promise<CardRecord | undefined> {
	return withDatabase((db) => db.get('cards', id));
}

/** Cards for these ids (missing ones left out), in one transaction. */
export async function getCards(ids: readonly string[]): Promise<Map<string, CardRecord>> {
	return withDatabase(async (db) => {
		const tx = db.transaction('cards');
		const found = await Promise.all(ids.map((id) => tx.store.get(id)));
		await tx.done;
		return new Map(found.filter((c): c is CardRecord => c !== undefined).map((c) => [c.id, c]));
	});
}

/** Every card (statistics: forecast and mastery). */
export async function listCards(): Promise<CardRecord[]> {
	return withDatabase((db) => db.getAll('cards'));
}

/** The whole log, oldest first (statistics), or the entries with at ≥ `since`. */
export async function listLog(since?: number): Promise<LogEntry[]> {
	return withDatabase((db) =>
		db.getAllFromIndex('reviews', 'byAt', since === undefined ? undefined : IDBKeyRange.lowerBound(since))
	);
}

/** One question's log entries, oldest first. */
export async function getQuestionLog(questionId: string): Promise<LogEntry[]> {
	return withDatabase(async (db) => sortLog(await db.getAllFromIndex('reviews', 'byQuestion', questionId)));
}

/** Local day of the first answer ever ("first study day"), from the time index; null before any answer. */
export async function getFirstReviewTime(): Promise<number | null> {
	return withDatabase(async (db) => {
		const cursor = await db.transaction('reviews').store.index('byAt').openCursor();
		return cursor ? cursor.value.at : null;
	});
}

export function sortLog(entries: LogEntry[]): LogEntry[] {
	return entries.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
