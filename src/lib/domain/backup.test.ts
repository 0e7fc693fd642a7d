import { describe, expect, it } from 'vitest';
import { BackupError, createBackup, mergeBackup, parseBackup, type Backup } from './backup';
import { byId, NOW } from './fixtures/bank';
import { createScheduler } from './scheduling';
import { DEFAULT_SETTINGS, type CardRecord, type LogEntry, type Rating } from './types';

const scheduler = createScheduler({ enableFuzz: false });
/** This device's clock when the sample backups are read: a month after they were made. */
const LATER = NOW + 30 * 86_400_000;

function history(id: string, ratings: Rating[], prefix: string) {
	let card = scheduler.newCard(byId(id), NOW);
	let now = NOW;
	const reviews: LogEntry[] = [];
	ratings.forEach((rating, i) => {
		const r = scheduler.rate(card, rating, now, { id: `${prefix}${i}` });
		reviews.push(r.review);
		card = r.card;
		now = Math.max(now, card.due) + 60_000;
	});
	return { card, reviews };
}

function sample(): Backup {
	const a = history('q-date', [3, 3, 3], 'a');
	const b = history('q-poll', [1, 3], 'b');
	return createBackup(
		{ reviews: [...a.reviews, ...b.reviews], cards: [a.card, b.card], settings: DEFAULT_SETTINGS, flags: [{ questionId: 'q-tf', reason: 'unclear', note: 'n', at: NOW }] },
		NOW
	);
}

function errorOf(text: string): BackupError {
	try {
		parseBackup(text, LATER);
	} catch (e) {
		if (e instanceof BackupError) return e;
		throw e;
	}
	throw new Error('parsed');
}

describe('backup format', () => {
	it('round-trips through JSON', () => {
		const backup = sample();
		expect(backup).toMatchObject({ app: 'sourcedeck', format: 2, exportedAt: '2026-03-10T09:00:00.000Z' });
		expect(parseBackup(JSON.stringify(backup), LATER)).toEqual(backup);
	});

	it('says what is wrong with each kind of bad file', () => {
		const text = JSON.stringify(sample());
		expect(errorOf('hello').code).toBe('not-json');
		expect(errorOf('').code).toBe('not-json');
		expect(errorOf(text.slice(0, text.length / 2))).toMatchObject({ code: 'truncated', message: expect.stringMatching(/incomplete/) });
		expect(errorOf('{"app":"anki","format":1}')).toMatchObject({ code: 'foreign', message: 'This file is not a Sourcedeck backup. Nothing was imported.' });
		expect(errorOf('[1,2]').code).toBe('foreign');
		expect(errorOf('null').code).toBe('foreign');
		expect(errorOf(JSON.stringify({ ...sample(), format: 3 }))).toMatchObject({ code: 'newer', message: expect.stringMatching(/newer version of Sourcedeck \(format 3\)/) });
		const bad = sample();
		(bad.reviews[1] as { rating: number }).rating = 7;
		expect(errorOf(JSON.stringify(bad))).toMatchObject({ code: 'invalid', message: 'This backup file is damaged: the “rating” of entry 2 of its log is missing or not what Sourcedeck writes. On the device that made it, run Check database in Settings and export the backup again, or import an older one. Nothing was imported.' });
		expect(errorOf(JSON.stringify({ ...sample(), settings: { ...DEFAULT_SETTINGS, desiredRetention: 2 } })).message).toMatch(/at most 99%/);
		expect(errorOf(JSON.stringify({ ...sample(), cards: 'x' })).code).toBe('invalid');
		expect(errorOf(JSON.stringify({ ...sample(), format: 0 })).code).toBe('invalid');
	});
});

