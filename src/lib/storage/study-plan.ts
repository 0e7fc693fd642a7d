/** Reads a study session plans with (new cards per article, cards due ahead) and today's extra new-card allowance. */
import type { CardRecord, LogEntry } from '../domain/types';
import { withDatabase } from './connection';
import type { CardScope } from './counts';

export { addExtraNew, getExtraNew } from './extra-new';

/**
 * Up to `perDoc` never-answered cards of each article, each article's in bank order, in one transaction (the
 * session mixes them across articles). `scope.questionIds` keeps only those questions.
 */
export async function getNewCandidates(scope: CardScope & { docs: readonly string[] }, perDoc: number): Promise<CardRecord[]> {
	if (perDoc <= 0) return [];
	return withDatabase(async (db) => {
		const index = db.transaction('cards').store.index('byDocQueueDue');
		const ids = scope.questionIds;
		const lists = await Promise.all(
			[...new Set(scope.docs)].map(async (doc) => {
				const range = IDBKeyRange.bound([doc, 0, -Infinity], [doc, 0, Infinity]);
				if (!ids) return index.getAll(range, perDoc);
				const out: CardRecord[] = [];
				for (let cursor = await index.openCursor(range); cursor && out.length < perDoc; cursor = await cursor.continue()) {
					if (ids.has(cursor.value.id)) out.push(cursor.value);
				}
				return out;
			})
		);
		return lists.flat();
	});
}

export interface StudyDay {
	/** Log entries at or after the start of today. */
	today: LogEntry[];
	/** Extra new cards allowed today. */
	extraNew: number;
	suspended: Set<string>;
	/** Anything was ever answered (before today or today). */
	answeredBefore: boolean;
}

/** What a study session needs besides the cards, in one transaction: today's log, today's extra, suspended cards. */
export async function readStudyDay(since: number, day: string): Promise<StudyDay> {
	return withDatabase(async (db) => {
		const tx = db.transaction(['reviews', 'meta'], 'readonly');
		const byAt = tx.objectStore('reviews').index('byAt');
		const [today, first, extra, suspended] = await Promise.all([
			byAt.getAll(IDBKeyRange.lowerBound(since)),
			byAt.openCursor(),
			tx.objectStore('meta').get('extraNew') as Promise<{ day: string; count: number } | undefined>,
			tx.objectStore('meta').get('suspended') as Promise<string[] | undefined>
		]);
		return { today, extraNew: extra?.day === day ? extra.count : 0, suspended: new Set(suspended ?? []), answeredBefore: first !== null };
	});
}
