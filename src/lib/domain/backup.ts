/**
 * Backups: one versioned JSON file with all progress. Parsing validates with valibot and throws a BackupError with
 * a message a learner understands; merging is by log-entry id, so importing the same file twice adds nothing.
 */
import * as v from 'valibot';
import type { Scheduler } from './scheduling';
import { memo, settingsSchema } from './settings';
import { blankCard, type CardRecord, type Flag, type LogEntry, type Settings } from './types';

export const BACKUP_APP = 'sourcedeck';
export const BACKUP_FORMAT = 1;

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
}

export type BackupErrorCode = 'not-json' | 'truncated' | 'foreign' | 'newer' | 'invalid';

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
	data: { reviews: readonly LogEntry[]; cards: readonly CardRecord[]; settings: Settings; flags: readonly Flag[] },
	now: number
): Backup {
	return {
		app: BACKUP_APP,
		format: BACKUP_FORMAT,
		exportedAt: new Date(now).toISOString(),
		reviews: [...data.reviews],
		cards: [...data.cards],
		settings: data.settings,
		flags: [...data.flags]
	};
}

/** The backup schema, built on first use (only the import page needs valibot). */
const backupSchema = /* @__PURE__ */ memo(() => {
	const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
	const time = v.pipe(v.number(), v.finite(), v.minValue(0));
	const count = v.pipe(v.number(), v.integer(), v.minValue(0));
	const num = v.pipe(v.number(), v.finite());
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
		durationMs: v.pipe(num, v.minValue(0)),
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

	return v.object({
		app: v.literal(BACKUP_APP),
		format: v.literal(BACKUP_FORMAT),
		exportedAt: v.string(),
		reviews: v.array(v.variant('kind', [ReviewSchema, UndoSchema, ResetSchema])),
		cards: v.array(CardSchema),
		settings: settingsSchema(),
		flags: v.array(FlagSchema)
	});
});

/** Parse and validate a backup file's text. Throws BackupError: not-json, truncated, foreign, newer or invalid. */
export function parseBackup(text: string): Backup {
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
		const path = v.getDotPath(issue) ?? 'the file';
		throw new BackupError('invalid', `This backup file is damaged (${path}: ${issue.message}). Nothing was imported.`);
	}
	return result.output as Backup;
}

export interface MergeResult {
	/** Log entries of the backup not already present (by id). */
	added: LogEntry[];
	/** Cards to write: every question the added entries touch, rebuilt from the merged log; and backup cards unknown here. */
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
	const touched = new Set(added.map((e) => e.questionId));
	const logs = new Map<string, LogEntry[]>();
	for (const e of [...local.reviews, ...added]) if (touched.has(e.questionId)) (logs.get(e.questionId) ?? logs.set(e.questionId, []).get(e.questionId)!).push(e);
	const localCards = new Map(local.cards.map((c) => [c.id, c]));
	const backupCards = new Map(backup.cards.map((c) => [c.id, c]));
	const cards: CardRecord[] = [];
	for (const questionId of touched) {
		const entries = logs.get(questionId) ?? [];
		const base = localCards.get(questionId) ?? backupCards.get(questionId) ?? baseFromLog(questionId, entries);
		cards.push(scheduler.reschedule(base, entries));
	}
	for (const card of backup.cards) if (!localCards.has(card.id) && !touched.has(card.id)) cards.push(card);
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
