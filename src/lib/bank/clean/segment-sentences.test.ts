import { describe, expect, it } from 'vitest';
import { segmentSentences } from './segment-sentences';

function split(text: string): string[] {
	return segmentSentences(text, [{ start: 0, end: text.length }]).map((s) => s.text);
}

describe('segmentSentences', () => {
	it('does not split after "Nov." or other month abbreviations', () => {
		expect(split('On Nov. 14, Abe met Putin. Kono met Lavrov on Nov. 23 and agreed.')).toEqual([
			'On Nov. 14, Abe met Putin.',
			'Kono met Lavrov on Nov. 23 and agreed.'
		]);
	});

	it('does not split inside "U.S." or after "Mr."', () => {
		expect(split('The 1960 U.S.-Japan Security Treaty grants the U.S. Navy rights. Mr. Abe disagreed.')).toEqual([
			'The 1960 U.S.-Japan Security Treaty grants the U.S. Navy rights.',
			'Mr. Abe disagreed.'
		]);
	});

	it('splits after a closing quotation mark and keeps the quote with its sentence', () => {
		expect(split('Putin proposed that they “conclude a treaty without preconditions.” Soon after, I asked him.')).toEqual([
			'Putin proposed that they “conclude a treaty without preconditions.”',
			'Soon after, I asked him.'
		]);
		expect(split('Putin said, “We want to develop relations.” Lavrov agreed.')).toHaveLength(2);
	});

	it('keeps offsets into the original text and skips bullets and spacing', () => {
		const text = 'Header\n  • Japanese Prime Minister Shinzo Abe is racing. So is Putin.';
		const out = segmentSentences(text, [{ start: 7, end: text.length }]);
		expect(out.map((s) => s.text)).toEqual(['Japanese Prime Minister Shinzo Abe is racing.', 'So is Putin.']);
		for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.text);
	});

	it('does not split on a decimal or a lower-case continuation', () => {
		expect(split('Growth was 2.5 percent in 2018. e.g. this stays one sentence.')).toEqual([
			'Growth was 2.5 percent in 2018. e.g. this stays one sentence.'
		]);
	});
});
