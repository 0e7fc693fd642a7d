// A small static server for build/: what `npm start` and the end-to-end tests use.
// (`vite preview` serves .svelte-kit/output, where the generated service worker is missing.)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const root = resolve(option('dir', 'build'));
const port = Number(option('port', process.env.PORT ?? 4173));
// Unset host: listen on both ::1 and 127.0.0.1, whichever `localhost` resolves to.
const host = option('host', undefined);

const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2'
};

async function fileFor(pathname) {
	const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const candidates = [join(root, clean), join(root, clean, 'index.html'), join(root, `${clean}.html`)];
	for (const file of candidates) {
		if (!file.startsWith(root)) continue;
		try {
			if ((await stat(file)).isFile()) return { file, status: 200 };
		} catch {
			/* try the next candidate */
		}
	}
	// Deep links the build did not prerender get the SPA fallback; missing assets stay 404.
	if (!extname(clean)) return { file: join(root, '200.html'), status: 200 };
	return null;
}

const server = createServer(async (req, res) => {
	try {
		const { pathname } = new URL(req.url ?? '/', 'http://localhost');
		const found = await fileFor(pathname);
		if (!found) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
			return;
		}
		const body = await readFile(found.file);
		const immutable = pathname.startsWith('/_app/immutable/');
		res.writeHead(found.status, {
			'content-type': types[extname(found.file)] ?? 'application/octet-stream',
			'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache'
		});
		res.end(req.method === 'HEAD' ? undefined : body);
	} catch (error) {
		res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
	}
});

server.listen(port, host, () => {
	console.log(`Sourcedeck is served from ${root} at http://localhost:${port}/`);
});
