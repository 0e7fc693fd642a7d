import { describe, expect, it } from 'vitest';
import { parse, type GIFTQuestion } from 'gift-pegjs';
import { escapeGift, writeGift } from './gift';
import { emptySet, hostileSet, sampleSet } from './fixtures';

type Parsed = GIFTQuestion & {
	title?: string | null;
	stem?: { text: string };
	globalFeedback?: { text: string } | null;
	choices?: { isCorrect: boolean; text: { text: string } }[];
	isTrue?: boolean;
};

const questions = (text: string) => (parse(text) as Parsed[]).filter((q) => q.type !== 'Category');

describe('GIFT', () => {
	it('escapes GIFT marks and line breaks', () => {
		expect(escapeGift('a ~ = # { } : \\ b\nc')).toBe('a \\~ \\= \\# \\{ \\} \\: \\\\ b\\nc');
	});

	it('a GIFT parser reads every type it has, with the source in the general feedback', () => {
		const { text, omitted } = writeGift(sampleSet());
		const parsed = questions(text);
		const byTitle = new Map(parsed.map((q) => [q.title, q]));
		expect(omitted.map((o) => o.id)).toEqual(['q-order']);
		expect(parsed).toHaveLength(sampleSet().questions.length - 1);

		const choice = byTitle.get('q-choice');
		expect(choice?.type).toBe('MC');
		expect(choice?.stem?.text).toBe('Who met Sergey Lavrov on Nov. 23?');
		expect(choice?.choices?.filter((c) => c.isCorrect).map((c) => c.text.text)).toEqual(['Taro Kono']);
		expect(choice?.choices).toHaveLength(4);
		expect(choice?.globalFeedback?.text).toBe(
			'Source: “Foreign Minister Taro Kono met with his Russian counterpart Sergey Lavrov.” — Catalyst behind peace talks, 2018-11-20'
		);

		const tf = byTitle.get('q-tf');
		expect([tf?.type, tf?.isTrue]).toEqual(['TF', true]);

		const island = byTitle.get('q-island');
		expect(island?.type).toBe('Short');
		expect(island?.choices?.map((c) => c.text.text)).toEqual(['Etorofu', 'Iturup', 'Etorofu / Iturup']);

		// A blank in the middle is GIFT's embedded answer.
		const cloze = byTitle.get('q-lavrov');
		expect(cloze?.stem?.text).toBe('Foreign Minister Taro Kono met his counterpart _____ on Nov. 23.');

		const flash = byTitle.get('q-flash');
		expect(flash?.type).toBe('Essay');
		expect(flash?.globalFeedback?.text).toContain('Answer: The 1956 Japan-Soviet joint declaration');
	});

	it('hostile text parses back intact', () => {
		const set = hostileSet();
		const parsed = questions(writeGift(set).text);
		expect(parsed.map((q) => q.title)).toEqual(set.questions.map((q) => q.id));
		expect(parsed.map((q) => q.stem?.text)).toEqual(set.questions.map((q) => q.prompt.replace(/\r\n/g, '\n')));
		const html = parsed.find((q) => q.title === 'h-html');
		expect(html?.choices?.map((c) => [c.isCorrect, c.text.text])).toEqual([
			[true, '<i>x</i>'],
			[false, 'a & b'],
			[false, '</answer>]]>']
		]);
		const gift = parsed.find((q) => q.title === 'h-gift');
		expect(gift?.globalFeedback?.text).toBe('Under 50% {really}\nSource: “q” — Catalyst behind peace talks, 2018-11-20');
		const formula = parsed.find((q) => q.title === 'h-formula');
		expect(formula?.choices?.map((c) => c.text.text)).toEqual(['+1+2', '-3', '@SUM(A1)', "'=already"]);
		expect(parsed.find((q) => q.title === 'h-newline')?.choices?.[0].text.text).toBe('Two\nlines');
	});

	it('an empty bank is a valid file with its category alone', () => {
		const { text, omitted } = writeGift(emptySet());
		expect(omitted).toEqual([]);
		expect(parse(text).map((q) => q.type)).toEqual(['Category']);
	});
});
