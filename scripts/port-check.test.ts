import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPort, portMessage } from './port-check.js';

let held: Server | null = null;
afterEach(() => new Promise<void>((done) => (held ? held.close(() => done()) : done())));

describe('a busy port', () => {
	it('is found before the build, and named with how to pick another', async () => {
		held = createServer();
		const port = await new Promise<number>((done) => held!.listen(0, () => done((held!.address() as { port: number }).port)));
		const error = await checkPort(port).then(
			() => null,
			(e: NodeJS.ErrnoException) => e
		);
		expect(error?.code).toBe('EADDRINUSE');
		expect(portMessage(port, error)).toBe(
			`Port ${port} is already in use (another Sourcedeck, or another program). Stop it, or pick another port: PORT=${port + 1} npm start`
		);
	});
	it('a free port passes', async () => {
		const probe = createServer();
		const port = await new Promise<number>((done) => probe.listen(0, () => done((probe.address() as { port: number }).port)));
		await new Promise<void>((done) => probe.close(() => done()));
		await expect(checkPort(port)).resolves.toBeUndefined();
	});
	it('says what to do without rights to a low port', () => {
		expect(portMessage(80, { code: 'EACCES' })).toMatch(/^Port 80 needs administrator rights here\. Pick a port above 1024/);
	});
});
