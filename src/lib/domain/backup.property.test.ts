// Property tests (fast-check) of backup parsing and merging: app-made backups round-trip; mutated ones are refused
// with a BackupError or yield only states the app could have written, every card a replay of its log.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BackupError, createBackup, mergeBackup, parseBackup, type Backup } from './backup';
import { cardProblem, flagProblem, logEntryProblem } from './backup-check';
import { DAY, NOW, QUESTIONS } from './fixtures/bank';
import { createScheduler, effectiveReviews } from './scheduling';
import { dueForecast, reviewsPerDay, studyStreak, trueRetention } from './stats';
import { DEFAULT_SETTINGS, type CardRecord, type Flag, type LogEntry, type Rating } from './types';

// The app's own settings: fuzz on, so a replay must give what rating one answer at a time gave.
const scheduler = createScheduler(DEFAULT_SETTINGS);
const QS = QUESTIONS.slice(0, 5);

type Op = { q: number; op: 'rate' | 'undo' | 'reset'; rating: Rating; gap: number };
const op: fc.Arbitrary<Op> = fc.record({
	q: fc.nat(QS.length - 1),
	op: fc.constantFrom('rate', 'rate', 'rate', 'undo', 'reset'),
	rating: fc.constantFrom(1, 2, 3, 4),
	gap: fc.integer({ min: 1_000, max: 20 * DAY })
});

/** A profile made the way the app makes one: answers, undos and resets, each card updated as the app does. */
function history(ops: readonly Op[], flagged: readonly number[]): Backup {
	let t = NOW - 400 * DAY;
	let n = 0;
	const cards = QS.map((q, i) => scheduler.newCard(q, t, i));
	const log: LogEntry[] = [];
	for (const o of ops) {
		t = Math.min(NOW, t + o.gap);
		const card = cards[o.q];
		const mine = log.filter((e) => e.questionId === card.id);
		if (o.op === 'rate') {
			const r = scheduler.rate(card, o.rating, t, { id: `r${++n}`, durationMs: o.gap % 9000 });
			log.push(r.review);
			cards[o.q] = r.card;
		} else if (o.op === 'undo') {
			const last = effectiveReviews(mine).at(-1);
			if (!last) continue;
			const undo: LogEntry = { id: `u${++n}`, kind: 'undo', questionId: card.id, at: t, target: last.id };
			log.push(undo);
			cards[o.q] = scheduler.reschedule(card, [...mine, undo]);
		} else {
			log.push({ id: `x${++n}`, kind: 'reset', questionId: card.id, at: t, reason: 'manual' });
			cards[o.q] = { ...scheduler.reschedule(card, []), due: t };
		}
	}
	const flags: Flag[] = flagged.map((i) => ({ questionId: QS[i].id, reason: 'unclear', note: `note ${i}`, at: t }));
	return createBackup({ reviews: log, cards, settings: DEFAULT_SETTINGS, flags }, t);
}

const backupArb = fc.tuple(fc.array(op, { maxLength: 40 }), fc.uniqueArray(fc.nat(QS.length - 1), { maxLength: 3 })).map(([ops, f]) => history(ops, f));

/** A card's scheduling state (a new card's due is only its place in the new queue). */
function stateOf(c: CardRecord) {
	const { due, ...rest } = c;
	return c.state === 0 ? rest : { ...rest, due };
}

function replay(card: CardRecord, log: readonly LogEntry[]): CardRecord {
	return scheduler.reschedule(card, log.filter((e) => e.questionId === card.id));
}

// --- mutations, as a damaged file, an older version or an attacker would make them --------------------------------
const FIELDS = ['id', 'kind', 'questionId', 'doc', 'at', 'rating', 'state', 'due', 'dueBefore', 'stability', 'difficulty', 'elapsed_days', 'last_elapsed_days', 'scheduled_days', 'learning_steps', 'durationMs', 'correct', 'target', 'reason', 'queue', 'fp', 'reps', 'lapses', 'last_review', 'note', 'exportedAt', 'format', 'desiredRetention', 'newPerDay'];
const value = fc.oneof(
	fc.double(),
	fc.integer(),
	fc.constantFrom(8_640_000_000_000_001, 9e15, -9e15, -1, 0, 1, 2, 4, 5, -0.5, 36_501, 1e308, Date.UTC(2031, 2, 3), Date.UTC(1999, 1, 1), NOW + 2 * DAY, NOW - 1),
	fc.string({ maxLength: 6 }),
	fc.constantFrom('r1', 'r2', 'u3', QS[0].id, QS[1].id, 'review', 'undo', 'reset', 'manual', '2026-01-01T00:00:00.000Z'),
	fc.constant(null),
	fc.boolean(),
	fc.constant(undefined)
);
type Mutation = { part: 'reviews' | 'cards' | 'flags' | 'top' | 'settings'; index: number; field: string; value: unknown; kind: 'set' | 'duplicate' | 'duplicate-changed' | 'drop' };
const mutation: fc.Arbitrary<Mutation> = fc.record({
	part: fc.constantFrom('reviews', 'reviews', 'cards', 'cards', 'flags', 'top', 'settings'),
	index: fc.nat(60),
	field: fc.constantFrom(...FIELDS),
	value,
	kind: fc.constantFrom('set', 'set', 'set', 'duplicate', 'duplicate-changed', 'drop')
});

function mutate(backup: Backup, mutations: readonly Mutation[]): string {
	const b = structuredClone(backup) as unknown as Record<string, unknown>;
	for (const m of mutations) {
		const target =
			m.part === 'top'
				? b
				: m.part === 'settings'
					? (b.settings as Record<string, unknown>)
					: ((list: Record<string, unknown>[]) => {
							if (list.length === 0) return undefined;
							const i = m.index % list.length;
							if (m.kind === 'drop') list.splice(i, 1);
							else if (m.kind === 'duplicate') list.push(list[i]);
							else if (m.kind === 'duplicate-changed') list.push({ ...list[i], [m.field]: m.value });
							else return list[i];
							return undefined;
						})(b[m.part] as Record<string, unknown>[]);
		if (!target) continue;
		if (m.value === undefined) delete target[m.field];
		else target[m.field] = m.value;
	}
	// JSON has no Infinity or NaN: write them as a file could hold them (1e999 reads back as Infinity).
	return JSON.stringify(b, (_, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? `__${v}__` : v))
		.replaceAll('"__Infinity__"', '1e999')
		.replaceAll('"__-Infinity__"', '-1e999')
		.replaceAll('"__NaN__"', 'null');
}

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
	});

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
	});

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
	});
});
