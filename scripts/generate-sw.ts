// Generates the Workbox service worker over the built app (`npm run build` runs it after `vite build`):
// `npx tsx scripts/generate-sw.ts [--dir build]`. Everything a learner needs offline is precached: the app
// shell (every prerendered page and the 200.html fallback), the banks, the source articles, the manifest and
// icons. The tests also run it over a modified copy of build/ to produce "the next version" of the app.
import { generateSW } from 'workbox-build';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where the built app is, from `--dir <path>` (default build/). */
export function readBuildDir(args: string[]): string {
	const i = args.indexOf('--dir');
	if (i < 0) return resolve('build');
	const dir = args[i + 1];
	if (!dir || dir.startsWith('--')) throw new Error('--dir needs a folder: --dir build');
	return resolve(dir);
}

export async function generateServiceWorker(dir: string) {
	if (!existsSync(join(dir, '200.html'))) {
		throw new Error(`${dir} holds no built app (200.html is missing): run \`vite build\` first`);
	}
	return generateSW({
		globDirectory: dir,
		swDest: join(dir, 'sw.js'),
		globPatterns: [
			'*.html',
			'**/*.html',
			'_app/immutable/**/*.{js,css}',
			'banks/*.json',
			'sources/*.{txt,json}',
			'manifest.webmanifest',
			'favicon.svg',
			'icons/*.png'
		],
		// Store screenshots are only read by the install dialog, online; version.json must come from the server.
		// The document builder's worker (wink-nlp and its model, ~1.1 MB gzip) is for adding a document of one's own:
		// it is cached the first time the Add page starts it, not downloaded by every install.
		// A bank's facts file is the builder's full record: the views read their own smaller files (<bank>.timeline.json …).
		globIgnores: ['icons/screenshot-*', '_app/version.json', '_app/immutable/workers/**', 'banks/*.facts.json'],
		runtimeCaching: [
			// Settings' FSRS optimizer (its worker and fsrs-rs's WebAssembly, ~450 KB gzip): cached the first time a fit
			// runs online, so fitting works offline after that; never downloaded by an install or another page.
			{
				urlPattern: /\/_app\/immutable\/workers\/(fit\.worker-|assets\/fsrs_browser_bg-)/,
				handler: 'CacheFirst',
				options: { cacheName: 'sourcedeck-optimizer', expiration: { maxEntries: 4 } }
			},
			{
				urlPattern: /\/_app\/immutable\/workers\//,
				handler: 'CacheFirst',
				options: { cacheName: 'sourcedeck-builder', expiration: { maxEntries: 4 } }
			},
			// The PDF reader (pdf.js and its worker, ~490 KB gzip, .mjs assets outside the precache): cached the first
			// time a PDF is opened, so opening one works offline after that.
			{
				urlPattern: /\/_app\/immutable\/assets\/pdf\.[^/]*\.mjs$/,
				handler: 'CacheFirst',
				options: { cacheName: 'sourcedeck-readers', expiration: { maxEntries: 4 } }
			}
		],
		// Hashed file names already change with their content: no ?__WB_REVISION__ for them.
		dontCacheBustURLsMatching: /^_app\/immutable\//,
		// Deep links (a study page opened from the home screen, /study?bank=...) get the client-rendered shell.
		navigateFallback: '200.html',
		// Pages are shells: query strings never change what is served, so /study?bank=x finds study.html.
		ignoreURLParametersMatching: [/.*/],
		cleanupOutdatedCaches: true,
		// Never take over on our own: old tabs keep their precache (and lazy chunks) until the learner reloads;
		// the page posts {type: 'SKIP_WAITING'} then (src/lib/pwa/service-worker.ts).
		skipWaiting: false,
		clientsClaim: false,
		inlineWorkboxRuntime: true,
		// The browsers the app itself is built for (vite's baseline-widely-available): fewer transforms, faster builds.
		babelPresetEnvTargets: ['chrome >= 111', 'edge >= 111', 'firefox >= 114', 'safari >= 16.4'],
		sourcemap: false,
		mode: 'production',
		// Banks grow; a missing bank offline is worse than a slower first install.
		maximumFileSizeToCacheInBytes: 8 * 1024 * 1024
	});
}

async function main() {
	const dir = readBuildDir(process.argv.slice(2));
	const { count, size, warnings } = await generateServiceWorker(dir);
	for (const warning of warnings) console.warn(`service worker: ${warning}`);
	console.log(`service worker: ${join(dir, 'sw.js')} precaches ${count} files, ${(size / 1024).toFixed(0)} KB`);
}

// Run only as a script, not when a test imports the helpers.
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) {
	main().catch((error: unknown) => {
		console.error(`service worker: ${error instanceof Error ? error.message : String(error)}`);
		process.exit(1);
	});
}
