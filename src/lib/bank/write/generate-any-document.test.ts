// The builder on a document it has no hand-made list for: actors from the text, places, who's-who cards, and the
// rules that keep a question fair on real-world text (give-aways, forecasts, negations, ranges, day-first dates,
// citation marks, pronouns resolved from the sentence before).
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../testing/fixtures';
import type { SourceDocument } from '../read/load-documents';
import { analyzeDocument, prepareDocument } from '../facts/analyze-document';
import { findActors } from '../facts/find-actors';
import { makeActorMatcher } from '../facts/match-actors';
import { generateDateQuestions } from './generate-date-questions';
import { generateFigureQuestions } from './generate-figure-questions';
import { generateActorQuestions } from './generate-actor-questions';
import { generatePlaceQuestions, readsAsPlace } from './generate-place-questions';
import { generateRoleCards } from './generate-role-cards';
import { resolvePronoun, tidySentence } from './make-candidate';
import { formatDateLike } from './format-date-like';
import { extractDates } from '../facts/extract-dates';
import { generatePositionQuestions } from './generate-position-questions';
import { extractPositions } from '../facts/extract-positions';
import { leansOnEarlier } from '../gate/score-candidate';
import { extractFigures } from '../facts/extract-figures';
import { lookupCountry } from '../facts/gazetteer';

const analyze = analyzeText;

const ARTICLE = [
	'Japanese Prime Minister Shinzo Abe met Russian President Vladimir Putin in Singapore on Nov. 14, 2018.',
	'Shinzo Abe has pushed for a treaty since 2012, and Shinzo Abe wants it signed.',
	'Abe continues his effort to mend Japan’s ties with China.',
	'Foreign Minister Taro Kono met Sergey Lavrov in Moscow on Nov. 23, 2018.',
	'He said the talks had begun in 1956.',
	'Abe’s term ends in September 2021, when the party holds its vote.',
	'The Soviet Union did not sign the treaty in 1951.',
	'The Russo-Japanese War of 1904–05 ended with the Treaty of Portsmouth.',
	'The islands lie between the Sea of Okhotsk and the Pacific Ocean, north of the Kuril Islands.',
	'Ships crossed the Sea of Japan and the East China Sea.',
	'Whalers sailed on to the Bering Sea.'
].join(' ');

