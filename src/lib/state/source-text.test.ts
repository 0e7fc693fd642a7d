import { describe, expect, it } from 'vitest';
import { findParagraph, splitParagraphs } from './source-text';

const text = 'Title\n\nFirst para one. Quote here. End.\n\n\nSecond para\nwraps here.\n';

describe('findParagraph', () => {
	it('returns the paragraph around the quote, split at the quote', () => {
		const start = text.indexOf('Quote here.');
		const p = findParagraph(text, start, start + 'Quote here.'.length);
		expect(p).toEqual({ before: 'First para one. ', quote: 'Quote here.', after: ' End.' });
	});
	it('joins wrapped lines of the last paragraph', () => {
		const start = text.indexOf('wraps');
		expect(findParagraph(text, start, start + 5)).toEqual({ before: 'Second para ', quote: 'wraps', after: ' here. ' });
	});
	it('gives an empty quote for offsets outside the text', () => {
		expect(findParagraph(text, 10, 9999).quote).toBe('');
	});
});

describe('splitParagraphs', () => {
	it('keeps offsets that slice back to the paragraph', () => {
		const paras = splitParagraphs(text);
		expect(paras.map((p) => p.text)).toEqual(['Title', 'First para one. Quote here. End.', 'Second para\nwraps here.']);
		for (const p of paras) expect(text.slice(p.start, p.end)).toBe(p.text);
	});
});
