import { describe, expect, it } from 'vitest';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { layOut, makePdf, type DrawnLine } from './testing/make-files';
import { PDF_DAMAGED, PDF_PASSWORD, PDF_SCANNED, readPdf, type PdfLib } from './read-pdf';
import { cleanFileTitle, dropFurniture, linesToText, pdfDateDay, runsToLines, type PdfLine } from './pdf-text';

const P1 = 'On March 3, 2020, the city council of Riverton voted 7 to 2 to close the Old Mill Bridge after engineers found cracks in two of its piers.';
const P2 = 'Mayor Linda Park said the bridge would stay closed until repairs costing 4 million dollars were approved by the regional government in Lakeside.';
const P3 = 'The bridge was built in 1911 and carries about 12,000 vehicles a day, according to the city’s transport office.';

/** A page with a running header and footer, its paragraphs between. */
function page(n: number, paragraphs: string[]): DrawnLine[] {
	return [{ text: 'Riverton Gazette — Local news', y: 770, size: 9 }, ...layOut(paragraphs), { text: `Page ${n} of 2`, x: 290, y: 30, size: 9 }];
}

describe('readPdf (real PDFs through pdf.js)', () => {
	it('reads the text layer page by page into paragraphs, without header, footer or page numbers', async () => {
		const bytes = makePdf([page(1, [P1, P2]), page(2, [P3])], { Title: 'Bridge closes', Author: 'Ana Reyes', CreationDate: "D:20200304101500+01'00'" });
		const read = await readPdf(bytes, pdfjs as unknown as PdfLib);
		expect(read).toEqual({
			ok: true,
			text: [P1, P2, P3].join('\n\n'),
			details: {
				title: 'Bridge closes',
				author: 'Ana Reyes',
				date: '2020-03-04',
				dateBasis: 'inferred from the file metadata: the PDF was made on 2020-03-04 (precision: day)'
			}
		});
	});

	it('joins a word hyphenated at a line’s end, and a paragraph going on over the next page', async () => {
		const bytes = makePdf([
			[
				{ text: 'The engineers who inspected the bridge in February found that the cracks had', y: 700 },
				{ text: 'grown by 40 percent since the previous inspec-', y: 686 }
			],
			[{ text: 'tion in 2017, and the Japan-', y: 700 }, { text: 'Russia talks went on.', y: 686 }]
		]);
		const read = await readPdf(bytes, pdfjs as unknown as PdfLib);
		expect(read.ok && read.text).toBe(
			'The engineers who inspected the bridge in February found that the cracks had grown by 40 percent since the previous inspection in 2017, and the Japan-Russia talks went on.'
		);
		expect(read.ok && read.details).toEqual({});
	});

	it('says a scanned PDF has no text layer', async () => {
		const read = await readPdf(makePdf(['picture', 'picture'], { Title: 'Scan' }), pdfjs as unknown as PdfLib);
		expect(read).toEqual({ ok: false, message: PDF_SCANNED });
		expect(PDF_SCANNED).toMatch(/^This PDF has no text layer — it looks scanned/);
	});

	it('a scan with only page numbers and a stamp is still a scan', async () => {
		const stamped = (n: number): DrawnLine[] => [{ text: 'SCANNED', y: 770 }, { text: String(n), y: 30 }];
		const read = await readPdf(makePdf([stamped(1), stamped(2), stamped(3)]), pdfjs as unknown as PdfLib);
		expect(read).toEqual({ ok: false, message: PDF_SCANNED });
	});

	it('says a damaged file or a file that is not a PDF could not be read', async () => {
		const good = makePdf([layOut([P1])]);
		for (const bad of [good.slice(0, 40), new TextEncoder().encode('Just some text, renamed .pdf'), new Uint8Array([0x25, 0x50, 0x44, 0x46])]) {
			expect(await readPdf(bad, pdfjs as unknown as PdfLib)).toEqual({ ok: false, message: PDF_DAMAGED });
		}
	});

	it('says a password-protected PDF cannot be read', async () => {
		const locked = makePdf([layOut([P1, P2])], { Title: 'Locked' }, { userPassword: 'secret' });
		expect(await readPdf(locked, pdfjs as unknown as PdfLib)).toEqual({ ok: false, message: PDF_PASSWORD });
		// The same file with an empty user password (only an owner's) is not taken for a locked one.
		const open = makePdf([layOut([P1, P2])], { Title: 'Open' }, { userPassword: '' });
		expect(await readPdf(open, pdfjs as unknown as PdfLib)).not.toEqual({ ok: false, message: PDF_PASSWORD });
	});

	it('maps pdf.js’s password request to the password message', async () => {
		const asking: PdfLib = {
			getDocument: (() => ({
				promise: Promise.reject(Object.assign(new Error('No password given'), { name: 'PasswordException' })),
				destroy: () => Promise.resolve()
			})) as unknown as PdfLib['getDocument']
		};
		expect(await readPdf(new Uint8Array([1]), asking)).toEqual({ ok: false, message: PDF_PASSWORD });
	});
});

const line = (text: string, y: number, x = 72, right = 500): PdfLine => ({ text, y, x, right, height: 11 });

describe('pdf-text', () => {
	it('joins runs on one baseline, adding a space only where the runs leave a gap', () => {
		const run = (str: string, x: number, width: number, y = 700, hasEOL = false) => ({ str, x, y, width, height: 10, hasEOL });
		expect(runsToLines([run('Hel', 72, 15), run('lo', 87, 10), run('world', 100, 25, 700, true), run('Next', 72, 20, 686)]).map((l) => l.text)).toEqual([
			'Hello world',
			'Next'
		]);
	});

	it('keeps a line that repeats at the top of only one page of three', () => {
		const pages = [[line('Introduction', 700), line('Body one.', 686)], [line('Body two.', 700)], [line('Body three.', 700)]];
		expect(dropFurniture(pages)).toEqual(pages);
	});

	it('drops page numbers in their usual forms', () => {
		for (const n of ['12', '- 12 -', 'Page 3', '3 of 10', '3 / 10', 'iv']) expect(dropFurniture([[line('Text.', 700), line(n, 30)]])[0].map((l) => l.text)).toEqual(['Text.']);
		expect(dropFurniture([[line('Text.', 700), line('1911 was the year.', 30)]])[0]).toHaveLength(2);
	});

	it('ends a paragraph at a short line ending a sentence, not at a full line', () => {
		expect(linesToText([[line('A long line that fills the column.', 700), line('And goes on here.', 686, 72, 200), line('New one.', 672)]])).toBe(
			'A long line that fills the column. And goes on here.\n\nNew one.'
		);
	});

	it('reads PDF dates and skips titles a program made up', () => {
		expect(pdfDateDay("D:20240315101500+01'00'")).toBe('2024-03-15');
		expect(pdfDateDay('D:2024')).toBeNull();
		expect(pdfDateDay('D:20240230')).toBeNull();
		expect(pdfDateDay(undefined)).toBeNull();
		expect(cleanFileTitle('Microsoft Word - Bridge report.docx')).toBeNull();
		expect(cleanFileTitle('Microsoft Word - Bridge report')).toBe('Bridge report');
		expect(cleanFileTitle('Untitled')).toBeNull();
		expect(cleanFileTitle('  The  bridge ')).toBe('The bridge');
	});
});
