// Every failure ends in a visible message: storage problems raise the app-wide alert (with Reload).
import { StorageError } from '$lib/storage/errors';
import { appStatus } from './app-status.svelte';

export function reportProblem(error: unknown): string {
	if (error instanceof StorageError) {
		appStatus.reportStorageProblem(error.message, error.code === 'terminated' || error.code === 'failed' ? 'reopen' : 'reload');
		return error.message;
	}
	console.error(error);
	return error instanceof Error ? error.message : String(error);
}
