// What the add-document page and the build worker say to each other.
import type { Bank } from '$lib/format/bank-format';
import type { TurnedDown } from '$lib/state/review.svelte';
import type { DocumentInput, QuestionScores } from '$lib/bank/build-document';

export type BuildStage = 'loading' | 'building';

/** To the worker: load the builder and its model now (sent as the page opens), or build this document. */
export type BuildRequest = { warm: true } | { doc: BuildDocument };

/** The document as the page has it: the worker names it (a hash of its text) off the main thread. */
export type BuildDocument = Omit<DocumentInput, 'id'>;

export type BuildReply =
	| { type: 'stage'; stage: BuildStage }
	/**
	 * The candidates the builder turned down (several times the bank's size), just before 'done' in a message of its
	 * own: the page copies them in a task of their own, not in the one that paints the review screen.
	 */
	| { type: 'turned-down'; rejected: TurnedDown[] }
	/**
	 * Only what the page shows (not the facts or the text report: less to copy onto the main thread), and whether the
	 * text reads as English (a pass over the whole text, kept off the task that paints the review screen).
	 */
	| { type: 'done'; result: { ok: true; bank: Bank; words: number; scores: QuestionScores; english: boolean } | { ok: false; message: string }; ms: number }
	| { type: 'failed'; message: string };
