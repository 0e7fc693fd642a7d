/** Export and import of all progress (see domain/backup for the format and validation). */

export interface ImportSummary {
	/** Log entries added (0 when the file was imported before). */
	added: number;
	/** Cards written (rebuilt from the merged log). */
	cards: number;
	flags: number;
}

/** The backup file's text (JSON) with every log entry, card, the settings and the flags. */
export async function exportBackup(_now: number): Promise<string> {
	throw new Error('not implemented');
}

/**
 * Validate and merge a backup in ONE transaction: on any error nothing changes. Throws BackupError (bad file: not
 * JSON / truncated, foreign, newer format, invalid fields) or StorageError.
 */
export async function importBackup(_text: string): Promise<ImportSummary> {
	throw new Error('not implemented');
}
