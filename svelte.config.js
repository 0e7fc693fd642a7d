import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered as a client-rendered shell; 200.html serves deep links the build did not list.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '200.html', strict: true }),
		// We register our own Workbox service worker (scripts/generate-sw.ts), never kit's.
		serviceWorker: { register: false }
	}
};

export default config;
