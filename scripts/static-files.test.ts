import { afterAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { serveStatic } from './static-files.js';

function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
	return new Promise((done, fail) => {
		request(url, { headers }, (res) => {
			const parts: Buffer[] = [];
			res.on('data', (c: Buffer) => parts.push(c));
			res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
		})
			.on('error', fail)
			.end();
	});
}

describe('serveStatic', async () => {
	const root = mkdtempSync(join(tmpdir(), 'static-'));
	mkdirSync(join(root, '_app/immutable'), { recursive: true });
	mkdirSync(join(root, 'banks'));
	const bank = JSON.stringify({ questions: Array.from({ length: 200 }, (_, i) => ({ id: i, prompt: 'Who said it?' })) });
	writeFileSync(join(root, 'banks/corpus.json'), bank);
	writeFileSync(join(root, '_app/immutable/a.js'), 'export {}');
	writeFileSync(join(root, '200.html'), '<!doctype html><title>shell</title>');
	writeFileSync(join(root, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
	const server = createServer((req, res) => void serveStatic(root, req, res));
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	afterAll(() => new Promise<void>((done) => server.close(() => done())));

	it('sends text gzip-compressed to a browser that accepts it, and plain to one that does not', async () => {
		const zipped = await get(`${base}/banks/corpus.json`, { 'accept-encoding': 'gzip, deflate, br' });
		expect(zipped.headers['content-encoding']).toBe('gzip');
		expect(zipped.body.length).toBeLessThan(bank.length / 5);
		expect(gunzipSync(zipped.body).toString()).toBe(bank);
		const plain = await get(`${base}/banks/corpus.json`);
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.body.toString()).toBe(bank);
	});

	it('leaves images uncompressed and caches only hashed files for long', async () => {
		const png = await get(`${base}/icon.png`, { 'accept-encoding': 'gzip' });
		expect(png.headers['content-encoding']).toBeUndefined();
		expect(png.headers['cache-control']).toBe('no-cache');
		const chunk = await get(`${base}/_app/immutable/a.js`, { 'accept-encoding': 'gzip' });
		expect(chunk.headers['cache-control']).toContain('immutable');
	});

	it('serves the shell for deep links and 404 for a missing asset', async () => {
		expect((await get(`${base}/study?bank=corpus`)).body.toString()).toContain('shell');
		expect((await get(`${base}/banks/missing.json`)).status).toBe(404);
		expect((await get(`${base}/..%2f..%2fetc/passwd.txt`)).status).toBe(404);
	});
});
