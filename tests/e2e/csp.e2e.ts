// The Content-Security-Policy: every built page carries it, and browsing every page breaks none of it.
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { studyOneCard, watchCsp } from './pwa-checks';

/** Every .html file of the build (prerendered pages and the 200.html fallback). */
function listBuiltPages(dir = 'build'): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((f) => join(dir, f));
}

function readPolicy(html: string): string | null {
	return /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? null;
}

test('every built page carries a strict policy: hashed scripts only, no unsafe-inline or unsafe-eval', () => {
	const pages = listBuiltPages();
	expect(pages).toContain(join('build', '200.html'));
	for (const file of pages) {
		const policy = readPolicy(readFileSync(file, 'utf8'));
		expect(policy, file).not.toBeNull();
		const directives = new Map(policy!.split(';').map((d) => {
			const [name, ...values] = d.trim().split(/\s+/);
			return [name, values] as const;
		}));
		const scripts = directives.get('script-src')!;
		expect(scripts, file).toContain("'self'");
		expect(scripts.some((v) => v.startsWith("'sha256-")), file).toBe(true);
		for (const [name, values] of directives) {
			expect(values, `${file} ${name}`).not.toContain("'unsafe-eval'");
			if (name.startsWith('script')) expect(values, `${file} ${name}`).not.toContain("'unsafe-inline'");
		}
		for (const name of ['default-src', 'connect-src', 'worker-src', 'manifest-src']) {
			expect(directives.get(name), `${file} ${name}`).toEqual(["'self'"]);
		}
		expect(directives.get('object-src')).toEqual(["'none'"]);
		// No inline event handlers in the markup itself.
		expect(readFileSync(file, 'utf8'), file).not.toMatch(/\son[a-z]+=/i);
	}
});

test('an inline script injected into a page is refused', async ({ page }) => {
	const watch = await watchCsp(page.context());
	await page.goto('/');
	const ran = await page.evaluate(async () => {
		const script = document.createElement('script');
		script.textContent = 'window.__injected = true';
		document.body.append(script);
		await new Promise((r) => setTimeout(r, 100));
		return (window as unknown as { __injected?: boolean }).__injected === true;
	});
	expect(ran).toBe(false);
	await expect.poll(() => watch.violations.length).toBeGreaterThan(0);
});

const routes = [
	'/',
	'/study?bank=corpus',
	'/read?doc=tatsumi-2018-11-catalyst-behind-peace-talks',
	'/stats',
	'/test',
	'/settings',
	'/flags',
	'/classroom'
];

test('browsing every page reports no CSP violation', async ({ page }) => {
	test.setTimeout(180_000);
	const watch = await watchCsp(page.context());
	const prerendered = listBuiltPages().map((f) => '/' + f.slice('build/'.length).replace(/(index)?\.html$/, ''));
	const paths = [...new Set([...routes, ...prerendered.filter((p) => p !== '/200')])];
	for (const path of paths) {
		// Some pages rewrite their own URL on load (classroom/present): that aborts goto's wait, not the page.
		await page.goto(path).catch((error: Error) => {
			if (!/ERR_ABORTED/.test(error.message)) throw error;
		});
		await page.waitForLoadState('networkidle');
		// Open whatever the page discloses (details, dialogs' triggers stay closed: they may change data).
		for (const summary of await page.locator('summary').all()) {
			if (await summary.isVisible()) await summary.click();
		}
	}
	// Studying exercises what static pages do not: answers, feedback, the source panel, transitions.
	await page.goto('/study?bank=corpus');
	for (let i = 0; i < 3; i++) await studyOneCard(page);
	expect(watch.violations).toEqual([]);
});
