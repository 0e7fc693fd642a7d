/**
 * Reading what the learner brings: which files are accepted, how large, and turning a file's bytes into text with
 * a plain-words message for anything that is not text. Pure (bytes in, text or message out).
 */

/**
 * Largest file opened: a saved web page is mostly markup (a long article's page is 1-3 MB with its scripts inlined).
 * Reading a larger file on a phone freezes it for seconds and it is almost never one article.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/**
 * Largest text built: ~50,000 words, ten long articles. The builder takes about a second per 5,000 words on a
 * phone, and a bank from more than this is too long to review question by question.
 */
export const MAX_TEXT_CHARS = 300_000;

export type FileKind = 'text' | 'html' | 'pdf' | 'docx';
export type TextResult = { ok: true; text: string } | { ok: false; message: string };

/** A document file read (PDF, Word): its text and the details its own metadata gives. */
export type FileRead =
	| { ok: true; text: string; details: { title?: string; author?: string; date?: string; dateBasis?: string } }
	| { ok: false; message: string };

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const ACCEPT = `.txt,.text,.md,.html,.htm,.pdf,.docx,text/plain,text/html,application/pdf,${DOCX_TYPE}`;

export function fileKind(name: string, type: string): FileKind | null {
	const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
	if (ext === 'pdf' || type === 'application/pdf') return 'pdf';
	if (ext === 'docx' || type === DOCX_TYPE) return 'docx';
	if (['html', 'htm', 'xhtml'].includes(ext) || type === 'text/html') return 'html';
	if (['txt', 'text', 'md'].includes(ext) || type === 'text/plain' || type === 'text/markdown') return 'text';
	return null;
}

export function megabytes(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Whether a file of this size may be opened, and if not why (said before reading a byte of it). */
export function checkFileSize(size: number): string | null {
	if (size === 0) return 'This file is empty: open a file with some text in it, or paste the text.';
	if (size > MAX_FILE_BYTES)
		return `This file is ${megabytes(size)}; Sourcedeck opens files up to ${megabytes(MAX_FILE_BYTES)}. A larger file is rarely one article and would freeze a phone while it is read: open the article alone, or paste its text.`;
	return null;
}

/** Text long enough to ask about and short enough to build and review. */
export function checkText(text: string): string | null {
	if (!text.trim()) return 'There is no text: paste or open an article with some sentences in it.';
	if (text.length > MAX_TEXT_CHARS)
		return `This text has ${text.length.toLocaleString('en')} characters; Sourcedeck builds from up to ${MAX_TEXT_CHARS.toLocaleString('en')} (about 50,000 words) at once, so the build stays quick on a phone and the questions can be reviewed. Add it in parts, one chapter or article at a time.`;
	return null;
}

/** Bytes of a text file as text: UTF-8 (a byte-order mark is dropped); binary data and other encodings refused. */
export function decodeText(bytes: Uint8Array): TextResult {
	if (bytes.length === 0) return { ok: false, message: 'This file is empty: open a file with some text in it, or paste the text.' };
	// Control bytes other than tab, newline, form feed and carriage return do not occur in text.
	let control = 0;
	const sample = bytes.subarray(0, 64 * 1024);
	for (const b of sample) if (b === 0 || (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13)) control++;
	if (control > 0 && (sample.includes(0) || control / sample.length > 0.01))
		return { ok: false, message: 'This file is not text (it holds binary data, perhaps a picture, a PDF or a Word file renamed). Open a .txt or .html file, or paste the text.' };
	try {
		const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
		return { ok: true, text };
	} catch {
		return { ok: false, message: 'This file is not in a text encoding Sourcedeck reads (UTF-8). Save it as UTF-8 text, or copy and paste its text.' };
	}
}
