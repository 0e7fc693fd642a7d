// One view's data of one bank (timeline, who's who or positions), as a state the pages read.
import type { BankDocument, BankIndexEntry } from '$lib/format/bank-format';
import type { ViewName } from '$lib/views/view-data';
import { loadIndex } from './banks';
import { loadView, type ViewData } from './facts';

/** One bank's view data with the articles to credit and the banks to switch to; pages only read it. */
export class FactsState<V extends ViewName = ViewName> {
	/** Immutable once loaded: raw, so Svelte does not proxy every entry. */
	data = $state.raw<ViewData[V] | null>(null);
	documents = $state.raw<BankDocument[]>([]);
	banks = $state.raw<BankIndexEntry[]>([]);
	bankId = $state('');
	error = $state<string | null>(null);
	readonly view: V;
	#request = 0;

	constructor(view: V) {
		this.view = view;
	}

	/** The bank's own articles, in the index's order. */
	get bankDocuments(): BankDocument[] {
		const ids = this.banks.find((b) => b.id === this.bankId)?.documents ?? [];
		return ids.map((id) => this.document(id)).filter((d): d is BankDocument => !!d);
	}

	document(id: string): BankDocument | undefined {
		return this.documents.find((d) => d.id === id);
	}

	async load(bankId: string): Promise<void> {
		const request = ++this.#request;
		this.error = null;
		this.bankId = bankId;
		try {
			const [index, data] = await Promise.all([loadIndex(), loadView(bankId, this.view)]);
			if (request !== this.#request) return;
			this.banks = index.banks.filter((b) => b.facts);
			this.documents = index.documents;
			this.data = data;
		} catch (e) {
			if (request !== this.#request) return;
			this.data = null;
			this.error = e instanceof Error ? e.message : String(e);
		}
	}
}
