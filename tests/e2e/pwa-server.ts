// A static server for build/ (like scripts/serve.js) that a test starts on its own port, can stop to cut the
// network for real, and can switch to another folder to publish "the next version" of the app.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png'
};

export interface TestServer {
	/** http://localhost:<port> */
	url: string;
	/** Serves another folder from now on (the next deployment). */
	setRoot(dir: string): void;
	/** Stops listening and drops open connections: the network is gone. */
	close(): Promise<void>;
	/** Paths requested so far, to prove the app did (or did not) reach the server. */
	requests: string[];
}

async function findFile(root: string, pathname: string): Promise<string | null> {
	const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	for (const file of [join(root, clean), join(root, clean, 'index.html'), join(root, `${clean}.html`)]) {
		if (!file.startsWith(root)) continue;
		const info = await stat(file).catch(() => null);
		if (info?.isFile()) return file;
	}
	return extname(clean) ? null : join(root, '200.html');
}

export async function startServer(dir = 'build'): Promise<TestServer> {
	let root = resolve(dir);
	const requests: string[] = [];
	const server: Server = createServer(async (req, res) => {
		const { pathname } = new URL(req.url ?? '/', 'http://localhost');
		requests.push(pathname);
		const file = await findFile(root, pathname);
		if (!file) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
			return;
		}
		const body = await readFile(file);
		res.writeHead(200, {
			'content-type': types[extname(file)] ?? 'application/octet-stream',
			'cache-control': pathname.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
		});
		res.end(body);
	});
	await new Promise<void>((done) => server.listen(0, 'localhost', done));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://localhost:${port}`,
		requests,
		setRoot(next) {
			root = resolve(next);
		},
		close: () =>
			new Promise<void>((done) => {
				server.closeAllConnections();
				server.close(() => done());
			})
	};
}
