// Renders the app icons and the install-dialog screenshots to PNG in headless Chromium:
// `npx tsx scripts/generate-icons.ts` draws everything from SVG/HTML here; with `--from-app` (after `npm run build`)
// the screenshots are taken of the real built app instead: a study card answered, with its source.
// The PNGs are committed under static/icons/; rerun after changing a design.
import { chromium, type Browser } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromiumArgs } from '../playwright.config.ts';

const OUT = 'static/icons';
const BLUE = '#1d4ed8';
const INK = '#0f172a';

/** The mark: a card with two text lines over a second card, on `size` px, inside a square `inset` from the edge. */
function drawMark(size: number, inset: number, background: string, radius: number): string {
	const s = size - 2 * inset;
	const at = (f: number) => inset + f * s;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
	<rect width="${size}" height="${size}" rx="${radius}" fill="${background}"/>
	<rect x="${at(0.3)}" y="${at(0.2)}" width="${0.52 * s}" height="${0.42 * s}" rx="${0.06 * s}" fill="#93c5fd"/>
	<rect x="${at(0.18)}" y="${at(0.32)}" width="${0.56 * s}" height="${0.46 * s}" rx="${0.06 * s}" fill="#fff"/>
	<rect x="${at(0.27)}" y="${at(0.44)}" width="${0.38 * s}" height="${0.06 * s}" rx="${0.03 * s}" fill="${BLUE}"/>
	<rect x="${at(0.27)}" y="${at(0.56)}" width="${0.25 * s}" height="${0.06 * s}" rx="${0.03 * s}" fill="${BLUE}"/>
	<circle cx="${at(0.74)}" cy="${at(0.76)}" r="${0.12 * s}" fill="#16a34a" stroke="#fff" stroke-width="${0.025 * s}"/>
	<path d="M ${at(0.685)} ${at(0.76)} l ${0.04 * s} ${0.04 * s} l ${0.07 * s} -${0.08 * s}" fill="none" stroke="#fff"
		stroke-width="${0.03 * s}" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;
}

interface Icon {
	file: string;
	size: number;
	svg: string;
}

const icons: Icon[] = [
	// "any" icons may have rounded corners and transparency.
	{ file: 'icon-192.png', size: 192, svg: drawMark(192, 0, BLUE, 40) },
	{ file: 'icon-512.png', size: 512, svg: drawMark(512, 0, BLUE, 108) },
	// Maskable: full-bleed background, the mark inside the central 80% safe zone.
	{ file: 'icon-maskable-512.png', size: 512, svg: drawMark(512, 72, BLUE, 0) },
	// iOS adds its own rounded mask and shows transparency as black: square and opaque.
	{ file: 'apple-touch-icon-180.png', size: 180, svg: drawMark(180, 14, BLUE, 0) }
];

