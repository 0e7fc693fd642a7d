import { describe, expect, it } from 'vitest';
import { completePreloads, staticImports } from './complete-preloads';

describe('staticImports', () => {
	it('finds import, export-from and bare imports in minified code, not dynamic import()', () => {
		const code =
			'import{a as b}from"../chunks/A.js";import"./B.js";export{c}from"../chunks/C.js";const d=()=>import("../chunks/D.js");';
		expect(staticImports(code)).toEqual(['../chunks/A.js', './B.js', '../chunks/C.js']);
	});
});

describe('completePreloads', () => {
	const modules: Record<string, string> = {
		'./_app/immutable/entry/start.js': 'import{x}from"../chunks/kit.js";',
		'./_app/immutable/chunks/kit.js': 'export const x=1;',
		'./_app/immutable/nodes/13.js': 'import{s}from"../chunks/storage.js";const l=()=>import("../chunks/lazy.js");',
		'./_app/immutable/chunks/storage.js': 'import{f}from"./fsrs.js";import"./kit.js";',
		'./_app/immutable/chunks/fsrs.js': 'export const f=1;'
	};
	const page = [
		'<head>',
		'\t\t<link href="./_app/immutable/entry/start.js" rel="modulepreload">',
		'\t\t<link href="./_app/immutable/chunks/kit.js" rel="modulepreload">',
		'\t\t<link href="./_app/immutable/nodes/13.js" rel="modulepreload">',
		'\t\t<style>p{}</style>',
		'</head>'
	].join('\n');

	it('adds every statically imported module once, after the last modulepreload, and no dynamic import', () => {
		const { html, added } = completePreloads(page, (href) => modules[href] ?? '');
		expect(added).toEqual(['./_app/immutable/chunks/storage.js', './_app/immutable/chunks/fsrs.js']);
		expect(html.match(/rel="modulepreload"/g)).toHaveLength(5);
		expect(html.indexOf('storage.js')).toBeGreaterThan(html.indexOf('nodes/13.js'));
		expect(html.indexOf('fsrs.js')).toBeLessThan(html.indexOf('<style>'));
		expect(html).not.toContain('lazy.js');
	});

	it('keeps absolute and ../ paths in the form the page uses', () => {
		const absolute = '<link href="/_app/immutable/nodes/13.js" rel="modulepreload">';
		const read = (href: string) => modules[`.${href}`] ?? '';
		expect(completePreloads(absolute, read).added).toEqual([
			'/_app/immutable/chunks/storage.js',
			'/_app/immutable/chunks/fsrs.js',
			'/_app/immutable/chunks/kit.js'
		]);
		const nested = '<link href="../_app/immutable/nodes/13.js" rel="modulepreload">';
		const readNested = (href: string) => modules[href.replace(/^\.\./, '.')] ?? '';
		expect(completePreloads(nested, readNested).added).toEqual([
			'../_app/immutable/chunks/storage.js',
			'../_app/immutable/chunks/fsrs.js',
			'../_app/immutable/chunks/kit.js'
		]);
	});

	it('leaves a page that is already complete, or has no modulepreloads, unchanged', () => {
		const complete = '<link href="./_app/immutable/chunks/kit.js" rel="modulepreload">';
		expect(completePreloads(complete, (href) => modules[href] ?? '')).toEqual({ html: complete, added: [] });
		expect(completePreloads('<p>hi</p>', () => '')).toEqual({ html: '<p>hi</p>', added: [] });
	});
});
