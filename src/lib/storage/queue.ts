/** The study queue from the cards indexes (never load-all-and-sort), and the counts from the tallies. */
import type { IDBPIndex, IDBPTransaction, StoreNames } from 'idb';
import { startOfLocalDay } from '../domain/days';
import { DEFAULT_SETTINGS, type CardRecord, type DayContext, type Settings } from '../domain/types';
import { withDatabase } from './connection';
import type { SourcedeckDB } from './schema';
import { DAY_MS, dueDay, readTallies, scheduledOf } from './tallies';

/** Which cards: those whose home article is in `docs` (all articles when omitted). */
export interface CardScope {
	docs?: readonly string[];
	/** Also keep only these question ids (when a bank holds part of an article's questions). */
	questionIds?: ReadonlySet<string>;
}

/** The cards of a bank: the corpus ("corpus") holds every article; an article bank (id = document id) its own questions. */
export function scopeOfBank(bankId: string): CardScope {
	return bankId === 'corpus' ? {} : { docs: [bankId] };
}

export interface CardCounts {
	/** Never answered. */
	new: number;
	/** Answered before and due now. */
	due: number;
	/** Answered at least once (in learning, review or relearning). */
	learned: number;
	/** new + learned (removed questions excluded). */
	total: number;
}

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

type Stores = StoreNames<SourcedeckDB>;
type CardsIndex = IDBPIndex<SourcedeckDB, Stores[], 'cards', 'byQueueDue' | 'byDocQueueDue', 'readonly'>;
type ReadTx = IDBPTransaction<SourcedeckDB, Stores[], 'readonly'>;

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

/** New / due / learned counts (from the tallies and one short index range), right after every commitAnswer. */
export async function countCards(scope: CardScope, now: number): Promise<CardCounts> {
	return (await countBanks([scope], now))[0];
}

/** Counts for several banks (the home page) in one transaction. */
export async function countBanks(scopes: readonly CardScope[], now: number): Promise<CardCounts[]> {
	return withDatabase(async (db) => {
		const tx = db.transaction(['cards', 'tallies'], 'readonly');
		return Promise.all(scopes.map((scope) => countInTx(tx, scope, now)));
	});
}

async function countInTx(tx: ReadTx, scope: CardScope, now: number): Promise<CardCounts> {
	if (scope.questionIds) {
		// Part of an article's questions: count the matching keys in the index ranges.
		const [fresh, due, learned] = await Promise.all([
			countQueue(tx, scope, 0, -Infinity, Infinity),
			countQueue(tx, scope, 1, -Infinity, now),
			countQueue(tx, scope, 1, -Infinity, Infinity)
		]);
		return { new: fresh, due, learned, total: fresh + learned };
	}
	// Whole articles: the tallies give new and scheduled cards, and those due before today; today's part of the due
	// queue (from 00:00 UTC to now) is one short index range.
	const today = dueDay(now);
	const [tallies, dueToday] = await Promise.all([
		readTallies(tx, scope.docs ? [...new Set(scope.docs)] : undefined),
		countQueue(tx, scope, 1, today * DAY_MS, now)
	]);
	let fresh = 0;
	let learned = 0;
	let due = dueToday;
	for (const tally of tallies) {
		const { scheduled, dueBefore } = scheduledOf(tally, today);
		fresh += tally.new;
		learned += scheduled;
		due += dueBefore;
	}
	return { new: fresh, due, learned, total: fresh + learned };
}

/** The key ranges of one queue between two due times: one range over all articles, or one per article. */
function ranges(tx: ReadTx, scope: CardScope, queue: number, from: number, to: number): [CardsIndex, IDBKeyRange][] {
	const cards = tx.objectStore('cards');
	if (!scope.docs) return [[cards.index('byQueueDue') as CardsIndex, IDBKeyRange.bound([queue, from], [queue, to])]];
	const index = cards.index('byDocQueueDue') as CardsIndex;
	return [...new Set(scope.docs)].map((doc) => [index, IDBKeyRange.bound([doc, queue, from], [doc, queue, to])]);
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

async function countQueue(tx: ReadTx, scope: CardScope, queue: number, from: number, to: number): Promise<number> {
	const ids = scope.questionIds;
	const counts = await Promise.all(
		ranges(tx, scope, queue, from, to).map(async ([index, range]) => {
			if (!ids) return index.count(range);
			const keys = await index.getAllKeys(range);
			return keys.filter((key) => ids.has(key)).length;
		})
	);
	return counts.reduce((a, b) => a + b, 0);
}
