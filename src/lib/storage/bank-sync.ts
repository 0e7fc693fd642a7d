/** Bringing stored progress in line with a (new version of a) bank, in one transaction. */
import type { Bank } from '../bank/format';
import type { ReconcileResult } from '../domain/reconcile';

export interface BankSyncResult extends ReconcileResult {
	/** False when this bank version was already synced (nothing done). */
	synced: boolean;
	/** Learner-facing notice about changed / removed questions, or null. */
	notice: string | null;
}

/**
 * Create cards for new questions, reset questions whose answer changed (with a reset log entry), take removed
 * questions out of the queue. Cheap when the bank version was seen before (one meta read).
 */
export async function syncBank(_bank: Bank, _options: { now: number; makeId?: () => string }): Promise<BankSyncResult> {
	throw new Error('not implemented');
}
