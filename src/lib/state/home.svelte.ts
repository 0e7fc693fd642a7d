// The home page: every bank with its counts, today's progress and streak, and the persistent-storage status.
import type { BankDocument } from '$lib/bank/format';
import { studyStreak, todayProgress, type Streak, type TodayProgress } from '$lib/domain/stats';
import type { CardCounts } from '$lib/storage/queue';
import { loadBank, loadIndex } from './banks';
import { dayContext, progress } from './progress';
import { reportProblem } from './problems';
import { indexBy } from './collections';

export interface HomeBank {
	id: string;
	title: string;
	questionCount: number;
	documentCount: number;
	/** The article, for a per-article bank. */
	doc: BankDocument | null;
	counts: CardCounts | null;
}

export class HomeState {
	banks = $state<HomeBank[]>([]);
	today = $state.raw<TodayProgress | null>(null);
	streak = $state.raw<Streak | null>(null);
	/** null until the learner has studied (we only ask for persistence then). */
	persisted = $state<boolean | null>(null);
	error = $state<string | null>(null);
	loaded = $state(false);

	async load(): Promise<void> {
		try {
			const index = await loadIndex();
			const corpusEntry = index.banks.find((b) => b.id === 'corpus') ?? index.banks[0];
			if (!corpusEntry) {
				this.loaded = true;
				return;
			}
			const corpus = await loadBank(corpusEntry.id);
			const docs = indexBy(corpus.documents, (d) => d.id);
			// The corpus first, then the articles by date.
			const entries = [...index.banks].sort((a, b) =>
				a.id === corpusEntry.id ? -1 : b.id === corpusEntry.id ? 1 : (docs.get(a.id)?.date ?? '').localeCompare(docs.get(b.id)?.date ?? '')
			);
			this.banks = entries.map((e) => ({
				id: e.id,
				title: e.title,
				questionCount: e.questionCount,
				documentCount: e.documents.length,
				doc: e.id === corpusEntry.id ? null : (docs.get(e.id) ?? (e.documents.length === 1 ? (docs.get(e.documents[0]) ?? null) : null)),
				counts: null
			}));
			this.loaded = true;
			const now = Date.now();
			const count = () =>
				Promise.all(
					entries.map(async (e, i) => {
						// Per-article banks are counted by their articles; no need to fetch each bank here.
						this.banks[i].counts = await progress.countCards(e.id === corpusEntry.id ? {} : { docs: [e.id] }, now);
					})
				);
			await count();
			const fresh = this.banks[0]?.counts?.total === 0;
			if (fresh) {
				// A new learner: every question is new. The cards are made when they first study (keeps the
				// scheduler's code off the first load).
				this.banks.forEach((b, i) => (b.counts = { new: entries[i].questionCount, due: 0, learned: 0, total: entries[i].questionCount }));
			} else if (await progress.syncBank(corpus, now)) {
				await count();
			}
			const log = await progress.listLog();
			const ctx = dayContext(now);
			this.today = todayProgress(log, ctx);
			this.streak = studyStreak(log, ctx);
			const persistence = await progress.getPersistence();
			this.persisted = persistence.askedAt === null ? null : persistence.granted;
		} catch (e) {
			this.error = reportProblem(e);
			this.loaded = true;
		}
	}
}
