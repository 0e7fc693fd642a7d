import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { makeDocx } from './testing/make-files';
import { DOCX_DAMAGED, DOCX_EMPTY, DOCX_OLD, decodeEntities, documentParagraphs, readDocx } from './read-docx';

const P1 = 'On March 3, 2020, the city council of Riverton voted 7 to 2 to close the Old Mill Bridge.';
const P2 = 'Mayor Linda Park said the bridge would stay closed <until> repairs costing 4 million dollars & more were approved.';

describe('readDocx', () => {
	it('reads each paragraph, and title, author and creation day from the core properties', () => {
		const read = readDocx(makeDocx([P1, P2], { title: 'Bridge closes', creator: 'Ana Reyes', created: '2020-03-04T09:00:00Z' }));
		expect(read).toEqual({
			ok: true,
			text: `${P1}\n\n${P2}`,
			details: {
				title: 'Bridge closes',
				author: 'Ana Reyes',
				date: '2020-03-04',
				dateBasis: 'inferred from the file metadata: the document was created on 2020-03-04 (precision: day)'
			}
		});
	});

	it('proposes nothing the file does not state (no core properties, or a made-up title)', () => {
		expect(readDocx(makeDocx([P1])).ok && (readDocx(makeDocx([P1])) as { details: object }).details).toEqual({});
		const read = readDocx(makeDocx([P1], { title: 'Document1', creator: '', created: 'not a date' }));
		expect(read.ok && read.details).toEqual({});
	});

	it('refuses a file that is not a zip (a text renamed .docx), a truncated zip, a zip without a Word body', () => {
		const good = makeDocx([P1]);
		for (const bad of [strToU8('Just text, renamed .docx'), good.slice(0, good.length / 2), zipSync({ 'hello.txt': strToU8('hi') }), new Uint8Array()])
			expect(readDocx(bad)).toEqual({ ok: false, message: DOCX_DAMAGED });
	});

	it('says an old binary .doc must be saved as .docx', () => {
		expect(readDocx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toEqual({ ok: false, message: DOCX_OLD });
	});

	it('says a document with no text has none', () => {
		expect(readDocx(makeDocx([]))).toEqual({ ok: false, message: DOCX_EMPTY });
	});

	it('never throws on any bytes, zipped or not', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 500 }), fc.boolean(), (bytes, zipped) => {
				const input = zipped ? zipSync({ 'word/document.xml': bytes }) : bytes;
				const read = readDocx(input);
				expect(read.ok ? read.text.length : read.message.length).toBeGreaterThan(0);
			})
		);
	});
});

describe('documentParagraphs', () => {
	it('keeps visible text only: runs joined, tabs and breaks as spaces, deleted text and field codes left out', () => {
		const xml = `<w:document><w:body>
			<w:p><w:r><w:t>Hel</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">lo </w:t></w:r><w:ins><w:r><w:t>world</w:t></w:r></w:ins><w:del><w:r><w:delText>gone</w:delText></w:r></w:del></w:p>
			<w:p/>
			<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "x" </w:instrText></w:r><w:r><w:t>Link</w:t></w:r><w:r><w:tab/><w:t>after&#x2019;s tab</w:t><w:br/><w:t>&amp; a line</w:t></w:r></w:p>
			<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
		</w:body></w:document>`;
		expect(documentParagraphs(xml)).toEqual(['Hello world', 'Link after’s tab & a line', 'Cell']);
	});

	it('decodes the XML entities', () => {
		expect(decodeEntities('&lt;a&gt; &amp;amp; &quot;&apos; &#233;&#x2014; &bogus;')).toBe('<a> &amp; "\' é— &bogus;');
	});
});
