// The add-document page's state: the text (pasted or read from a file), its details, the build in a Web Worker
// (cancellable), the learner's review of each question, and the save. Storage only through $lib/storage.
import type { Bank } from '$lib/format/bank-format';
import { makeOwnBank } from '$lib/domain/own-bank';
import { readOwnBankFile } from '$lib/domain/own-bank-file';
import { saveOwnBank } from '$lib/storage';
import { StorageError } from '$lib/storage/errors';
import { ReviewState, type TurnedDown } from '$lib/state/review.svelte';
import { isoDay, proposeDetails, findDate } from './metadata';
import { checkFileSize, checkText, decodeText, fileKind, type FileRead } from './read-file';
import type { BuildDocument, BuildReply, BuildRequest, BuildStage } from './build-messages';

export type AddStep = 'input' | 'details' | 'building' | 'review' | 'saved';

export interface Details {
	title: string;
	author: string;
	publisher: string;
	date: string;
	dateBasis: string;
}

const today = (now = new Date()) =>
	`${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

export class AddDocumentState {
	step = $state<AddStep>('input');
	text = $state('');
	/** "pasted" or the file's name. */
	origin = $state('pasted');
	details = $state<Details>({ title: '', author: '', publisher: '', date: '', dateBasis: '' });
	/** What is wrong, in the learner's words (input, details, build or save). */
	error = $state('');
	/** A file is being read. */
	reading = $state(false);
	stage = $state<BuildStage | 'starting'>('starting');
	buildStartedAt = $state(0);
	/** The builder's output. */
	built = $state.raw<Bank | null>(null);
	rejected = $state.raw<TurnedDown[]>([]);
	words = $state(0);
	/** Whether the text reads as English (judged in the worker with the build). */
	english = $state(true);
	buildMs = $state(0);
	/** The review of the built questions (decisions, edits, the learner's own questions): state/review.svelte.ts. */
	review = $state.raw<ReviewState | null>(null);
	saving = $state(false);
	saved = $state.raw<Bank | null>(null);

	accepted = $derived(this.review?.accepted ?? []);

	#worker: Worker | null = null;
	/** The turned-down candidates of the build under way (they arrive just before its bank). */
	#turnedDown: TurnedDown[] = [];
	/** A worker loading the builder ahead of the build (from the moment the page opens). */
	#warm: Worker | null = null;
	/** Fields the page from a web page's own metadata, kept over what the text alone suggests. */
	#pageDetails: Partial<Details> = {};

	/** Open a file the learner picked (nothing picked: nothing changes). */
	async openFile(file: File | undefined): Promise<void> {
		if (!file) return;
		this.error = '';
		const kind = fileKind(file.name, file.type);
		if (!kind) {
			this.error = `“${file.name}” is not a file Sourcedeck reads: open a .txt, .html (a saved web page), .pdf or .docx, or paste the text.`;
			return;
		}
		const tooBig = checkFileSize(file.size);
		if (tooBig) {
			this.error = tooBig;
			return;
		}
		this.reading = true;
		try {
			if (kind === 'pdf' || kind === 'docx') {
				// Their readers (pdf.js and its worker; the Word reader) load only when such a file is picked.
				const read = await readDocumentFile(kind, new Uint8Array(await file.arrayBuffer()));
				if (!read.ok) {
					this.error = read.message;
					return;
				}
				this.#pageDetails = read.details;
				this.text = read.text;
				this.origin = file.name;
				this.continue();
				return;
			}
			const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
			if (!decoded.ok) {
				this.error = decoded.message;
				return;
			}
			let text = decoded.text;
			this.#pageDetails = {};
			if (kind === 'html') {
				const { extractPage } = await import('./extract-html');
				const page = extractPage(text);
				text = page.text;
				const stated = page.publishedTime ? findDate(page.publishedTime) ?? isoFromStamp(page.publishedTime) : null;
				this.#pageDetails = {
					...(page.title ? { title: page.title } : {}),
					...(page.byline ? { author: page.byline.replace(/^by\s+/i, '') } : {}),
					...(page.siteName ? { publisher: page.siteName } : {}),
					...(stated ? { date: stated.date, dateBasis: `stated in the page (published ${stated.surface})` } : {})
				};
				if (!text.trim() || page.linkShare > 0.5) {
					this.error = 'This web page has no article text Sourcedeck can find: it is mostly links (a menu or an index), or its text is made by scripts. Open the article’s own page, or copy its text and paste it.';
					return;
				}
			}
			this.text = text;
			this.origin = file.name;
			this.continue();
		} catch {
			this.error = 'The file could not be read. Try opening it again, or paste its text.';
		} finally {
			this.reading = false;
		}
	}

	/** Import a bank file shared from another device (see $lib/domain/own-bank-file): saved whole, or refused whole. */
	async importFile(file: File | undefined): Promise<void> {
		if (!file) return;
		this.error = '';
		const tooBig = checkFileSize(file.size);
		if (tooBig) {
			this.error = tooBig;
			return;
		}
		this.reading = true;
		try {
			const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
			const read = decoded.ok ? readOwnBankFile(decoded.text) : { ok: false as const, message: 'This bank file cannot be imported: it is not text. Nothing was imported.' };
			if (!read.ok) {
				this.error = read.message;
				return;
			}
			await saveOwnBank(read.bank, read.text, { origin: `imported from ${file.name}`, now: Date.now() });
			this.saved = read.bank;
			this.step = 'saved';
		} catch (e) {
			this.error = e instanceof StorageError ? e.message : 'The file could not be read. Try opening it again.';
		} finally {
			this.reading = false;
		}
	}

	/** From the text to its details, proposed from the text (and a web page's metadata). */
	continue(): void {
		this.error = checkText(this.text) ?? '';
		if (this.error) return;
		const proposed = proposeDetails(this.text, today());
		this.details = { ...proposed, publisher: '', ...this.#pageDetails };
		this.step = 'details';
		this.warmUp();
	}

	/** Back to the text (a pasted text edited later starts again from it). */
	back(): void {
		this.cancel();
		this.error = '';
		if (this.origin !== 'pasted') this.#pageDetails = {};
		this.step = 'input';
	}

	pasted(): void {
		this.origin = 'pasted';
		this.#pageDetails = {};
	}

	detailsProblem(): string | null {
		const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(this.details.date);
		if (!m || !isoDay(Number(m[1]), Number(m[2]), Number(m[3]))) return 'The date is not a real day: write it as year-month-day, e.g. 2024-03-15.';
		return null;
	}

	build(): void {
		const problem = this.detailsProblem();
		if (problem) {
			this.error = problem;
			return;
		}
		this.error = '';
		const d = this.details;
		// The worker names the document (a hash of its text): nothing over the whole text runs on the main thread here.
		const doc: BuildDocument = {
			text: this.text,
			title: d.title.trim() || null,
			author: d.author.trim() || null,
			publisher: d.publisher.trim() || null,
			date: d.date,
			dateBasis: d.dateBasis.trim() || undefined
		};
		const worker = this.#warm ?? this.#startWorker();
		this.#warm = null;
		this.#worker = worker;
		this.stage = 'starting';
		this.#turnedDown = [];
		this.buildStartedAt = performance.now();
		this.step = 'building';
		performance.mark('sourcedeck:build-start');
		worker.onmessage = (event: MessageEvent<BuildReply>) => this.#reply(worker, event.data);
		worker.onerror = (event) => {
			event.preventDefault();
			this.#finish(worker);
			this.error = 'The builder stopped before it finished (the device may be low on memory). Close other tabs and try again.';
			this.step = 'details';
		};
		worker.postMessage({ doc } satisfies BuildRequest);
	}

	#startWorker(): Worker {
		// Vite bundles the worker from this exact pattern; the URL is never mutated.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		return new Worker(new URL('./build.worker.ts', import.meta.url), { type: 'module' });
	}

	/**
	 * While the learner pastes and checks the details, a worker loads the builder and its model (seconds of a
	 * phone's time), so Build starts building at once. Called as the page opens, and after a cancelled build.
	 */
	warmUp(): void {
		if (this.#warm) return;
		try {
			const warm = this.#startWorker();
			// A worker whose code could not load (offline before the app was cached) is dropped: Build then starts a
			// fresh one, whose failure it reports.
			warm.onerror = (event) => {
				event.preventDefault();
				warm.terminate();
				if (this.#warm === warm) this.#warm = null;
			};
			warm.postMessage({ warm: true } satisfies BuildRequest);
			this.#warm = warm;
		} catch {
			this.#warm = null; // Build starts a worker then, and says what fails
		}
	}

	#reply(worker: Worker, reply: BuildReply): void {
		if (worker !== this.#worker) return;
		if (reply.type === 'stage') {
			this.stage = reply.stage;
			return;
		}
		if (reply.type === 'turned-down') {
			this.#turnedDown = reply.rejected;
			return;
		}
		this.#finish(worker);
		if (reply.type === 'failed') {
			this.error = `The questions could not be made: ${reply.message}`;
			this.step = 'details';
			return;
		}
		const result = reply.result;
		if (!result.ok) {
			this.error = result.message;
			this.step = 'details';
			return;
		}
		const { bank, words, english } = result;
		const rejected = this.#turnedDown;
		this.#turnedDown = [];
		this.built = bank;
		this.rejected = rejected;
		this.words = words;
		this.english = english;
		this.buildMs = reply.ms;
		this.review = new ReviewState({ docId: bank.id, text: this.text, questions: bank.questions, scores: result.scores, rejected });
		this.step = 'review';
		// Timings the benchmark reads: from Build to the questions in hand, and the builder's own time in the worker.
		performance.measure('sourcedeck:build', 'sourcedeck:build-start');
		performance.mark('sourcedeck:build-worker', { detail: reply.ms });
	}

	#finish(worker: Worker): void {
		worker.terminate();
		if (this.#worker === worker) this.#worker = null;
	}

	/** Stop a build: the worker is ended at once, nothing is kept. */
	cancel(): void {
		if (!this.#worker) return;
		this.#finish(this.#worker);
		this.step = 'details';
		this.warmUp();
	}

	async save(): Promise<void> {
		const built = this.built;
		if (!built || this.saving) return;
		if (this.accepted.length === 0) {
			this.error = 'Accept at least one question to save the bank.';
			return;
		}
		this.error = '';
		this.saving = true;
		try {
			const doc = { ...built.documents[0] };
			// Edited and written questions are the review's own: the bank is made of the accepted questions as they stand.
			const bank = makeOwnBank({ ...built, questions: this.accepted }, this.accepted.map((q) => q.id), doc);
			await saveOwnBank(bank, this.text, { origin: this.origin, now: Date.now() });
			this.saved = bank;
			this.step = 'saved';
		} catch (e) {
			this.error = e instanceof StorageError ? e.message : `The bank could not be saved: ${e instanceof Error ? e.message : String(e)}`;
		} finally {
			this.saving = false;
		}
	}

	/** Leaving the page: a build in progress is ended. */
	destroy(): void {
		this.#worker?.terminate();
		this.#warm?.terminate();
		this.#worker = this.#warm = null;
	}
}

async function readDocumentFile(kind: 'pdf' | 'docx', bytes: Uint8Array): Promise<FileRead> {
	if (kind === 'docx') return (await import('./read-docx')).readDocx(bytes);
	const [{ readPdf }, { loadPdfjs }] = await Promise.all([import('./read-pdf'), import('./load-pdfjs')]);
	let pdfjs;
	try {
		pdfjs = await loadPdfjs();
	} catch {
		return { ok: false, message: 'The PDF reader could not be loaded (it is fetched the first time a PDF is opened): connect to the internet once and open the file again, or paste its text.' };
	}
	return readPdf(bytes, pdfjs);
}

/** "2024-03-15T10:00:00Z" → the day it names. */
function isoFromStamp(stamp: string): { date: string; surface: string } | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(stamp);
	const date = m ? isoDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
	return date ? { date, surface: m![0] } : null;
}
