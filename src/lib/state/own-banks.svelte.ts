// The learner's own banks on the home page: each with its counts, and deleting one (keeping or removing progress).
import type { CardCounts } from '$lib/storage/queue';
import { deleteOwnBank, listOwnBanks, type OwnBankSummary } from '$lib/storage/own-banks';
import { progress } from './progress';
import { reportProblem } from './problems';

export interface OwnBankRow extends OwnBankSummary {
	counts: CardCounts | null;
}

export class OwnBanksState {
	banks = $state<OwnBankRow[]>([]);
	loaded = $state(false);
	error = $state<string | null>(null);
	/** Said after a delete ("… deleted; your progress was kept"). */
	notice = $state<string | null>(null);
	busy = $state(false);

	async load(): Promise<void> {
		try {
			const banks = await listOwnBanks();
			this.banks = banks.map((b) => ({ ...b, counts: null }));
			this.loaded = true;
			if (banks.length === 0) return;
			const counts = await progress.countBanks(
				banks.map((b) => ({ docs: [b.id] })),
				Date.now()
			);
			// Before its first study a bank has no cards yet: every question is new.
			this.banks.forEach((b, i) => (b.counts = counts[i].total === 0 ? { new: b.questionCount, due: 0, learned: 0, total: b.questionCount } : counts[i]));
		} catch (e) {
			this.error = reportProblem(e);
			this.loaded = true;
		}
	}

	async remove(bank: OwnBankSummary, keepProgress: boolean): Promise<boolean> {
		if (this.busy) return false;
		this.busy = true;
		this.notice = null;
		try {
			await deleteOwnBank(bank.id, { keepProgress });
			this.notice = `“${bank.title}” was deleted${keepProgress ? '; your progress on it is kept (add the same text again to get it back).' : ' with your progress on it.'}`;
			await this.load();
			return true;
		} catch (e) {
			this.error = reportProblem(e);
			return false;
		} finally {
			this.busy = false;
		}
	}
}
