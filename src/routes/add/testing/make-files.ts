// Small real PDF and Word files for the tests, written byte by byte (pdf.js cannot write PDFs): a PDF of Helvetica
// text lines, one content stream per page, with an Info dictionary; and a .docx zipped with fflate.
import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';

/** WinAnsi codes of the non-ASCII characters the fixtures use. */
const WIN_ANSI: Record<string, number> = { '’': 0x92, '‘': 0x91, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, 'é': 0xe9, '\u00ad': 0xad };

function pdfString(s: string): string {
	let out = '';
	for (const ch of s) {
		if (ch === '\\' || ch === '(' || ch === ')') out += `\\${ch}`;
		else if (ch.charCodeAt(0) < 128) out += ch;
		else out += `\\${(WIN_ANSI[ch] ?? 0x3f).toString(8).padStart(3, '0')}`;
	}
	return `(${out})`;
}

/** A line drawn on a page: its text at (x, y); `size` 11 by default. */
export interface DrawnLine {
	text: string;
	x?: number;
	y: number;
	size?: number;
}

/**
 * A PDF whose pages hold these lines (or, for a page given as 'picture', only a filled rectangle: a scan's page
 * has an image and no text). `info` becomes the Info dictionary (Title, Author, CreationDate…).
 */
export function makePdf(pages: (DrawnLine[] | 'picture')[], info: Record<string, string> = {}, options: { userPassword?: string } = {}): Uint8Array {
	const objects: string[] = [];
	const add = (body: string) => objects.push(body);
	add('<< /Type /Catalog /Pages 2 0 R >>');
	add(`<< /Type /Pages /Kids [${pages.map((_, i) => `${4 + 2 * i} 0 R`).join(' ')}] /Count ${pages.length} >>`);
	add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
	pages.forEach((lines, i) => {
		const ops =
			lines === 'picture'
				? '0.2 g 40 40 532 712 re f'
				: lines.map((l) => `BT /F1 ${l.size ?? 11} Tf ${l.x ?? 72} ${l.y} Td ${pdfString(l.text)} Tj ET`).join('\n');
		add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`);
		add(`<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`);
	});
	add(`<< ${Object.entries(info).map(([k, v]) => `/${k} ${pdfString(v)}`).join(' ')} >>`);
	const infoRef = objects.length;
	let trailerExtra = '';
	if (options.userPassword !== undefined) {
		// The standard security handler, revision 2 (RC4, 40-bit key; PDF 1.7 §7.6.3): readers need the password
		// to check /U before they read anything. The content is left unencrypted: no reader gets that far.
		const id = new Uint8Array(16).fill(7);
		const P = -4;
		const o = rc4(md5(padPassword('owner')).subarray(0, 5), padPassword(options.userPassword));
		const key = md5(concat(padPassword(options.userPassword), o, new Uint8Array(new Int32Array([P]).buffer), id)).subarray(0, 5);
		const u = rc4(key, PAD);
		add(`<< /Filter /Standard /V 1 /R 2 /O <${hex(o)}> /U <${hex(u)}> /P ${P} >>`);
		trailerExtra = ` /Encrypt ${objects.length} 0 R /ID [<${hex(id)}> <${hex(id)}>]`;
	}
	let out = '%PDF-1.4\n';
	const offsets = objects.map((body, i) => {
		const at = out.length;
		out += `${i + 1} 0 obj\n${body}\nendobj\n`;
		return at;
	});
	const xref = out.length;
	out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
	out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${infoRef} 0 R${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
	// Latin-1: one byte per character, as the escapes above assume.
	return Uint8Array.from(out, (c) => c.charCodeAt(0));
}

const PAD = Uint8Array.from([
	0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08, 0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f,
	0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a
]);
const padPassword = (pw: string) => concat(strToU8(pw).subarray(0, 32), PAD).subarray(0, 32);
const md5 = (bytes: Uint8Array) => new Uint8Array(createHash('md5').update(bytes).digest());
const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
function concat(...parts: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}
function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
	const s = Array.from({ length: 256 }, (_, i) => i);
	for (let i = 0, j = 0; i < 256; i++) {
		j = (j + s[i] + key[i % key.length]) & 255;
		[s[i], s[j]] = [s[j], s[i]];
	}
	const out = new Uint8Array(data.length);
	for (let n = 0, i = 0, j = 0; n < data.length; n++) {
		i = (i + 1) & 255;
		j = (j + s[i]) & 255;
		[s[i], s[j]] = [s[j], s[i]];
		out[n] = data[n] ^ s[(s[i] + s[j]) & 255];
	}
	return out;
}

/** Paragraphs laid out as a page would: lines of about `width` characters, 14 units apart, a blank line between. */
export function layOut(paragraphs: string[], options: { top?: number; width?: number } = {}): DrawnLine[] {
	const width = options.width ?? 80;
	const lines: DrawnLine[] = [];
	let y = options.top ?? 720;
	for (const p of paragraphs) {
		let line = '';
		for (const word of p.split(' ')) {
			if (line && line.length + word.length + 1 > width) {
				lines.push({ text: line, y });
				y -= 14;
				line = word;
			} else line = line ? `${line} ${word}` : word;
		}
		if (line) lines.push({ text: line, y });
		y -= 28;
	}
	return lines;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A .docx with these paragraphs (and core properties when given). */
export function makeDocx(paragraphs: string[], core: { title?: string; creator?: string; created?: string } = {}): Uint8Array {
	const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
	const body = paragraphs.map((p) => `<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`).join('');
	const files: Record<string, Uint8Array> = {
		'[Content_Types].xml': strToU8(
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'
		),
		'_rels/.rels': strToU8(
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'
		),
		'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`)
	};
	files['docProps/core.xml'] = strToU8(
		`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${core.title !== undefined ? `<dc:title>${esc(core.title)}</dc:title>` : ''}${core.creator !== undefined ? `<dc:creator>${esc(core.creator)}</dc:creator>` : ''}${core.created !== undefined ? `<dcterms:created xsi:type="dcterms:W3CDTF">${core.created}</dcterms:created>` : ''}</cp:coreProperties>`
	);
	return zipSync(files);
}
