// A small static server for build/: what `npm start` and the end-to-end tests use.
// (`vite preview` serves .svelte-kit/output, where the generated service worker is missing.)
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { serveStatic } from './static-files.js';
import { portMessage } from './port-check.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const root = resolve(option('dir', 'build'));
const port = Number(option('port', process.env.PORT ?? 4173));
// Unset host: listen on both ::1 and 127.0.0.1, whichever `localhost` resolves to.
const host = option('host', undefined);

const server = createServer((req, res) => void serveStatic(root, req, res));

// A taken port: one line saying which and how to pick another, not a stack trace.
server.on('error', (error) => {
	console.error(portMessage(port, error));
	process.exit(1);
});
server.listen(port, host, () => {
	console.log(`Sourcedeck is served from ${root} at http://localhost:${port}/`);
});
