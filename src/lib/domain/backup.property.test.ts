// Property tests (fast-check) of backup parsing and merging: app-made backups round-trip; mutated ones are refused
// with a BackupError or yield only states the app could have written, every card a replay of its log.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BackupError, mergeBackup, parseBackup, type Backup } from './backup';
import { backupArb, mutate, mutation, replay, scheduler, stateOf } from './backup-arbitraries';
import { cardProblem, flagProblem, logEntryProblem } from './backup-check';
import { NOW } from './fixtures/bank';
import { dueForecast, reviewsPerDay, studyStreak, trueRetention } from './stats';

// FUZZ_SCALE=10 for a longer run; the default keeps the unit suite quick on a small machine.
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const RUNS = { valid: 1_000 * SCALE, mutated: 10_000 * SCALE, merge: 1_000 * SCALE };
const tally = { accepted: 0, refused: 0 };

describe('backups (property tests)', () => {
	it('an app-made backup is accepted as is, and merging it rebuilds exactly the cards the app wrote', () => {
		fc.assert(
			fc.property(backupArb, (backup) => {
				const parsed = parseBackup(JSON.stringify(backup), NOW);
				expect(parsed).toEqual(backup);
				const merged = mergeBackup({ reviews: [], cards: [], flags: [] }, parsed, scheduler);
				const byId = new Map(merged.cards.map((c) => [c.id, c]));
				for (const card of backup.cards) expect(stateOf(byId.get(card.id)!)).toEqual(stateOf(card));
			}),
			{ numRuns: RUNS.valid }
		);
	}, 300_000);

	it('a mutated backup is refused with a BackupError, or gives only states the app could have written', () => {
		fc.assert(
			fc.property(backupArb, fc.array(mutation, { minLength: 1, maxLength: 3 }), (backup, mutations) => {
				let parsed: Backup;
				try {
					parsed = parseBackup(mutate(backup, mutations), NOW);
				} catch (error) {
					if (!(error instanceof BackupError)) throw error;
					expect(error.message).toMatch(/Nothing was imported\.$/);
					expect(error.message).not.toMatch(/Invalid|Received|Expected|undefined|NaN/);
					tally.refused++;
					return;
				}
				tally.accepted++;
				const merged = mergeBackup({ reviews: [], cards: [], flags: [] }, parsed, scheduler);
				for (const e of merged.added) expect(logEntryProblem(e, NOW)).toBeUndefined();
				for (const f of merged.flags) expect(flagProblem(f, NOW)).toBeUndefined();
				for (const c of merged.cards) {
					expect(cardProblem(c, NOW)).toBeUndefined();
					expect(stateOf(c)).toEqual(stateOf(replay(c, merged.added)));
				}
				// What the home and statistics pages compute from them works (no "Invalid time value").
				const ctx = { now: NOW, utcOffsetMinutes: 540 };
				for (const t of [...merged.added.map((e) => e.at), ...merged.cards.flatMap((c) => [c.due, c.last_review ?? 0]), ...merged.flags.map((f) => f.at)])
					new Date(t).toISOString();
				reviewsPerDay(merged.added, ctx);
				trueRetention(merged.added);
				dueForecast(merged.cards, ctx, 30);
				studyStreak(merged.added, ctx);
			}),
			{ numRuns: RUNS.mutated }
		);
		console.info(`mutated backups: ${RUNS.mutated} runs, ${tally.accepted} accepted, ${tally.refused} refused`);
		expect(tally.accepted).toBeGreaterThan(RUNS.mutated / 10);
		expect(tally.refused).toBeGreaterThan(RUNS.mutated / 10);
	}, 300_000);

	it('merging two devices’ parts of one log gives every card as the whole log does, and again adds nothing', () => {
		fc.assert(
			fc.property(backupArb, fc.double({ min: 0, max: 1, noNaN: true }), (backup, share) => {
				// This device has a prefix of the log (as synced earlier) and its cards rebuilt from it.
				const mine = backup.reviews.slice(0, Math.floor(backup.reviews.length * share));
				const local = { reviews: mine, cards: backup.cards.map((c) => replay(c, mine)), flags: [] };
				const merged = mergeBackup(local, parseBackup(JSON.stringify(backup), NOW), scheduler);
				const cards = new Map(local.cards.map((c) => [c.id, c]));
				for (const c of merged.cards) cards.set(c.id, c);
				for (const card of backup.cards) expect(stateOf(cards.get(card.id)!)).toEqual(stateOf(card));
				const again = mergeBackup({ reviews: [...mine, ...merged.added], cards: [...cards.values()], flags: merged.flags }, backup, scheduler);
				expect(again).toEqual({ added: [], cards: [], flags: [] });
			}),
			{ numRuns: RUNS.merge }
		);
	}, 300_000);
});
