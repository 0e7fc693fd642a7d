import type { BankDocument } from '../../format/bank-format';
import { BuildError } from '../errors';

/** A source document as the builder sees it: manifest metadata plus the decoded text. */
export interface SourceDocument extends BankDocument {
	text: string;
}

export interface ManifestInput {
	/** Path shown in messages, e.g. questions/sources/manifest.json. */
	path: string;
	/** Manifest text, or null when the file does not exist. */
	text: string | null;
}

/** Line (1-based) of a character offset. */
export function lineAt(text: string, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
	return line;
}

function lineOfEntry(text: string, index: number, file: unknown): number | undefined {
	if (typeof file === 'string') {
		const at = text.indexOf(JSON.stringify(file));
		if (at >= 0) return lineAt(text, at);
	}
	// Fall back to the n-th "{" after "documents".
	let at = text.indexOf('"documents"');
	for (let i = 0; at >= 0 && i <= index; i++) at = text.indexOf('{', at + 1);
	return at >= 0 ? lineAt(text, at) : undefined;
}

function parseManifestJson(manifest: ManifestInput): unknown {
	if (manifest.text === null) throw new BuildError('manifest-missing', { file: manifest.path }, 'file not found');
	try {
		return JSON.parse(manifest.text);
	} catch (e) {
		const message = e instanceof Error ? e.message : String(e);
		const pos = /position (\d+)/.exec(message);
		const line = pos ? lineAt(manifest.text, Number(pos[1])) : undefined;
		throw new BuildError('manifest-malformed', { file: manifest.path, line }, `invalid JSON (${message})`);
	}
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const FILE = /^[a-z0-9][a-z0-9._-]*\.txt$/i;

function isStringOrNull(v: unknown): boolean {
	return v === null || v === undefined || typeof v === 'string';
}

/** Reads and validates the manifest: one BankDocument per entry, in manifest order. */
export function loadManifest(manifest: ManifestInput): BankDocument[] {
	const data = parseManifestJson(manifest) as { documents?: unknown };
	const text = manifest.text ?? '';
	if (!data || typeof data !== 'object' || !Array.isArray(data.documents))
		throw new BuildError('manifest-malformed', { file: manifest.path }, 'no "documents" list');
	const seen = new Map<string, number>();
	return data.documents.map((entry: unknown, index: number) => {
		const e = (entry ?? {}) as Record<string, unknown>;
		// Lines are found only for messages: searching for each entry would make big manifests quadratic.
		const place = {
			file: manifest.path,
			get line() {
				return lineOfEntry(text, index, e.file);
			}
		};
		if (typeof e.file !== 'string' || !FILE.test(e.file))
			throw new BuildError('manifest-entry-invalid', place, `entry ${index + 1}: "file" must be a .txt file name`);
		if (typeof e.date !== 'string' || !DATE.test(e.date) || Number.isNaN(Date.parse(e.date)))
			throw new BuildError('manifest-entry-invalid', place, `${e.file}: "date" must be YYYY-MM-DD`);
		for (const key of ['title', 'author', 'publisher', 'date_basis'])
			if (!isStringOrNull(e[key]))
				throw new BuildError('manifest-entry-invalid', place, `${e.file}: "${key}" must be a string or null`);
		const id = e.file.replace(/\.txt$/i, '');
		const first = seen.get(id);
		if (first !== undefined)
			throw new BuildError('duplicate-id', { file: manifest.path, line: lineOfEntry(text, index, undefined) }, `document id "${id}" is listed twice (first at line ${lineOfEntry(text, first, undefined)})`);
		seen.set(id, index);
		const doc: BankDocument = {
			id,
			file: e.file,
			title: (e.title as string | null | undefined) ?? null,
			author: (e.author as string | null | undefined) ?? null,
			publisher: (e.publisher as string | null | undefined) ?? null,
			date: e.date
		};
		if (typeof e.date_basis === 'string') doc.dateBasis = e.date_basis;
		return doc;
	});
}

/** Decodes a document's bytes strictly: empty, binary and non-UTF-8 files are errors naming the file. */
export function decodeDocument(path: string, bytes: Uint8Array | undefined): string {
	if (bytes === undefined) throw new BuildError('document-missing', { file: path }, 'file not found');
	if (bytes.length === 0) throw new BuildError('document-empty', { file: path }, 'file is empty');
	const nul = bytes.indexOf(0);
	if (nul >= 0) throw new BuildError('document-binary', { file: path }, `NUL byte at byte ${nul}`);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		// Name the line: the first replacement character of a lenient decode marks the bad bytes.
		const lenient = new TextDecoder('utf-8').decode(bytes);
		const line = lineAt(lenient, lenient.indexOf('\uFFFD'));
		throw new BuildError('document-not-utf8', { file: path, line }, 'invalid UTF-8 byte sequence');
	}
	if (text.trim() === '') throw new BuildError('document-empty', { file: path }, 'file holds only whitespace');
	return text;
}

/** Loads the manifest and every document it lists. `files` maps file names to bytes (what the CLI read). */
export function loadDocuments(
	manifest: ManifestInput,
	files: ReadonlyMap<string, Uint8Array>,
	sourcesDir: string
): SourceDocument[] {
	return loadManifest(manifest).map((doc) => ({ ...doc, text: decodeDocument(`${sourcesDir}/${doc.file}`, files.get(doc.file)) }));
}
