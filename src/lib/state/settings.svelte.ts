// The settings form and backup export / import.
import { BackupError, DEFAULT_SETTINGS, type Settings } from '$lib/domain';
import { progress } from './progress';
import { reportProblem } from './problems';
import { isoDay } from './collections';
import { saveFile } from '$lib/components/save-file';

export interface FieldErrors {
	desiredRetention?: string;
	newPerDay?: string;
	maxReviewsPerDay?: string;
}

/** Checks the form values; returns messages by field (empty when all is well). */
export function validateSettings(values: { desiredRetention: number; newPerDay: number; maxReviewsPerDay: number }): FieldErrors {
	const errors: FieldErrors = {};
	const r = values.desiredRetention;
	if (!Number.isFinite(r) || r < 0.7 || r > 0.99) errors.desiredRetention = 'Choose a retention between 0.70 and 0.99.';
	if (!Number.isInteger(values.newPerDay) || values.newPerDay < 0 || values.newPerDay > 9999)
		errors.newPerDay = 'New cards per day must be a whole number from 0 to 9999.';
	if (!Number.isInteger(values.maxReviewsPerDay) || values.maxReviewsPerDay < 1 || values.maxReviewsPerDay > 99999)
		errors.maxReviewsPerDay = 'Maximum reviews per day must be a whole number from 1 to 99999.';
	return errors;
}

export type Message = { kind: 'ok' | 'error'; text: string } | null;

export class SettingsState {
	settings = $state.raw<Settings>(DEFAULT_SETTINGS);
	loaded = $state(false);
	saveMessage = $state<Message>(null);
	backupMessage = $state<Message>(null);
	checkMessage = $state<Message>(null);
	busy = $state(false);

	async load(): Promise<void> {
		try {
			this.settings = await progress.getSettings();
			this.loaded = true;
		} catch (e) {
			this.saveMessage = { kind: 'error', text: reportProblem(e) };
		}
	}

	async save(values: { desiredRetention: number; newPerDay: number; maxReviewsPerDay: number }): Promise<FieldErrors> {
		const errors = validateSettings(values);
		if (Object.keys(errors).length) {
			this.saveMessage = { kind: 'error', text: 'Nothing was saved: fix the fields marked above.' };
			return errors;
		}
		try {
			this.settings = await progress.saveSettings(values);
			this.saveMessage = { kind: 'ok', text: 'Settings saved.' };
		} catch (e) {
			this.saveMessage = { kind: 'error', text: reportProblem(e) };
		}
		return {};
	}

	/** The backup as a file the browser downloads. */
	async exportBackup(): Promise<void> {
		this.busy = true;
		try {
			const now = Date.now();
			const text = await progress.exportBackup(now);
			download(text, `sourcedeck-backup-${isoDay(now)}.json`);
			this.backupMessage = { kind: 'ok', text: 'Backup downloaded. Keep the file somewhere safe.' };
		} catch (e) {
			this.backupMessage = { kind: 'error', text: reportProblem(e) };
		} finally {
			this.busy = false;
		}
	}

	async importBackup(file: File): Promise<void> {
		this.busy = true;
		this.backupMessage = null;
		try {
			const text = await file.text();
			const summary = await progress.importBackup(text, Date.now());
			this.backupMessage = {
				kind: 'ok',
				text:
					summary.added === 0 && summary.flags === 0 && summary.banks === 0
						? `Nothing new in “${file.name}”: everything in it is already here.`
						: `Imported “${file.name}”: ${summary.added} answers, ${summary.cards} cards and ${summary.flags} flags merged${summary.banks ? `; ${summary.banks === 1 ? 'one' : summary.banks} of your own banks restored` : ''}.`
			};
			this.settings = await progress.getSettings();
		} catch (e) {
			const text =
				e instanceof BackupError
					? `“${file.name}” was not imported: ${e.message}${/nothing was/i.test(e.message) ? '' : ' Nothing was changed.'}`
					: reportProblem(e);
			this.backupMessage = { kind: 'error', text };
		} finally {
			this.busy = false;
		}
	}

	/** Check database, with what it changed (or why it could not) as the check message. */
	async checkDatabase(): Promise<void> {
		this.busy = true;
		this.checkMessage = null;
		try {
			this.checkMessage = { kind: 'ok', text: await progress.checkDatabase(Date.now()) };
		} catch (e) {
			this.checkMessage = { kind: 'error', text: reportProblem(e) };
		} finally {
			this.busy = false;
		}
	}
}

export function download(text: string, name: string): void {
	saveFile(new Blob([text], { type: 'application/json' }), name);
}
