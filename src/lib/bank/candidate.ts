/** A question on its way through the pipeline: the shipped Question plus what the gates and ranking need. */
import type { Question } from '../format/bank-format';
import type { ErrorPlace } from './errors';

export interface Candidate {
	question: Question;
	/** How the question was made ("cloze-date", "who-said", "curated" …): part of the id, never shown. */
	form: string;
	/** The fact's anchor for the id: the normalised supporting sentence (curated: the slug). */
	anchor: string;
	/** The answer as it stands in the quote (truefalse: the true fact), for support and distractor checks. */
	fact: string;
	/** Other names of the answer that count as support and must not appear in the prompt (aliases, authors). */
	aliases: string[];
	/** The answer is derived (a side, an article), not literal: checked by construction or marked reviewed. */
	derived?: 'document' | 'reviewed';
	/** Other names of each wrong choice, so "never true elsewhere" also finds "Putin" for "Vladimir Putin". */
	choiceAliases?: Record<string, string[]>;
	/**
	 * Generated order questions: each item's date (YYYY, YYYY-MM or YYYY-MM-DD) and how its quote writes it,
	 * parallel to `items` and `sources`, so the gates can check the order (never shipped).
	 */
	itemDates?: { date: string; surface: string }[];
	/**
	 * Why the question would tell its answer or state a forecast as fact, when its generator knows (the article's
	 * main subject blanked, a date after the article's own): the give-away gate rejects it with this reason.
	 */
	giveaway?: string;
	/** The prompt shows the sentence before the quoted one (sources[1]), which resolves its "this" or "the meeting". */
	context?: boolean;
	/** Names put in square brackets for a definite noun ("[the Old Mill Bridge]" for "the bridge"), see add-context.ts. */
	named?: string[];
	/** The prompt shows only the clause holding the blank, of this many words (a long sentence cut, see add-context.ts). */
	clause?: number;
	score: number;
	/** Why the score is what it is (report). */
	notes: string[];
	/** Curated or edited questions: where they were written. */
	place?: ErrorPlace;
}

export interface Rejection {
	id: string;
	doc: string;
	form: string;
	prompt: string;
	reason: string;
}
