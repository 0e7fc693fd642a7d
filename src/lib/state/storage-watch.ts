// The storage status (another tab upgraded, connection closed, blocked) routed to the app-wide alert. Apart from
// progress so the layout's alert, on every page, does not load the progress facade's storage modules.
import { onStorageStatus, reopenStorage } from '$lib/storage/connection';
import { appStatus } from './app-status.svelte';

let watching = false;

/** Route storage status changes (another tab upgraded, connection closed, blocked) to the app-wide alert. */
export function watchStorage(): void {
	if (watching) return;
	watching = true;
	onStorageStatus((status) => {
		if (status.state === 'open') appStatus.clearStorageProblem();
		else if (status.message && status.state !== 'opening') appStatus.reportStorageProblem(status.message, status.action);
	});
}

/** "Try again" after the browser closed the connection. */
export async function reopen(): Promise<void> {
	try {
		await reopenStorage();
	} catch {
		/* the status listener shows what went wrong */
	}
}
