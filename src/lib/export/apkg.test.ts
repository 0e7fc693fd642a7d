import { describe, expect, it } from 'vitest';
import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js';
import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { NOTE_FIELDS, NOTETYPE_ID, writeApkg } from './apkg';
import { emptySet, hostileSet, sampleSet } from './fixtures';
import type { CardRecord, LogEntry, ReviewEntry } from '../domain/types';

const require = createRequire(import.meta.url);
const distDir = dirname(require.resolve('sql.js/dist/sql-wasm.wasm'));
const sqlPromise: Promise<SqlJsStatic> = initSqlJs({ locateFile: (file: string) => join(distDir, file) });

const NOW = Date.UTC(2026, 2, 10, 9, 0, 0);
const DAY = 86_400_000;

/**
 * Anki's schema 11 tables and columns, transcribed from ankitects/anki rslib/src/storage/schema11.sql (the schema
 * a legacy .apkg's collection.anki2 must have), to check the file against, independently of the writer.
 */
const ANKI_TABLES: Record<string, string[]> = {
	col: ['id', 'crt', 'mod', 'scm', 'ver', 'dty', 'usn', 'ls', 'conf', 'models', 'decks', 'dconf', 'tags'],
	notes: ['id', 'guid', 'mid', 'mod', 'usn', 'tags', 'flds', 'sfld', 'csum', 'flags', 'data'],
	cards: ['id', 'nid', 'did', 'ord', 'mod', 'usn', 'type', 'queue', 'due', 'ivl', 'factor', 'reps', 'lapses', 'left', 'odue', 'odid', 'flags', 'data'],
	revlog: ['id', 'cid', 'usn', 'ease', 'ivl', 'lastIvl', 'factor', 'time', 'type'],
	graves: ['usn', 'oid', 'type']
};
const ANKI_INDEXES = ['ix_notes_usn', 'ix_cards_usn', 'ix_revlog_usn', 'ix_cards_nid', 'ix_cards_sched', 'ix_revlog_cid', 'ix_notes_csum'];

/** Unzips with JSZip and opens collection.anki2 with SQLite (sql.js). */
async function open(bytes: Uint8Array): Promise<{ db: Database; files: string[]; media: string }> {
	const zip = await JSZip.loadAsync(bytes);
	const files = Object.keys(zip.files).sort();
	const collection = await zip.file('collection.anki2')?.async('uint8array');
	const media = (await zip.file('media')?.async('string')) ?? '';
	const SQL = await sqlPromise;
	return { db: new SQL.Database(collection), files, media };
}

function all(db: Database, sql: string): Record<string, unknown>[] {
	const [result] = db.exec(sql);
	if (!result) return [];
	return result.values.map((v) => Object.fromEntries(result.columns.map((c, i) => [c, v[i]])));
}

function checkAnkiSchema(db: Database) {
	for (const [table, columns] of Object.entries(ANKI_TABLES)) {
		const info = all(db, `PRAGMA table_info(${table})`);
		expect(info.map((c) => c.name), table).toEqual(columns);
		// Every column NOT NULL, as Anki's schema has them; ids are the integer primary keys.
		expect(info.every((c) => c.notnull === 1 || c.pk === 1)).toBe(true);
	}
	const indexes = all(db, "SELECT name FROM sqlite_master WHERE type = 'index'").map((r) => r.name);
	expect(indexes.sort()).toEqual([...ANKI_INDEXES].sort());
}

/** The col row's JSON, with the fields Anki's schema-11 readers require (rslib notetype/decks/deckconfig schema11.rs). */
function checkCollection(db: Database) {
	const [col] = all(db, 'SELECT * FROM col');
	expect(col.ver).toBe(11);
	const models = JSON.parse(String(col.models));
	const decks = JSON.parse(String(col.decks));
	const dconf = JSON.parse(String(col.dconf));
	JSON.parse(String(col.conf));
	const model = models[String(NOTETYPE_ID)];
	for (const key of ['id', 'name', 'type', 'mod', 'usn', 'sortf', 'did', 'tmpls', 'flds', 'css']) expect(model, key).toHaveProperty(key);
	expect(model.flds.map((f: { name: string; ord: number }) => [f.name, f.ord])).toEqual(NOTE_FIELDS.map((n, i) => [n, i]));
	for (const f of model.flds) for (const key of ['sticky', 'rtl', 'font', 'size']) expect(f).toHaveProperty(key);
	expect(model.tmpls).toHaveLength(1);
	expect(model.tmpls[0].qfmt).toContain('{{Prompt}}');
	// The back shows the source, its article and date.
	for (const f of ['{{Answer}}', '{{Source}}', '{{Article}}', '{{Date}}']) expect(model.tmpls[0].afmt).toContain(f);
	for (const deck of Object.values(decks) as Record<string, unknown>[])
		for (const key of ['id', 'name', 'usn', 'lrnToday', 'revToday', 'newToday', 'timeToday', 'collapsed', 'dyn', 'conf']) expect(deck).toHaveProperty(key);
	expect(decks['1'].name).toBe('Default');
	const conf = dconf['1'];
	for (const key of ['id', 'mod', 'name', 'usn', 'maxTaken', 'autoplay', 'timer', 'new', 'rev', 'lapse']) expect(conf).toHaveProperty(key);
	for (const key of ['initialFactor', 'ints', 'delays', 'perDay']) expect(conf.new).toHaveProperty(key);
	for (const key of ['ease4', 'ivlFct', 'maxIvl', 'perDay']) expect(conf.rev).toHaveProperty(key);
	for (const key of ['delays', 'leechFails', 'minInt', 'mult']) expect(conf.lapse).toHaveProperty(key);
	return { col, models, decks, dconf };
}

