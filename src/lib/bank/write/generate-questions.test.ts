// Generators, distractor rules and wording helpers, on small analysed sentences.
import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../read/load-documents';
import { analyzeDocument } from '../facts/analyze-document';
import { loadActors } from '../read/load-actors';
import { makeActorMatcher } from '../facts/match-actors';
import { generateDateQuestions } from './generate-date-questions';
import { generateFigureQuestions, figureDistractors, figureValue } from './generate-figure-questions';
import { generateActorQuestions, answerSpan, writeLike } from './generate-actor-questions';
import { generatePositionQuestions } from './generate-position-questions';
import { extractPositions } from '../facts/extract-positions';
import { pickActorDistractors } from './pick-actor-distractors';
import { tidySentence, trueFalsePrompt } from './make-candidate';
import { formatDateLike, nearbyDates } from './format-date-like';
import { extractFigures } from '../facts/extract-figures';
import { ACTORS } from '../testing/fixtures';

const actors = loadActors({ path: 'actors.yaml', text: ACTORS });
const matcher = makeActorMatcher(actors);
const byId = (id: string) => actors.find((a) => a.id === id)!;

function sentencesOf(text: string, date = '2018-11-28') {
	const doc: SourceDocument = { id: 'd', file: 'd.txt', title: 'T', author: 'Yuki Tatsumi', publisher: null, date, text };
	return analyzeDocument(doc, matcher).sentences;
}

describe('date questions', () => {
	const [s] = sentencesOf('WASHINGTON – On Nov. 14, Prime Minister Shinzo Abe met with Russian President Vladimir Putin in Singapore.');
	const qs = generateDateQuestions([s]);

	it('asks a cloze with the date blanked, accepting other spellings and the structured date', () => {
		const cloze = qs.find((c) => c.question.type === 'cloze')!.question;
		expect(cloze.prompt).toBe('According to Yuki Tatsumi (Nov. 2018): On _____, Prime Minister Shinzo Abe met with Russian President Vladimir Putin in Singapore.');
		expect(cloze.answer).toBe('Nov. 14');
		expect(cloze.accept).toContain('November 14');
		expect(cloze.date).toBe('2018-11-14');
	});

	it('offers distractor dates written like the answer, the answer once', () => {
		const choice = qs.find((c) => c.question.type === 'choice')!.question;
		expect(choice.choices).toHaveLength(4);
		expect(choice.choices!.filter((c) => c === 'Nov. 14')).toHaveLength(1);
		for (const c of choice.choices!) expect(c).toMatch(/^(?:[A-Z][a-z]{2}\.|March|April|May|June|July) \d{1,2}$/);
	});

	it('attributes true/false statements to the article, without the dateline', () => {
		const tf = qs.find((c) => c.question.type === 'truefalse')!.question;
		expect(tf.prompt).toMatch(/^True or false\? According to Yuki Tatsumi \(Nov\. 2018\), on Nov\. \d+, Prime Minister/);
		expect(['True', 'False']).toContain(tf.answer);
		if (tf.answer === 'False') expect(tf.explanation).toMatch(/^The article gives Nov\. 14, not /);
	});

	it('keeps the style of the surface when writing nearby dates', () => {
		const day = { start: 0, end: 7, surface: 'Nov. 14', value: '2018-11-14', precision: 'day' as const };
		expect(formatDateLike('2018-11-20', day)).toBe('Nov. 20');
		const month = { start: 0, end: 13, surface: 'December 2016', value: '2016-12', precision: 'month' as const };
		expect(formatDateLike('2017-02', month)).toBe('February 2017');
		expect(nearbyDates({ start: 0, end: 4, surface: '1956', value: '1956', precision: 'year' })).not.toContain('1956');
	});
});

describe('figure questions', () => {
	it('blanks the figure but keeps its qualifier, with numbers written alike', () => {
		const [s] = sentencesOf('According to a recent poll, more than 3 in 4 Russians are opposed to any island deal.');
		const qs = generateFigureQuestions([s]);
		const cloze = qs.find((c) => c.question.type === 'cloze')!.question;
		expect(cloze.prompt).toBe('According to Yuki Tatsumi (Nov. 2018): According to a recent poll, more than _____ Russians are opposed to any island deal.');
		expect(cloze.kind).toBe('poll');
		expect(cloze.number).toEqual({ value: 75, tolerance: 0, unit: '%' });
		const choice = qs.find((c) => c.question.type === 'choice')!.question;
		for (const c of choice.choices!) expect(c).toMatch(/^\d in \d+$/);
	});

	it('asks nothing about a count the sentence gives away itself ("two … both of which")', () => {
		const [s] = sentencesOf('Moscow has recently set two major requirements for any peace treaty, both of which make resolution unrealistic.');
		expect(generateFigureQuestions([s])).toEqual([]);
		const [t] = sentencesOf('Moscow has recently set two major requirements for any peace treaty, which make resolution unrealistic.');
		expect(generateFigureQuestions([t]).length).toBeGreaterThan(0);
	});

	it('writes distractors like the figure', () => {
		const f = (s: string) => figureDistractors(extractFigures(s)[0]);
		expect(f('Only 14% agreed in the poll.')).toEqual(expect.arrayContaining(['34%', '4%']));
		expect(f('It was his 25th meeting with Putin.')).toEqual(expect.arrayContaining(['20th', '30th']));
		expect(f('It promoted an eight-point economic cooperation plan.').every((x) => /^[a-z]+$/.test(x))).toBe(true);
	});

	it('never offers a figure its qualifier makes true too, and never falsifies a bound or an estimate', () => {
		const f = (s: string) => figureDistractors(extractFigures(s)[0]);
		// "More than seven decades": six and five decades are true as well; only larger figures are wrong answers.
		const atLeast = f('More than seven decades after the conflict concluded, Russia and Japan remain technically at war.');
		expect(atLeast.length).toBeGreaterThan(0);
		expect(atLeast.every((x) => figureValue(x) > 7)).toBe(true);
		expect(f('Over 60 percent of the respondents in the poll disagreed.').every((x) => figureValue(x) > 60)).toBe(true);
		expect(f('More than 3 in 4 Russians in a recent poll oppose a deal.').every((x) => figureValue(x) > 75)).toBe(true);
		expect(f('Nearly 40 percent of respondents in the poll agreed.').every((x) => figureValue(x) < 40)).toBe(true);
		expect(f('About 70 years have passed.').every((x) => Math.abs(figureValue(x) - 70) > 17.5)).toBe(true);
		// True/false: such a sentence is only ever asked as stated (True), never with another figure put in.
		const [s] = sentencesOf('More than seven decades after the conflict concluded, Russia and Japan remain technically at war.');
		const tf = generateFigureQuestions([s]).filter((c) => c.question.type === 'truefalse');
		expect(tf.length).toBeGreaterThan(0);
		expect(tf.every((c) => c.question.answer === 'True' && c.question.prompt.includes('seven decades'))).toBe(true);
	});
});

