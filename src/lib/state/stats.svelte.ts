// The statistics page's figures, all computed by the domain from the review log and the cards.
import {
	createScheduler,
	dueForecast,
	masteryByArticle,
	masteryByKind,
	reviewsPerDay,
	trueRetention,
	type DayCount,
	type Mastery,
	type Retention,
	type ReviewDay,
	type CardRecord
} from '$lib/domain';
import { startOfLocalDay } from '$lib/domain/days';
import type { BankDocument, QuestionKind } from '$lib/format/bank-format';
import { loadCorpus } from './banks';
import { dayContext, progress } from './progress';
import { reportProblem } from './problems';
import { indexBy } from './collections';

export interface StatsFigures {
	perDay: ReviewDay[];
	retention: Retention;
	forecast7: DayCount[];
	forecast30: DayCount[];
	byKind: [QuestionKind, Mastery][];
	byArticle: [BankDocument, Mastery][];
	totalReviews: number;
	/** Scheduled cards due now (the home page's "Due now" for all articles) and later today. */
	dueNow: number;
	dueLaterToday: number;
}

export class StatsState {
	figures = $state.raw<StatsFigures | null>(null);
	error = $state<string | null>(null);

	async load(): Promise<void> {
		try {
			const now = Date.now();
			const ctx = dayContext(now);
			const corpus = await loadCorpus();
			await progress.syncBank(corpus, now);
			const [log, cards, settings] = await Promise.all([progress.listLog(), progress.listCards(), progress.getSettings()]);
			const scheduler = createScheduler(settings);
			const cardMap = indexBy(cards, (c) => c.id);
			const byArticle = masteryByArticle(corpus.questions, cardMap, scheduler, now);
			const perDay = reviewsPerDay(log, ctx, 30);
			this.figures = {
				perDay,
				retention: trueRetention(log),
				forecast7: dueForecast(cards, ctx, 7),
				forecast30: dueForecast(cards, ctx, 30),
				byKind: Object.entries(masteryByKind(corpus.questions, cardMap, scheduler, now)) as [QuestionKind, Mastery][],
				byArticle: corpus.documents.filter((d) => byArticle[d.id]).map((d) => [d, byArticle[d.id]] as [BankDocument, Mastery]),
				totalReviews: perDay.reduce((sum, d) => sum + d.count, 0),
				...dueToday(cards, now)
			};
		} catch (e) {
			this.error = reportProblem(e);
		}
	}
}

function dueToday(cards: readonly CardRecord[], now: number): { dueNow: number; dueLaterToday: number } {
	const end = startOfLocalDay(now, dayContext(now).utcOffsetMinutes) + 86_400_000;
	let dueNow = 0;
	let dueLaterToday = 0;
	for (const c of cards) {
		if (c.queue !== 1) continue;
		if (c.due <= now) dueNow++;
		else if (c.due < end) dueLaterToday++;
	}
	return { dueNow, dueLaterToday };
}