describe('a document with no actors list', () => {
	const { sentences, actors, places, gate } = analyze(ARTICLE);
	const actorQs = generateActorQuestions(sentences, actors);

	it('asks about the actors it found, with distractors of the same side from the document', () => {
		const passing = actorQs.filter((c) => !gate(c));
		expect(passing.map((c) => c.question.answer)).toEqual(expect.arrayContaining(['Sergey Lavrov']));
	});

	it('never blanks a name right after its title, nor the article’s main subject', () => {
		const titled = actorQs.filter((x) => /(?:President|Minister) _____/.test(x.question.prompt));
		expect(titled.length).toBeGreaterThan(0);
		for (const c of titled) expect(['give-away', 'answer-in-prompt']).toContain(gate(c)?.gate);
		const abe = actorQs.filter((x) => x.question.answer.endsWith('Abe') && !/(?:President|Minister) _____/.test(x.question.prompt));
		expect(abe.length).toBeGreaterThan(0);
		for (const c of abe) expect(gate(c)).not.toBeNull();
		expect(abe.some((c) => /main subject/.test(gate(c)?.reason ?? ''))).toBe(true);
	});

	it('states no forecast as a fact: a date after the article’s is rejected with its reason', () => {
		const dates = generateDateQuestions(sentences).filter((c) => c.question.sources[0].quote.includes('September 2021'));
		expect(dates.length).toBeGreaterThan(0);
		for (const c of dates) expect(gate(c)).toMatchObject({ gate: 'give-away', reason: expect.stringMatching(/forecast/) });
	});

	it('makes no distractor or altered statement from a negated sentence', () => {
		const negated = generateDateQuestions(sentences).filter((c) => c.question.sources[0].quote.includes('did not sign'));
		expect(negated.some((c) => c.question.type === 'cloze')).toBe(true);
		expect(negated.some((c) => c.question.type === 'choice')).toBe(false);
		expect(negated.filter((c) => c.question.type === 'truefalse').every((c) => c.question.answer === 'True')).toBe(true);
		const figures = generateFigureQuestions(analyze('Polls show that not more than 40 percent of Japanese support a deal.').sentences);
		expect(figures.some((c) => c.question.type === 'choice')).toBe(false);
	});

	it('takes no end of a year range for a date ("1904–05")', () => {
		expect(extractDates('The Russo-Japanese War of 1904–05 ended in 1905.', '2019-01-01').map((d) => d.surface)).toEqual(['1905']);
		expect(extractDates('It lasted from 1853 to 1854.', '2019-01-01').map((d) => d.surface)).toEqual(['1854']);
	});

	it('asks about places with distractors of the same sort named in the documents', () => {
		const qs = generatePlaceQuestions(sentences, places);
		const sea = qs.find((c) => c.question.type === 'choice' && c.question.answer === 'Sea of Okhotsk');
		// Seas for a sea, and never a place the sentence itself names (it would be true there too).
		expect(sea?.question.choices).toEqual(expect.arrayContaining(['Sea of Japan', 'East China Sea']));
		expect(sea?.question.choices).not.toContain('Pacific Ocean');
		// A place is asked as a choice only: a typed blank has too many right fills.
		expect(qs.some((c) => c.question.type === 'cloze')).toBe(false);
		// "Moscow" as the place of a meeting is a place; a capital as a subject is a government.
		expect(readsAsPlace('They met in Moscow on Nov. 23.', { name: 'Moscow', category: 'city', start: 12, end: 18 })).toBe(true);
		expect(readsAsPlace('Moscow insists on it.', { name: 'Moscow', category: 'city', start: 0, end: 6 })).toBe(false);
		expect(readsAsPlace('the Crimea crisis', { name: 'Crimea', category: 'city', start: 4, end: 10 })).toBe(false);
	});

	it('gives both names of a place where the text does, as a card and as accepted answers', () => {
		const two = analyze(
			'Russia controls Iturup (Etorofu), the largest island. Ships sailed to Iturup in 1945. Later ships sailed to Kunashir. Others sailed to Shikotan. Few sailed to Habomai.'
		);
		const qs = generatePlaceQuestions(two.sentences, two.places);
		expect(qs.find((c) => c.form === 'other-name')?.question).toMatchObject({ type: 'flashcard', answer: 'Etorofu' });
		const choice = qs.find((c) => c.form === 'choice-place' && c.question.answer === 'Iturup');
		expect(choice?.question.explanation).toMatch(/Etorofu/);
		expect(choice?.question.choices).not.toContain('Etorofu');
	});

	it('writes who’s-who cards from titles and appositions, with the answer in the quote', () => {
		const cards = generateRoleCards(analyze('Foreign Minister Taro Kono met Sergey Lavrov, the Russian foreign minister, in Moscow.').sentences);
		expect(cards.map((c) => [c.question.prompt, c.question.answer])).toEqual(
			expect.arrayContaining([
				['What office did Taro Kono hold, according to A. Writer (Jan. 2019)?', 'Foreign Minister'],
				['How is Sergey Lavrov described, according to A. Writer (Jan. 2019)?', 'the Russian foreign minister']
			])
		);
		for (const c of cards) expect(c.question.sources[0].quote).toContain(c.question.answer);
	});

	it('names who "he" is from the sentence before, in brackets, keeping the quote verbatim', () => {
		const he = sentences.find((s) => s.text.startsWith('He said'))!;
		expect(he.antecedent).toBe('Taro Kono');
		expect(resolvePronoun('According to A. Writer (Jan. 2019): He said the talks had begun in _____.', he.antecedent)).toBe(
			'According to A. Writer (Jan. 2019): [Taro Kono] said the talks had begun in _____.'
		);
		// The blank is who "his" is: nothing to name.
		expect(resolvePronoun('According to A. Writer (Jan. 2019): _____ continues his effort.', 'Taro Kono')).toBe('According to A. Writer (Jan. 2019): _____ continues his effort.');
		const q = generateDateQuestions(sentences).find((c) => c.question.sources[0].quote === he.text);
		expect(q?.question.prompt).toContain('[Taro Kono]');
		expect(q?.question.sources[0].quote).toBe(he.text);
	});
});

