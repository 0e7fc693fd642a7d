// The learner's own banks on the home page: each with its counts, and deleting one (keeping or removing progress).
import type { CardCounts } from '$lib/storage/queue';
import { deleteOwnBank, getOwnBank, getOwnText, listOwnBanks, type OwnBankSummary } from '$lib/storage/own-banks';
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

	/** The bank as one file (text, details, questions) for another device, or null (with the reason in `error`). */
	async exportFile(id: string): Promise<{ name: string; blob: Blob } | null> {
		try {
			// The file module (and its validator) loads only when a bank is shared.
			const [bank, text, { writeOwnBankFile }] = await Promise.all([getOwnBank(id), getOwnText(id), import('$lib/domain/own-bank-file')]);
			if (!bank || text === undefined) throw new Error('This bank is no longer on this device.');
			const stem = (bank.title || 'bank').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 50) || 'bank';
			return { name: `${stem}.sourcedeck.json`, blob: new Blob([writeOwnBankFile(bank, text)], { type: 'application/json' }) };
		} catch (e) {
			this.error = reportProblem(e);
			return null;
		}
	}

	/**
	 * The bank in the repository's own formats, to contribute it to the built-in set: one zip with the text
	 * (questions/sources/<doc>.txt), the questions (questions/curated/<doc>.yaml), the manifest entry and how to add
	 * them (see $lib/domain/curated-export). Null with the reason in `error`.
	 */
	async exportCurated(id: string): Promise<{ name: string; blob: Blob } | null> {
		try {
			const [bank, text, { exportCurated }, { strToU8, zipSync }] = await Promise.all([
				getOwnBank(id),
				getOwnText(id),
				import('$lib/domain/curated-export'),
				import('fflate')
			]);
			if (!bank || text === undefined) throw new Error('This bank is no longer on this device.');
			const out = exportCurated(bank, text);
			const zip = zipSync(Object.fromEntries(out.files.map((f) => [f.path, strToU8(f.text)])));
			return { name: `${out.slug}.curated.zip`, blob: new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }) };
		} catch (e) {
			this.error = reportProblem(e);
			return null;
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
