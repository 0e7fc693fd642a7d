/**
 * Anki package (.apkg, the "legacy" package every Anki since 2.1 imports): a zip of `collection.anki2`, an SQLite
 * database in Anki's schema 11 (rslib/src/storage/schema11.sql), and a `media` list (none here). One note per
 * question in a "Sourcedeck" note type whose back shows the source quote, its article and date; tags for the bank,
 * article and kind. With the learner's progress, answered cards carry their FSRS state (Anki's card data: s, d,
 * dr, lrt) and due date, and the answers go in the review log.
 *
 * Pure: the caller passes an initialised sql.js (loaded on demand in the browser) and `now`.
 */
import type { Database, SqlJsStatic } from 'sql.js';
import { strToU8, zipSync } from 'fflate';
import type { CardRecord, LogEntry, ReviewEntry } from '../domain/types';
import type { ExportSet } from './export-set';
import { exportRows, type ExportRow } from './export-set';
import { tagsOf } from './anki-text';
import { escapeHtml } from './html';

/** Anki's schema 11, as in rslib/src/storage/schema11.sql (without its placeholder col row). */
export const ANKI_SCHEMA_11 = `
CREATE TABLE col (id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL, scm integer NOT NULL, ver integer NOT NULL,
  dty integer NOT NULL, usn integer NOT NULL, ls integer NOT NULL, conf text NOT NULL, models text NOT NULL, decks text NOT NULL,
  dconf text NOT NULL, tags text NOT NULL);
CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL, usn integer NOT NULL,
  tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL, csum integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL, mod integer NOT NULL,
  usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL, due integer NOT NULL, ivl integer NOT NULL, factor integer NOT NULL,
  reps integer NOT NULL, lapses integer NOT NULL, left integer NOT NULL, odue integer NOT NULL, odid integer NOT NULL, flags integer NOT NULL,
  data text NOT NULL);
CREATE TABLE revlog (id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL, ease integer NOT NULL, ivl integer NOT NULL,
  lastIvl integer NOT NULL, factor integer NOT NULL, time integer NOT NULL, type integer NOT NULL);
CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
CREATE INDEX ix_notes_usn ON notes (usn);
CREATE INDEX ix_cards_usn ON cards (usn);
CREATE INDEX ix_revlog_usn ON revlog (usn);
CREATE INDEX ix_cards_nid ON cards (nid);
CREATE INDEX ix_cards_sched ON cards (did, queue, due);
CREATE INDEX ix_revlog_cid ON revlog (cid);
CREATE INDEX ix_notes_csum ON notes (csum);
`;

/** The note type's id: fixed, so importing a newer export updates the notes (matched by guid) instead of adding a type. */
export const NOTETYPE_ID = 1733100000000;
export const NOTE_FIELDS = ['Prompt', 'Answer', 'Choices', 'Source', 'Article', 'Date', 'Explanation', 'Sourcedeck ID'] as const;
const DAY_SECONDS = 86400;

const FRONT = '<div class="prompt">{{Prompt}}</div>\n{{#Choices}}<div class="choices">{{Choices}}</div>{{/Choices}}';
const BACK =
	'{{FrontSide}}\n<hr id="answer">\n<div class="answer">{{Answer}}</div>\n{{#Explanation}}<div class="explanation">{{Explanation}}</div>{{/Explanation}}\n' +
	'<blockquote class="source">{{Source}}</blockquote>\n<div class="credit">{{Article}}{{#Date}}, {{Date}}{{/Date}}</div>';
const CSS =
	'.card { font-family: system-ui, sans-serif; font-size: 20px; text-align: left; color: black; background-color: white; }\n' +
	'.choices { margin-top: 0.75em; }\n.answer { font-weight: bold; }\n.explanation { margin-top: 0.5em; }\n' +
	'.source { margin: 1em 0 0.25em; padding-left: 0.75em; border-left: 3px solid #888; font-style: italic; }\n.credit { font-size: 0.85em; color: #555; }\n' +
	'.nightMode .credit { color: #bbb; }';

export interface ApkgProgress {
	/** The learner's cards (any; only those of the set's questions are used). */
	cards: readonly CardRecord[];
	/** The learner's answer log (reviews, undos, resets). */
	log: readonly LogEntry[];
	/** FSRS desired retention, 0.7–0.99. */
	desiredRetention: number;
}

export interface ApkgOptions {
	/** Epoch ms: ids, modification times, the collection's creation day. */
	now: number;
	progress?: ApkgProgress;
}

export interface ApkgExport {
	bytes: Uint8Array;
	notes: number;
	/** Cards that carry a learner's schedule (not new). */
	scheduled: number;
	reviews: number;
}

