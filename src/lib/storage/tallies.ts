/**
 * Per-article tallies of the cards store, kept in the same transaction as every card write, so the home and study
 * pages get new / due / learned counts without walking the cards indexes (Chromium's index count() visits every
 * entry: ~5 µs each, 30+ ms for 10,000 cards at 4× CPU).
 *
 * A tally holds, for one article: how many cards are new (queue 0), removed (queue -1), and the scheduled cards
 * (queue 1) by the UTC day of their due time. "Due now" is then the days before today plus one short index count
 * from the start of today to now. Every card write goes through putCards (it reads the card it replaces when the
 * caller does not know it); nothing else writes the cards store.
 */
import type { IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import type { CardRecord } from '../domain/types';
import type { SourcedeckDB, Tally } from './schema';

export const DAY_MS = 86_400_000;

/** The UTC day number a due time falls in (tally bucket key). */
export function dueDay(due: number): number {
	return Math.floor(due / DAY_MS);
}

export function emptyTally(doc: string): Tally {
	return { doc, new: 0, removed: 0, days: {} };
}

/** Add (sign 1) or take away (sign -1) one card. */
export function tallyCard(tally: Tally, card: CardRecord, sign: 1 | -1): void {
	if (card.queue === 0) tally.new += sign;
	else if (card.queue === -1) tally.removed += sign;
	else {
		const day = String(dueDay(card.due));
		const next = (tally.days[day] ?? 0) + sign;
		if (next === 0) delete tally.days[day];
		else tally.days[day] = next;
	}
}

/** Tallies built from scratch from every card (the schema upgrade, tests). */
export function tallyAll(cards: Iterable<CardRecord>): Map<string, Tally> {
	const tallies = new Map<string, Tally>();
	for (const card of cards) {
		let tally = tallies.get(card.doc);
		if (!tally) tallies.set(card.doc, (tally = emptyTally(card.doc)));
		tallyCard(tally, card, 1);
	}
	return tallies;
}

/** Scheduled cards of a tally: in total, and due on days before `beforeDay` (UTC day number). */
export function scheduledOf(tally: Tally, beforeDay: number): { scheduled: number; dueBefore: number } {
	let scheduled = 0;
	let dueBefore = 0;
	for (const [day, n] of Object.entries(tally.days)) {
		scheduled += n;
		if (Number(day) < beforeDay) dueBefore += n;
	}
	return { scheduled, dueBefore };
}

type Stores = StoreNames<SourcedeckDB>;
/** A readwrite transaction over at least the cards and tallies stores. */
export type CardWriteTx = IDBPTransaction<SourcedeckDB, Stores[], 'readwrite'>;

/** One card write: the card as it will be stored, and the stored card it replaces (undefined: none). */
export interface CardChange {
	card: CardRecord;
	before: CardRecord | undefined;
}

/** Card writes in flight, by transaction: each waits for the one before it (see serial). */
const inFlight = new WeakMap<object, Promise<unknown>>();

/**
 * Run card writes of one transaction one after another: two writes reading the same tally at once would each write
 * back their own count and lose the other's. The chain stays within the transaction (each step starts in the
 * microtask after the previous one's last request), so it does not let the transaction commit early.
 */
function serial<T>(tx: object, work: () => Promise<T>): Promise<T> {
	const next = (inFlight.get(tx) ?? Promise.resolve()).then(work, work);
	inFlight.set(tx, next.catch(() => undefined));
	return next;
}

/** Put one card (reading the card it replaces) and update the tallies, in the caller's transaction. */
export function putCard(tx: CardWriteTx, card: CardRecord): Promise<void> {
	return serial(tx, async () => writeCards(tx, [{ card, before: await tx.objectStore('cards').get(card.id) }]));
}

/**
 * Put cards and update their articles' tallies, in the caller's transaction. Each `before` must be what the store
 * holds in this same transaction (read before any write to that card). Calls may overlap: they run in turn.
 */
export function putCards(tx: CardWriteTx, changes: readonly CardChange[]): Promise<void> {
	return serial(tx, () => writeCards(tx, changes));
}

async function writeCards(tx: CardWriteTx, changes: readonly CardChange[]): Promise<void> {
	if (changes.length === 0) return;
	const cards = tx.objectStore('cards');
	const tallies = tx.objectStore('tallies');
	// Several changes of one card in one call: count from the first `before` to the last card.
	const first = new Map<string, CardRecord | undefined>();
	const last = new Map<string, CardRecord>();
	for (const { card, before } of changes) {
		if (!first.has(card.id)) first.set(card.id, before);
		last.set(card.id, card);
	}
	const docs = new Set<string>();
	for (const [id, card] of last) {
		docs.add(card.doc);
		const before = first.get(id);
		if (before) docs.add(before.doc);
	}
	const stored = await Promise.all([...docs].map((doc) => tallies.get(doc)));
	const byDoc = new Map([...docs].map((doc, i) => [doc, stored[i] ?? emptyTally(doc)]));
	for (const [id, card] of last) {
		const before = first.get(id);
		if (before) tallyCard(byDoc.get(before.doc) as Tally, before, -1);
		tallyCard(byDoc.get(card.doc) as Tally, card, 1);
	}
	await Promise.all([...[...last.values()].map((c) => cards.put(c)), ...[...byDoc.values()].map((t) => tallies.put(t))]);
}

type AnyTx = IDBPTransaction<SourcedeckDB, Stores[], IDBTransactionMode>;

/** The tallies of these articles (all articles when omitted) — missing ones are empty. */
export async function readTallies(tx: AnyTx, docs?: readonly string[]): Promise<Tally[]> {
	const store = tx.objectStore('tallies') as IDBPObjectStore<SourcedeckDB, Stores[], 'tallies', IDBTransactionMode>;
	if (!docs) return store.getAll();
	const found = await Promise.all(docs.map((doc) => store.get(doc)));
	return found.map((t, i) => t ?? emptyTally(docs[i]));
}

/** The upgrade to schema 2: every article's tally built from the stored cards, in the versionchange transaction. */
export async function buildTallies(tx: IDBPTransaction<SourcedeckDB, Stores[], 'versionchange'>): Promise<void> {
	const cards = await tx.objectStore('cards').getAll();
	const store = tx.objectStore('tallies');
	await Promise.all([...tallyAll(cards).values()].map((t) => store.put(t)));
}
