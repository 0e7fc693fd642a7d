// What the build worker sends back to the add-document page.
import type { DocumentBuild } from '$lib/bank/build-document';

export type BuildStage = 'loading' | 'building';

export type BuildReply =
	| { type: 'stage'; stage: BuildStage }
	| { type: 'done'; result: DocumentBuild; ms: number }
	| { type: 'failed'; message: string };
