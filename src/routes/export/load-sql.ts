// sql.js for the Anki export, loaded only when a learner asks for an .apkg. The wasm file is served from the app's
// own origin (a hashed asset of the build) and kept in a cache of its own after the first use, so the export also
// works offline afterwards. Instantiating it needs 'wasm-unsafe-eval' in the page's script-src (svelte.config.js).
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import type { SqlJsStatic } from 'sql.js';

const CACHE = 'sourcedeck-export-wasm';

export class WasmLoadError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'WasmLoadError';
	}
}

async function openCache(): Promise<Cache | null> {
	try {
		return 'caches' in globalThis ? await caches.open(CACHE) : null;
	} catch {
		return null;
	}
}

async function wasmBytes(): Promise<ArrayBuffer> {
	const cache = await openCache();
	const hit = await cache?.match(wasmUrl);
	if (hit) return hit.arrayBuffer();
	let response: Response;
	try {
		response = await fetch(wasmUrl);
	} catch {
		throw new WasmLoadError('The Anki export needs a connection the first time (to fetch its SQLite engine, about 690 KB). Try again online.');
	}
	if (!response.ok) throw new WasmLoadError(`The Anki export’s SQLite engine could not be loaded (${response.status}).`);
	if (cache) {
		// Keep only this version's file.
		for (const old of await cache.keys()) if (new URL(old.url).pathname !== new URL(wasmUrl, location.href).pathname) await cache.delete(old);
		await cache.put(wasmUrl, response.clone()).catch(() => undefined);
	}
	return response.arrayBuffer();
}

export async function loadSqlJs(): Promise<SqlJsStatic> {
	const [{ default: initSqlJs }, wasmBinary] = await Promise.all([import('sql.js'), wasmBytes()]);
	return initSqlJs({ wasmBinary });
}
