/**
 * Backups: one versioned JSON file with all progress. Parsing checks the file as strictly as the app writes one
 * (shapes with valibot, then the bounds of backup-check.ts: times, FSRS quantities, unique ids, references) and
 * throws a BackupError with a message a learner understands; merging is by log-entry id, so importing the same file
 * twice adds nothing, and every card it writes is rebuilt from its log (the log is the truth, not the stored state).
 */
import * as v from 'valibot';
import type { Bank } from '../format/bank-format';
import { cardProblem, crossCheck, DAY_MS, describeDay, EARLIEST, flagProblem, logEntryProblem } from './backup-check';
import { OWN_BANK_FILE, OWN_BANK_FILE_FORMAT, readOwnBankFile } from './own-bank-file';
import type { Scheduler } from './scheduling';
import { memo, settingsSchema } from './settings';
import { blankCard, type CardRecord, type Flag, type LogEntry, type Settings } from './types';

export const BACKUP_APP = 'sourcedeck';
/** 2: own banks (a document added in the app, its text and its questions) travel in the backup; 1 had none. */
export const BACKUP_FORMAT = 2;

/** A learner's own bank as the backup holds it: what the own-banks database stores. */
export interface OwnBankEntry {
	bank: Bank;
	text: string;
	/** When it was first saved and last changed, epoch ms: on restore the newer of two copies is kept. */
	addedAt: number;
	savedAt: number;
	origin: string;
}

export interface Backup {
	app: typeof BACKUP_APP;
	format: typeof BACKUP_FORMAT;
	/** ISO time of the export. */
	exportedAt: string;
	/** The whole log: reviews, undos and resets. */
	reviews: LogEntry[];
	cards: CardRecord[];
	settings: Settings;
	flags: Flag[];
	/** Own banks (format 2; a format 1 file reads as none). */
	ownBanks: OwnBankEntry[];
}

/** 'future': an entry dated more than a day ahead of this device's clock (a wrong clock, here or there). */
export type BackupErrorCode = 'not-json' | 'truncated' | 'foreign' | 'newer' | 'invalid' | 'future';

/** A backup file that cannot be imported; `message` is shown to the learner as is. */
export class BackupError extends Error {
	readonly code: BackupErrorCode;
	constructor(code: BackupErrorCode, message: string) {
		super(message);
		this.name = 'BackupError';
		this.code = code;
	}
}

export function createBackup(
	data: { reviews: readonly LogEntry[]; cards: readonly CardRecord[]; settings: Settings; flags: readonly Flag[]; ownBanks?: readonly OwnBankEntry[] },
	now: number
): Backup {
	return {
		app: BACKUP_APP,
		format: BACKUP_FORMAT,
		exportedAt: new Date(now).toISOString(),
		reviews: [...data.reviews],
		cards: [...data.cards],
		settings: data.settings,
		flags: [...data.flags],
		ownBanks: [...(data.ownBanks ?? [])]
	};
}

/** The backup schema, built on first use (only the import page needs valibot). */
const backupSchema = /* @__PURE__ */ memo(() => {
	// Shapes only: the bounds (and their messages) are backup-check.ts's.
	const id = v.pipe(v.string(), v.minLength(1));
	const time = v.number();
	const count = v.number();
	const num = v.number();
	const state = v.picklist([0, 1, 2, 3]);
	const rating = v.picklist([1, 2, 3, 4]);

	const ReviewSchema = v.object({
		id,
		kind: v.literal('review'),
		questionId: id,
		doc: v.string(),
		at: time,
		rating,
		state,
		due: time,
		dueBefore: time,
		stability: num,
		difficulty: num,
		elapsed_days: num,
		last_elapsed_days: num,
		scheduled_days: num,
		learning_steps: count,
		durationMs: num,
		correct: v.optional(v.boolean()),
		overridden: v.optional(v.boolean())
	});
	const UndoSchema = v.object({ id, kind: v.literal('undo'), questionId: id, at: time, target: id });
	const ResetSchema = v.object({ id, kind: v.literal('reset'), questionId: id, at: time, reason: v.picklist(['answer-changed', 'manual']) });
	const CardSchema = v.object({
		id,
		doc: v.string(),
		queue: v.picklist([0, 1, -1]),
		due: time,
		fp: v.string(),
		state,
		stability: num,
		difficulty: num,
		elapsed_days: num,
		scheduled_days: num,
		learning_steps: count,
		reps: count,
		lapses: count,
		last_review: v.nullable(time)
	});
	const FlagSchema = v.object({ questionId: id, reason: v.picklist(['wrong', 'unclear']), note: v.string(), at: time });
	// The bank itself is not in this schema (the output leaves it out): it is checked, with its text, as a shared bank
	// file is (own-bank-file.ts), after the shapes.
	const OwnBankSchema = v.object({ text: v.string(), addedAt: time, savedAt: time, origin: v.pipe(v.string(), v.maxLength(1000)) });

	return v.object({
		app: v.literal(BACKUP_APP),
		format: v.picklist([1, BACKUP_FORMAT]),
		exportedAt: v.pipe(v.string(), v.isoTimestamp()),
		reviews: v.array(v.variant('kind', [ReviewSchema, UndoSchema, ResetSchema])),
		cards: v.array(CardSchema),
		settings: settingsSchema(),
		flags: v.array(FlagSchema),
		ownBanks: v.optional(v.array(OwnBankSchema), [])
	});
});

