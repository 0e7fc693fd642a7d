/// <reference lib="webworker" />
// Builds a bank from one document off the main thread. The builder and its language model (~1 MB gz, ~4 MB of
// script) are in this worker's bundle only, which the add-document page starts as it opens: no other page loads
// them. Messages: in { warm } (load the model while the learner pastes and checks the details) or { doc }; out
// 'stage' (building), then 'done' with the build or 'failed'.
import { buildDocumentBank, type DocumentInput } from '$lib/bank/build-document';
import { ownDocumentId } from '$lib/domain/own-bank';
import { looksEnglish } from './metadata';
import type { BuildReply, BuildRequest } from './build-messages';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: BuildReply) => scope.postMessage(reply);

/** A one-sentence build: loads the language model (the first use costs most of a short build). */
const WARM_UP: DocumentInput = { id: 'warm-up', text: 'On March 3, 2020, the council met in Riverton.', title: 'Warm-up', author: null, publisher: null, date: '2020-03-04' };

scope.onmessage = (event: MessageEvent<BuildRequest>) => {
	if ('warm' in event.data) {
		buildDocumentBank(WARM_UP);
		return;
	}
	try {
		post({ type: 'stage', stage: 'building' });
		const t0 = performance.now();
		const doc = event.data.doc;
		const built = buildDocumentBank({ ...doc, id: ownDocumentId(doc.text) });
		if (!built.ok) return post({ type: 'done', result: built, ms: performance.now() - t0 });
		// What the turned-down list shows of each (their prompt and the reason), then the bank.
		post({ type: 'turned-down', rejected: built.rejected.map((r) => ({ prompt: r.prompt, reason: r.reason })) });
		const result = { ok: true as const, bank: built.bank, words: built.words, scores: built.scores, english: looksEnglish(doc.text) };
		post({ type: 'done', result, ms: performance.now() - t0 });
	} catch (e) {
		post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
	}
};
