import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkFileSize, checkText, decodeText, fileKind, MAX_FILE_BYTES, MAX_TEXT_CHARS } from './read-file';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
	it('reads UTF-8 text and drops a byte-order mark', () => {
		expect(decodeText(utf8('\uFEFFÉté à Tōkyō — “quotes”'))).toEqual({ ok: true, text: 'Été à Tōkyō — “quotes”' });
	});

	it('refuses binary data (a PNG renamed .txt)', () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
		const r = decodeText(png);
		expect(r.ok).toBe(false);
		expect(!r.ok && r.message).toMatch(/not text/);
	});

	it('refuses Latin-1 text with a message about the encoding', () => {
		const r = decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]));
		expect(!r.ok && r.message).toMatch(/UTF-8/);
	});

	it('refuses an empty file', () => {
		expect(decodeText(new Uint8Array()).ok).toBe(false);
	});

	it('gives back any text it was given as UTF-8 (no NUL or control characters)', () => {
		const control = (c: number) => c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13;
		const ch = fc.string({ unit: 'grapheme' }).filter((s) => ![...s].some((c) => control(c.charCodeAt(0)) || c === '\uFEFF'));
		fc.assert(
			fc.property(ch.filter((s) => s.length > 0), (s) => {
				expect(decodeText(utf8(s))).toEqual({ ok: true, text: s });
			})
		);
	});

	it('never throws on any bytes, and answers text or a message', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
				const r = decodeText(bytes);
				if (r.ok) expect(typeof r.text).toBe('string');
				else expect(r.message.length).toBeGreaterThan(10);
			})
		);
	});
});

describe('limits and kinds', () => {
	it('refuses a 20 MB file before reading it, saying the limit', () => {
		expect(checkFileSize(20 * 1024 * 1024)).toMatch(/20\.0 MB.*up to 5\.0 MB/);
		expect(checkFileSize(MAX_FILE_BYTES)).toBeNull();
		expect(checkFileSize(0)).toMatch(/empty/);
	});

	it('refuses blank and over-long text', () => {
		expect(checkText(' \n\t ')).toMatch(/no text/);
		expect(checkText('a'.repeat(MAX_TEXT_CHARS + 1))).toMatch(/in parts/);
		expect(checkText('One sentence.')).toBeNull();
	});

	it('tells text, web pages, PDFs and Word documents by name or type', () => {
		expect(fileKind('a.TXT', '')).toBe('text');
		expect(fileKind('page.htm', '')).toBe('html');
		expect(fileKind('x', 'text/html')).toBe('html');
		expect(fileKind('scan.PDF', '')).toBe('pdf');
		expect(fileKind('x', 'application/pdf')).toBe('pdf');
		expect(fileKind('report.docx', '')).toBe('docx');
		expect(fileKind('old.doc', 'application/msword')).toBeNull();
		expect(fileKind('photo.jpg', 'image/jpeg')).toBeNull();
	});
});
