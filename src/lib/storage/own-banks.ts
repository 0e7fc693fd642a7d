/**
 * The learner's own banks: a document they added (its text and details) and the questions they accepted, in a
 * database of their own ('sourcedeck-own'), apart from progress: its schema changes with this feature alone. A
 * bank and its text are written in one transaction, so a save that runs out of space leaves nothing behind.
 * Progress on an own bank lives with all other progress (cards keyed by the "u-…" question ids).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Bank, BankDocument } from '../format/bank-format';
import { inTransaction, observed, withDatabase } from './connection';
import { StorageError, toStorageError } from './errors';
import type { BankSeen } from './schema';
import { noteOwnBankCount } from './own-banks-hint';

export interface OwnBankRecord {
	id: string;
	bank: Bank;
	/** When it was first saved and last changed, epoch ms. */
	addedAt: number;
	savedAt: number;
	/** Where the text came from: "pasted" or the file's name. */
	origin: string;
}

export interface OwnBankSummary {
	id: string;
	title: string;
	doc: BankDocument;
	questionCount: number;
	savedAt: number;
}

interface OwnDB extends DBSchema {
	banks: { key: string; value: OwnBankRecord };
	texts: { key: string; value: { id: string; text: string } };
}

const OWN_DB_VERSION = 1;
let name = 'sourcedeck-own';
let dbPromise: Promise<IDBPDatabase<OwnDB>> | null = null;

export const OWN_BANK_NOT_SAVED =
	'Your device is out of space: the bank was not saved (nothing of it was kept). Free some space (delete photos, downloads or other apps’ data), then press Save again.';

/** Tests: another database name; closes the connection. */
export function configureOwnBanks(options: { name: string }): void {
	closeOwnBanks();
	name = options.name;
}

export function closeOwnBanks(): void {
	void dbPromise?.then((db) => db.close(), () => undefined);
	dbPromise = null;
}

function ownDatabase(): Promise<IDBPDatabase<OwnDB>> {
	if (typeof indexedDB === 'undefined') return Promise.reject(new StorageError('unavailable'));
	dbPromise ??= openDB<OwnDB>(name, OWN_DB_VERSION, {
		upgrade(db) {
			db.createObjectStore('banks', { keyPath: 'id' });
			db.createObjectStore('texts', { keyPath: 'id' });
		},
		blocking() {
			// A newer app in another tab: let it upgrade; this tab opens again on its next call.
			closeOwnBanks();
		},
		terminated() {
			dbPromise = null;
		}
	}).catch((error: unknown) => {
		dbPromise = null;
		throw toStorageError(error, 'unavailable');
	});
	return dbPromise;
}

async function withOwn<T>(work: (db: IDBPDatabase<OwnDB>) => Promise<T>, quotaMessage?: string): Promise<T> {
	const db = await ownDatabase();
	try {
		return await work(db);
	} catch (error) {
		throw toStorageError(error, 'failed', quotaMessage);
	}
}

/** Save (or replace) an own bank and its document's text, both or neither. */
export async function saveOwnBank(bank: Bank, text: string, options: { origin: string; now: number }): Promise<OwnBankRecord> {
	if (!bank.id.startsWith('u-') || bank.documents.length !== 1 || bank.documents[0].id !== bank.id)
		throw new Error(`An own bank holds one document of its own id (got ${bank.id}).`);
	const saved = await withOwn(async (db) => {
		const tx = db.transaction(['banks', 'texts'], 'readwrite', { durability: 'strict' });
		return inTransaction(tx, async () => {
			const before = await tx.objectStore('banks').get(bank.id);
			const record: OwnBankRecord = { id: bank.id, bank, addedAt: before?.addedAt ?? options.now, savedAt: options.now, origin: options.origin };
			await Promise.all([observed(tx.objectStore('banks').put(record)), observed(tx.objectStore('texts').put({ id: bank.id, text }))]);
			return record;
		});
	}, OWN_BANK_NOT_SAVED);
	await noteCount();
	return saved;
}

/** Tell home's hint how many own banks there are (after the transaction, from the database itself). */
async function noteCount(): Promise<void> {
	noteOwnBankCount(await withOwn((db) => db.count('banks')));
}

/** Every own bank, most recently added first. */
export async function listOwnBanks(): Promise<OwnBankSummary[]> {
	const records = await withOwn((db) => db.getAll('banks'));
	noteOwnBankCount(records.length);
	return records
		.sort((a, b) => b.addedAt - a.addedAt || a.id.localeCompare(b.id))
		.map((r) => ({ id: r.id, title: r.bank.title, doc: r.bank.documents[0], questionCount: r.bank.questions.length, savedAt: r.savedAt }));
}

export async function getOwnBank(id: string): Promise<Bank | undefined> {
	return (await withOwn((db) => db.get('banks', id)))?.bank;
}

/** Where an own bank came from ("pasted" or a file's name), so a later save can keep it. */
export async function getOwnBankOrigin(id: string): Promise<string | undefined> {
	return (await withOwn((db) => db.get('banks', id)))?.origin;
}

export async function getOwnText(id: string): Promise<string | undefined> {
	return (await withOwn((db) => db.get('texts', id)))?.text;
}

/**
 * Delete an own bank and its text. With `keepProgress` its cards and answers stay (adding the same text again brings
 * them back); without, they are removed first — a card and its article's tally go together, so the counts stay
 * right — and only then the bank, so a failure never leaves a bank whose progress is half gone.
 */
