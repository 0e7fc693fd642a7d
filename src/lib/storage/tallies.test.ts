import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DAY, DOC_A, DOC_B, HOUR, makeBank, MINUTE, NOW, QUESTIONS } from '../domain/fixtures/bank';
import { createRandom } from '../domain/random';
import type { CardRecord, Rating } from '../domain/types';
import { addToStudy, commitAnswer, resetQuestion, undoLastReview, undoReview } from './answers';
import { exportBackup, importBackup } from './backup';
import { syncBank } from './bank-sync';
import { closeStorage, configureStorage, getDatabase } from './connection';
import { countBanks, scopeOfBank, type CardCounts, type CardScope } from './queue';
import { getCard, listCards } from './records';
import { DB_VERSION, type SourcedeckDB } from './schema';
import { upgradeSchema } from './upgrade';
import { putCard, tallyAll } from './tallies';
import { answer, freshDatabase, nextId, scheduler } from './test-helpers';

/** The counts by definition, from every card (what the index counts gave before the tallies). */
function expected(cards: CardRecord[], scope: CardScope, now: number): CardCounts {
	const mine = cards.filter((c) => !scope.docs || scope.docs.includes(c.doc));
	const fresh = mine.filter((c) => c.queue === 0).length;
	const learned = mine.filter((c) => c.queue === 1).length;
	const due = mine.filter((c) => c.queue === 1 && c.due <= now).length;
	return { new: fresh, due, learned, total: fresh + learned };
}

const SCOPES: CardScope[] = [{}, scopeOfBank(DOC_A), scopeOfBank(DOC_B), { docs: [DOC_A, DOC_B] }, scopeOfBank('no-such-article')];

/** The stored counts agree with the cards at several times (before, at and after midnight UTC, far ahead). */
async function expectCountsMatchCards(at: number): Promise<void> {
	const cards = await listCards();
	const times = [at, at - 3 * HOUR, Math.floor(at / DAY) * DAY, Math.floor(at / DAY) * DAY - 1, at + 2 * DAY, at + 400 * DAY];
	for (const now of times) {
		expect(await countBanks(SCOPES, now), `counts at ${new Date(now).toISOString()}`).toEqual(SCOPES.map((s) => expected(cards, s, now)));
	}
	const db = await getDatabase();
	const stored = (await db.getAll('tallies')).filter((t) => t.new || t.removed || Object.keys(t.days).length);
	expect(stored.sort((a, b) => a.doc.localeCompare(b.doc))).toEqual([...tallyAll(cards).values()].sort((a, b) => a.doc.localeCompare(b.doc)));
}

beforeEach(freshDatabase);

