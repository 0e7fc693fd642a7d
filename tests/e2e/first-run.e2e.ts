// First run: a busy port is named in one line, the app says once when it is ready offline, and the install offer
// shows where a phone user sees it.
import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';

const offerInstall = `(() => {
	const event = new Event('beforeinstallprompt', { cancelable: true });
	event.prompt = async () => {};
	event.userChoice = Promise.resolve({ outcome: 'dismissed' });
	window.dispatchEvent(event);
})()`;

test('the app says once, on the first visit, that it is ready to work offline', async ({ page }) => {
	await page.goto('/');
	const ready = page.getByText('Ready to work offline: the app and its question banks are saved on this device.');
	await expect(ready).toBeVisible({ timeout: 30_000 });
	// It is true: the service worker controls the next load.
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Sourcedeck' })).toBeVisible();
	expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
	await page.waitForFunction(async () => !!(await navigator.serviceWorker.getRegistration())?.active);
	await expect(ready).toHaveCount(0);
});

test('the install offer is on screen on a phone without scrolling, and "Not now" puts it away', async ({ page }) => {
	await page.goto('/');
	await page.waitForFunction(async () => !!(await navigator.serviceWorker.getRegistration()));
	await page.evaluate(offerInstall);
	const install = page.getByRole('button', { name: 'Install app' });
	await expect(install).toBeInViewport();
	expect(await page.evaluate(() => window.scrollY)).toBe(0);
	await page.getByRole('button', { name: 'Not now' }).click();
	await expect(install).toHaveCount(0);
	// Never mid-study.
	await page.goto('/study?bank=corpus');
	await page.waitForFunction(async () => !!(await navigator.serviceWorker.getRegistration()));
	await page.evaluate(offerInstall);
	await expect(page.locator('[data-prompt]')).toBeVisible();
	await expect(install).toHaveCount(0);
});

test('starting on a busy port names the port and how to pick another, without a stack trace', async ({ baseURL }) => {
	const port = new URL(baseURL ?? 'http://localhost:4173').port;
	for (const script of ['scripts/port-check.js', 'scripts/serve.js']) {
		const run = spawnSync(process.execPath, [script], { env: { ...process.env, PORT: port }, encoding: 'utf8', timeout: 20_000 });
		expect(run.status, script).toBe(1);
		expect(run.stderr.trim()).toBe(
			`Port ${port} is already in use (another Sourcedeck, or another program). Stop it, or pick another port: PORT=${Number(port) + 1} npm start`
		);
		expect(run.stderr).not.toMatch(/\n\s+at /);
	}
});

test('no page is wider than a phone (the menu wraps)', async ({ page }) => {
	for (const path of ['/', '/study?bank=corpus', '/browse', '/stats', '/settings', '/test?bank=corpus']) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
		expect(scrollWidth, path).toBeLessThanOrEqual(innerWidth);
	}
});
