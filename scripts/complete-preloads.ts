// After `vite build`: every prerendered page lists, as <link rel="modulepreload">, each module its listed modules
// import statically, all the way down. SvelteKit lists a route's component imports but not everything its
// universal +page.ts pulls in, and Chromium fetches only the module a modulepreload names, not its imports: a
// missing link costs one more round trip before the first card on a slow phone connection.
// `npx tsx scripts/complete-preloads.ts [--dir build]`; `npm run build` runs it before the service worker is made.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { readBuildDir } from './generate-sw';

const PRELOAD = /<link href="([^"]+\.js)" rel="modulepreload">/g;
/** Static imports in a minified ES module: `import{a}from"./x.js"`, `export{a}from"./x.js"`, `import"./x.js"`. */
const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)"(\.{1,2}\/[^"]+\.js)"/g;

export function staticImports(code: string): string[] {
	return [...code.matchAll(STATIC_IMPORT)].map((m) => m[1]);
}

/** The page's HTML with a modulepreload link added for every module its listed modules import statically. */
export function completePreloads(html: string, readModule: (href: string) => string): { html: string; added: string[] } {
	const links = [...html.matchAll(PRELOAD)];
	if (links.length === 0) return { html, added: [] };
	const listed = links.map((m) => m[1]);
	const seen = new Set(listed);
	const added: string[] = [];
	const queue = [...listed];
	while (queue.length) {
		const href = queue.shift() as string;
		for (const spec of staticImports(readModule(href))) {
			const next = posix.normalize(posix.join(posix.dirname(href), spec));
			const written = href.startsWith('./') && !next.startsWith('.') ? `./${next}` : next;
			if (seen.has(written)) continue;
			seen.add(written);
			added.push(written);
			queue.push(written);
		}
	}
	if (added.length === 0) return { html, added };
	const last = links[links.length - 1];
	const at = (last.index ?? 0) + last[0].length;
	const more = added.map((href) => `\n\t\t<link href="${href}" rel="modulepreload">`).join('');
	return { html: html.slice(0, at) + more + html.slice(at), added };
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html') && !f.startsWith('_app'))
		.map((f) => join(dir, f));
}

function main() {
	const dir = readBuildDir(process.argv.slice(2));
	let total = 0;
	for (const file of htmlFiles(dir)) {
		const html = readFileSync(file, 'utf8');
		const result = completePreloads(html, (href) => readFileSync(join(dirname(file), href), 'utf8'));
		if (result.added.length) {
			writeFileSync(file, result.html);
			total += result.added.length;
			console.log(`${relative(dir, file)}: +${result.added.length} modulepreload`);
		}
	}
	console.log(`modulepreloads completed: ${total} added`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) main();
