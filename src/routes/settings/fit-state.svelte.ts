// Settings' "Fit to my reviews": whether the log is big enough, the fitting worker, the result with its gain, and
// applying or undoing the parameters. The worker (and the optimizer's WebAssembly) is started only on request.
import { progress } from '$lib/state/progress';
import { reportProblem } from '$lib/state/problems';
import { fitDataFromLog, fitReadiness } from '$lib/domain/fit-data';
import { logLossGain, type Evaluation } from '$lib/domain/fit-evaluate';
import { DEFAULT_PARAMETERS, validParameters } from '$lib/domain/fsrs-parameters';
import type { FitReply, FitRequest, FitStage } from './fit-messages';

export type FitPhase = 'loading' | 'not-enough' | 'ready' | 'fitting' | 'result' | 'failed';

export interface FitResult {
	parameters: number[];
	current: Evaluation;
	fitted: Evaluation;
	items: number;
	ms: number;
	/** Relative log-loss improvement, percent (≤ 0: not better). */
	gain: number;
}

export class FitState {
	phase = $state<FitPhase>('loading');
	/** Reviews on a later day the log has, and how many more a fit needs. */
	have = $state(0);
	needed = $state(0);
	stage = $state<FitStage>('loading');
	result = $state.raw<FitResult | null>(null);
	/** The learner's own parameters in use (null: the defaults). */
	inUse = $state.raw<number[] | null>(null);
	/** What Undo restores (undefined: nothing to undo). */
	previous = $state.raw<number[] | null | undefined>(undefined);
	message = $state<{ kind: 'ok' | 'error'; text: string } | null>(null);
	busy = $state(false);
	#worker: Worker | null = null;

	async load(): Promise<void> {
		try {
			const [settings, entries] = await Promise.all([progress.getSettings(), progress.listLog()]);
			this.inUse = validParameters(settings.fsrsParameters);
			const readiness = fitReadiness(fitDataFromLog(entries));
			this.have = readiness.have;
			this.needed = readiness.needed;
			this.phase = readiness.ready ? 'ready' : 'not-enough';
		} catch (e) {
			this.message = { kind: 'error', text: reportProblem(e) };
			this.phase = 'failed';
		}
	}

	/** The parameters scheduling uses now. */
	get current(): readonly number[] {
		return this.inUse ?? DEFAULT_PARAMETERS;
	}

	async start(): Promise<void> {
		if (this.phase === 'fitting') return;
		this.message = null;
		this.result = null;
		this.phase = 'fitting';
		this.stage = 'loading';
		let entries;
		try {
			entries = await progress.listLog();
		} catch (e) {
			this.message = { kind: 'error', text: reportProblem(e) };
			this.phase = 'ready';
			return;
		}
		if (this.phase !== 'fitting') return; // cancelled meanwhile
		let worker: Worker;
		try {
			worker = this.#startWorker();
		} catch (e) {
			this.#fail(`The optimizer could not start: ${e instanceof Error ? e.message : String(e)}`);
			return;
		}
		this.#worker = worker;
		worker.onmessage = (event: MessageEvent<FitReply>) => this.#reply(worker, event.data);
		worker.onerror = (event) => {
			event.preventDefault();
			this.#finish(worker);
			this.#fail('The optimizer stopped before it finished (the device may be low on memory, or offline before Settings was ever opened online). Try again.');
		};
		const request: FitRequest = { entries, current: [...this.current] };
		worker.postMessage(request);
	}

	#startWorker(): Worker {
		// Vite bundles the worker from this exact pattern; the URL is never mutated.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		return new Worker(new URL('./fit.worker.ts', import.meta.url), { type: 'module' });
	}

	#reply(worker: Worker, reply: FitReply): void {
		if (worker !== this.#worker) return;
		if (reply.type === 'stage') {
			this.stage = reply.stage;
			return;
		}
		this.#finish(worker);
		if (reply.type === 'done') {
			const gain = logLossGain(reply.current, reply.fitted);
			this.result = { parameters: reply.parameters, current: reply.current, fitted: reply.fitted, items: reply.items, ms: reply.ms, gain };
			this.phase = 'result';
			// Read by the benchmark: the fit's own time in the worker.
			performance.mark('sourcedeck:fit', { detail: { ms: reply.ms, items: reply.items } });
		} else if (reply.type === 'not-enough') {
			this.needed = reply.needed;
			this.phase = 'not-enough';
		} else if (reply.type === 'unsupported') {
			this.#fail(`This browser cannot run the optimizer (${reply.message}). Your parameters are unchanged; scheduling works as before.`);
		} else {
			this.#fail(`The fit failed: ${reply.message}. Your parameters are unchanged.`);
		}
	}

	#fail(text: string): void {
		this.message = { kind: 'error', text };
		this.phase = 'ready';
	}

	#finish(worker: Worker): void {
		worker.terminate();
		if (this.#worker === worker) this.#worker = null;
	}

	/** Stop a fit: the worker is ended at once, nothing changes. */
	cancel(): void {
		if (this.#worker) this.#finish(this.#worker);
		if (this.phase === 'fitting') {
			this.phase = 'ready';
			this.message = { kind: 'ok', text: 'Fit cancelled. Your parameters are unchanged.' };
		}
	}

	/** Use the fitted parameters for all scheduling from now on. */
	async apply(): Promise<void> {
		const result = this.result;
		if (!result) return;
		await this.#use(result.parameters, 'Your fitted parameters are in use: every card you answer from now on is scheduled with them.');
		if (this.inUse === result.parameters) {
			this.result = null;
			this.phase = 'ready';
		}
	}

	/** Back to the parameters in use before the last Apply. */
	async undo(): Promise<void> {
		if (this.previous === undefined) return;
		const restore = this.previous;
		await this.#use(restore, restore ? 'Your earlier parameters are back in use.' : 'The default parameters are back in use.', false);
		if (this.inUse === restore) this.previous = undefined;
	}

	async useDefaults(): Promise<void> {
		await this.#use(null, 'The default parameters are back in use.');
	}

	async #use(parameters: number[] | null, text: string, remember = true): Promise<void> {
		this.busy = true;
		this.message = null;
		try {
			const before = this.inUse;
			await progress.saveSettings({ fsrsParameters: parameters });
			if (remember) this.previous = before;
			this.inUse = parameters;
			this.message = { kind: 'ok', text };
		} catch (e) {
			this.message = { kind: 'error', text: `Nothing was changed: ${reportProblem(e)}` };
		} finally {
			this.busy = false;
		}
	}

	destroy(): void {
		if (this.#worker) this.#finish(this.#worker);
	}
}
