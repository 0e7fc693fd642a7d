/** Typed storage errors: every failure reaches the UI as a StorageError with a message a learner understands. */

export type StorageErrorCode =
	/** IndexedDB missing or refused (some private modes). */
	| 'unavailable'
	/** An older tab keeps the database open and does not let this one upgrade it. */
	| 'blocked'
	/** Another tab upgraded the database: this tab must reload. */
	| 'outdated'
	/** The browser closed the connection (storage cleared, disk error). */
	| 'terminated'
	/** Out of disk space. */
	| 'quota'
	/** Any other failure of a transaction. */
	| 'failed';

const MESSAGES: Record<StorageErrorCode, string> = {
	unavailable: 'This browser does not let Sourcedeck store your progress (private browsing?). Answers cannot be saved.',
	blocked: 'Sourcedeck is open in another tab with an older version. Close the other tabs, then reload.',
	outdated: 'Sourcedeck was updated in another tab — reload this page to continue.',
	terminated: 'The browser closed Sourcedeck’s storage. Reload the page to continue.',
	quota: 'Your device is out of space; nothing was saved. Free some space (delete photos, downloads or other apps’ data), then try again.',
	failed: 'Sourcedeck could not read or save your progress. Reload the page and try again.'
};

export class StorageError extends Error {
	readonly code: StorageErrorCode;
	constructor(code: StorageErrorCode, message: string = MESSAGES[code], options?: { cause?: unknown }) {
		super(message, options);
		this.name = 'StorageError';
		this.code = code;
	}
}

/** What a full disk means for an answer: said in those words when saving one. */
export const ANSWER_NOT_SAVED = 'Your device is out of space; this answer was not saved. Free some space (delete photos, downloads or other apps’ data), then answer again.';

/** Turn anything thrown by IndexedDB into a StorageError (QuotaExceededError → 'quota', with `quotaMessage`). */
export function toStorageError(error: unknown, fallback: StorageErrorCode = 'failed', quotaMessage = MESSAGES.quota): StorageError {
	if (error instanceof StorageError) return error;
	const name = (error as { name?: string } | null)?.name;
	if (name === 'QuotaExceededError') return new StorageError('quota', quotaMessage, { cause: error });
	return new StorageError(fallback, MESSAGES[fallback], { cause: error });
}

export function storageErrorMessage(code: StorageErrorCode): string {
	return MESSAGES[code];
}
