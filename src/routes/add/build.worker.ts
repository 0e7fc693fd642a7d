/// <reference lib="webworker" />
// Builds a bank from one document off the main thread. The builder and its language model (~1 MB) are in this
// worker's bundle only, which the add-document page starts on demand: no other page loads them. Messages: in
// { doc }; out 'stage' (the model is loaded, building), then 'done' with the build or 'failed'.
import { buildDocumentBank, type DocumentInput } from '$lib/bank/build-document';
import type { BuildReply } from './build-messages';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: BuildReply) => scope.postMessage(reply);

scope.onmessage = (event: MessageEvent<{ doc: DocumentInput }>) => {
	try {
		post({ type: 'stage', stage: 'building' });
		const t0 = performance.now();
		const result = buildDocumentBank(event.data.doc);
		post({ type: 'done', result, ms: performance.now() - t0 });
	} catch (e) {
		post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
	}
};
