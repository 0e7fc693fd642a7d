/** Export test fixtures: the domain's small bank (every type) and a bank of hostile text. */
import type { Bank, Question } from '../format/bank-format';
import { DOC_A, DOC_B, makeBank } from '../domain/fixtures/bank';
import type { ExportSet } from './export-set';

export { DOC_A, DOC_B };

/** Every type, from the domain fixture, with its two documents listed. */
export function sampleSet(): ExportSet {
	const bank = makeBank();
	return {
		...bank,
		documents: [
			{ id: DOC_A, file: `${DOC_A}.txt`, title: 'Catalyst behind peace talks', author: 'Yuki Tatsumi', publisher: 'Stimson', date: '2018-11-20' },
			{ id: DOC_B, file: `${DOC_B}.txt`, title: null, author: 'Hiroshi Abiru', publisher: null, date: '2021-01-15' }
		]
	};
}

const hostile = (id: string, over: Partial<Question>): Question => ({
	id,
	type: 'typed',
	kind: 'event',
	prompt: 'p',
	answer: 'a',
	sources: [{ doc: DOC_A, quote: 'q', start: 0, end: 1 }],
	origin: 'curated',
	...over
});

/** Text every format must carry through escaped and intact: line breaks, tabs, quotes, HTML, formulas, GIFT marks. */
export const HOSTILE: Question[] = [
	hostile('h-newline', { prompt: 'Line one\nline two?', answer: 'Two\r\nlines', sources: [{ doc: DOC_A, quote: 'A quote\nover two lines', start: 0, end: 22 }] }),
	hostile('h-tab', { prompt: 'Tab\there?', answer: 'a\tb' }),
	hostile('h-quotes', { prompt: 'He said "no" and \'yes\'?', answer: '"Quoted"', accept: ['“curly”'], sources: [{ doc: DOC_A, quote: 'said "no"', start: 0, end: 9 }] }),
	hostile('h-html', {
		type: 'choice',
		prompt: '<script>alert(1)</script> & <b>bold</b>?',
		answer: '<i>x</i>',
		choices: ['<i>x</i>', 'a & b', '</answer>]]>'],
		sources: [{ doc: DOC_A, quote: '<img src=x onerror=alert(1)>', start: 0, end: 28 }]
	}),
	hostile('h-formula', { prompt: '=HYPERLINK("http://x","y")', answer: '+1+2', accept: ['-3', '@SUM(A1)', "'=already"], sources: [{ doc: DOC_A, quote: '=1+1', start: 0, end: 4 }] }),
	hostile('h-gift', { type: 'truefalse', prompt: 'Marks ~ = # { } : \\ and // slashes', answer: 'False', explanation: 'Under 50% {really}' }),
	hostile('h-hash', { type: 'flashcard', prompt: '#not a comment', answer: '* wildcard *' })
];

export function hostileSet(): ExportSet {
	const bank: Bank = { ...makeBank(HOSTILE, 'v-hostile', 'hostile'), title: 'Hostile "bank" <b>' };
	return { ...bank, documents: sampleSet().documents };
}

export function emptySet(): ExportSet {
	return { id: 'empty', title: 'Empty', documents: [], questions: [] };
}
