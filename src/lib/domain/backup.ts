/**
 * Backups: one versioned JSON file with all progress. Parsing validates with valibot and throws a BackupError with
 * a message a learner understands; merging is by log-entry id, so importing the same file twice adds nothing.
 */
import type { Scheduler } from './scheduling';
import type { CardRecord, Flag, LogEntry, Settings } from './types';

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

export function createBackup(_data: { reviews: readonly LogEntry[]; cards: readonly CardRecord[]; settings: Settings; flags: readonly Flag[] }, _now: number): Backup {
	throw new Error('not implemented');
}

/** Parse and validate a backup file's text. Throws BackupError: not-json, truncated, foreign, newer or invalid. */
export function parseBackup(_text: string): Backup {
	throw new Error('not implemented');
}

export interface MergeResult {
	/** Log entries of the backup not already present (by id). */
	added: LogEntry[];
	/** Cards to write: every question the added entries touch, rebuilt from the merged log; and backup cards unknown here. */
	cards: CardRecord[];
	/** Flags to write (new ones, or newer than the local flag for the same question). */
	flags: Flag[];
}

/** Merge a parsed backup into local data (pure). */
export function mergeBackup(
	_local: { reviews: readonly LogEntry[]; cards: readonly CardRecord[]; flags: readonly Flag[] },
	_backup: Backup,
	_scheduler: Scheduler
): MergeResult {
	throw new Error('not implemented');
}
