/// <reference lib="webworker" />
// Builds a bank from one document off the main thread. The builder and its language model (~1 MB) are in this
// worker's bundle only, which the add-document page starts on demand: no other page loads them. Messages: in
// { warm } (load the model while the learner checks the details) or { doc }; out 'stage' (building), then 'done'
// with the build or 'failed'.
import { buildDocumentBank, type DocumentInput } from '$lib/bank/build-document';
import type { BuildReply } from './build-messages';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: BuildReply) => scope.postMessage(reply);

/** A one-sentence build: loads the language model (the first use costs most of a short build). */
const WARM_UP: DocumentInput = { id: 'warm-up', text: 'On March 3, 2020, the council met in Riverton.', title: 'Warm-up', author: null, publisher: null, date: '2020-03-04' };

scope.onmessage = (event: MessageEvent<{ doc: DocumentInput } | { warm: true }>) => {
	if ('warm' in event.data) {
		buildDocumentBank(WARM_UP);
		return;
	}
	try {
		post({ type: 'stage', stage: 'building' });
		const t0 = performance.now();
		const built = buildDocumentBank(event.data.doc);
		const result = built.ok ? { ok: true as const, bank: built.bank, rejected: built.rejected, words: built.words, scores: built.scores } : built;
		post({ type: 'done', result, ms: performance.now() - t0 });
	} catch (e) {
		post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
	}
};
