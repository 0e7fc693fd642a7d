/// <reference lib="webworker" />
// Fits the FSRS parameters to the learner's log off the main thread, and measures how well the current and the
// fitted parameters predict it. fsrs-browser (fsrs-rs compiled to WebAssembly, ~430 KB gzip) is in this worker's
// bundle only, which Settings starts when the learner asks for a fit: no other page loads it.
// In: FitRequest. Out: 'stage' (loading, fitting), then 'done', 'not-enough', 'unsupported' or 'failed'.
import init, { Fsrs } from 'fsrs-browser';
import { fitDataFromLog, fitReadiness, packItems } from '$lib/domain/fit-data';
import { evaluateParameters } from '$lib/domain/fit-evaluate';
import { clampParameters } from '$lib/domain/fsrs-parameters';
import type { FitReply, FitRequest } from './fit-messages';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: FitReply) => scope.postMessage(reply);

scope.onmessage = async (event: MessageEvent<FitRequest>) => {
	try {
		const data = fitDataFromLog(event.data.entries);
		const readiness = fitReadiness(data);
		if (!readiness.ready) return post({ type: 'not-enough', needed: readiness.needed });
		post({ type: 'stage', stage: 'loading', items: data.items.length });
		try {
			// fsrs-rs is built with WebAssembly threads: its memory is shared, which some browsers allow only on
			// cross-origin-isolated pages. It runs on this one worker thread (no thread pool is started).
			await init();
		} catch (e) {
			return post({ type: 'unsupported', message: e instanceof Error ? e.message : String(e) });
		}
		post({ type: 'stage', stage: 'fitting', items: data.items.length });
		const t0 = performance.now();
		const { ratings, deltaTs, lengths } = packItems(data.items);
		const raw = new Fsrs().computeParameters(ratings, deltaTs, lengths, undefined, true);
		const parameters = clampParameters(raw);
		if (!parameters) throw new Error(`the optimizer returned ${raw.length} values that are not usable parameters`);
		post({
			type: 'done',
			parameters,
			current: evaluateParameters(data.items, event.data.current),
			fitted: evaluateParameters(data.items, parameters),
			items: data.items.length,
			ms: performance.now() - t0
		});
	} catch (e) {
		post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
	}
};
