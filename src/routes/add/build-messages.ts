// What the build worker sends back to the add-document page.
import type { Bank } from '$lib/format/bank-format';
import type { Rejection } from '$lib/bank/candidate';
import type { QuestionScores } from '$lib/bank/build-document';

export type BuildStage = 'loading' | 'building';

export type BuildReply =
	| { type: 'stage'; stage: BuildStage }
	/** Only what the page shows (not the facts or the text report: less to copy onto the main thread). */
	| { type: 'done'; result: { ok: true; bank: Bank; rejected: Rejection[]; words: number; scores: QuestionScores } | { ok: false; message: string }; ms: number }
	| { type: 'failed'; message: string };