const NOTHING = 'Nothing was imported.';
/** What to do about a damaged file. */
const AGAIN = 'On the device that made it, run Check database in Settings and export the backup again, or import an older one.';

/**
 * Parse and validate a backup file's text against this device's clock (`now`, epoch ms). Exact repeats of a record
 * are dropped. Throws BackupError: not-json, truncated, foreign, newer, invalid or future.
 */
export function parseBackup(text: string, now: number): Backup {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		const trimmed = text.trim();
		if (trimmed.startsWith('{') && !trimmed.endsWith('}'))
			throw new BackupError('truncated', 'This backup file is incomplete: it was cut off while saving or copying. Nothing was imported.');
		throw new BackupError('not-json', 'This file is not a Sourcedeck backup (it is not a JSON file). Nothing was imported.');
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { app?: unknown }).app !== BACKUP_APP)
		throw new BackupError('foreign', 'This file is not a Sourcedeck backup. Nothing was imported.');
	const format = (data as { format?: unknown }).format;
	if (typeof format === 'number' && format > BACKUP_FORMAT)
		throw new BackupError(
			'newer',
			`This backup was made by a newer version of Sourcedeck (format ${format}). Update the app, then import it again. Nothing was imported.`
		);
	const result = v.safeParse(backupSchema(), data);
	if (!result.success) {
		const issue = result.issues[0];
		const path = v.getDotPath(issue);
		if (path?.startsWith('settings.') && !/^Invalid/.test(issue.message))
			throw new BackupError('invalid', `This backup file is damaged: its settings are impossible (${issue.message}) ${AGAIN} ${NOTHING}`);
		throw new BackupError('invalid', `This backup file is damaged: ${describePath(path)} is missing or not what Sourcedeck writes. ${AGAIN} ${NOTHING}`);
	}
	const backup: Backup = { ...(result.output as Backup), format: BACKUP_FORMAT };
	const rawBanks = (data as { ownBanks?: { bank?: unknown }[] }).ownBanks ?? [];
	backup.ownBanks = backup.ownBanks.map((entry, i) => ({ ...entry, bank: rawBanks[i].bank as Bank }));
	for (const e of backup.reviews) refuse(logEntryProblem(e, now));
	for (const c of backup.cards) refuse(cardProblem(c, now));
	for (const f of backup.flags) refuse(flagProblem(f, now));
	const checked = crossCheck(backup);
	if ('problem' in checked) refuse(checked.problem);
	else Object.assign(backup, checked);
	backup.ownBanks = checkOwnBanks(backup.ownBanks, now);
	return backup;
}

/**
 * Own banks are checked as strictly as a bank file shared from another device (same reader: the text's hash is
 * its id, every quote at its offsets, the version over the content): one damaged bank refuses the whole backup.
 * Exact repeats are dropped; two different copies of one bank are refused.
 */
