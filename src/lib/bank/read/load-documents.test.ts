import { describe, expect, it } from 'vitest';
import { decodeDocument, loadDocuments, loadManifest } from './load-documents';
import { BuildError } from '../errors';
import { MANIFEST } from '../testing/fixtures';

function errorOf(fn: () => unknown): BuildError {
	try {
		fn();
	} catch (e) {
		if (e instanceof BuildError) return e;
		throw e;
	}
	throw new Error('expected a BuildError');
}

const path = 'questions/sources/manifest.json';

describe('loadManifest', () => {
	it('reads every entry with its id from the file name', () => {
		const docs = loadManifest({ path, text: MANIFEST });
		expect(docs.map((d) => d.id)).toEqual(['tatsumi', 'stratfor', 'third']);
		expect(docs[1]).toMatchObject({ file: 'stratfor.txt', author: null, publisher: 'Stratfor Worldview', date: '2019-01-22' });
	});

	it('names a missing manifest', () => {
		const e = errorOf(() => loadManifest({ path, text: null }));
		expect(e.key).toBe('manifest-missing');
		expect(e.message).toContain(path);
	});

	it('names the line of broken JSON', () => {
		const e = errorOf(() => loadManifest({ path, text: '{\n  "documents": [\n    {"file": "a.txt",,}\n  ]\n}' }));
		expect(e.key).toBe('manifest-malformed');
		expect(e.line).toBe(3);
		expect(e.message).toMatch(/manifest\.json:3: invalid JSON/);
	});

	it('names the entry without a date, with its line and what to do', () => {
		const text = '{\n  "documents": [\n    {"file": "a.txt", "date": "2019-01-01"},\n    {"file": "b.txt", "title": "B"}\n  ]\n}';
		const e = errorOf(() => loadManifest({ path, text }));
		expect(e.key).toBe('manifest-entry-invalid');
		expect(e.line).toBe(4);
		expect(e.message).toContain('b.txt: "date" must be YYYY-MM-DD');
	});

	it('rejects an entry without a file, and a document listed twice', () => {
		expect(errorOf(() => loadManifest({ path, text: '{"documents": [{"date": "2019-01-01"}]}' })).key).toBe('manifest-entry-invalid');
		const twice = '{"documents": [\n{"file": "a.txt", "date": "2019-01-01"},\n{"file": "a.txt", "date": "2019-01-02"}]}';
		const e = errorOf(() => loadManifest({ path, text: twice }));
		expect(e.key).toBe('duplicate-id');
		expect(e.message).toContain('"a" is listed twice');
	});

	it('rejects a manifest without a documents list', () => {
		expect(errorOf(() => loadManifest({ path, text: '{"docs": []}' })).key).toBe('manifest-malformed');
	});
});

describe('decodeDocument', () => {
	const enc = (s: string) => new TextEncoder().encode(s);
	it('decodes UTF-8 text', () => {
		expect(decodeDocument('x.txt', enc('On Nov. 14 – “quoted”'))).toBe('On Nov. 14 – “quoted”');
	});
	it('names a missing, empty, blank, binary or non-UTF-8 file', () => {
		expect(errorOf(() => decodeDocument('x.txt', undefined)).key).toBe('document-missing');
		expect(errorOf(() => decodeDocument('x.txt', new Uint8Array())).key).toBe('document-empty');
		expect(errorOf(() => decodeDocument('x.txt', enc(' \n\n '))).key).toBe('document-empty');
		expect(errorOf(() => decodeDocument('x.txt', new Uint8Array([65, 0, 66]))).key).toBe('document-binary');
		const latin1 = new Uint8Array([...enc('line one\nline two caf'), 0xe9, ...enc('\n')]);
		const e = errorOf(() => decodeDocument('x.txt', latin1));
		expect(e.key).toBe('document-not-utf8');
		expect(e.message).toMatch(/^x\.txt:2: /);
		expect(e.message).toContain('UTF-8');
	});
});

describe('loadDocuments', () => {
	it('names the file the manifest lists but the folder lacks', () => {
		const e = errorOf(() => loadDocuments({ path, text: MANIFEST }, new Map(), 'questions/sources'));
		expect(e.key).toBe('document-missing');
		expect(e.file).toBe('questions/sources/tatsumi.txt');
	});
});