/** A field's HTML: the text escaped, line breaks as <br>. */
const field = (text: string) => escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>');

function noteFields(row: ExportRow): string[] {
	const q = row.question;
	const choices =
		q.type === 'order' && q.items
			? [...q.items].sort().map(field)
			: row.choices.map((c, i) => (q.type === 'choice' ? `${String.fromCharCode(65 + i)}) ${field(c)}` : field(c)));
	const answer = q.type === 'order' && q.items ? q.items.map(field).join('<br>') : field(q.answer);
	const accepted = q.accept?.length ? `<br><small>Also accepted: ${q.accept.map(field).join('; ')}</small>` : '';
	return [field(q.prompt), answer + accepted, choices.join('<br>'), field(row.quote), field(row.article), field(row.articleDate), field(q.explanation ?? ''), field(q.id)];
}

/** Anki's checksum of the sort field: the first 8 hex digits of its SHA-1, as a number. */
async function fieldChecksum(text: string): Promise<number> {
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', strToU8(text)));
	return ((digest[0] << 24) | (digest[1] << 16) | (digest[2] << 8) | digest[3]) >>> 0;
}

/** A deck id from the set's id: stable across exports, above Anki's timestamps' floor, never 1 (Default). */
function deckIdOf(setId: string): number {
	let h = 2166136261;
	for (const ch of setId) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0;
	return 1_500_000_000_000 + (h % 1_000_000_000);
}

function collectionJson(set: ExportSet, deckId: number, nowSec: number, nextPos: number, desiredRetention: number) {
	const today = [0, 0];
	const deck = (id: number, name: string, desc: string) => ({
		id,
		mod: nowSec,
		name,
		usn: -1,
		lrnToday: today,
		revToday: today,
		newToday: today,
		timeToday: today,
		collapsed: false,
		browserCollapsed: false,
		desc,
		dyn: 0,
		conf: 1,
		extendNew: 0,
		extendRev: 0
	});
	const conf = {
		activeDecks: [deckId],
		curDeck: deckId,
		newSpread: 0,
		collapseTime: 1200,
		timeLim: 0,
		estTimes: true,
		dueCounts: true,
		curModel: NOTETYPE_ID,
		nextPos,
		sortType: 'noteFld',
		sortBackwards: false,
		addToCur: true
	};
	const models = {
		[NOTETYPE_ID]: {
			id: NOTETYPE_ID,
			name: 'Sourcedeck (with source)',
			type: 0,
			mod: nowSec,
			usn: -1,
			sortf: 0,
			did: deckId,
			tmpls: [{ name: 'Question', ord: 0, qfmt: FRONT, afmt: BACK, bqfmt: '', bafmt: '', did: null, bfont: '', bsize: 0 }],
			flds: NOTE_FIELDS.map((name, ord) => ({ name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] })),
			css: CSS,
			latexPre: '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
			latexPost: '\\end{document}',
			latexsvg: false,
			req: [[0, 'any', [0]]],
			tags: [],
			vers: []
		}
	};
	const decks = {
		1: deck(1, 'Default', ''),
		[deckId]: deck(deckId, `Sourcedeck::${set.title.replace(/::/g, ':')}`, 'Exported from Sourcedeck. Every answer shows its source.')
	};
	const dconf = {
		1: {
			id: 1,
			mod: 0,
			name: 'Default',
			usn: 0,
			maxTaken: 60,
			autoplay: true,
			timer: 0,
			replayq: true,
			dyn: false,
			new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
			rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
			lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
			desiredRetention
		}
	};
	return { conf, models, decks, dconf };
}

/** Reviews that still count: not undone, and after the question's last reset. */
function countingReviews(log: readonly LogEntry[], ids: ReadonlySet<string>): Map<string, ReviewEntry[]> {
	const undone = new Set<string>();
	const lastReset = new Map<string, number>();
	for (const e of log) {
		if (e.kind === 'undo') undone.add(e.target);
		if (e.kind === 'reset') lastReset.set(e.questionId, Math.max(lastReset.get(e.questionId) ?? -Infinity, e.at));
	}
	const out = new Map<string, ReviewEntry[]>();
	for (const e of log) {
		if (e.kind !== 'review' || !ids.has(e.questionId) || undone.has(e.id) || e.at <= (lastReset.get(e.questionId) ?? -Infinity)) continue;
		const list = out.get(e.questionId) ?? [];
		list.push(e);
		out.set(e.questionId, list);
	}
	for (const list of out.values()) list.sort((a, b) => a.at - b.at);
	return out;
}

/** Revlog interval: whole days, or negative seconds under a day (Anki's convention). */
function revlogInterval(ms: number): number {
	return ms >= DAY_SECONDS * 1000 ? Math.round(ms / (DAY_SECONDS * 1000)) : -Math.max(1, Math.round(ms / 1000));
}

