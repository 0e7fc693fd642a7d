import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** CSP hash source for one exact inline style value. */
const hashStyle = (/** @type {string} */ css) => `sha256-${createHash('sha256').update(css).digest('base64')}`;
// The only style="" attributes allowed ('unsafe-hashes' admits these exact values, nothing else): app.html's wrapper
// and SvelteKit's own route announcer (.svelte-kit/generated/root.svelte).
const allowedStyleAttributes = [
	'display: contents',
	'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px'
];

/** CSP hash sources for app.html's own inline scripts (kit hashes only the scripts it writes). */
const appHtmlScripts = [...readFileSync(new URL('./src/app.html', import.meta.url), 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
	(m) => `sha256-${createHash('sha256').update(m[1]).digest('base64')}`
);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered as a client-rendered shell; 200.html serves deep links the build did not list.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '200.html', strict: true }),
		// We register our own Workbox service worker (scripts/generate-sw.ts), never kit's.
		serviceWorker: { register: false },
		// Pages' CSS (a few KB) goes inline in the prerendered HTML, hashed into the CSP below: the first paint then
		// waits for the HTML alone, not for stylesheets queued behind the modulepreloads on a slow connection.
		inlineStyleThreshold: 16384,
		// Strict policy, as a <meta> tag in every prerendered page: kit hashes its inline boot script.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// 'wasm-unsafe-eval' lets the Anki export compile sql.js's WebAssembly (served from 'self'); it allows no
				// eval() of JavaScript.
				'script-src': ['self', 'wasm-unsafe-eval', ...appHtmlScripts],
				// No 'unsafe-inline': Svelte 5 sets dynamic styles through the CSSOM (style.cssText, setProperty) and
				// transitions through element.animate(), which CSP allows; static style="" attributes in components are
				// blocked, so components use classes.
				'style-src': ['self', 'unsafe-hashes', ...allowedStyleAttributes.map(hashStyle)],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
