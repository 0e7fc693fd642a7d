/**
 * Check database (Settings): finds and repairs what an older version or a crash may have left — log entries and flags
 * with impossible values, undos of no review, cards that disagree with their log (the log is the truth, as in Anki's
 * Check Database), questions answered without a card, and per-article tallies that disagree with the cards. All in
 * ONE transaction: on any error nothing changes.
 */
import { planRepairs } from '../domain/backup-check';
import { createScheduler } from '../domain/scheduling';
import { DEFAULT_SETTINGS } from '../domain/types';
import { inTransaction, observed, withDatabase } from './connection';
import type { Tally } from './schema';
import { putCards, tallyAll } from './tallies';

export interface CheckReport {
	/** Cards rebuilt from their log. */
	rebuilt: number;
	/** Cards added for questions the log has answers to. */
	created: number;
	/** Log entries removed (impossible values, undos of no review). */
	removedEntries: number;
	/** Flags removed (impossible values). */
	removedFlags: number;
	/** Articles whose stored counts were wrong. */
	tallies: number;
}

/** A tally in a canonical form (empty days left out, keys sorted), to compare. */
function canonical(t: Tally | undefined): string {
	if (!t) return '0/0/';
	const days = Object.entries(t.days)
		.filter(([, n]) => n !== 0)
		.sort(([a], [b]) => Number(a) - Number(b));
	return `${t.new}/${t.removed}/${JSON.stringify(days)}`;
}

export async function checkDatabase(now: number = Date.now()): Promise<CheckReport> {
	return withDatabase(async (db) => {
		const tx = db.transaction(['cards', 'tallies', 'reviews', 'flags', 'settings'], 'readwrite', { durability: 'strict' });
		return inTransaction(tx, async () => {
			const [reviews, cards, flags, tallies, settings] = await Promise.all([
				tx.objectStore('reviews').getAll(),
				tx.objectStore('cards').getAll(),
				tx.objectStore('flags').getAll(),
				tx.objectStore('tallies').getAll(),
				tx.objectStore('settings').get('settings')
			]);
			const scheduler = createScheduler({ ...DEFAULT_SETTINGS, ...settings });
			const plan = planRepairs({ reviews, cards, flags }, (base, entries) => scheduler.reschedule(base, entries), now);
			// Tallies that disagree with the cards as they were (before any repair): what the learner saw wrong.
			const stored = new Map(tallies.map((t) => [t.doc, t]));
			const counted = tallyAll(cards);
			const docs = new Set([...stored.keys(), ...counted.keys()]);
			const wrongTallies = [...docs].filter((doc) => canonical(stored.get(doc)) !== canonical(counted.get(doc))).length;

			const before = new Map(cards.map((c) => [c.id, c]));
			await Promise.all([
				...plan.removeEntries.map((id) => observed(tx.objectStore('reviews').delete(id))),
				...plan.removeFlags.map((id) => observed(tx.objectStore('flags').delete(id))),
				observed(putCards(tx, plan.cards.map((c) => ({ card: c, before: before.get(c.id) }))))
			]);
			// Then every tally from the cards as they now are: putCards moved counts from wrong ones.
			const after = new Map(before);
			for (const c of plan.cards) after.set(c.id, c);
			const fresh = tallyAll(after.values());
			const current = await tx.objectStore('tallies').getAll();
			await Promise.all([
				...current.filter((t) => !fresh.has(t.doc)).map((t) => observed(tx.objectStore('tallies').delete(t.doc))),
				...[...fresh.values()].map((t) => observed(tx.objectStore('tallies').put(t)))
			]);
			return {
				rebuilt: plan.rebuilt,
				created: plan.created,
				removedEntries: plan.removeEntries.length,
				removedFlags: plan.removeFlags.length,
				tallies: wrongTallies
			};
		});
	});
}
