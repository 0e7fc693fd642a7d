// Serving build/ as a static host does: what `npm start` (scripts/serve.js) and the tests' own servers
// (tests/e2e/pwa-server.ts) share. Text is sent gzip-compressed when the browser accepts it, as every real
// static host does; hashed files under /_app/immutable/ are cached for a year, everything else revalidated.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @type {Record<string, string>} */
export const types = {
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
	'.woff2': 'font/woff2',
	// WebAssembly (sql.js for the Anki export, fsrs-rs for Settings' fit): compiled while it downloads only with this type.
	'.wasm': 'application/wasm'
};

const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.txt', '.svg', '.wasm']);

/**
 * The file a path names under root: the file itself, its index.html, its .html, or the SPA fallback for deep links.
 * @param {string} root
 * @param {string} pathname
 * @returns {Promise<string | null>}
 */
export async function findFile(root, pathname) {
	const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	for (const file of [join(root, clean), join(root, clean, 'index.html'), join(root, `${clean}.html`)]) {
		if (!file.startsWith(root)) continue;
		const info = await stat(file).catch(() => null);
		if (info?.isFile()) return file;
	}
	// Deep links the build did not prerender get the SPA fallback; missing assets stay 404.
	return extname(clean) ? null : join(root, '200.html');
}

/** Compressed bodies, by file and modification time (a rebuilt file is compressed again). */
/** @type {Map<string, Buffer>} */
const gzipped = new Map();

/**
 * @param {string} file
 * @param {Buffer} body
 */
async function gzipOf(file, body) {
	const { mtimeMs } = await stat(file);
	const key = `${file}:${mtimeMs}`;
	let zipped = gzipped.get(key);
	if (!zipped) {
		zipped = gzipSync(body, { level: 6 });
		gzipped.set(key, zipped);
	}
	return zipped;
}

/**
 * Answers one request with a file from root.
 * @param {string} root
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export async function serveStatic(root, req, res) {
	try {
		const { pathname } = new URL(req.url ?? '/', 'http://localhost');
		const file = await findFile(root, pathname);
		if (!file) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
			return;
		}
		const ext = extname(file);
		/** @type {Buffer} */
		let body = await readFile(file);
		/** @type {Record<string, string>} */
		const headers = {
			'content-type': types[ext] ?? 'application/octet-stream',
			'cache-control': pathname.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache',
			vary: 'accept-encoding'
		};
		if (compressible.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
			body = await gzipOf(file, body);
			headers['content-encoding'] = 'gzip';
		}
		headers['content-length'] = String(body.length);
		res.writeHead(200, headers);
		res.end(req.method === 'HEAD' ? undefined : body);
	} catch (error) {
		res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
	}
}
