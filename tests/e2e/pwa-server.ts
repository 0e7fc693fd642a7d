// A static server for build/ (like scripts/serve.js) that a test starts on its own port, can stop to cut the
// network for real, and can switch to another folder to publish "the next version" of the app.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { serveStatic } from '../../scripts/static-files.js';

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

export async function startServer(dir = 'build'): Promise<TestServer> {
	let root = resolve(dir);
	const requests: string[] = [];
	const server: Server = createServer((req, res) => {
		const { pathname } = new URL(req.url ?? '/', 'http://localhost');
		requests.push(pathname);
		void serveStatic(root, req, res);
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
