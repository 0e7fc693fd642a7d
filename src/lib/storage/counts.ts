/**
 * Counts of new, due and learned cards (from the tallies and one short index range): what home and a bank's header
 * show. Apart from the study queue (./queue, which re-exports this) so the home page loads no queue code.
 */
import type { IDBPIndex, IDBPTransaction, StoreNames } from 'idb';
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

type Stores = StoreNames<SourcedeckDB>;
export type CardsIndex = IDBPIndex<SourcedeckDB, Stores[], 'cards', 'byQueueDue' | 'byDocQueueDue', 'readonly'>;
export type ReadTx = IDBPTransaction<SourcedeckDB, Stores[], 'readonly'>;

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

export async function countInTx(tx: ReadTx, scope: CardScope, now: number): Promise<CardCounts> {
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
export function ranges(tx: ReadTx, scope: CardScope, queue: number, from: number, to: number): [CardsIndex, IDBKeyRange][] {
	const cards = tx.objectStore('cards');
	if (!scope.docs) return [[cards.index('byQueueDue') as CardsIndex, IDBKeyRange.bound([queue, from], [queue, to])]];
	const index = cards.index('byDocQueueDue') as CardsIndex;
	return [...new Set(scope.docs)].map((doc) => [index, IDBKeyRange.bound([doc, queue, from], [doc, queue, to])]);
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
