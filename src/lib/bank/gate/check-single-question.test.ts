import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Question } from '../../format/bank-format';
import { buildDocumentBank } from '../build-document';
import { checkSingleQuestion, gateDocument, sentenceAt, splitDocument } from './check-single-question';

const TEXT = readFileSync('tests/e2e/fixtures/own-article.txt', 'utf8');
const doc = gateDocument('d', TEXT);
const S = 'Mayor Linda Park said the bridge would stay closed until repairs costing 4 million dollars were approved by the regional government in Lakeside.';
const at = TEXT.indexOf(S);
const source = { doc: 'd', quote: S, start: at, end: at + S.length };
const base: Question = {
	id: 'q',
	type: 'typed',
	kind: 'place',
	prompt: 'Which regional government must approve the repairs of the Old Mill Bridge?',
	answer: 'Lakeside',
	sources: [source],
	origin: 'curated'
};
const problem = (q: Partial<Question>) => checkSingleQuestion({ ...base, ...q }, doc);

describe('splitDocument', () => {
	it('cuts the text into sentences at their offsets, keeping abbreviations and lines apart', () => {
		const sentences = splitDocument(TEXT);
		for (const s of sentences) expect(TEXT.slice(s.start, s.end)).toBe(s.text);
		expect(sentences[0].text).toBe('Riverton council votes to close the Old Mill Bridge');
		expect(sentences.map((s) => s.text)).toContain(S);
		expect(splitDocument('On Nov. 14, Mr. Abe met the U.S. envoy. He left.').map((s) => s.text)).toEqual(['On Nov. 14, Mr. Abe met the U.S. envoy.', 'He left.']);
		expect(sentenceAt(doc, at + 10)?.text).toBe(S);
	});
});

describe('checkSingleQuestion', () => {
	it('passes a grounded question, and every question the builder ships for the document', () => {
		expect(problem({})).toBeNull();
		const built = buildDocumentBank({ id: 'd', text: TEXT, title: 'Bridge', author: null, publisher: null, date: '2020-03-04' });
		if (!built.ok) throw new Error(built.message);
		expect(built.bank.questions.length).toBeGreaterThan(5);
		for (const q of built.bank.questions) expect(checkSingleQuestion(q, doc), q.prompt).toBeNull();
	});

	it('refuses an empty prompt or answer, beside the field', () => {
		expect(problem({ prompt: '  ' })).toMatchObject({ field: 'prompt', message: expect.stringMatching(/question is empty/) });
		expect(problem({ answer: '' })).toMatchObject({ field: 'answer', message: expect.stringMatching(/answer is empty/) });
	});

	it('refuses an answer the sentence does not say', () => {
		expect(problem({ answer: 'Riverton' })).toMatchObject({ gate: 'answer-not-in-quote', field: 'answer', message: expect.stringContaining('“Riverton” is not in the sentence') });
	});

	it('refuses a question that gives its answer away', () => {
		expect(problem({ prompt: 'Which government in Lakeside must approve the repairs?' })).toMatchObject({ gate: 'answer-in-prompt', field: 'prompt', message: expect.stringContaining('“Lakeside”') });
	});

	it('refuses a pronoun that does not say who', () => {
		expect(problem({ prompt: 'Where must he get the repairs approved?' })).toMatchObject({ gate: 'unresolved-pronoun', field: 'prompt' });
	});

	it('refuses a quote no longer at its offsets', () => {
		expect(problem({ sources: [{ ...source, start: at + 1, end: at + 1 + S.length }] })).toMatchObject({ gate: 'quote-not-verbatim', field: 'sentence' });
	});

	it('checks the choices: distinct, at least two wrong ones, none equal to the answer', () => {
		const choice = { type: 'choice' as const, choices: ['Lakeside', 'Riverton', 'Hillview'] };
		expect(problem(choice)).toBeNull();
		expect(problem({ ...choice, choices: ['Lakeside', 'Riverton', 'riverton'] })).toMatchObject({ field: 'choices', message: expect.stringMatching(/Two choices are the same/) });
		expect(problem({ ...choice, choices: ['Lakeside', 'Riverton', 'lakeside'] })).toMatchObject({ field: 'choices', message: expect.stringMatching(/same as the answer/) });
		expect(problem({ ...choice, choices: ['Lakeside', 'Riverton'] })).toMatchObject({ field: 'choices', message: expect.stringMatching(/at least two wrong choices/) });
	});

	it('checks a true/false statement against its sentence', () => {
		const tf = { type: 'truefalse' as const, choices: ['True', 'False'] };
		expect(problem({ ...tf, prompt: 'The repairs must be approved by the regional government in Lakeside.', answer: 'True' })).toBeNull();
		expect(problem({ ...tf, prompt: 'The repairs must be approved by the regional government in Hillview.', answer: 'False' })).toBeNull();
		expect(problem({ ...tf, prompt: 'Penguins cannot fly over oceans.', answer: 'True' })).toMatchObject({ gate: 'statement-off-sentence', field: 'prompt' });
		expect(problem({ ...tf, prompt: 'The repairs must be approved by the regional government in Lakeside.', answer: 'Maybe' })).toMatchObject({ field: 'answer' });
	});
});
