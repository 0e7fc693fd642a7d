import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateServiceWorker, readBuildDir } from './generate-sw';

describe('readBuildDir', () => {
	it('defaults to build/ and takes --dir', () => {
		expect(readBuildDir([])).toBe(resolve('build'));
		expect(readBuildDir(['--dir', '/tmp/b'])).toBe('/tmp/b');
	});
	it('refuses a --dir without a folder', () => {
		expect(() => readBuildDir(['--dir'])).toThrow(/--dir needs a folder/);
		expect(() => readBuildDir(['--dir', '--port'])).toThrow(/--dir needs a folder/);
	});
});

describe('generateServiceWorker', () => {
	it('refuses a folder that holds no built app', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'sw-empty-'));
		await expect(generateServiceWorker(dir)).rejects.toThrow(/200.html is missing/);
	});

	it('precaches pages, banks, sources and icons, busts no hashed chunk and never skips waiting by itself', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'sw-app-'));
		for (const sub of ['_app/immutable/chunks', 'banks', 'sources', 'icons']) mkdirSync(join(dir, sub), { recursive: true });
		const files: Record<string, string> = {
			'200.html': '<!doctype html>',
			'index.html': '<!doctype html>',
			'study.html': '<!doctype html>',
			'_app/immutable/chunks/a.B1c2.js': 'export {}',
			'_app/version.json': '{}',
			'banks/corpus.json': '{}',
			'sources/a.txt': 'text',
			'manifest.webmanifest': '{}',
			'favicon.svg': '<svg/>',
			'icons/icon-192.png': 'png',
			'icons/screenshot-wide.png': 'png'
		};
		for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
		const { count } = await generateServiceWorker(dir);
		const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
		for (const url of ['200.html', 'study.html', 'banks/corpus.json', 'sources/a.txt', 'manifest.webmanifest', 'icons/icon-192.png']) {
			expect(sw).toContain(`"${url}"`);
		}
		expect(sw).toMatch(/url:"_app\/immutable\/chunks\/a\.B1c2\.js",revision:null/);
		expect(sw).not.toContain('screenshot-wide');
		expect(sw).not.toContain('version.json');
		expect(sw).toContain('SKIP_WAITING');
		expect(count).toBe(9);
	}, 60_000); // workbox bundles the worker with rollup, babel and terser: seconds on a busy machine
});
