// Test-only generators for backup property tests (fast-check): profiles made the way the app makes them, and the
// mutations a damaged file, an older version or an attacker would make. Never imported by the app.
import fc from 'fast-check';
import { createBackup, type Backup } from './backup';
import { DAY, NOW, QUESTIONS } from './fixtures/bank';
import { createScheduler, effectiveReviews } from './scheduling';
import { DEFAULT_SETTINGS, type CardRecord, type Flag, type LogEntry, type Rating } from './types';

// The app's own settings: fuzz on, so a replay must give what rating one answer at a time gave.
export const scheduler = createScheduler(DEFAULT_SETTINGS);
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

export const backupArb = fc.tuple(fc.array(op, { maxLength: 40 }), fc.uniqueArray(fc.nat(QS.length - 1), { maxLength: 3 })).map(([ops, f]) => history(ops, f));

/** A card's scheduling state (a new card's due is only its place in the new queue). */
export function stateOf(c: CardRecord) {
	const { due, ...rest } = c;
	return c.state === 0 ? rest : { ...rest, due };
}

export function replay(card: CardRecord, log: readonly LogEntry[]): CardRecord {
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
export const mutation: fc.Arbitrary<Mutation> = fc.record({
	part: fc.constantFrom('reviews', 'reviews', 'cards', 'cards', 'flags', 'top', 'settings'),
	index: fc.nat(60),
	field: fc.constantFrom(...FIELDS),
	value,
	kind: fc.constantFrom('set', 'set', 'set', 'duplicate', 'duplicate-changed', 'drop')
});

export function mutate(backup: Backup, mutations: readonly Mutation[]): string {
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
