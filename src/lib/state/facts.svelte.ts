// The facts of one bank for the views (timeline, who's who, positions), as a state the pages read.
import type { BankDocument, BankFacts, BankIndexEntry } from '$lib/format/bank-format';
import { loadIndex } from './banks';
import { loadFacts } from './facts';

/** One bank's facts with the articles to credit and the banks to switch to; pages only read it. */
export class FactsState {
	facts = $state.raw<BankFacts | null>(null);
	documents = $state.raw<BankDocument[]>([]);
	banks = $state.raw<BankIndexEntry[]>([]);
	bankId = $state('');
	error = $state<string | null>(null);
	#request = 0;

	/** The bank's own articles, in the index's order. */
	get bankDocuments(): BankDocument[] {
		const ids = this.banks.find((b) => b.id === this.bankId)?.documents ?? [];
		return ids.map((id) => this.documents.find((d) => d.id === id)).filter((d): d is BankDocument => !!d);
	}

	document(id: string): BankDocument | undefined {
		return this.documents.find((d) => d.id === id);
	}

	async load(bankId: string): Promise<void> {
		const request = ++this.#request;
		this.error = null;
		this.bankId = bankId;
		try {
			const [index, facts] = await Promise.all([loadIndex(), loadFacts(bankId)]);
			if (request !== this.#request) return;
			this.banks = index.banks.filter((b) => b.facts);
			this.documents = index.documents;
			this.facts = facts;
		} catch (e) {
			if (request !== this.#request) return;
			this.facts = null;
			this.error = e instanceof Error ? e.message : String(e);
		}
	}
}