/** A study card as the app shows it, for the install dialog ("narrow" phones and "wide" desktops). */
function drawScreenshot(width: number, height: number): string {
	const mark = drawMark(96, 0, BLUE, 20);
	return `<!doctype html><html><head><style>
	body { margin: 0; width: ${width}px; height: ${height}px; font-family: system-ui, sans-serif; background: #f8fafc;
		color: ${INK}; display: flex; flex-direction: column; }
	header { display: flex; align-items: center; gap: 24px; padding: 32px 48px; background: #fff;
		border-bottom: 2px solid #e2e8f0; font-size: 44px; font-weight: 700; }
	header svg { width: 72px; height: 72px; }
	main { flex: 1; display: flex; justify-content: center; align-items: flex-start; padding: 48px; }
	.card { background: #fff; border-radius: 28px; box-shadow: 0 8px 30px #0f172a22; padding: 56px; max-width: 980px; }
	.meta { color: #475569; font-size: 30px; margin: 0 0 24px; }
	h1 { font-size: 52px; line-height: 1.25; margin: 0 0 40px; }
	.choice { border: 3px solid #cbd5e1; border-radius: 20px; padding: 28px 32px; margin: 18px 0; font-size: 38px; }
	.right { border-color: #16a34a; background: #f0fdf4; font-weight: 700; }
	blockquote { margin: 40px 0 0; padding: 24px 32px; border-left: 8px solid ${BLUE}; background: #eff6ff;
		font-size: 32px; line-height: 1.4; }
	cite { display: block; margin-top: 16px; color: #475569; font-style: normal; font-size: 28px; }
</style></head><body>
	<header>${mark}<span>Sourcedeck</span></header>
	<main><div class="card">
		<p class="meta">Question 3 of 20 · actor</p>
		<h1>Who met Sergey Lavrov on Nov. 23 to support the leaders-level effort?</h1>
		<div class="choice">Shinzo Abe</div>
		<div class="choice right">Taro Kono ✓</div>
		<div class="choice">Yoshihide Suga</div>
		<blockquote>“Foreign Minister Taro Kono met with his Russian counterpart Sergey Lavrov on Nov. 23”
			<cite>The catalyst behind Japan-Russia peace talks — Yuki Tatsumi, 2018-11-28</cite></blockquote>
	</div></main>
</body></html>`;
}

const screenshots = [
	{ file: 'screenshot-narrow.png', width: 1080, height: 1920 },
	{ file: 'screenshot-wide.png', width: 1920, height: 1080 }
];

/** Screenshots of the built app (served by scripts/serve.js): the first card of the corpus, answered. */
async function shootApp(browser: Browser) {
	const port = 4399;
	const server = spawn(process.execPath, ['scripts/serve.js', '--port', String(port)], { stdio: 'ignore' });
	try {
		await new Promise((r) => setTimeout(r, 1000));
		for (const shot of [
			{ file: 'screenshot-narrow.png', width: 360, height: 640, scale: 3 },
			{ file: 'screenshot-wide.png', width: 1280, height: 720, scale: 1.5 }
		]) {
			const page = await browser.newPage({
				viewport: { width: shot.width, height: shot.height },
				deviceScaleFactor: shot.scale,
				colorScheme: 'light'
			});
			await page.goto(`http://localhost:${port}/study?bank=corpus`);
			const card = page.getByRole('article', { name: 'Question' });
			await card.waitFor();
			const reveal = card.getByRole('button', { name: 'Show answer' });
			const textbox = card.getByRole('textbox');
			if (await reveal.count()) await reveal.click();
			else if (await textbox.count()) {
				await textbox.fill('Shinzo Abe');
				await textbox.press('Enter');
			} else await card.locator('button[aria-keyshortcuts="1"]').first().click();
			await card.getByRole('group', { name: 'How well did you know it?' }).waitFor();
			await page.waitForTimeout(300);
			await page.screenshot({ path: `${OUT}/${shot.file}` });
			await page.close();
			console.log(`${OUT}/${shot.file} (from the app)`);
		}
	} finally {
		server.kill();
	}
}

async function main() {
	if (!existsSync(OUT)) mkdirSync(OUT, { recursive: true });
	const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
	const browser = await chromium.launch({ executablePath, args: chromiumArgs });
	try {
		for (const icon of icons) {
			const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
			await page.setContent(`<style>body{margin:0}svg{display:block}</style>${icon.svg}`);
			await page.screenshot({ path: `${OUT}/${icon.file}`, omitBackground: true });
			await page.close();
			console.log(`${OUT}/${icon.file}`);
		}
		if (process.argv.includes('--from-app')) {
			await shootApp(browser);
			return;
		}
		for (const shot of screenshots) {
			const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
			await page.setContent(drawScreenshot(shot.width, shot.height));
			await page.screenshot({ path: `${OUT}/${shot.file}` });
			await page.close();
			console.log(`${OUT}/${shot.file}`);
		}
	} finally {
		await browser.close();
	}
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
