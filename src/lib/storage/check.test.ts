import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { describeRepairs, schedulingState } from '../domain/backup-check';
import { byId, DAY, makeBank, MINUTE, NOW } from '../domain/fixtures/bank';
import { resetQuestion, undoLastReview } from './answers';
import { exportBackup } from './backup';
import { syncBank } from './bank-sync';
import { checkDatabase } from './check';
import { getDatabase } from './connection';
import { addFlag, listFlags } from './flags';
import { countCards } from './queue';
import { getCard, getQuestionLog, listCards, listLog } from './records';
import { tallyAll } from './tallies';
import { answer, freshDatabase, nextId, scheduler } from './test-helpers';

const NOTHING = { rebuilt: 0, created: 0, removedEntries: 0, removedFlags: 0, tallies: 0 };

async function studySomething(): Promise<void> {
	await syncBank(makeBank(), { now: NOW - DAY, makeId: nextId });
	await answer(byId('q-date'), 3, NOW);
	await answer(byId('q-poll'), 1, NOW + MINUTE);
	await answer(byId('q-date'), 3, NOW + 11 * MINUTE);
	await answer(byId('q-tf'), 4, NOW + 12 * MINUTE);
	await undoLastReview({ id: nextId(), now: NOW + 13 * MINUTE });
	await resetQuestion('q-poll', { id: nextId(), now: NOW + 14 * MINUTE });
	await addFlag({ questionId: 'q-poll', reason: 'unclear', note: 'Which poll?', at: NOW });
}

async function expectConsistent(): Promise<void> {
	const cards = await listCards();
	for (const card of cards) expect(schedulingState(card), card.id).toEqual(schedulingState(scheduler.reschedule(card, await getQuestionLog(card.id))));
	const db = await getDatabase();
	const tallies = (await db.getAll('tallies')).sort((a, b) => a.doc.localeCompare(b.doc));
	expect(tallies).toEqual([...tallyAll(cards).values()].sort((a, b) => a.doc.localeCompare(b.doc)));
}

beforeEach(freshDatabase);

describe('Check database', () => {
	it('finds nothing to repair in a profile the app wrote, and changes nothing', async () => {
		await studySomething();
		const before = await exportBackup(NOW + DAY);
		expect(await checkDatabase(NOW + DAY)).toEqual(NOTHING);
		expect(await exportBackup(NOW + DAY)).toBe(before);
		expect(describeRepairs(NOTHING)).toMatch(/^Nothing to repair/);
	});

	it('repairs what an older version or a crash left: cards against their log, damaged entries, orphans, counts', async () => {
		await studySomething();
		const counts = await countCards({}, NOW + DAY);
		const db = await getDatabase();
		// Written behind the app's back, as an older import or a crash could have left them.
		const date = (await getCard('q-date'))!;
		await db.put('cards', { ...date, reps: 9, stability: 400, due: NOW + 400 * DAY });
		await db.put('cards', { ...(await getCard('q-month'))!, due: 9e15, state: 2, queue: 1, stability: -3 });
		const review = (await listLog()).find((e) => e.kind === 'review')!;
		await db.put('reviews', { ...review, id: 'future', at: 8_640_000_000_000_001 });
		await db.put('reviews', { id: 'orphan-undo', kind: 'undo', questionId: 'q-date', at: NOW, target: 'nothing' });
		await db.put('reviews', { ...review, id: 'lost-card', questionId: 'q-ghost', at: NOW + 2 * MINUTE });
		await db.put('flags', { questionId: 'q-tf', reason: 'wrong', note: '', at: 9e15 });
		await db.put('tallies', { doc: 'no-such-article', new: 3, removed: 0, days: {} });

		const report = await checkDatabase(NOW + DAY);
		expect(report).toEqual({ rebuilt: 2, created: 1, removedEntries: 2, removedFlags: 1, tallies: 2 });
		expect(describeRepairs(report)).toBe(
			'Repaired: 2 cards disagreed with the answers you gave and were rebuilt from them; 1 card was missing for answered questions and was added; 2 damaged entries were removed from the answer log; 1 damaged flag was removed; the counts of 2 articles were recounted.'
		);
		expect(await getCard('q-date')).toEqual(date);
		expect((await getCard('q-ghost'))?.reps).toBe(1);
		expect((await listLog()).map((e) => e.id)).not.toContain('future');
		expect(await listFlags()).toHaveLength(1);
		await expectConsistent();
		expect(await countCards({}, NOW + DAY)).toMatchObject({ learned: counts.learned + 1, new: counts.new });
		// A second check finds nothing.
		expect(await checkDatabase(NOW + DAY)).toEqual(NOTHING);
	});
});
