import { expect, test, type Page } from '@playwright/test';
import { answerCard, statsFigures } from './ui-helpers';

/** New / Due / Learned of every bank on the home page, by heading. */
async function allHomeCounts(page: Page): Promise<Record<string, string[]>> {
	await page.goto('/');
	const banks = page.locator('li.bank');
	await expect(banks.first().getByRole('definition').first()).not.toHaveText('–');
	await expect(banks.getByRole('definition').filter({ hasText: '–' })).toHaveCount(0);
	const out: Record<string, string[]> = {};
	for (const bank of await banks.all()) out[(await bank.getByRole('heading').textContent()) ?? ''] = await bank.getByRole('definition').allTextContents();
	return out;
}

test('progress saved by the previous app version (database schema 1) is all there after the update', async ({ page }) => {
	await page.goto('/study?bank=corpus');
	await answerCard(page, { right: true });
	await answerCard(page, { right: true, rating: 'Hard' });
	await answerCard(page, { right: true, rating: 'Easy' });
	await answerCard(page, { right: true });
	const before = await allHomeCounts(page);
	expect(before['All articles'][2]).toBe('4');
	const statsBefore = await statsFigures(page);

	// Rewrite the same records into a database as the previous version made it (schema 1: no count tallies).
	await page.goto('/settings');
	const copied = await page.evaluate(async () => {
		const request = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
		const open = (version?: number, upgrade?: (db: IDBDatabase) => void) =>
			new Promise<IDBDatabase>((resolve, reject) => {
				const r = indexedDB.open('sourcedeck', version);
				r.onupgradeneeded = () => upgrade?.(r.result);
				r.onsuccess = () => resolve(r.result);
				r.onerror = () => reject(r.error);
				r.onblocked = () => reject(new Error('blocked'));
			});
		const stores = ['cards', 'reviews', 'settings', 'flags', 'meta', 'quizzes', 'quizResults'];
		const current = await open();
		const dump: Record<string, { keys: IDBValidKey[]; values: unknown[] }> = {};
		const read = current.transaction(stores, 'readonly');
		for (const name of stores) {
			dump[name] = { keys: await request(read.objectStore(name).getAllKeys()), values: await request(read.objectStore(name).getAll()) };
		}
		const version = current.version;
		current.close();
		await request(indexedDB.deleteDatabase('sourcedeck'));
		const old = await open(1, (db) => {
			const cards = db.createObjectStore('cards', { keyPath: 'id' });
			cards.createIndex('byQueueDue', ['queue', 'due']);
			cards.createIndex('byDocQueueDue', ['doc', 'queue', 'due']);
			const reviews = db.createObjectStore('reviews', { keyPath: 'id' });
			reviews.createIndex('byQuestion', 'questionId');
			reviews.createIndex('byAt', 'at');
			db.createObjectStore('settings');
			db.createObjectStore('flags', { keyPath: 'questionId' });
			db.createObjectStore('meta');
			db.createObjectStore('quizzes', { keyPath: 'code' });
			db.createObjectStore('quizResults', { keyPath: ['quizCode', 'studentKey'] }).createIndex('byQuiz', 'quizCode');
		});
		const write = old.transaction(stores, 'readwrite');
		for (const name of stores) {
			const store = write.objectStore(name);
			dump[name].values.forEach((value, i) => store.put(value, store.keyPath === null ? dump[name].keys[i] : undefined));
		}
		await new Promise((resolve, reject) => ((write.oncomplete = resolve), (write.onerror = () => reject(write.error))));
		const names = [...old.objectStoreNames];
		old.close();
		return { version, cards: dump.cards.values.length, reviews: dump.reviews.values.length, names };
	});
	expect(copied.version).toBeGreaterThan(1);
	expect(copied.names).not.toContain('tallies');
	expect(copied.reviews).toBe(4);

	// The app opens it, upgrades it and shows the same counts and statistics.
	expect(await allHomeCounts(page)).toEqual(before);
	expect(await statsFigures(page)).toEqual(statsBefore);

	// And counting goes on from there.
	await page.goto('/study?bank=corpus');
	await answerCard(page, { right: true });
	const after = await allHomeCounts(page);
	expect(Number(after['All articles'][2])).toBe(5);
	expect(Number(after['All articles'][0])).toBe(Number(before['All articles'][0]) - 1);
});