describe('mergeBackup', () => {
	it('adds the backup into an empty profile, rebuilding every card from the log', () => {
		const backup = sample();
		const merged = mergeBackup({ reviews: [], cards: [], flags: [] }, backup, scheduler);
		expect(merged.added).toHaveLength(5);
		expect(merged.cards.sort((x, y) => x.id.localeCompare(y.id))).toEqual([...backup.cards].sort((x, y) => x.id.localeCompare(y.id)));
		expect(merged.flags).toHaveLength(1);
	});

	it('adds nothing when imported twice', () => {
		const backup = sample();
		const first = mergeBackup({ reviews: [], cards: [], flags: [] }, backup, scheduler);
		const again = mergeBackup({ reviews: first.added, cards: first.cards, flags: first.flags }, backup, scheduler);
		expect(again).toEqual({ added: [], cards: [], flags: [] });
	});

	it('merges two devices’ logs of the same question by time and rebuilds from both', () => {
		// Device 1 answered q-date three times; device 2 has the first answer and one of its own later.
		const full = history('q-date', [3, 3, 3], 'a');
		const mine = full.reviews.slice(0, 2);
		const backup = createBackup({ reviews: full.reviews, cards: [full.card], settings: DEFAULT_SETTINGS, flags: [] }, NOW);
		const localCard: CardRecord = scheduler.reschedule(scheduler.newCard(byId('q-date'), NOW), mine);
		const merged = mergeBackup({ reviews: mine, cards: [localCard], flags: [] }, backup, scheduler);
		expect(merged.added.map((e) => e.id)).toEqual(['a2']);
		expect(merged.cards).toEqual([full.card]);
	});

	it('keeps a newer local flag and takes a newer backup flag', () => {
		const backup = sample();
		const older = { questionId: 'q-tf', reason: 'wrong' as const, note: '', at: NOW - 1 };
		const newer = { ...older, at: NOW + 1 };
		expect(mergeBackup({ reviews: [], cards: [], flags: [older] }, backup, scheduler).flags).toHaveLength(1);
		expect(mergeBackup({ reviews: [], cards: [], flags: [newer] }, backup, scheduler).flags).toHaveLength(0);
	});

	it('honours undo entries from the backup', () => {
		const h = history('q-date', [3, 1], 'a');
		const undo: LogEntry = { id: 'u', kind: 'undo', questionId: 'q-date', at: NOW + 3_600_000, target: 'a1' };
		const backup = createBackup({ reviews: [...h.reviews, undo], cards: [], settings: DEFAULT_SETTINGS, flags: [] }, NOW);
		const merged = mergeBackup({ reviews: [], cards: [], flags: [] }, backup, scheduler);
		expect(merged.cards[0]).toEqual({ ...history('q-date', [3], 'c').card, fp: '' });
	});
});

