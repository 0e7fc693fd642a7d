/**
 * A PDF's text and details through pdf.js, page by page (see pdf-text.ts for how lines become paragraphs). pdf.js
 * is passed in: the add page loads the browser build and its worker only when a PDF is picked (load-pdfjs.ts); the
 * tests pass Node's build. A scanned PDF (no text layer), a password and a damaged file each get their message.
 */
import type * as PdfJs from 'pdfjs-dist';
import { cleanFileTitle, dropFurniture, fileDetails, letterCount, linesToText, pdfDateDay, runsToLines, type PdfLine } from './pdf-text';
import { MAX_TEXT_CHARS, type FileRead } from './read-file';

export type PdfLib = Pick<typeof PdfJs, 'getDocument'>;

export const PDF_SCANNED =
	'This PDF has no text layer — it looks scanned (each page is a picture of text), and Sourcedeck reads only text. Open a version with selectable text, or run it through a text recogniser (OCR) and paste the text. Nothing was added.';
export const PDF_PASSWORD =
	'This PDF is protected by a password, so Sourcedeck cannot read it. Open it in a PDF reader, copy its text and paste it here (or save a copy without the password). Nothing was added.';
export const PDF_DAMAGED =
	'This file could not be read as a PDF: it is damaged or not a PDF (perhaps cut short while downloading). Download it again, or open it in a PDF reader, copy its text and paste it. Nothing was added.';

/** Fewer letters than this per page (and overall) is a scan: perhaps a stamp or page numbers, no article. */
const LETTERS_PER_PAGE = 15;
const MIN_LETTERS = 40;

export async function readPdf(bytes: Uint8Array, pdfjs: PdfLib): Promise<FileRead> {
	// pdf.js takes the buffer over (it is sent to its worker): give it a copy.
	const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, stopAtErrors: false, verbosity: 0 });
	try {
		let doc: PdfJs.PDFDocumentProxy;
		try {
			doc = await task.promise;
		} catch (e) {
			return { ok: false, message: (e as { name?: string })?.name === 'PasswordException' ? PDF_PASSWORD : PDF_DAMAGED };
		}
		const pages: PdfLine[][] = [];
		let chars = 0;
		for (let n = 1; n <= doc.numPages; n++) {
			const page = await doc.getPage(n);
			const content = await page.getTextContent();
			const runs = content.items.flatMap((item) =>
				'str' in item ? [{ str: item.str, x: item.transform[4], y: item.transform[5], width: item.width, height: item.height, hasEOL: item.hasEOL }] : []
			);
			const lines = runsToLines(runs);
			pages.push(lines);
			page.cleanup();
			// Past the longest text built, the rest would only be thrown away (checkText then says how long it is).
			chars += lines.reduce((s, l) => s + l.text.length + 1, 0);
			if (chars > MAX_TEXT_CHARS * 1.2) break;
		}
		const text = linesToText(dropFurniture(pages));
		const letters = letterCount(text);
		if (letters < MIN_LETTERS || letters < LETTERS_PER_PAGE * pages.length) return { ok: false, message: PDF_SCANNED };
		const info = ((await doc.getMetadata().catch(() => null))?.info ?? {}) as Record<string, unknown>;
		const title = cleanFileTitle(info.Title);
		const author = typeof info.Author === 'string' ? info.Author.replace(/\s+/g, ' ').trim() : '';
		const day = pdfDateDay(info.CreationDate);
		return {
			ok: true,
			text,
			details: fileDetails(title, author, day, 'the PDF was made')
		};
	} catch {
		return { ok: false, message: PDF_DAMAGED };
	} finally {
		await task.destroy().catch(() => undefined);
	}
}