export async function deleteOwnBank(id: string, options: { keepProgress: boolean }): Promise<void> {
	if (!id.startsWith('u-')) throw new Error(`Only own banks can be deleted (got ${id}).`);
	const bank = await getOwnBank(id);
	if (!options.keepProgress) await removeProgress(id, bank?.questions.map((q) => q.id) ?? []);
	await withOwn(async (db) => {
		const tx = db.transaction(['banks', 'texts'], 'readwrite');
		await inTransaction(tx, () => Promise.all([observed(tx.objectStore('banks').delete(id)), observed(tx.objectStore('texts').delete(id))]));
	});	await noteCount();
}

/** Every card, answer, flag and sync record of one own document, in one transaction of the progress database. */
async function removeProgress(doc: string, questionIds: string[]): Promise<void> {
	await withDatabase(async (db) => {
		const tx = db.transaction(['cards', 'tallies', 'reviews', 'flags', 'meta'], 'readwrite', { durability: 'strict' });
		await inTransaction(tx, async () => {
			const cards = tx.objectStore('cards');
			const cardIds = await cards.index('byDocQueueDue').getAllKeys(IDBKeyRange.bound([doc, -Infinity, -Infinity], [doc, Infinity, Infinity]));
			const banks = ((await tx.objectStore('meta').get('banks')) as Record<string, BankSeen> | undefined) ?? {};
			const ids = [...new Set([...cardIds, ...questionIds, ...(banks[doc]?.questionIds ?? [])])];
			const reviews = tx.objectStore('reviews');
			const entryIds = (await Promise.all(ids.map((q) => reviews.index('byQuestion').getAllKeys(q)))).flat();
			delete banks[doc];
			await Promise.all([
				...cardIds.map((k) => observed(cards.delete(k))),
				observed(tx.objectStore('tallies').delete(doc)),
				...entryIds.map((k) => observed(reviews.delete(k))),
				...ids.map((k) => observed(tx.objectStore('flags').delete(k))),
				observed(tx.objectStore('meta').put(banks, 'banks'))
			]);
		});
	});
}

/** Every own bank with its text, as a backup holds them (domain/backup's OwnBankEntry). */
export async function listOwnBankEntries(): Promise<{ bank: Bank; text: string; addedAt: number; savedAt: number; origin: string }[]> {
	return withOwn(async (db) => {
		const tx = db.transaction(['banks', 'texts'], 'readonly');
		const [records, texts] = await Promise.all([tx.objectStore('banks').getAll(), tx.objectStore('texts').getAll()]);
		const byId = new Map(texts.map((t) => [t.id, t.text]));
		return records.flatMap((r) => (byId.has(r.id) ? [{ bank: r.bank, text: byId.get(r.id)!, addedAt: r.addedAt, savedAt: r.savedAt, origin: r.origin }] : []));
	});
}

/**
 * Restore own banks from a backup, in one transaction: a bank this device lacks is added; one it has is replaced
 * when the backup's copy was saved later (an edit made on the other device), else kept. `undo` puts back what was
 * here before (the caller's progress import failed after this).
 */
export async function restoreOwnBanks(
	entries: readonly { bank: Bank; text: string; addedAt: number; savedAt: number; origin: string }[]
): Promise<{ added: number; replaced: number; undo: () => Promise<void> }> {
	type Before = { id: string; record?: OwnBankRecord; text?: string };
	const done = await withOwn(async (db) => {
		const tx = db.transaction(['banks', 'texts'], 'readwrite', { durability: 'strict' });
		return inTransaction(tx, async () => {
			const banks = tx.objectStore('banks');
			const texts = tx.objectStore('texts');
			const befores: Before[] = [];
			let added = 0;
			let replaced = 0;
			const writes: Promise<unknown>[] = [];
			for (const e of entries) {
				const [record, text] = await Promise.all([banks.get(e.bank.id), texts.get(e.bank.id)]);
				if (record && record.savedAt >= e.savedAt) continue;
				befores.push({ id: e.bank.id, record, text: text?.text });
				if (record) replaced++;
				else added++;
				const next: OwnBankRecord = { id: e.bank.id, bank: e.bank, addedAt: Math.min(record?.addedAt ?? e.addedAt, e.addedAt), savedAt: e.savedAt, origin: e.origin };
				writes.push(observed(banks.put(next)), observed(texts.put({ id: e.bank.id, text: e.text })));
			}
			await Promise.all(writes);
			return { added, replaced, befores };
		});
	}, OWN_BANK_NOT_SAVED.replace('the bank was not saved', 'the backup was not imported'));
	if (done.added + done.replaced > 0) await noteCount();
	const undo = async () => {
		await withOwn(async (db) => {
			const tx = db.transaction(['banks', 'texts'], 'readwrite');
			await inTransaction(tx, () =>
				Promise.all(
					done.befores.flatMap((b): Promise<unknown>[] =>
						b.record
							? [observed(tx.objectStore('banks').put(b.record)), observed(tx.objectStore('texts').put({ id: b.id, text: b.text ?? '' }))]
							: [observed(tx.objectStore('banks').delete(b.id)), observed(tx.objectStore('texts').delete(b.id))]
					)
				)
			);
		});
		await noteCount();
	};
	return { added: done.added, replaced: done.replaced, undo };
}

/** An own bank with its text and how it was saved (to edit it: the review screen reopens it whole), or undefined. */
export async function getOwnRecord(id: string): Promise<{ record: OwnBankRecord; text: string } | undefined> {
	const [record, text] = await withOwn((db) => Promise.all([db.get('banks', id), db.get('texts', id)]));
	return record && text ? { record, text: text.text } : undefined;
}
