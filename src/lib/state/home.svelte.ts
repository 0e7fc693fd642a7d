// The home page: every bank with its counts, today's progress and streak, and the persistent-storage status.
// Order matters for a fast first paint: the bank list and the article credits come from the small index.json; counts
// come from one read-only transaction. The 386 KB corpus is loaded only when a learner with progress has not yet
// reconciled it with this version of the bank (a rare bank update); the study and stats pages sync it too.
import type { BankDocument, BankIndexEntry } from '$lib/format/bank-format';
import { justFailed, studyStreak, todayProgress, type Streak, type TodayProgress } from '$lib/domain/today';
import { todaysAllowance, type Allowance } from '$lib/domain/allowance';
import type { CardCounts } from '$lib/storage/queue';
import type { CardRecord } from '$lib/domain/types';
import { loadBank, loadIndex } from './banks';
import { dayContext, localDayOf } from './day-context';
// Home reads storage's light modules itself rather than through the progress facade (./progress), which carries every
// page's calls: home's first load stays small. The rare bank reconciliation loads progress after the first paint.
import { countBanks } from '$lib/storage/counts';
import { getCards, listLog } from '$lib/storage/records';
import { getSuspended } from '$lib/storage/suspended';
import { getSettings } from '$lib/storage/settings';
import { getExtraNew } from '$lib/storage/extra-new';
import { getPersistence } from '$lib/storage/persistence';
import { reportProblem } from './problems';
import { mayHaveOwnBanks } from '$lib/storage/own-banks-hint';
import { emptyMap, indexBy } from './collections';

export interface HomeBank {
	id: string;
	title: string;
	questionCount: number;
	documentCount: number;
	/** The article, for a per-article bank. */
	doc: BankDocument | null;
	isCorpus: boolean;
	counts: CardCounts | null;
}

const CORPUS = 'corpus';

export class HomeState {
	banks = $state<HomeBank[]>([]);
	today = $state.raw<TodayProgress | null>(null);
	streak = $state.raw<Streak | null>(null);
	/** Today's new-card and review allowance (limits less today's answers). */
	allowance = $state.raw<Allowance | null>(null);
	/** null until the learner has studied (we only ask for persistence then). */
	persisted = $state<boolean | null>(null);
	error = $state<string | null>(null);
	loaded = $state(false);
	/** This device may hold own banks: only then is their list (and its code) loaded. */
	readonly mayHaveOwnBanks = mayHaveOwnBanks();
	#failed: ReadonlyMap<string, ReadonlySet<string>> = emptyMap();

	async load(): Promise<void> {
		try {
			const index = await loadIndex();
			const corpusEntry = index.banks.find((b) => b.id === CORPUS) ?? index.banks[0];
			// The corpus first, then the articles in the index's order.
			const entries = [...index.banks].sort((a, b) => Number(b.id === corpusEntry?.id) - Number(a.id === corpusEntry?.id));
			const docs = indexBy(index.documents, (d) => d.id);
			this.banks = entries.map((e) => ({
				id: e.id,
				title: e.title,
				questionCount: e.questionCount,
				documentCount: e.documents.length,
				doc: e.id === corpusEntry?.id ? null : (docs.get(e.id) ?? null),
				isCorpus: e.id === corpusEntry?.id,
				counts: null
			}));
			this.loaded = true;
			if (!corpusEntry) return;
			const now = Date.now();
			const log = await listLog();
			this.#failed = justFailed(log);
			const counted = await this.#count(entries, now);
			const ctx = dayContext(now);
			this.today = todayProgress(log, ctx);
			this.streak = studyStreak(log, ctx);
			const [settings, extra] = await Promise.all([getSettings(), getExtraNew(localDayOf(now))]);
			this.allowance = todaysAllowance(log, ctx, settings, extra);
			const persistence = await getPersistence();
			this.persisted = persistence.askedAt === null ? null : persistence.granted;

			// After the first paint, and only for a learner with progress: reconcile a changed corpus (notice + recount).
			if (!counted) return;
			await new Promise((resolve) => setTimeout(resolve, 0));
			const { getSyncedBanks } = await import('$lib/storage/bank-sync');
			if ((await getSyncedBanks())[corpusEntry.id]?.version === corpusEntry.version) return;
			const [corpus, { progress }] = await Promise.all([loadBank(corpusEntry.id), import('./progress')]);
			if (await progress.syncBank(corpus, now)) await this.#count(entries, now);
		} catch (e) {
			this.error = reportProblem(e);
			this.loaded = true;
		}
	}

	/** Counts for every bank; false for a new learner (no cards yet: every question is new until they study). */
	async #count(entries: BankIndexEntry[], now: number): Promise<boolean> {
		const [counts, suspended] = await Promise.all([
			countBanks(
				// The corpus counts its own articles only, not the learner's own documents.
				entries.map((e) => (e.id === CORPUS ? { docs: e.documents } : { docs: [e.id] })),
				now
			),
			getSuspended().then(async (ids) => [...(await getCards([...ids])).values()])
		]);
		// Learned: answered, and the latest answer was not Again (a card just failed is not learned).
		const failed = this.#failed;
		const isFailed = (card: CardRecord) => failed.get(card.doc)?.has(card.id) ?? false;
		// Suspended cards (card browser) are neither new, due nor learned until unsuspended.
		const held = (doc: string | null) => {
			const out = { new: 0, due: 0, learned: 0, failed: 0 };
			for (const c of suspended) {
				if (doc !== null && c.doc !== doc) continue;
				if (c.queue === 0) out.new++;
				else if (c.queue === 1) {
					if (c.due <= now) out.due++;
					if (!isFailed(c)) out.learned++;
				}
			}
			return out;
		};
		const notLearned = (id: string) => (id === CORPUS ? [...failed.values()].reduce((a, b) => a + b.size, 0) : (failed.get(id)?.size ?? 0));
		const fresh = counts[entries.findIndex((e) => e.id === CORPUS)]?.total === 0;
		this.banks.forEach((b, i) => {
			const id = entries[i].id;
			const h = held(id === CORPUS ? null : id);
			const c = counts[i];
			b.counts = fresh
				? { new: entries[i].questionCount, due: 0, learned: 0, total: entries[i].questionCount }
				: {
						new: Math.max(0, c.new - h.new),
						due: Math.max(0, c.due - h.due),
						learned: Math.max(0, c.learned - notLearned(id) - h.learned),
						total: c.total
					};
		});
		return !fresh;
	}
}
