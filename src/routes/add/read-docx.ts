/**
 * A Word document's (.docx) text and details. A .docx is a zip (read with fflate, already in the app): the body is
 * word/document.xml, one <w:p> per paragraph holding its text in <w:t> runs; title, author and creation date are
 * in docProps/core.xml. The XML is read by a small scanner over its tags (no DOM: it runs in Node for the tests and
 * could run in a worker) that keeps only visible text — deleted text (<w:delText>) and field codes (<w:instrText>)
 * are not <w:t>. Pure: bytes in, text or a message out.
 */
import { unzipSync } from 'fflate';
import { cleanFileTitle, fileDetails } from './pdf-text';
import { isoDay } from './metadata';
import type { FileRead } from './read-file';

export const DOCX_DAMAGED =
	'This file could not be read as a Word document (.docx): it is damaged, or another kind of file renamed .docx. Open it in a word processor and save it again as .docx (or copy its text and paste it). Nothing was added.';
export const DOCX_OLD =
	'This is an older Word document (.doc), which Sourcedeck does not read. Open it in a word processor and save it as .docx, or copy its text and paste it. Nothing was added.';
export const DOCX_EMPTY = 'This Word document has no text in it (perhaps only pictures). Nothing was added.';

/** Largest unzipped document.xml read: its markup is several times its text, and the text is capped far lower. */
const MAX_XML_BYTES = 40 * 1024 * 1024;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
	return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
		if (e[0] === '#') {
			const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return ENTITIES[e.toLowerCase()] ?? whole;
	});
}

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|([^<]+)/g;

/** The paragraphs of word/document.xml: text of <w:t>, tabs and breaks as spaces, one entry per <w:p>. */
export function documentParagraphs(xml: string): string[] {
	const out: string[] = [];
	let paragraph = '';
	let inText = 0;
	for (const m of xml.matchAll(TAG)) {
		const [, close, name, , selfClosing, cdata, chars] = m;
		if (chars !== undefined || cdata !== undefined) {
			if (inText > 0) paragraph += cdata ?? decodeEntities(chars!);
			continue;
		}
		if (!name) continue;
		if (name === 'w:t') {
			if (!selfClosing) inText += close ? -1 : 1;
			inText = Math.max(0, inText);
		} else if (!close && (name === 'w:tab' || name === 'w:br' || name === 'w:cr')) {
			paragraph += ' ';
		} else if (name === 'w:noBreakHyphen' && !close) {
			paragraph += '‑';
		} else if (name === 'w:p' && (close || selfClosing)) {
			const text = paragraph.replace(/\s+/g, ' ').trim();
			if (text) out.push(text);
			paragraph = '';
		}
	}
	const rest = paragraph.replace(/\s+/g, ' ').trim();
	if (rest) out.push(rest);
	return out;
}

/** The text of each element of docProps/core.xml named in `names` (first occurrence). */
function coreFields(xml: string, names: readonly string[]): Record<string, string> {
	const found: Record<string, string> = {};
	for (const name of names) {
		const m = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`).exec(xml);
		if (m) found[name] = decodeEntities(m[1].replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')).replace(/\s+/g, ' ').trim();
	}
	return found;
}

function isZip(bytes: Uint8Array): boolean {
	return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** An old binary .doc (OLE compound file) starts with D0 CF 11 E0. */
function isOle(bytes: Uint8Array): boolean {
	return bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

export function readDocx(bytes: Uint8Array): FileRead {
	if (isOle(bytes)) return { ok: false, message: DOCX_OLD };
	if (!isZip(bytes)) return { ok: false, message: DOCX_DAMAGED };
	let files: Record<string, Uint8Array>;
	try {
		let size = 0;
		files = unzipSync(bytes, {
			filter: (f) => {
				const wanted = f.name === 'word/document.xml' || f.name === 'docProps/core.xml';
				if (wanted) size += f.originalSize;
				return wanted && size <= MAX_XML_BYTES;
			}
		});
	} catch {
		return { ok: false, message: DOCX_DAMAGED };
	}
	const body = files['word/document.xml'];
	if (!body) return { ok: false, message: DOCX_DAMAGED };
	let xml: string;
	try {
		xml = new TextDecoder('utf-8', { fatal: true }).decode(body);
	} catch {
		return { ok: false, message: DOCX_DAMAGED };
	}
	if (!/<w:document[\s>]/.test(xml)) return { ok: false, message: DOCX_DAMAGED };
	const text = documentParagraphs(xml).join('\n\n');
	if (!text.trim()) return { ok: false, message: DOCX_EMPTY };
	const core = files['docProps/core.xml'] ? coreFields(new TextDecoder().decode(files['docProps/core.xml']), ['dc:title', 'dc:creator', 'dcterms:created']) : {};
	const title = cleanFileTitle(core['dc:title']);
	const author = core['dc:creator'] ?? '';
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(core['dcterms:created'] ?? '');
	const day = m ? isoDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
	return {
		ok: true,
		text,
		details: fileDetails(title, author, day, 'the document was created')
	};
}
