// Offline first: after one visit, the whole app works with the server gone — pages opened by URL, banks,
// studying, and the progress kept across reloads. A control run with service workers blocked fails the same steps.
import { expect, test } from '@playwright/test';
import { abortAllRequests, expectTodayAnswers, studyOneCard, waitForServiceWorker, watchCsp } from './pwa-checks';
import { startServer } from './pwa-server';

test('after one visit, studying works with the network cut and the progress survives reloads', async ({ page, context }) => {
	test.setTimeout(120_000);
	const csp = await watchCsp(context);
	const server = await startServer();
	await page.goto(`${server.url}/`);
	await waitForServiceWorker(page);

	// The network goes for real: the server stops, and nothing may leave the browser either.
	await server.close();
	await abortAllRequests(context);
	const requestsWhenCut = server.requests.length;

	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Sourcedeck' })).toBeVisible();
	// A deep link straight to a study page, as from the home screen.
	await page.goto(`${server.url}/study?bank=corpus`);
	const studied: string[] = [];
	for (let i = 0; i < 5; i++) studied.push(await studyOneCard(page));
	expect(new Set(studied).size).toBe(5);

	await page.reload();
	await expect(page.getByRole('article', { name: 'Question' })).toBeVisible();
	await expectTodayAnswers(page, server.url, 5);
	// The source articles are there too.
	await page.goto(`${server.url}/read?doc=tatsumi-2018-11-catalyst-behind-peace-talks`);
	await expect(page.getByText('Sergey Lavrov').first()).toBeVisible();

	expect(server.requests.length).toBe(requestsWhenCut);
	expect(csp.violations).toEqual([]);
});

test.describe('control: service workers blocked', () => {
	test.use({ serviceWorkers: 'block' });

	test('the same steps fail without the service worker', async ({ page, context }) => {
		const server = await startServer();
		await page.goto(`${server.url}/`);
		await expect(page.getByRole('heading', { level: 1, name: 'Sourcedeck' })).toBeVisible();
		expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
		await server.close();
		await abortAllRequests(context);
		await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED|ERR_FAILED/);
		await expect(page.goto(`${server.url}/study?bank=corpus`)).rejects.toThrow();
		await expect(page.getByRole('article', { name: 'Question' })).toHaveCount(0);
	});
});

test('the app says when the device is offline, and stops saying it when back online', async ({ page, context }) => {
	await page.goto('/');
	const note = page.getByText('Offline — studying works');
	await expect(note).toHaveCount(0);
	await context.setOffline(true);
	await expect(note).toBeVisible();
	await context.setOffline(false);
	await expect(note).toHaveCount(0);
});
