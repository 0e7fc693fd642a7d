import { describe, expect, it } from 'vitest';
import type { Candidate } from '../candidate';
import type { Question } from '../../format/bank-format';
import { checkQuestion, findUnresolvedPronoun, makeGateContext } from './check-question';

const DOC = 'On Nov. 14, Prime Minister Shinzo Abe met with Russian President Vladimir Putin in Singapore. Following the meeting, he announced that talks would accelerate. Foreign Minister Taro Kono met Sergey Lavrov on Nov. 23 in Moscow.';
const OTHER = 'In November 2018, Abe met with Russian President Vladimir Putin in Singapore and agreed to accelerate talks.';
const S1 = 'On Nov. 14, Prime Minister Shinzo Abe met with Russian President Vladimir Putin in Singapore.';
const S2 = 'Following the meeting, he announced that talks would accelerate.';
const S3 = 'Foreign Minister Taro Kono met Sergey Lavrov on Nov. 23 in Moscow.';
const ctx = makeGateContext(
	new Map([
		['d', DOC],
		['o', OTHER]
	]),
	[
		{ doc: 'd', text: S1 },
		{ doc: 'd', text: S2 },
		{ doc: 'd', text: S3 },
		{ doc: 'o', text: OTHER }
	]
);

function source(text: string) {
	const start = DOC.indexOf(text);
	return { doc: 'd', quote: text, start, end: start + text.length };
}

function candidate(q: Partial<Question>, extra: Partial<Candidate> = {}): Candidate {
	const question: Question = {
		id: 'g-test',
		type: 'choice',
		kind: 'place',
		prompt: 'Where did Shinzo Abe meet Vladimir Putin on Nov. 14?',
		answer: 'Singapore',
		choices: ['Singapore', 'Osaka', 'Vladivostok', 'Buenos Aires'],
		sources: [source(S1)],
		origin: 'generated',
		...q
	};
	return { question, form: 'test', anchor: S1, fact: question.answer, aliases: [], score: 1, notes: [], ...extra };
}

