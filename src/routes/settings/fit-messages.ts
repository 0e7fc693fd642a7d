// What the Settings page and its FSRS fitting worker say to each other.
import type { LogEntry } from '$lib/domain/types';
import type { Evaluation } from '$lib/domain/fit-evaluate';

export interface FitRequest {
	entries: LogEntry[];
	/** The parameters scheduling uses now (the learner's or the defaults). */
	current: number[];
}

export type FitStage = 'loading' | 'fitting';

export type FitReply =
	| { type: 'stage'; stage: FitStage; items: number }
	| { type: 'done'; parameters: number[]; current: Evaluation; fitted: Evaluation; items: number; ms: number }
	| { type: 'not-enough'; needed: number }
	/** This browser cannot run the optimizer (no shared WebAssembly memory). */
	| { type: 'unsupported'; message: string }
	| { type: 'failed'; message: string };
