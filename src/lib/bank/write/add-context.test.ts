// Asking a sentence that leans on the one before (with that sentence shown), a long sentence by a clause, and the
// real-world text rules found on held-out articles: gaps, citations, list items, decimals.
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../candidate';
import type { SourceDocument } from '../read/load-documents';
import { analyzeDocument } from '../facts/analyze-document';
import { makeActorMatcher } from '../facts/match-actors';
import { refersBack, shortened, withContext, previousSentences } from './add-context';
import { scoreCandidate, leansOnEarlier } from '../gate/score-candidate';
import { generateDateQuestions } from './generate-date-questions';
import { generateFigureQuestions } from './generate-figure-questions';
import { segmentSentences } from '../clean/segment-sentences';

function analyzed(text: string) {
	const doc: SourceDocument = { id: 'd', file: 'd.txt', title: 'T', author: 'A. Writer', publisher: null, date: '2019-01-22', text };
	return analyzeDocument(doc, makeActorMatcher([]));
}

describe('a sentence leaning on the one before', () => {
	const a = analyzed('Moscow set two conditions for a treaty in 2018. These demands were repeated in February 2019 by Moscow.');
	const [first, second] = a.sentences;
	const cloze = generateDateQuestions([second]).map(scoreCandidate).find((c) => c.question.type === 'choice')!;

	it('is penalised alone, and shown after the previous sentence, quoted as a second source', () => {
		expect(cloze.notes).toContain('refers to something only the previous sentences say');
		const alt = withContext(cloze, second, previousSentences([a]).get(second));
		expect(alt?.question.prompt).toBe(
			'Which date fills the blank, according to A. Writer (Jan. 2019)? Moscow set two conditions for a treaty in 2018. These demands were repeated in _____ by Moscow.'
		);
		expect(alt?.question.sources.map((s) => s.quote)).toEqual([second.text, first.text]);
		expect(scoreCandidate(alt!).score).toBeGreaterThanOrEqual(0.6);
	});

	it('is not given a previous sentence that leans on another itself', () => {
		const b = analyzed('This was new. Those talks began in 2018 with a visit.');
		const c = generateDateQuestions([b.sentences[1]]).map(scoreCandidate)[0];
		expect(withContext(c, b.sentences[1], b.sentences[0])).toBeNull();
		expect(leansOnEarlier('This was new.')).toBe(true);
	});

	it('finds a definite noun the previous sentence introduced', () => {
		expect(refersBack('The leak was reported in 2023.', 'A leaked letter reached Sky News.')).toBe('The leak');
		expect(refersBack('The treaty of 1951 ended the war.', 'A treaty was signed.')).toBeNull();
		expect(refersBack('The world changed in 1945.', 'The world was at war.')).toBeNull();
	});
});

describe('a long sentence', () => {
	const long =
		'The Treaty of San Francisco was signed by 49 nations in 1951 in the War Memorial Opera House, which had hosted the founding conference of the United Nations six years before, and it came into force in April 1952 after ratification by most of the signatories and by Japan.';
	const a = analyzed(long);
	const choice = generateDateQuestions(a.sentences).map(scoreCandidate).find((c) => c.question.type === 'choice' && c.question.answer === '1951')!;

	it('is asked by its start up to the clause break after the blank, the quote kept whole', () => {
		const cut = shortened(choice) as Candidate;
		expect(cut.question.prompt).toMatch(/\? The Treaty of San Francisco was signed by 49 nations in _____ in the War Memorial Opera House …$/);
		expect(cut.question.sources[0].quote).toBe(long);
		expect(scoreCandidate(cut).score).toBe(1);
	});
});

