// The card browser: every question of the corpus with its card, searchable and filterable; bulk suspend, reset,
// flag, or study the selection; a card's review history.
import type { Bank, QuestionKind, QuestionType } from '$lib/format/bank-format';
import { browse, buildRows, type BrowseRow, type BrowseSort, type CardStatus } from '$lib/domain/browse';
import type { LogEntry } from '$lib/domain/types';
import { loadCorpus } from './banks';
import { progress } from './progress';
import { reportProblem } from './problems';
import { indexBy, setOf } from './collections';

/** Rows drawn at once; "Show more" adds as many (a phone stays fast with 10,000 cards). */
export const PAGE_SIZE = 50;
/** "Study these" passes ids in the address: at most this many. */
export const STUDY_MAX = 200;

export class BrowseState {
	bank = $state.raw<Bank | null>(null);
	rows = $state.raw<BrowseRow[]>([]);
	error = $state<string | null>(null);
	message = $state<string | null>(null);
	busy = $state(false);

	search = $state('');
	doc = $state('');
	kind = $state<QuestionKind | ''>('');
	type = $state<QuestionType | ''>('');
	status = $state<CardStatus | 'suspended' | 'flagged' | ''>('');
	sort = $state<BrowseSort>('bank');
	shown = $state(PAGE_SIZE);
	selected = $state.raw<ReadonlySet<string>>(setOf([]));
	/** The card whose history is open, and its log. */
	historyOf = $state<string | null>(null);
	history = $state.raw<LogEntry[]>([]);

	results = $derived(
		browse(this.rows, {
			search: this.search,
			doc: this.doc || null,
			kind: this.kind || null,
			type: this.type || null,
			state: this.status || null,
			sort: this.sort
		})
	);

	/** The selected cards that match the filters: what the bulk actions act on. */
	chosen = $derived(this.results.filter((r) => this.selected.has(r.question.id)).map((r) => r.question.id));

	async load(): Promise<void> {
		try {
			const now = Date.now();
			const bank = await loadCorpus();
			await progress.syncBank(bank, now);
			const [cards, flags, suspended] = await Promise.all([progress.listCards(), progress.listFlags(), progress.getSuspended()]);
			this.bank = bank;
			this.rows = buildRows(bank.questions, indexBy(cards, (c) => c.id), setOf(flags.map((f) => f.questionId)), suspended, now);
		} catch (e) {
			this.error = reportProblem(e);
		}
	}

	toggle(id: string, on: boolean): void {
		const next = setOf(this.selected);
		if (on) next.add(id);
		else next.delete(id);
		this.selected = next;
	}

	/** Select every card that matches (not only the rows drawn), or none. */
	selectAll(on: boolean): void {
		this.selected = setOf(on ? this.results.map((r) => r.question.id) : []);
	}

	async suspend(on: boolean): Promise<void> {
		const ids = [...this.chosen];
		await this.#act(async () => {
			await progress.setSuspended(ids, on);
			return `${on ? 'Suspended' : 'Unsuspended'} ${count(ids.length)}.`;
		});
	}

	async reset(): Promise<void> {
		const ids = [...this.chosen];
		await this.#act(async () => {
			const byId = indexBy(this.bank?.questions ?? [], (q) => q.id);
			let done = 0;
			for (const id of ids) {
				const q = byId.get(id);
				if (q && (await progress.resetQuestion(q, Date.now()))) done++;
			}
			return `Reset ${count(done)}: ${done === 1 ? 'it starts' : 'they start'} over as new; earlier answers are kept in the history.`;
		});
	}

	async flag(): Promise<void> {
		const ids = [...this.chosen];
		await this.#act(async () => {
			const now = Date.now();
			for (const id of ids) await progress.saveFlag({ questionId: id, reason: 'unclear', note: 'Flagged in the card browser', at: now });
			return `Flagged ${count(ids.length)}; see them on the Flags page.`;
		});
	}

	async openHistory(id: string | null): Promise<void> {
		this.historyOf = id;
		this.history = [];
		if (!id) return;
		try {
			const log = await progress.getQuestionLog(id);
			if (this.historyOf === id) this.history = log;
		} catch (e) {
			this.error = reportProblem(e);
		}
	}

	/** Do a bulk action, then rebuild the rows from storage (filters and selection stay). */
	async #act(work: () => Promise<string>): Promise<void> {
		if (this.busy || this.chosen.length === 0) return;
		this.busy = true;
		this.message = null;
		try {
			const message = await work();
			await this.load();
			this.message = message;
		} catch (e) {
			this.error = reportProblem(e);
		} finally {
			this.busy = false;
		}
	}
}

function count(n: number): string {
	return `${n} ${n === 1 ? 'card' : 'cards'}`;
}