function checkNotesAndCards(db: Database, count: number) {
	const notes = all(db, 'SELECT * FROM notes ORDER BY id');
	const cards = all(db, 'SELECT * FROM cards ORDER BY id');
	expect(notes).toHaveLength(count);
	expect(cards).toHaveLength(count);
	const [col] = all(db, 'SELECT decks FROM col');
	const deckIds = Object.keys(JSON.parse(String(col.decks))).map(Number);
	for (const note of notes) {
		expect(note.mid).toBe(NOTETYPE_ID);
		expect(String(note.flds).split('\x1f')).toHaveLength(NOTE_FIELDS.length);
		// Anki's checksum: first 8 hex digits of SHA-1 of the sort field.
		expect(note.csum).toBe(parseInt(createHash('sha1').update(String(note.sfld)).digest('hex').slice(0, 8), 16));
		expect(String(note.tags).startsWith(' ') && String(note.tags).endsWith(' ')).toBe(true);
	}
	for (const card of cards) {
		expect(notes.some((n) => n.id === card.nid)).toBe(true);
		expect(deckIds).toContain(card.did);
		expect(card.ord).toBe(0);
	}
	return { notes, cards };
}

describe('Anki package', () => {
	it('is a zip of collection.anki2 in Anki’s schema 11 and an empty media list, one note and new card per question', async () => {
		const set = sampleSet();
		const out = await writeApkg(set, await sqlPromise, { now: NOW });
		const { db, files, media } = await open(out.bytes);
		expect(files).toEqual(['collection.anki2', 'media']);
		expect(media).toBe('{}');
		checkAnkiSchema(db);
		checkCollection(db);
		const { notes, cards } = checkNotesAndCards(db, set.questions.length);
		expect(cards.every((c) => c.type === 0 && c.queue === 0)).toBe(true);
		expect(cards.map((c) => c.due)).toEqual(set.questions.map((_, i) => i + 1));
		const choice = notes.find((n) => n.guid === 'sourcedeck:q-choice');
		expect(String(choice?.flds).split('\x1f')).toEqual([
			'Who met Sergey Lavrov on Nov. 23?',
			'Taro Kono',
			'A) Shinzo Abe<br>B) Taro Kono<br>C) Yoshihide Suga<br>D) Fumio Kishida',
			'Foreign Minister Taro Kono met with his Russian counterpart Sergey Lavrov.',
			'Catalyst behind peace talks',
			'2018-11-20',
			'',
			'q-choice'
		]);
		expect(choice?.tags).toBe(' sourcedeck::corpus article::tatsumi-2018-11-catalyst-behind-peace-talks kind::actor ');
		expect(all(db, 'SELECT * FROM revlog')).toEqual([]);
		expect(out).toMatchObject({ notes: set.questions.length, scheduled: 0, reviews: 0 });
		db.close();
	});

	it('hostile text is escaped HTML in the fields (shown as written, never run) and reads back intact', async () => {
		const set = hostileSet();
		const { db } = await open((await writeApkg(set, await sqlPromise, { now: NOW })).bytes);
		const { notes } = checkNotesAndCards(db, set.questions.length);
		const unescape = (s: string) =>
			s.replace(/<br>/g, '\n').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
		const html = String(notes.find((n) => n.guid === 'sourcedeck:h-html')?.flds).split('\x1f');
		expect(html[0]).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;?');
		expect(html[3]).not.toContain('<img');
		for (const q of set.questions) {
			const flds = String(notes.find((n) => n.guid === `sourcedeck:${q.id}`)?.flds).split('\x1f');
			expect(unescape(flds[0])).toBe(q.prompt.replace(/\r\n/g, '\n'));
			expect(unescape(flds[3])).toBe(q.sources[0].quote);
			// No field holds Anki's field separator or a raw tag.
			expect(flds.join('')).not.toMatch(/<(?!br>|\/?small>)/);
		}
		db.close();
	});

	it('with progress: answered cards keep their FSRS state and due date, and counting answers fill the review log', async () => {
		const set = sampleSet();
		const review = (id: string, questionId: string, at: number, over: Partial<ReviewEntry> = {}): ReviewEntry => ({
			id,
			kind: 'review',
			questionId,
			doc: 'd',
			at,
			rating: 3,
			state: 0,
			due: at,
			dueBefore: at,
			stability: 0,
			difficulty: 0,
			elapsed_days: 0,
			last_elapsed_days: 0,
			scheduled_days: 0,
			learning_steps: 0,
			durationMs: 4200,
			...over
		});
		const cards: CardRecord[] = [
			{ id: 'q-choice', doc: 'd', queue: 1, due: NOW + 5 * DAY, fp: 'x', state: 2, stability: 12.5, difficulty: 4.2, elapsed_days: 3, scheduled_days: 8, learning_steps: 0, reps: 2, lapses: 0, last_review: NOW - 3 * DAY },
			{ id: 'q-tf', doc: 'd', queue: 1, due: NOW + 600_000, fp: 'x', state: 1, stability: 0.4, difficulty: 6, elapsed_days: 0, scheduled_days: 0, learning_steps: 1, reps: 1, lapses: 0, last_review: NOW - 60_000 },
			// Not in the set: ignored.
			{ id: 'elsewhere', doc: 'd', queue: 1, due: NOW, fp: 'x', state: 2, stability: 1, difficulty: 1, elapsed_days: 0, scheduled_days: 1, learning_steps: 0, reps: 1, lapses: 0, last_review: NOW }
		];
		const log: LogEntry[] = [
			review('r1', 'q-choice', NOW - 20 * DAY),
			review('r2', 'q-choice', NOW - 11 * DAY, { state: 1, dueBefore: NOW - 11 * DAY }),
			// Undone: not exported.
			review('r3', 'q-choice', NOW - 10 * DAY, { state: 2 }),
			{ id: 'u3', kind: 'undo', questionId: 'q-choice', at: NOW - 10 * DAY + 1000, target: 'r3' },
			review('r4', 'q-choice', NOW - 3 * DAY, { state: 2, rating: 4, dueBefore: NOW - 3 * DAY, scheduled_days: 8 }),
			// Before a reset: superseded, not exported.
			review('r5', 'q-tf', NOW - 9 * DAY),
			{ id: 'x5', kind: 'reset', questionId: 'q-tf', at: NOW - 8 * DAY, reason: 'manual' },
			review('r6', 'q-tf', NOW - 60_000, { rating: 1 })
		];
		const out = await writeApkg(set, await sqlPromise, { now: NOW, progress: { cards, log, desiredRetention: 0.87 } });
		expect(out).toMatchObject({ scheduled: 2, reviews: 4 });
		const { db } = await open(out.bytes);
		checkAnkiSchema(db);
		const { dconf } = checkCollection(db);
		expect(dconf['1'].desiredRetention).toBe(0.87);
		const { notes, cards: rows } = checkNotesAndCards(db, set.questions.length);
		const cardOf = (qid: string) => rows.find((c) => c.nid === notes.find((n) => n.guid === `sourcedeck:${qid}`)?.id);
		const [col] = all(db, 'SELECT crt FROM col');
		const crt = Number(col.crt);
		const reviewCard = cardOf('q-choice');
		expect(reviewCard).toMatchObject({ type: 2, queue: 2, ivl: 8, reps: 2, lapses: 0 });
		// Review cards are due on a day counted from the collection's creation.
		expect(crt + Number(reviewCard?.due) * 86400).toBe(Math.floor((NOW + 5 * DAY) / 1000 / 86400) * 86400);
		expect(JSON.parse(String(reviewCard?.data))).toEqual({ s: 12.5, d: 4.2, dr: 0.87, lrt: Math.floor((NOW - 3 * DAY) / 1000) });
		// Learning cards due within the day: queue 1, due in epoch seconds.
		expect(cardOf('q-tf')).toMatchObject({ type: 1, queue: 1, due: Math.floor((NOW + 600_000) / 1000) });
		expect(cardOf('q-date')).toMatchObject({ type: 0, queue: 0 });

		const revlog = all(db, 'SELECT * FROM revlog ORDER BY id');
		expect(revlog.map((r) => [r.id, r.cid, r.ease, r.type, r.time])).toEqual([
			[NOW - 20 * DAY, reviewCard?.id, 3, 0, 4200],
			[NOW - 11 * DAY, reviewCard?.id, 3, 0, 4200],
			[NOW - 3 * DAY, reviewCard?.id, 4, 1, 4200],
			[NOW - 60_000, cardOf('q-tf')?.id, 1, 0, 4200]
		].sort((a, b) => Number(a[0]) - Number(b[0])));
		// The interval an answer set: days until the next answer's due (r2's), or seconds under a day.
		expect(revlog.find((r) => r.id === NOW - 20 * DAY)?.ivl).toBe(9);
		expect(revlog.find((r) => r.id === NOW - 3 * DAY)?.ivl).toBe(8);
		expect(revlog.find((r) => r.id === NOW - 60_000)?.ivl).toBe(-660);
		db.close();
	});

	it('an empty bank is a valid collection with no notes', async () => {
		const { db } = await open((await writeApkg(emptySet(), await sqlPromise, { now: NOW })).bytes);
		checkAnkiSchema(db);
		checkCollection(db);
		checkNotesAndCards(db, 0);
		db.close();
	});
});