describe('checkQuestion', () => {
	it('passes a well-formed grounded question', () => {
		expect(checkQuestion(candidate({}), ctx)).toBeNull();
	});

	it('rejects a quote that is not at its stored offsets', () => {
		const bad = candidate({ sources: [{ ...source(S1), start: 3 }] });
		expect(checkQuestion(bad, ctx)?.gate).toBe('quote-not-verbatim');
		const reworded = candidate({ sources: [{ ...source(S1), quote: S1.replace('met with', 'met') }] });
		expect(checkQuestion(reworded, ctx)?.gate).toBe('quote-not-verbatim');
	});

	it('rejects an answer its quote does not support, unless it is marked reviewed', () => {
		const bad = candidate({ answer: 'Osaka', choices: ['Osaka', 'Tokyo', 'Vladivostok', 'Buenos Aires'] }, { fact: 'Osaka' });
		expect(checkQuestion(bad, ctx)?.gate).toBe('answer-not-in-quote');
		expect(checkQuestion({ ...bad, derived: 'reviewed' }, ctx)).toBeNull();
	});

	it('matches the answer as whole words after normalisation, not inside another word', () => {
		const partial = candidate({ answer: 'Singa', choices: ['Singa', 'Osaka', 'Tokyo'] }, { fact: 'Singa' });
		expect(checkQuestion(partial, ctx)?.gate).toBe('answer-not-in-quote');
		const cased = candidate({ answer: 'SINGAPORE', choices: ['SINGAPORE', 'Osaka', 'Tokyo'] }, { fact: 'SINGAPORE' });
		expect(checkQuestion(cased, ctx)).toBeNull();
	});

	it('rejects a prompt that contains the answer or one of its other names', () => {
		expect(checkQuestion(candidate({ prompt: 'Did Abe meet Putin in Singapore?' }), ctx)?.gate).toBe('answer-in-prompt');
		const alias = candidate(
			{ kind: 'actor', prompt: 'Who did Abe meet in Singapore?', answer: 'Shinzo Abe', choices: ['Shinzo Abe', 'Taro Kono', 'Yoshiro Mori'] },
			{ aliases: ['Abe'], fact: 'Shinzo Abe' }
		);
		expect(checkQuestion(alias, ctx)?.gate).toBe('answer-in-prompt');
	});

	it('rejects an unresolved pronoun', () => {
		const bad = candidate({ type: 'cloze', choices: undefined, prompt: 'Following the meeting, he announced that _____ would accelerate.', answer: 'talks', sources: [source(S2)] });
		expect(checkQuestion(bad, ctx)?.gate).toBe('unresolved-pronoun');
		expect(findUnresolvedPronoun('Following the meeting, he announced it.')).toBe('he');
		expect(findUnresolvedPronoun('Taro Kono met his counterpart.')).toBeNull();
		expect(findUnresolvedPronoun('_____ met his counterpart.')).toBeNull();
		expect(findUnresolvedPronoun('Who explained his diplomacy?')).toBeNull();
		// With the people of the corpus known, a country is not who "he" is.
		expect(findUnresolvedPronoun('By resolving Japan’s issues in July, he could ease the way.', ['Shinzo Abe', 'Abe'])).toBe('he');
		expect(findUnresolvedPronoun('By resolving issues, Abe said he could ease the way.', ['Shinzo Abe', 'Abe'])).toBeNull();
		expect(findUnresolvedPronoun('True or false? According to Yuki Tatsumi (Nov. 2018), following the meeting, he announced it.')).toBe('he');
	});

	it('rejects repeated choices, a missing answer, an answer twice, or too few choices', () => {
		expect(checkQuestion(candidate({ choices: ['Singapore', 'Osaka', 'osaka', 'Tokyo'] }), ctx)?.gate).toBe('bad-choices');
		expect(checkQuestion(candidate({ choices: ['Osaka', 'Tokyo', 'Vladivostok'] }), ctx)?.gate).toBe('bad-choices');
		expect(checkQuestion(candidate({ choices: ['Singapore', 'Singapore', 'Tokyo'] }), ctx)?.gate).toBe('bad-choices');
		expect(checkQuestion(candidate({ choices: ['Singapore', 'Tokyo'] }), ctx)?.gate).toBe('bad-choices');
	});

	it('rejects a cloze without exactly one blank and an order question with too few items', () => {
		const cloze = candidate({ type: 'cloze', choices: undefined, prompt: 'On Nov. 14, Abe met Putin in _____ and _____.' });
		expect(checkQuestion(cloze, ctx)?.gate).toBe('bad-cloze');
		const order = candidate({ type: 'order', choices: undefined, prompt: 'Put in order', answer: 'a → b', items: ['a', 'b'] });
		expect(checkQuestion(order, ctx)?.gate).toBe('bad-order');
	});

	it('rejects a truefalse answer other than True or False', () => {
		expect(checkQuestion(candidate({ type: 'truefalse', choices: undefined, answer: 'Yes' }), ctx)?.gate).toBe('malformed');
	});

	it('rejects a distractor that is true for the same fact in another article', () => {
		// "November 2018" is also when Abe met Putin in Singapore (the other article says so).
		const q = candidate(
			{ kind: 'date', prompt: 'When did Shinzo Abe meet Vladimir Putin in Singapore?', answer: 'Nov. 14', choices: ['Nov. 14', 'November 2018', 'Nov. 2', 'Oct. 5'] },
			{ fact: 'Nov. 14' }
		);
		const failure = checkQuestion(q, ctx);
		expect(failure?.gate).toBe('distractor-true-elsewhere');
		expect(failure?.reason).toContain('November 2018');
	});

	it('rejects a generated distractor that appears in the quote itself', () => {
		const q = candidate({ prompt: 'Who met Shinzo Abe in Singapore?', kind: 'actor', answer: 'Vladimir Putin', choices: ['Vladimir Putin', 'Shinzo Abe', 'Xi Jinping'] }, { fact: 'Vladimir Putin' });
		expect(checkQuestion(q, ctx)?.gate).toBe('distractor-true-elsewhere');
	});
});
