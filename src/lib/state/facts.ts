// Loads a bank's facts through the banks' fetch path (same errors, same offline cache: the service worker
// precaches banks/*.json), cached per page load.
import type { BankFacts } from '$lib/format/bank-format';
import { BANK_FORMAT } from '$lib/format/bank-format';
import { BankLoadError, fetchJson, loadIndex } from './banks';

const factsPromises = new Map<string, Promise<BankFacts>>();

export function loadFacts(bankId: string): Promise<BankFacts> {
	let promise = factsPromises.get(bankId);
	if (!promise) {
		promise = loadIndex().then(async (index) => {
			const entry = index.banks.find((b) => b.id === bankId);
			if (!entry) throw new BankLoadError(`There is no question bank called “${bankId}”. Go back to the home page and choose one of the banks there.`);
			if (!entry.facts) throw new BankLoadError('This bank has no timeline or who’s who yet: it was published by an older version of Sourcedeck.');
			const facts = (await fetchJson(`/banks/${entry.facts}`)) as BankFacts;
			if (facts?.format !== BANK_FORMAT || !Array.isArray(facts.events) || !Array.isArray(facts.actors) || !Array.isArray(facts.positions))
				throw new BankLoadError('These facts are from another version of Sourcedeck. Reload the page while online to update the app.');
			return { ...facts, places: Array.isArray(facts.places) ? facts.places : [] };
		});
		promise.catch(() => factsPromises.delete(bankId));
		factsPromises.set(bankId, promise);
	}
	return promise;
}

