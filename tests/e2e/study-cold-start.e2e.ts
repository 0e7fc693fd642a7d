// A study page opened again shows the card it was showing at once, from the copy saved then (app.html,
// src/lib/pwa/study-snapshot.ts), while the app is still starting; a tap or an answer typed meanwhile is not lost.
// The app's scripts are held back here (its entry module waits for the test) to see the copy alone on screen.
// Service workers are blocked so that page.route sees every request.
import { expect, test, type Page } from '@playwright/test';
import type { Question } from '../../src/lib/format/bank-format';
import { corpus } from './ui-helpers';

test.use({ serviceWorkers: 'block' });

const SNAPSHOT_KEY = 'sourcedeck:study-snapshot';

/** Holds requests for `url` until the returned function is called. */
async function hold(page: Page, url: RegExp): Promise<() => void> {
	let release!: () => void;
	const released = new Promise<void>((done) => (release = done));
	await page.route(url, async (route) => {
		await released;
		await route.continue().catch(() => undefined); // the page may have gone meanwhile
	});
	return release;
}

/** Holds the app's entry module: the app cannot start before the returned function is called. */
const holdApp = (page: Page) => hold(page, /\/_app\/immutable\/entry\/app\.[^/]+\.js$/);

async function firstOfType(page: Page, type: Question['type']): Promise<Question> {
	const q = (await corpus(page)).questions.find((x) => x.type === type);
	if (!q) throw new Error(`no ${type} question in the corpus`);
	return q;
}

/** Opens a session of this one question and waits until its card has been saved for the next start. */
async function studyOnce(page: Page, q: Question): Promise<string> {
	const url = `/study?bank=corpus&only=${q.id}`;
	await page.goto(url);
	await expect(page.getByRole('heading', { name: q.prompt })).toBeVisible();
	await page.waitForFunction((key) => localStorage.getItem(key)?.includes('"card"'), SNAPSHOT_KEY);
	return url;
}

test('reopened, the card shows before the app has started; a choice tapped then is answered once it has', async ({ page }) => {
	await page.goto('/');
	const q = await firstOfType(page, 'choice');
	await studyOnce(page, q);
	const shownOrder = await page.locator('article ul.choices button').allTextContents();

	const release = await holdApp(page);
	await page.reload({ waitUntil: 'commit' });
	// The saved copy: the same question with its choices in the same order, no verdict yet (nothing is running).
	await expect(page.locator('[data-study-snapshot]')).toBeVisible();
	await expect(page.getByRole('heading', { name: q.prompt })).toBeVisible();
	expect(await page.locator('[data-study-snapshot] article ul.choices button').allTextContents()).toEqual(shownOrder);
	await page.getByRole('button', { name: q.answer, exact: true }).click();
	await expect(page.getByText('✓ Correct')).toHaveCount(0);

	release();
	// The app takes over with the same card and the tap: the verdict, then the rating stores the answer.
	await expect(page.getByText('✓ Correct')).toBeVisible();
	await expect(page.locator('[data-study-snapshot]')).toHaveCount(0);
	expect(await page.locator('article ul.choices button').allTextContents()).toEqual(shownOrder);
	// Once answered, the copy is gone: the next start never paints a card already answered.
	expect(await page.evaluate((key) => localStorage.getItem(key), SNAPSHOT_KEY)).toBeNull();
	await page.getByRole('button', { name: /^Good\b/ }).click();
	await expect(page.getByText('· 1 answered')).toBeVisible();
});

test('an answer typed into the saved card before the app has started is checked by the app, not lost', async ({ page }) => {
	await page.goto('/');
	const q = await firstOfType(page, 'typed');
	const url = await studyOnce(page, q);

	const release = await holdApp(page);
	await page.reload({ waitUntil: 'commit' });
	const box = page.getByRole('textbox', { name: /Your answer/ });
	await expect(page.locator('[data-study-snapshot]')).toBeVisible();
	await box.fill(q.answer);
	// Enter on the copy neither reloads the page nor loses the text.
	await box.press('Enter');
	expect(new URL(page.url()).search).toBe(new URL(url, 'http://x').search);

	release();
	await expect(page.getByText('✓ Correct')).toBeVisible();
	await expect(page.locator('[data-study-snapshot]')).toHaveCount(0);
});

test('a copy made by another build, for another page, or damaged is not painted; the app shows its own card', async ({ page }) => {
	await page.goto('/');
	const q = await firstOfType(page, 'choice');
	const url = await studyOnce(page, q);
	const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), SNAPSHOT_KEY)) ?? '{}');

	const bad = [
		JSON.stringify({ ...saved, build: 'app.older.js' }),
		JSON.stringify({ ...saved, key: '/study?bank=corpus' }),
		'{"v":1,"html":',
		JSON.stringify({ ...saved, v: 2 })
	];
	for (const value of bad) {
		await page.evaluate(([key, v]) => localStorage.setItem(key, v), [SNAPSHOT_KEY, value]);
		const release = await holdApp(page);
		await page.goto(url, { waitUntil: 'domcontentloaded' });
		await expect(page.locator('[data-study-snapshot]')).toHaveCount(0);
		await expect(page.getByRole('heading', { name: q.prompt })).toHaveCount(0);
		release();
		await expect(page.getByRole('heading', { name: q.prompt })).toBeVisible();
		await page.unrouteAll();
	}
});

test('a menu link followed from the saved card leads to that page, and the copy goes', async ({ page }) => {
	await page.goto('/');
	const q = await firstOfType(page, 'choice');
	await studyOnce(page, q);
	// The app starts, but the study page waits for its bank: the copy stays on screen meanwhile.
	const release = await hold(page, /\/banks\/corpus\.json$/);
	await page.reload({ waitUntil: 'commit' });
	await expect(page.locator('[data-study-snapshot]')).toBeVisible();
	await page.getByRole('link', { name: 'Stats' }).click();
	await expect(page).toHaveURL(/\/stats$/);
	await expect(page.locator('[data-study-snapshot]')).toHaveCount(0);
	await expect(page.getByRole('heading', { name: q.prompt })).toHaveCount(0);
	release();
});