function checkOwnBanks(entries: readonly OwnBankEntry[], now: number): OwnBankEntry[] {
	const seen = new Map<string, string>();
	const out: OwnBankEntry[] = [];
	entries.forEach((entry, i) => {
		const read = readOwnBankFile(JSON.stringify({ app: OWN_BANK_FILE, format: OWN_BANK_FILE_FORMAT, text: entry.text, bank: entry.bank }));
		const label = `its own bank ${i + 1}${read.ok ? ` (“${read.bank.title.slice(0, 60)}”)` : ''}`;
		if (!read.ok) refuse(`${cap(label)} cannot be restored: ${read.message.replace(/^This bank file cannot be imported: /, '').replace(/ Nothing was imported\.$/, '')}`);
		else {
			for (const [what, time] of [['added', entry.addedAt], ['last saved', entry.savedAt]] as const)
				if (!Number.isFinite(time) || time < EARLIEST || time > now + DAY_MS)
					refuse(`${cap(label)} was ${what} on ${describeDay(time)}, which is impossible or in the future (this device’s date is ${describeDay(now)}).`);
			const json = JSON.stringify([read.bank.version, entry.addedAt, entry.savedAt, entry.origin]);
			const before = seen.get(read.bank.id);
			if (before === undefined) {
				seen.set(read.bank.id, json);
				out.push({ bank: read.bank, text: read.text, addedAt: entry.addedAt, savedAt: entry.savedAt, origin: entry.origin });
			} else if (before !== json) refuse(`Two different copies of the own bank “${read.bank.title.slice(0, 60)}” are in the file.`);
		}
	});
	return out;
}

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

function refuse(problem: string | undefined): void {
	if (!problem) return;
	const code = / is in the future /.test(problem) ? 'future' : 'invalid';
	throw new BackupError(code, code === 'invalid' ? `This backup file is damaged. ${problem} ${AGAIN} ${NOTHING}` : `${problem} ${NOTHING}`);
}

const PARTS: Record<string, string> = { reviews: 'entry', cards: 'card', flags: 'flag', ownBanks: 'own bank' };

/** "reviews.3.stability" → "the “stability” of entry 4 of its log". */
function describePath(path: string | null): string {
	if (!path) return 'its content';
	const [part, index, field] = path.split('.');
	if (part === 'exportedAt') return 'its export date';
	if (!(part in PARTS)) return `its “${part}”`;
	if (index === undefined) return `its list of ${part === 'reviews' ? 'log entries' : part === 'ownBanks' ? 'own banks' : part}`;
	const where = `${PARTS[part]} ${Number(index) + 1}${part === 'reviews' ? ' of its log' : ''}`;
	return field ? `the “${field}” of ${where}` : where;
}

export interface MergeResult {
	/** Log entries of the backup not already present (by id). */
	added: LogEntry[];
	/** Cards to write, rebuilt from the merged log: every question the added entries touch, and backup cards unknown here. */
	cards: CardRecord[];
	/** Flags to write (new ones, or newer than the local flag for the same question). */
	flags: Flag[];
}

/** Merge a parsed backup into local data (pure): importing the same backup twice adds nothing. */
export function mergeBackup(
	local: { reviews: readonly LogEntry[]; cards: readonly CardRecord[]; flags: readonly Flag[] },
	backup: Backup,
	scheduler: Scheduler
): MergeResult {
	const known = new Set(local.reviews.map((e) => e.id));
	const added: LogEntry[] = [];
	for (const entry of backup.reviews) {
		if (known.has(entry.id)) continue;
		known.add(entry.id);
		added.push(entry);
	}
	const localCards = new Map(local.cards.map((c) => [c.id, c]));
	const backupCards = new Map(backup.cards.map((c) => [c.id, c]));
	// Rebuilt: every question the added entries touch, and every card this device lacks (never trust its stored state).
	const rebuild = new Set(added.map((e) => e.questionId));
	for (const card of backup.cards) if (!localCards.has(card.id)) rebuild.add(card.id);
	const logs = new Map<string, LogEntry[]>();
	for (const e of [...local.reviews, ...added]) if (rebuild.has(e.questionId)) (logs.get(e.questionId) ?? logs.set(e.questionId, []).get(e.questionId)!).push(e);
	const cards: CardRecord[] = [];
	for (const questionId of rebuild) {
		const entries = logs.get(questionId) ?? [];
		const base = localCards.get(questionId) ?? backupCards.get(questionId) ?? baseFromLog(questionId, entries);
		cards.push(scheduler.reschedule(base, entries));
	}
	const localFlags = new Map(local.flags.map((f) => [f.questionId, f]));
	const flags = backup.flags.filter((f) => {
		const mine = localFlags.get(f.questionId);
		return !mine || f.at > mine.at;
	});
	return { added, cards, flags };
}

/** A card for a question known only from its log (fp '' = unknown: the next bank sync adopts the bank's). */
function baseFromLog(questionId: string, entries: readonly LogEntry[]): CardRecord {
	return blankCard(questionId, entries.find((e) => e.kind === 'review')?.doc ?? '');
}
