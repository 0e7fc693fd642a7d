// Small real PDF and Word files for the tests, written byte by byte (pdf.js cannot write PDFs): a PDF of Helvetica
// text lines, one content stream per page, with an Info dictionary; and a .docx zipped with fflate.
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
export function makePdf(pages: (DrawnLine[] | 'picture')[], info: Record<string, string> = {}): Uint8Array {
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
	let out = '%PDF-1.4\n';
	const offsets = objects.map((body, i) => {
		const at = out.length;
		out += `${i + 1} 0 obj\n${body}\nendobj\n`;
		return at;
	});
	const xref = out.length;
	out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
	out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${infoRef} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	// Latin-1: one byte per character, as the escapes above assume.
	return Uint8Array.from(out, (c) => c.charCodeAt(0));
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