describe('actor questions', () => {
	it('blanks the name only, answers with the text that fills the blank, and offers same-side choices in that form (no former office-holder)', () => {
		const [s] = sentencesOf('Several factors could have driven Abe to suggest this change in position, according to Japanese officials.');
		const qs = generateActorQuestions([s], actors);
		const cloze = qs.find((c) => c.form === 'cloze-actor')!.question;
		expect(cloze.prompt).toContain('driven _____ to suggest');
		expect(cloze.answer).toBe('Abe');
		expect(cloze.accept).toContain('Shinzo Abe');
		const choice = qs.find((c) => c.form === 'choice-actor')!.question;
		// Yoshiro Mori, a former prime minister, is no choice for the prime minister of the day.
		expect(choice.choices!.sort()).toEqual(['Abe', 'Kono', 'Motegi', 'Suga']);
	});

	it('keeps titles outside the blank', () => {
		const [s] = sentencesOf('The meeting between Russian President Vladimir Putin and the prime minister was short.');
		const m = s.actors[0];
		expect(s.text.slice(answerSpan(m).start, answerSpan(m).end)).toBe('Vladimir Putin');
	});

	it('asks "who …?" for a named subject of a reporting verb, with full names, instead of "who fills the blank"', () => {
		const [s] = sentencesOf('Foreign Minister Taro Kono announced on March 18 that the details of these talks will be kept secret.', '2019-04-01');
		const qs = generateActorQuestions([s], actors);
		const who = qs.find((c) => c.form === 'who-said')!.question;
		expect(who.prompt).toBe('Who announced on March 18 that the details of these talks will be kept secret?');
		expect(who.answer).toBe('Taro Kono');
		expect(who.choices).toContain('Taro Kono');
		expect(qs.map((c) => c.form).sort()).toEqual(['cloze-actor', 'who-said']);
	});

	it('picks distractors of the same kind and side, never someone named in the sentence', () => {
		const lavrov = byId('sergey-lavrov');
		const picked = pickActorDistractors(lavrov, actors, new Set(['vladimir-putin']), { side: 'same' }, 'k');
		expect(picked.map((a) => a.id).sort()).toEqual(['dmitry-medvedev', 'sergei-shoigu']);
		expect(writeLike(byId('yoshihide-suga'), 'Abe', byId('shinzo-abe'))).toBe('Suga');
		expect(writeLike(byId('yoshihide-suga'), 'Shinzo Abe', byId('shinzo-abe'))).toBe('Yoshihide Suga');
	});
});

describe('position questions', () => {
	const [s] = sentencesOf('Russian Foreign Minister Sergei Lavrov insists that Japan must fully recognize the outcome of World War II before any island is transferred, and observers doubt a deal.');

	it('extracts the attributed stance up to the next clause', () => {
		const [p] = extractPositions(s);
		expect(p.actor.id).toBe('sergey-lavrov');
		expect(p.verb).toBe('insists');
		expect(p.stance).toBe('Japan must fully recognize the outcome of World War II before any island is transferred');
	});

	it('asks whose position it is, with other officials of the same side as choices', () => {
		const qs = generatePositionQuestions([s], actors);
		const whose = qs.find((c) => c.form === 'whose-position')!;
		expect(whose.question.prompt).toBe('According to Yuki Tatsumi (Nov. 2018), whose position is this: “Japan must fully recognize the outcome of World War II before any island is transferred”?');
		expect(whose.question.choices!.sort()).toEqual(['Dmitry Medvedev', 'Sergei Shoigu', 'Sergey Lavrov', 'Vladimir Putin']);
	});
});

describe('wording helpers', () => {
	it('drop datelines and leading connectives, however many', () => {
		expect(tidySentence('WASHINGTON – On Nov. 14, Abe met Putin.')).toBe('On Nov. 14, Abe met Putin.');
		expect(tidySentence('Ultimately, however, no agreement was reached.')).toBe('No agreement was reached.');
		expect(tidySentence('First and foremost is his aspiration.')).toBe('First and foremost is his aspiration.');
	});

	it('lower-case only common first words after the attribution', () => {
		expect(trueFalsePrompt('From Moscow’s point of view, relations endured.', 'Stratfor Worldview (Jan. 2019)')).toBe(
			'True or false? According to Stratfor Worldview (Jan. 2019), from Moscow’s point of view, relations endured.'
		);
		expect(trueFalsePrompt('Moscow holds up an example.', 'X (Feb. 2019)')).toBe('True or false? According to X (Feb. 2019), Moscow holds up an example.');
	});
});