describe('real-world text', () => {
	it('drops citation marks from prompts', () => {
		expect(tidySentence('The treaty was signed in 1855.[2][3] It held.[citation needed]')).toBe('The treaty was signed in 1855. It held.');
	});

	it('writes "March of 1941" and "August, 1940" distractors the way the answer is written', () => {
		const [a] = extractDates('Talks began in March of 1941 in Washington.', '2019-01-01');
		expect(formatDateLike('1941-06', a)).toBe('June of 1941');
		const [b] = extractDates('The army moved in August, 1940, to the north.', '2019-01-01');
		expect(formatDateLike('1940-11', b)).toBe('November, 1940');
	});

	it('takes distractors for a found actor only from the question’s own article', () => {
		const doc = (id: string, text: string): SourceDocument => ({ id, file: `${id}.txt`, title: id, author: 'A. Writer', publisher: null, date: '2019-01-22', text });
		const docs = [
			doc(
				'a',
				'Russian President Vladimir Putin met Russian Foreign Minister Sergey Lavrov. Russian Defense Minister Sergei Shoigu spoke. Russian Prime Minister Dmitry Medvedev spoke. Russian Deputy Prime Minister Yuri Trutnev spoke. In 2019, Yuri Trutnev visited Kunashir with Sergei Shoigu.'
			),
			doc('b', 'Russian President Boris Yeltsin met Russian Foreign Minister Andrei Kozyrev in 1993, and Russian Prime Minister Viktor Chernomyrdin spoke.')
		];
		const prepared = docs.map((d) => prepareDocument(d));
		const found = findActors(prepared.flatMap((p) => p.sentences));
		const matcher = makeActorMatcher(found.actors);
		const all = prepared.flatMap((p) => analyzeDocument(p, matcher).sentences);
		const names = new Set(['Boris Yeltsin', 'Andrei Kozyrev', 'Viktor Chernomyrdin']);
		const inA = generateActorQuestions(all, found.actors).filter((x) => x.question.sources[0].doc === 'a' && x.question.choices);
		expect(inA.length).toBeGreaterThan(0);
		for (const c of inA) for (const choice of c.question.choices!) expect(names.has(choice)).toBe(false);
	});

	it('writes day-first distractor dates day first', () => {
		const [d] = extractDates('The treaty was signed on 7 February 1855.', '2019-01-01');
		expect(d.surface).toBe('7 February 1855');
		expect(formatDateLike('1855-02-12', d)).toBe('12 February 1855');
	});

	it('finds positions told in the past tense ("demanded", "rejected", "called for"), as history is written', () => {
		const { sentences } = analyze(
			'Russian Foreign Minister Sergey Lavrov met Japanese Foreign Minister Taro Kono in Moscow. Sergey Lavrov demanded that Tokyo recognise the outcome of the Second World War first. Taro Kono rejected the demand for a recognition of the outcome of the war.'
		);
		const found = sentences.flatMap(extractPositions).map((p) => [p.actor.name, p.verb]);
		expect(found).toEqual(expect.arrayContaining([['Sergey Lavrov', 'demanded'], ['Taro Kono', 'rejected']]));
	});

	it('asks what a side expects as its attributed position, but no date after the article’s inside the stance', () => {
		const text = [
			'Russian President Vladimir Putin met Japanese Prime Minister Shinzo Abe in Moscow.',
			'Russian Foreign Minister Sergey Lavrov met Japanese Foreign Minister Taro Kono.',
			'Russian Defense Minister Sergei Shoigu met Japanese Defense Minister Takeshi Iwaya.',
			'Russian Deputy Prime Minister Yuri Trutnev spoke.',
			'Sergey Lavrov insists that the talks will need many more years of patient work.',
			'Sergey Lavrov insists that a treaty will be signed in June 2020 at the latest.'
		].join(' ');
		const { sentences, actors, gate } = analyze(text, '2019-01-22');
		const qs = generatePositionQuestions(sentences, actors).filter((c) => c.form === 'whose-position' || c.form === 'what-position');
		const patient = qs.filter((c) => c.question.sources[0].quote.includes('patient work'));
		const dated = qs.filter((c) => c.question.sources[0].quote.includes('June 2020'));
		expect(patient.length).toBeGreaterThan(0);
		for (const c of patient) expect(gate(c)?.gate).not.toBe('give-away');
		expect(dated.length).toBeGreaterThan(0);
		for (const c of dated) expect(gate(c)).toMatchObject({ gate: 'give-away', reason: expect.stringMatching(/forecast/) });
	});

	it('reads "In his …, Putin said" as pointing forward, and "In his …, the president said" as leaning back', () => {
		expect(leansOnEarlier('In his press conference in Singapore in November 2018, Putin acknowledged that the declaration says nothing of sovereignty.')).toBe(false);
		expect(leansOnEarlier('In his press conference in Singapore in November 2018, the president acknowledged that the declaration says nothing.')).toBe(true);
		expect(leansOnEarlier('In its statement, the ministry said nothing new about the islands at all.')).toBe(true);
	});

	it('does not ask whose position a stance is when the stance names the holder’s country', () => {
		const text = [
			'Moscow insists that talks continue. Beijing insists that trade grows. Washington insists that troops stay.',
			'Moscow wants calm. Beijing wants growth. Washington wants bases.',
			'Tokyo believes that the outreach will enable Japan to obtain concessions in exchange for a few symbolic steps.',
			'Tokyo believes that the outreach will bring concessions in exchange for a few symbolic steps.'
		].join(' ');
		const { sentences, actors, gate } = analyze(text);
		const whose = generatePositionQuestions(sentences, actors).filter((c) => c.form === 'whose-position');
		const naming = whose.filter((c) => c.question.prompt.includes('enable Japan'));
		const plain = whose.filter((c) => c.question.prompt.includes('bring concessions'));
		expect(naming.length).toBe(1);
		expect(gate(naming[0])).toMatchObject({ gate: 'give-away', reason: expect.stringMatching(/Japan/) });
		expect(plain.length).toBe(1);
		expect(gate(plain[0])).toBeNull();
	});

	it('keeps date distractors on the answer’s side of another date in the prompt ("late _____ or 1958")', () => {
		const { sentences } = analyze('The launch was planned for late 1957 or 1958, after the first satellite flew.', '2019-01-22');
		const choice = generateDateQuestions(sentences).find((c) => c.question.type === 'choice' && c.question.answer === '1957');
		expect(choice).toBeDefined();
		for (const x of choice!.question.choices!) expect(Number(x)).toBeLessThan(1958);
	});

	it('asks no date of a study, poll or publication, and alters no end of a range or a decade in a true/false', () => {
		const { sentences } = analyze(
			'A 2016 study found traces of the old settlers on the coast. The book was published in 1942 by a small press in the city. Support for the plan grew from 2016 to 2019 among the farmers of the valley. Several parties were founded in the 2000s by local farmers.'
		);
		const qs = generateDateQuestions(sentences);
		expect(qs.some((c) => ['2016', '1942'].includes(c.question.answer) && /study|published/.test(c.question.sources[0].quote))).toBe(false);
		const tf = qs.filter((c) => c.question.type === 'truefalse');
		expect(tf.length).toBeGreaterThan(0);
		for (const c of tf) expect(c.question.answer).toBe('True');
	});

	it('takes no acronym or adjective for a person ("Mitochondrial DNA"), and no part of a decimal-comma number', () => {
		const { actors } = analyze('Mitochondrial DNA tests showed a link. Recent DNA tests showed none. Taro Kono spoke to Sergey Lavrov.');
		expect(actors.map((a) => a.name)).not.toContain('Mitochondrial DNA');
		expect(actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Taro Kono', 'Sergey Lavrov']));
		expect(extractFigures('The share is about 17,8% or 13,5% in the north.').map((f) => f.surface)).not.toContain('8%');
	});

	it('reads "both countries" and "the study" as pointing back to an earlier sentence', () => {
		expect(leansOnEarlier('Both countries signed the agreement in late 1957 after long talks in the capital.')).toBe(true);
		expect(leansOnEarlier('According to the study, the share in the north is about a fifth of the people.')).toBe(true);
		expect(leansOnEarlier('The study of ice cores in Greenland began in earnest in 1966 at Camp Century.')).toBe(false);
	});

	it('knows every country and its people, not only the hand-listed ones, and leaves first names to people', () => {
		expect(lookupCountry('Lithuania')?.as).toBe('name');
		expect(lookupCountry('Salvadoran')?.country.name).toBe('El Salvador');
		expect(lookupCountry('Moscow')?.as).toBe('seat');
		const { actors } = analyze('Chad Mitchell met Taro Kono in Vilnius, Lithuania. Chad Mitchell spoke to Lithuanian officials.');
		expect(actors.map((a) => a.name)).toContain('Chad Mitchell');
	});
});