describe('real-world text', () => {
	it('does not end a sentence at "et al." and asks no date of a cited study', () => {
		const text = 'A study by Tajima et al. (2004) found two Ainu men in the sample. The treaty was signed in 1855 at Shimoda.';
		expect(segmentSentences(text, [{ start: 0, end: text.length }]).map((s) => s.text)).toHaveLength(2);
		const dates = generateDateQuestions(analyzed(text).sentences).map((c) => c.question.answer);
		expect(dates).not.toContain('2004');
		expect(dates).toContain('1855');
	});

	it('drops a sentence with a lost value, and a list item', () => {
		const [gap] = analyzed('The lake has an area of and a maximum depth of 316 metres, measured in 2003.').sentences;
		const c = generateDateQuestions([gap]).map(scoreCandidate);
		expect(c.every((x) => x.score < 0.6)).toBe(true);
		const [item] = analyzed('- The 2016 annual NFL poll found that 70% of fans agreed.').sentences;
		expect(generateFigureQuestions([item]).map(scoreCandidate).every((x) => x.notes.includes('a list item or a label, not prose'))).toBe(true);
	});

	it('writes figure distractors with the answer’s decimals, and no end of a range', () => {
		const [s] = analyzed('The study found that 19.6% of the sample belonged to the group, in 2004.').sentences;
		const choice = generateFigureQuestions([s]).find((c) => c.question.type === 'choice')!;
		for (const x of choice.question.choices!) expect(x).toMatch(/^\d+\.\d%$/);
		const [r] = analyzed('The rocks hold 62–63 percent silica by weight, a study found in 2010.').sentences;
		expect(generateFigureQuestions([r])).toEqual([]);
	});
});

describe('a definite noun the prompt does not explain', () => {
	it('is "the war" or "the islands" with nothing saying which, unless the sentence or the one shown before names it', async () => {
		const { unexplainedDefinite } = await import('../gate/score-candidate');
		expect(unexplainedDefinite('The war ended in 1953 with an armistice at Panmunjom.')).toBe('The war');
		expect(unexplainedDefinite('Talks on the four disputed islands resumed in 2018 in Moscow.')).toBe('the four disputed islands');
		expect(unexplainedDefinite('The war ended in 1953.', 'The Korean War began in 1950.')).toBeNull();
		expect(unexplainedDefinite('A treaty was drafted in 1855, and the treaty was signed at Shimoda.')).toBeNull();
		expect(unexplainedDefinite('The leaders of both countries met in the late 1950s at the end of the war in Korea.')).toBeNull();
		expect(unexplainedDefinite('On the other hand, the public opposed any deal in the polls of 2019.')).toBeNull();
	});
});

describe('a hedged sentence', () => {
	it('makes no true/false statement ("perhaps", "might have")', () => {
		const [s] = analyzed('The settlers perhaps reached the northern island in 1855 with their boats.').sentences;
		const tf = generateDateQuestions([s]).map(scoreCandidate).filter((c) => c.question.type === 'truefalse');
		expect(tf.length).toBeGreaterThan(0);
		for (const c of tf) expect(c.notes).toContain('a hedged true/false statement');
	});
});

describe('a definite noun the article named before', () => {
	it('is shown with that name in square brackets ("[the Old Mill Bridge]"), the quote kept verbatim', async () => {
		const { nameDefinite, earlierText } = await import('./add-context');
		const a = analyzed('The council voted to close the Old Mill Bridge in March. In 1998, the bridge was closed for six months after a flood.');
		const second = a.sentences[1];
		const c = generateDateQuestions([second]).map(scoreCandidate).find((x) => x.question.type === 'choice')!;
		expect(c.notes).toContain('a definite noun the prompt does not explain');
		const named = nameDefinite(c, earlierText([a]).get(second))!;
		expect(named.question.prompt).toMatch(/In _____, \[the Old Mill Bridge\] was closed for six months/);
		expect(named.question.sources[0].quote).toBe(second.text);
		expect(scoreCandidate(named).notes).not.toContain('a definite noun the prompt does not explain');
		// Two bridges named before: which one is not known, and nothing is named.
		const b = analyzed('The Old Mill Bridge and the King Street Bridge were closed. In 1998, the bridge was closed for six months after a flood.');
		const d = generateDateQuestions([b.sentences[1]]).map(scoreCandidate).find((x) => x.question.type === 'choice')!;
		expect(nameDefinite(d, earlierText([b]).get(b.sentences[1]))).toBeNull();
	});
});
