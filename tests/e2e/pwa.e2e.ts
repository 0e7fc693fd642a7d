// Installability: the manifest, its icons, the iOS tags, Chromium's own installability verdict and the
// "Install app" button.
import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitForServiceWorker } from './pwa-checks';
import { startServer } from './pwa-server';

interface ManifestIcon {
	src: string;
	sizes: string;
	type: string;
	purpose?: string;
}

/** Width and height from a PNG's IHDR chunk. */
function readPngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the manifest names the app, opens standalone and its icons are real PNGs of the stated sizes', async ({ page, request }) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).toBeTruthy();
	const response = await request.get(new URL(href!, page.url()).href);
	expect(response.ok()).toBe(true);
	expect(response.headers()['content-type']).toContain('application/manifest+json');
	const manifest = await response.json();
	expect(manifest).toMatchObject({
		name: 'Sourcedeck',
		short_name: 'Sourcedeck',
		start_url: '/',
		scope: '/',
		display: 'standalone'
	});
	expect(manifest.description.length).toBeGreaterThan(20);
	expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
	expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);

	const icons = manifest.icons as ManifestIcon[];
	const find = (size: string, purpose: string) => icons.find((i) => i.sizes === size && (i.purpose ?? 'any') === purpose);
	expect(find('192x192', 'any')).toBeTruthy();
	expect(find('512x512', 'any')).toBeTruthy();
	expect(find('512x512', 'maskable')).toBeTruthy();
	for (const icon of [...icons, ...(manifest.screenshots as ManifestIcon[])]) {
		const file = await request.get(new URL(icon.src, page.url()).href);
		expect(file.ok(), icon.src).toBe(true);
		const { width, height } = readPngSize(await file.body());
		expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
	}
	const forms = (manifest.screenshots as { form_factor?: string }[]).map((s) => s.form_factor);
	expect(forms).toEqual(expect.arrayContaining(['narrow', 'wide']));
});

test('iOS gets its touch icon and home-screen tags; light and dark theme colours are set', async ({ page, request }) => {
	await page.goto('/');
	const touchIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
	const bytes = await (await request.get(new URL(touchIcon!, page.url()).href)).body();
	expect(readPngSize(bytes)).toEqual({ width: 180, height: 180 });
	await expect(page.locator('meta[name="apple-mobile-web-app-capable"]')).toHaveAttribute('content', 'yes');
	await expect(page.locator('meta[name="apple-mobile-web-app-title"]')).toHaveAttribute('content', 'Sourcedeck');
	await expect(page.locator('meta[name="theme-color"][media*="light"]')).toHaveAttribute('content', /^#/);
	await expect(page.locator('meta[name="theme-color"][media*="dark"]')).toHaveAttribute('content', /^#/);
});

test('Chromium finds nothing stopping installation once the service worker runs', async ({ playwright }, testInfo) => {
	// Incognito contexts are never installable ("in-incognito"): use a real profile, as a phone's browser has.
	const server = await startServer();
	const profile = mkdtempSync(join(tmpdir(), 'sourcedeck-install-'));
	const { launchOptions, viewport } = testInfo.project.use;
	const context = await playwright.chromium.launchPersistentContext(profile, { ...launchOptions, viewport });
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto(server.url);
		await waitForServiceWorker(page);
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);
		const { errors } = await cdp.send('Page.getAppManifest');
		expect(errors).toEqual([]);
	} finally {
		await context.close();
		await server.close();
		rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
	}
});

/** What Chromium hands a page that can be installed (headless Chromium never fires it by itself). */
const offerInstall = `(() => {
	const event = new Event('beforeinstallprompt', { cancelable: true });
	window.promptShown = false;
	event.prompt = async () => { window.promptShown = true; };
	event.userChoice = Promise.resolve({ outcome: 'accepted' });
	window.dispatchEvent(event);
})()`;

for (const when of ['after the app has started', 'before the app has started'] as const) {
	test(`the Install app button appears when the browser offers installation ${when}, and opens its dialog`, async ({ page }) => {
		if (when === 'before the app has started') {
			// As soon as the page is parsed: the app's scripts have not run yet (a fast page on a slow phone).
			await page.addInitScript({
				content: `document.addEventListener('readystatechange', () => { if (document.readyState === 'interactive') ${offerInstall}; });`
			});
			await page.goto('/');
		} else {
			await page.goto('/');
			await expect(page.getByRole('button', { name: 'Install app' })).toHaveCount(0);
			// The app has started once it has registered its service worker.
			await page.waitForFunction(async () => !!(await navigator.serviceWorker.getRegistration()));
			await page.evaluate(offerInstall);
		}
		const install = page.getByRole('button', { name: 'Install app' });
		await install.click();
		expect(await page.evaluate(() => (window as unknown as { promptShown: boolean }).promptShown)).toBe(true);
		// The event can be used once; after acceptance the button goes.
		await expect(install).toHaveCount(0);
	});
}

test('on an iPhone, where there is no install prompt, the home page explains Add to Home Screen', async ({ browser }) => {
	const context = await browser.newContext({
		userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
		viewport: { width: 390, height: 844 },
		isMobile: true,
		hasTouch: true
	});
	const page = await context.newPage();
	await page.goto('/');
	await page.getByText('Install on iPhone or iPad').click();
	await expect(page.getByText('Add to Home Screen')).toBeVisible();
	await context.close();
});

test('the build ships the manifest and icons the service worker precaches', () => {
	const sw = readFileSync('build/sw.js', 'utf8');
	for (const url of ['manifest.webmanifest', 'icons/icon-192.png', 'icons/icon-maskable-512.png', 'icons/apple-touch-icon-180.png']) {
		expect(sw, url).toContain(`"${url}"`);
	}
});