/** FSRS state before an answer → Anki's review kind: learning 0, review 1, relearning 2. */
const REVLOG_TYPE = { 0: 0, 1: 0, 2: 1, 3: 2 } as const;

export async function writeApkg(set: ExportSet, SQL: SqlJsStatic, options: ApkgOptions): Promise<ApkgExport> {
	const { now, progress } = options;
	const nowSec = Math.floor(now / 1000);
	const rows = exportRows(set);
	const ids = new Set(rows.map((r) => r.question.id));
	const cards = new Map((progress?.cards ?? []).filter((c) => ids.has(c.id) && c.queue === 1 && c.state !== 0).map((c) => [c.id, c]));
	const reviews = progress ? countingReviews(progress.log, ids) : new Map<string, ReviewEntry[]>();
	// The collection's creation day (crt) comes before every date written, so day numbers are never negative.
	const earliest = Math.min(now, ...[...cards.values()].map((c) => Math.min(c.due, c.last_review ?? now)), ...[...reviews.values()].flat().map((r) => r.at));
	const crt = Math.floor(earliest / 1000 / DAY_SECONDS) * DAY_SECONDS;
	const dayOf = (ms: number) => Math.floor((ms / 1000 - crt) / DAY_SECONDS);
	const deckId = deckIdOf(set.id);

	const db: Database = new SQL.Database();
	let scheduled = 0;
	let reviewCount = 0;
	try {
		db.exec(ANKI_SCHEMA_11);
		const json = collectionJson(set, deckId, nowSec, rows.length + 1, progress?.desiredRetention ?? 0.9);
		db.run('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
			crt,
			now,
			now,
			JSON.stringify(json.conf),
			JSON.stringify(json.models),
			JSON.stringify(json.decks),
			JSON.stringify(json.dconf),
			'{}'
		]);
		const insertNote = db.prepare('INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, \'\')');
		const insertCard = db.prepare('INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)');
		const insertRevlog = db.prepare('INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)');
		const usedRevlogIds = new Set<number>();
		db.exec('BEGIN');
		for (const [i, row] of rows.entries()) {
			const q = row.question;
			const id = now + i;
			const fields = noteFields(row);
			const tags = ` ${tagsOf(set, row).join(' ')} `;
			// Anki's sort field is the first field without HTML; its checksum finds duplicates.
			const sortText = q.prompt.replace(/\s+/g, ' ').trim();
			insertNote.run([id, `sourcedeck:${q.id}`, NOTETYPE_ID, nowSec, tags, fields.join('\x1f'), sortText, await fieldChecksum(sortText)]);
			const card = cards.get(q.id);
			if (!card) {
				// New, in bank order.
				insertCard.run([id, id, deckId, nowSec, 0, 0, i + 1, 0, 0, 0, 0, 0, '']);
			} else {
				scheduled++;
				const review = card.state === 2;
				const dayLearning = !review && card.scheduled_days >= 1;
				const queue = review ? 2 : dayLearning ? 3 : 1;
				const due = queue === 1 ? Math.floor(card.due / 1000) : dayOf(card.due);
				const data = { s: card.stability, d: card.difficulty, dr: progress?.desiredRetention, lrt: card.last_review === null ? undefined : Math.floor(card.last_review / 1000) };
				insertCard.run([id, id, deckId, nowSec, card.state, queue, due, Math.max(review ? 1 : 0, card.scheduled_days), 2500, card.reps, card.lapses, review ? 0 : 1, JSON.stringify(data)]);
			}
			const answers = reviews.get(q.id) ?? [];
			for (const [k, r] of answers.entries()) {
				// Interval set by this answer: until the due the next answer found, or the card's due now.
				const nextDue = k + 1 < answers.length ? answers[k + 1].dueBefore : (card?.due ?? r.at);
				let revId = r.at;
				while (usedRevlogIds.has(revId)) revId++;
				usedRevlogIds.add(revId);
				const lastIvl = k > 0 ? revlogInterval(r.dueBefore - answers[k - 1].at) : 0;
				insertRevlog.run([revId, id, r.rating, revlogInterval(nextDue - r.at), lastIvl, 2500, Math.min(60000, Math.max(0, Math.round(r.durationMs))), REVLOG_TYPE[r.state]]);
				reviewCount++;
			}
		}
		db.exec('COMMIT');
		insertNote.free();
		insertCard.free();
		insertRevlog.free();
		const bytes = zipSync({ 'collection.anki2': db.export(), media: strToU8('{}') }, { level: 6 });
		return { bytes, notes: rows.length, scheduled, reviews: reviewCount };
	} finally {
		db.close();
	}
}
