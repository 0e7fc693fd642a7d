/** The study queue from the cards indexes (never load-all-and-sort); the counts are in ./counts. */
import { startOfLocalDay } from '../domain/days';
import { DEFAULT_SETTINGS, type CardRecord, type DayContext, type Settings } from '../domain/types';
import { withDatabase } from './connection';
import { countInTx, ranges, type CardCounts, type CardScope, type ReadTx } from './counts';

export { countBanks, countCards, scopeOfBank, type CardCounts, type CardScope } from './counts';

export interface StudyQueue {
	/** Due cards, oldest due first: at most the reviews left today, plus any (re)learning steps due. */
	due: CardRecord[];
	/** New cards in bank order, at most the new cards left today. */
	fresh: CardRecord[];
	/** What is left of today's limits (after today's answers). */
	newLeft: number;
	reviewsLeft: number;
}

/** Extra due cards read past the review limit, so (re)learning steps due now are never cut off by it. */
const LEARNING_ALLOWANCE = 50;

/** Scheduled cards due at `now`, oldest due first (index range, `limit` records at most). */
export async function getDueCards(scope: CardScope, now: number, limit = 200): Promise<CardRecord[]> {
	return withDatabase(async (db) => {
		const tx = db.transaction(['cards'], 'readonly');
		return collectQueue(tx, scope, 1, -Infinity, now, limit);
	});
}

/** Never-answered cards in bank order. */
export async function getNewCards(scope: CardScope, limit = 20): Promise<CardRecord[]> {
	return withDatabase(async (db) => {
		const tx = db.transaction(['cards'], 'readonly');
		return collectQueue(tx, scope, 0, -Infinity, Infinity, limit);
	});
}

/** Today's queue: due reviews (within max reviews/day) then new cards (within new/day), limits counted from today's log. */
export async function getStudyQueue(scope: CardScope, ctx: DayContext, settings?: Settings): Promise<StudyQueue> {
	return withDatabase(async (db) => queueInTx(db.transaction(['cards', 'reviews', 'settings'], 'readonly'), scope, ctx, settings));
}

/** What a study page needs to start — today's queue and the bank's counts — in one transaction. */
export async function getStudyStart(scope: CardScope, ctx: DayContext, settings?: Settings): Promise<{ queue: StudyQueue; counts: CardCounts }> {
	return withDatabase(async (db) => {
		const tx = db.transaction(['cards', 'tallies', 'reviews', 'settings'], 'readonly');
		const [queue, counts] = await Promise.all([queueInTx(tx, scope, ctx, settings), countInTx(tx, scope, ctx.now)]);
		return { queue, counts };
	});
}

async function queueInTx(tx: ReadTx, scope: CardScope, ctx: DayContext, settings?: Settings): Promise<StudyQueue> {
	const start = startOfLocalDay(ctx.now, ctx.utcOffsetMinutes);
	const [stored, today] = await Promise.all([
		settings ? undefined : tx.objectStore('settings').get('settings'),
		tx.objectStore('reviews').index('byAt').getAll(IDBKeyRange.bound(start, Math.max(ctx.now, start)))
	]);
	const limits = settings ?? { ...DEFAULT_SETTINGS, ...stored };
	const undone = new Set(today.flatMap((e) => (e.kind === 'undo' ? [e.target] : [])));
	const newSeen = new Set<string>();
	let reviewsDone = 0;
	for (const e of today) {
		if (e.kind !== 'review' || undone.has(e.id)) continue;
		if (e.state === 0) newSeen.add(e.questionId);
		else if (e.state === 2) reviewsDone++;
	}
	const newLeft = Math.max(0, limits.newPerDay - newSeen.size);
	const reviewsLeft = Math.max(0, limits.maxReviewsPerDay - reviewsDone);
	const [scheduled, fresh] = await Promise.all([
		collectQueue(tx, scope, 1, -Infinity, ctx.now, reviewsLeft + LEARNING_ALLOWANCE),
		collectQueue(tx, scope, 0, -Infinity, Infinity, newLeft)
	]);
	// Cards in (re)learning steps do not count against max reviews/day (as in Anki); reviews do.
	let reviews = 0;
	const due = scheduled.filter((c) => c.state === 1 || c.state === 3 || reviews++ < reviewsLeft);
	return { due, fresh, newLeft, reviewsLeft };
}

/** Up to `limit` cards of a queue by due: getAll(range, limit) per range, merged by due. */
async function collectQueue(tx: ReadTx, scope: CardScope, queue: number, from: number, to: number, limit: number): Promise<CardRecord[]> {
	if (limit <= 0) return [];
	const ids = scope.questionIds;
	const lists = await Promise.all(
		ranges(tx, scope, queue, from, to).map(async ([index, range]) => {
			if (!ids) return index.getAll(range, limit);
			// Only some of the article's questions: walk the index until `limit` match.
			const out: CardRecord[] = [];
			for (let cursor = await index.openCursor(range); cursor && out.length < limit; cursor = await cursor.continue()) {
				if (ids.has(cursor.value.id)) out.push(cursor.value);
			}
			return out;
		})
	);
	if (lists.length === 1) return lists[0];
	return lists
		.flat()
		.sort((a, b) => a.due - b.due)
		.slice(0, limit);
}
