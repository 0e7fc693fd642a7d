// Serves build/ for a benchmark on a port nobody listens on (other benchmarks and test servers may run at the same
// time), as scripts/serve.js serves it to the e2e tests.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, () => {
			const address = probe.address();
			probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

/** Starts the static server and resolves once it answers; `stop` ends it. */
export async function serveBuild(port?: number): Promise<{ base: string; stop: () => void }> {
	const p = port ?? (await freePort());
	const base = `http://localhost:${p}`;
	const server = spawn('node', ['scripts/serve.js', '--port', String(p)], { stdio: 'ignore' });
	server.once('exit', (code) => {
		if (code) console.error(`the server on port ${p} stopped (${code})`);
	});
	for (let i = 0; i < 100; i++) {
		if (await fetch(`${base}/`).then((r) => r.ok, () => false)) return { base, stop: () => server.kill() };
		await new Promise((r) => setTimeout(r, 100));
	}
	server.kill();
	throw new Error('the server did not start');
}

/**
 * In-page source (benchmarks time inside the page with page.evaluate of a source string): waits for the frame that
 * shows what is in the DOM now — rAF runs before paint; a message posted from it is handled after the paint.
 */
export const AFTER_NEXT_PAINT = `await new Promise((resolve) =>
		requestAnimationFrame(() => {
			const channel = new MessageChannel();
			channel.port1.onmessage = () => resolve();
			channel.port2.postMessage(null);
		})
	);`;
