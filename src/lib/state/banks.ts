// Loads the question banks the builder publishes under /banks/ (cached per page load; the service worker
// caches the files for offline use).
import type { Bank, BankIndex } from '$lib/format/bank-format';
import { BANK_FORMAT } from '$lib/format/bank-format';

export class BankLoadError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'BankLoadError';
	}
}

let indexPromise: Promise<BankIndex> | undefined;
const bankPromises = new Map<string, Promise<Bank>>();

export async function fetchJson(url: string): Promise<unknown> {
	let response: Response;
	try {
		response = await fetch(url);
	} catch {
		throw new BankLoadError(
			'The questions could not be loaded: this device seems to be offline and has not saved them yet. Connect to the internet, then reload the page.'
		);
	}
	if (!response.ok)
		throw new BankLoadError(
			`A question file is missing on the server (error ${response.status}). Reload the page; if this stays, the app may be updating: try again in a few minutes.`
		);
	try {
		return await response.json();
	} catch {
		// A network login page or a cut-off download instead of the file.
		throw new BankLoadError('A question file arrived damaged (the network sent something else). Reload the page while online.');
	}
}

export function loadIndex(): Promise<BankIndex> {
	indexPromise ??= fetchJson('/banks/index.json').then((value) => {
		const index = value as BankIndex;
		if (index.format !== BANK_FORMAT) throw new BankLoadError('The questions are from another version of Sourcedeck. Reload the page while online to update the app.');
		return index;
	});
	indexPromise.catch(() => (indexPromise = undefined));
	return indexPromise;
}

/** A learner's own bank ("u-…", see $lib/domain/own-bank) from this device's storage; loaded only when asked for. */
async function loadOwnBank(id: string): Promise<Bank> {
	const { getOwnBank } = await import('$lib/storage/own-banks');
	const bank = await getOwnBank(id);
	if (!bank) throw new BankLoadError('This bank of your own is not on this device (it may have been deleted). Go back to the home page and choose a bank there.');
	return bank;
}

export function loadBank(id: string): Promise<Bank> {
	// Not cached: a bank of one's own can be saved again or deleted while the app is open.
	if (id.startsWith('u-')) return loadOwnBank(id);
	let promise = bankPromises.get(id);
	if (!promise) {
		// Banks are published as <id>.json: fetch that alongside the index instead of after it (a cold start offline
		// waits for each request in turn); the index still decides which file is the bank.
		const guess = /^[\w-]+$/.test(id) ? `${id}.json` : null;
		const early = guess ? fetchJson(`/banks/${guess}`) : null;
		early?.catch(() => undefined);
		promise = loadIndex().then(async (index) => {
			const entry = index.banks.find((b) => b.id === id);
			if (!entry) throw new BankLoadError(`There is no question bank called “${id}”. Go back to the home page and choose one of the banks there.`);
			const bank = (await (early && entry.file === guess ? early : fetchJson(`/banks/${entry.file}`))) as Bank;
			if (bank.format !== BANK_FORMAT) throw new BankLoadError('This question bank is from another version of Sourcedeck. Reload the page while online to update the app.');
			return bank;
		});
		promise.catch(() => bankPromises.delete(id));
		bankPromises.set(id, promise);
	}
	return promise;
}

/** The corpus bank holds every question and document; used to resolve any question id or document id. */
export async function loadCorpus(): Promise<Bank> {
	const index = await loadIndex();
	const corpus = index.banks.find((b) => b.id === 'corpus') ?? index.banks[0];
	if (!corpus) throw new BankLoadError('No question banks are published yet.');
	return loadBank(corpus.id);
}
