// Loads a view's data of a bank (src/lib/views/view-data.ts: written beside the bank's facts when the banks are
// built) through the banks' fetch path (same errors, same offline cache: the service worker precaches banks/*.json),
// cached per page load.
import { BANK_FORMAT } from '$lib/format/bank-format';
import { viewFile, type PeopleData, type PositionsData, type TimelineData, type ViewName } from '$lib/views/view-data';
import { BankLoadError, fetchJson, loadIndex } from './banks';

export interface ViewData {
	timeline: TimelineData;
	people: PeopleData;
	positions: PositionsData;
}

/** The arrays each view's file must hold. */
const SHAPE: { [V in ViewName]: (keyof ViewData[V])[] } = {
	timeline: ['events', 'periods', 'periodCounts'],
	people: ['actors', 'positions', 'sides'],
	positions: ['actors', 'positions', 'issues', 'placesElsewhere']
};

const promises = new Map<string, Promise<unknown>>();

export function loadView<V extends ViewName>(bankId: string, view: V): Promise<ViewData[V]> {
	const key = `${view}:${bankId}`;
	let promise = promises.get(key) as Promise<ViewData[V]> | undefined;
	if (!promise) {
		// Views are published as <id>.<view>.json: fetch that alongside the index instead of after it (as loadBank does);
		// the index still decides which file it is.
		const guess = /^[\w-]+$/.test(bankId) ? viewFile(`${bankId}.facts.json`, view) : null;
		const early = guess ? fetchJson(`/banks/${guess}`) : null;
		early?.catch(() => undefined);
		promise = loadIndex().then(async (index) => {
			const entry = index.banks.find((b) => b.id === bankId);
			if (!entry) throw new BankLoadError(`There is no question bank called “${bankId}”. Go back to the home page and choose one of the banks there.`);
			if (!entry.facts) throw new BankLoadError('This bank has no timeline or who’s who yet: it was published by an older version of Sourcedeck.');
			const file = viewFile(entry.facts, view);
			const data = (await (early && file === guess ? early : fetchJson(`/banks/${file}`))) as ViewData[V] | null;
			if (data?.format !== BANK_FORMAT || !SHAPE[view].every((k) => Array.isArray(data[k])))
				throw new BankLoadError('These facts are from another version of Sourcedeck. Reload the page while online to update the app.');
			return data;
		});
		promise.catch(() => promises.delete(key));
		promises.set(key, promise);
	}
	return promise;
}

/**
 * Fetches the index and a view's file before its page renders (the page's load function), so the page renders once,
 * with the data, instead of "Loading…" first; failures are left to the page, which shows them.
 */
export async function preloadView(bankId: string, view: ViewName): Promise<void> {
	await Promise.allSettled([loadIndex(), loadView(bankId, view)]);
}
