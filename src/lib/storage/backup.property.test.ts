// Property test (fast-check) of importing backups into a real (fake-indexeddb) profile: a mutated backup is refused
// with a BackupError and changes nothing, or is imported and Check database then finds nothing to repair — every
// stored card the replay of its log, every count right, no value the app could not have written.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BackupError } from '../domain/backup';
import { backupArb, mutate, mutation } from '../domain/backup-arbitraries';
import { DAY, makeBank, NOW } from '../domain/fixtures/bank';
import { exportBackup, importBackup } from './backup';
import { syncBank } from './bank-sync';
import { checkDatabase } from './check';
import { freshDatabase, nextId } from './test-helpers';

const RUNS = 1_000 * Number(process.env.FUZZ_SCALE ?? 1);
const NOTHING = { rebuilt: 0, created: 0, removedEntries: 0, removedFlags: 0, tallies: 0 };

describe('importing backups (property test)', () => {
	it('a mutated backup is refused and changes nothing, or leaves a profile Check database finds nothing to repair in', async () => {
		const tally = { accepted: 0, refused: 0 };
		await fc.assert(
			fc.asyncProperty(backupArb, fc.array(mutation, { maxLength: 3 }), fc.boolean(), async (backup, mutations, synced) => {
				freshDatabase();
				// A device that has the bank (cards for every question), or a fresh one.
				if (synced) await syncBank(makeBank(), { now: NOW - 500 * DAY, makeId: nextId });
				const before = await exportBackup(NOW);
				try {
					await importBackup(mutate(backup, mutations), NOW);
				} catch (error) {
					if (!(error instanceof BackupError)) throw error;
					tally.refused++;
					expect(await exportBackup(NOW)).toBe(before);
					return;
				}
				tally.accepted++;
				expect(await checkDatabase(NOW)).toEqual(NOTHING);
			}),
			{ numRuns: RUNS }
		);
		console.info(`imports: ${RUNS} runs, ${tally.accepted} accepted, ${tally.refused} refused`);
		expect(tally.accepted).toBeGreaterThan(RUNS / 10);
		expect(tally.refused).toBeGreaterThan(RUNS / 10);
	}, 300_000);
});