describe('backup bounds (what the app could have written)', () => {
	const text = (mutate: (b: Backup) => void) => {
		const b = structuredClone(sample());
		mutate(b);
		return JSON.stringify(b);
	};
	const review = (b: Backup, i = 0) => b.reviews[i] as unknown as Record<string, unknown>;

	it('refuses the issue’s examples in plain words', () => {
		const cases: [(b: Backup) => void, BackupError['code'], RegExp][] = [
			// 1 ms past JavaScript's date limit: "Invalid time value" on every visit once imported.
			[(b) => (review(b).at = 8640000000000001), 'invalid', /^This backup file is damaged\. The review has an impossible date \(8640000000000001\)\. On the device that made it, run Check database in Settings and export the backup again, or import an older one\. Nothing was imported\.$/],
			[(b) => (b.flags[0].at = 9e15), 'invalid', /A flag has an impossible date/],
			[(b) => b.cards.push({ ...b.cards[0], id: 'q-unknown', due: 9e15 }), 'invalid', /card of question “q-unknown” has an impossible due date/],
			[(b) => (review(b).stability = -2), 'invalid', /The review of 10 March 2026 has an impossible stability \(-2\)/],
			[(b) => (b.cards[0].difficulty = -1), 'invalid', /impossible difficulty \(-1\)/],
			[(b) => b.reviews.push({ ...b.reviews[0], rating: 1 } as LogEntry), 'invalid', /Two different entries of the log share the id “a0”/],
			[(b) => b.reviews.push({ id: 'u9', kind: 'undo', questionId: 'q-date', at: NOW, target: 'nothing' }), 'invalid', /The undo of 10 March 2026 cancels a review that is not in the file/],
			[(b) => b.reviews.push({ ...b.reviews[0], id: 'z', questionId: 'q-ghost' } as LogEntry), 'invalid', /entries for question “q-ghost”, but the file has no card for it/],
			[(b) => (review(b).at = Date.UTC(2031, 2, 3)), 'future', /The review of 3 March 2031 is in the future \(this device’s date is 9 April 2026\)/],
			[(b) => (review(b).at = Date.UTC(1999, 11, 31)), 'invalid', /The review has an impossible date/],
			[(b) => (b.cards[0].due = Date.UTC(2200, 0, 1)), 'invalid', /is due on 1 January 2200, more than 100 years from now/],
			[(b) => (b.cards[0].lapses = b.cards[0].reps + 1), 'invalid', /impossible number of lapses/],
			[(b) => ((b as { exportedAt: string }).exportedAt = 'yesterday'), 'invalid', /^This backup file is damaged: its export date is missing or not what Sourcedeck writes\. On the device that made it, run Check database in Settings and export the backup again, or import an older one\. Nothing was imported\.$/]
		];
		for (const [mutate, code, message] of cases) expect(errorOf(text(mutate))).toMatchObject({ code, message: expect.stringMatching(message) });
		// Infinity cannot be written as JSON, but 1e999 reads as Infinity.
		expect(errorOf(text(() => undefined).replace(/"stability":[^,]+/, '"stability":1e999')).message).toMatch(/impossible stability \(infinite\)/);
	});

	it('drops exact repeats, and rebuilds a card whose state disagrees with its log', () => {
		const b = sample();
		const doubled = { ...b, reviews: [...b.reviews, b.reviews[0]], cards: [...b.cards, b.cards[0]], flags: [...b.flags, b.flags[0]] };
		expect(parseBackup(JSON.stringify(doubled), LATER)).toEqual(b);
		const lying = structuredClone(b);
		lying.cards[0] = { ...lying.cards[0], reps: 40, stability: 900, due: NOW + 900 * 86_400_000 };
		const merged = mergeBackup({ reviews: [], cards: [], flags: [] }, parseBackup(JSON.stringify(lying), LATER), scheduler);
		expect(merged.cards.find((c) => c.id === b.cards[0].id)).toEqual(b.cards[0]);
	});
});

describe('backup: fitted FSRS parameters', () => {
	const fitted = [0.4, 1.2, 3.1, 15.7, 7.1, 0.5, 1.9, 0.01, 1.3, 0.12, 1.0, 1.9, 0.11, 0.29, 2.3, 0.23, 3.0, 0.5, 0.66, 0.1, 0.15];
	it('go into the backup with the other settings and come back', () => {
		const text = JSON.stringify({ ...sample(), settings: { ...DEFAULT_SETTINGS, fsrsParameters: fitted } });
		expect(parseBackup(text, LATER).settings.fsrsParameters).toEqual(fitted);
	});
	it('a backup without them (older version) reads as the defaults; damaged ones are refused with a message', () => {
		const { fsrsParameters: _omit, ...old } = DEFAULT_SETTINGS;
		expect(parseBackup(JSON.stringify({ ...sample(), settings: old }), LATER).settings.fsrsParameters).toBeNull();
		expect(() => parseBackup(JSON.stringify({ ...sample(), settings: { ...DEFAULT_SETTINGS, fsrsParameters: [1, 2] } }), LATER)).toThrow(
			/settings are impossible \(FSRS parameters must be 21 numbers/
		);
	});
});