describe('tallies (counts kept with every card write)', () => {
	it('stay equal to counting the cards through random answers, undos, resets, bank changes, study-these and imports', async () => {
		const random = createRandom(20261130);
		const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
		let now = NOW;
		let version = 0;
		const answered: string[] = [];
		await syncBank(makeBank(), { now, makeId: nextId });
		for (let step = 0; step < 160; step++) {
			now += pick([MINUTE, 10 * MINUTE, 5 * HOUR, DAY, 3 * DAY]);
			const op = random();
			const q = pick(QUESTIONS);
			if (op < 0.5) {
				const card = await getCard(q.id);
				if (card?.queue === -1) continue;
				const { review } = await answer(q, (1 + Math.floor(random() * 4)) as Rating, now);
				answered.push(review.id);
			} else if (op < 0.6 && answered.length) {
				await undoReview(pick(answered), { id: nextId(), now });
			} else if (op < 0.67) {
				await undoLastReview({ id: nextId(), now });
			} else if (op < 0.74) {
				await resetQuestion(q.id, { id: nextId(), now });
			} else if (op < 0.82) {
				// A new bank version: some questions dropped, one answer corrected (reset), dropped ones may come back.
				const kept = QUESTIONS.filter(() => random() < 0.8).map((k) => (random() < 0.1 ? { ...k, answer: `${k.answer} (v${version})` } : k));
				await syncBank(makeBank(kept, `v${++version}`), { now, makeId: nextId });
			} else if (op < 0.9) {
				await addToStudy([pick(QUESTIONS), pick(QUESTIONS)], now);
			} else if (op < 0.95) {
				// Import a backup of this very profile (adds nothing) and a backup carrying another device's answers.
				const text = await exportBackup(now);
				await importBackup(text, now);
				const other = JSON.parse(text) as { reviews: { id: string; at: number; target?: string }[] };
				other.reviews = other.reviews.map((r) => ({ ...r, id: `${r.id}-other`, at: r.at + 1, ...(r.target ? { target: `${r.target}-other` } : {}) }));
				await importBackup(JSON.stringify(other), now);
			} else {
				// A write that fails (full disk) changes neither the cards nor the counts.
				const { card, review } = scheduler.rate((await getCard(q.id)) ?? scheduler.newCard(q, now), 3, now, { id: nextId() });
				const spy = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				});
				await expect(commitAnswer(card, review)).rejects.toMatchObject({ code: 'quota' });
				spy.mockRestore();
			}
			if (step % 10 === 0) await expectCountsMatchCards(now);
		}
		await expectCountsMatchCards(now);
		// The run did what it should exercise: learned, new and removed cards at the end.
		const cards = await listCards();
		expect(new Set(cards.map((c) => c.queue))).toEqual(new Set([0, 1, -1]));
	});

	it('are built from the stored cards when a database from before them (schema 1) is opened', async () => {
		// Cards as the previous app version left them: some new, some learned, one removed.
		configureStorage({ name: 'sourcedeck-cards-source' });
		await syncBank(makeBank(), { now: NOW - 2 * DAY, makeId: nextId });
		for (const [i, q] of QUESTIONS.slice(0, 6).entries()) await answer(q, ((i % 4) + 1) as Rating, NOW - DAY + i * HOUR);
		await syncBank(makeBank(QUESTIONS.slice(1), 'v2'), { now: NOW - HOUR, makeId: nextId });
		const cardsBefore = await listCards();
		closeStorage();
		// ... in a schema-1 database (no tallies store).
		const old = await openDB<SourcedeckDB>('sourcedeck-test', 1, { upgrade: (db, from, to, tx) => upgradeSchema(db, from, to ?? 1, tx) });
		expect([...old.objectStoreNames]).not.toContain('tallies');
		await Promise.all(cardsBefore.map((c) => old.put('cards', c)));
		old.close();

		configureStorage({ name: 'sourcedeck-test', version: DB_VERSION });
		await expectCountsMatchCards(NOW);
		expect(await listCards()).toEqual(cardsBefore); // the upgrade changed no card
		expect((await countBanks([{}], NOW))[0]).toMatchObject({ learned: 5, total: QUESTIONS.length - 1 });
	});

	it('stay right when card writes of one transaction overlap, and when a new bank version moves questions to another article', async () => {
		await syncBank(makeBank(), { now: NOW - DAY, makeId: nextId });
		const db = await getDatabase();
		const tx = db.transaction(['cards', 'tallies'], 'readwrite');
		const learned = (id: string, doc: string, due: number): CardRecord => ({ ...scheduler.newCard(QUESTIONS[0], NOW), id, doc, queue: 1, state: 2, due, reps: 3 });
		await Promise.all([putCard(tx, learned('r1', DOC_A, NOW - DAY)), putCard(tx, learned('r2', DOC_A, NOW - HOUR)), tx.done]);
		await expectCountsMatchCards(NOW);
		const moved = QUESTIONS.map((q, i) => (i < 3 ? { ...q, sources: [{ ...q.sources[0], doc: q.sources[0].doc === DOC_A ? DOC_B : DOC_A }] } : q));
		await syncBank(makeBank(moved, 'v2'), { now: NOW, makeId: nextId });
		expect((await getCard(moved[0].id))?.doc).toBe(moved[0].sources[0].doc);
		await expectCountsMatchCards(NOW);
	});

	it('when building them fails, the update does not open (no unhandled error) and the old database is kept, to upgrade next time', async () => {
		const old = await openDB<SourcedeckDB>('sourcedeck-test', 1, { upgrade: (db, from, to, tx) => upgradeSchema(db, from, to ?? 1, tx) });
		await old.put('cards', { ...scheduler.newCard(QUESTIONS[0], NOW), queue: 1, state: 2, due: NOW - HOUR, reps: 1 });
		old.close();
		configureStorage({ version: DB_VERSION });
		const spy = vi.spyOn(IDBObjectStore.prototype, 'getAll').mockImplementationOnce(() => {
			throw new DOMException('The operation failed for reasons unrelated to the database itself.', 'UnknownError');
		});
		await expect(getDatabase()).rejects.toMatchObject({ name: 'StorageError' });
		spy.mockRestore();
		const probe = await openDB('sourcedeck-test');
		expect(probe.version).toBe(1);
		probe.close();
		closeStorage();
		expect((await countBanks([{}], NOW))[0]).toEqual({ new: 0, due: 1, learned: 1, total: 1 });
	});
});
