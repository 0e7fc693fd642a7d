import { describe, expect, it } from 'vitest';
import { loadCurated, locateQuote } from './load-curated';
import { loadActors } from './load-actors';
import { makeActorMatcher } from '../facts/match-actors';
import { BuildError } from '../errors';
import { ACTORS, TATSUMI } from '../testing/fixtures';

const docs = new Map([['tatsumi', { id: 'tatsumi', text: TATSUMI, body: [{ start: 0, end: TATSUMI.length }] }]]);
const matcher = makeActorMatcher(loadActors({ path: 'questions/actors.yaml', text: ACTORS }));
const path = 'questions/curated/tatsumi.yaml';
const QUOTE = 'Foreign Minister Taro Kono met with his Russian counterpart Sergey Lavrov on Nov. 23 and agreed to support the effort to accelerate bilateral negotiations for the peace treaty.';

function file(questions: string): { path: string; text: string } {
	return { path, text: `doc: tatsumi\nquestions:\n${questions}` };
}

function errorsOf(questions: string): BuildError[] {
	const errors: BuildError[] = [];
	loadCurated(file(questions), docs, matcher, errors);
	return errors;
}

const GOOD = `  - id: kono-met
    type: choice
    kind: actor
    prompt: "Who met Sergey Lavrov on Nov. 23?"
    answer: Taro Kono
    choices: [Taro Kono, Yoshihide Suga, Yoshiro Mori]
    quote: "${QUOTE}"
`;

describe('loadCurated', () => {
	it('loads a question with its quote located in the document and an id from doc + slug', () => {
		const [c] = loadCurated(file(GOOD), docs, matcher);
		expect(c.question.origin).toBe('curated');
		expect(c.question.id).toMatch(/^c-/);
		const s = c.question.sources[0];
		expect(TATSUMI.slice(s.start, s.end)).toBe(QUOTE);
		expect(c.place).toEqual({ file: path, line: 3 });
		expect(c.aliases).toContain('Kono');
	});

	it('stops on a quote not in its document, naming file and line, and says when only quotes or dashes differ', () => {
		const [e] = errorsOf(GOOD.replace('counterpart Sergey', 'counterpart Sergei'));
		expect(e.key).toBe('quote-not-found');
		expect(e.message).toMatch(/^questions\/curated\/tatsumi\.yaml:9: "kono-met": the quote is not in tatsumi/);
		const straight = locateQuote(docs.get('tatsumi')!, 'WASHINGTON - On Nov. 14, Prime Minister Shinzo Abe met with Russian President Vladimir Putin');
		expect(straight).toMatch(/not verbatim: check quotes/);
	});

	it('stops on an unknown actor', () => {
		const [e] = errorsOf(GOOD.replace('answer: Taro Kono', 'answer: the Russian authorities'));
		expect(e.key).toBe('unknown-actor');
		expect(e.message).toContain('"the Russian authorities" is not in questions/actors.yaml');
		expect(e.line).toBe(7);
	});

	it('stops on a duplicate slug, a bad type, a missing prompt and an unknown document', () => {
		expect(errorsOf(GOOD + GOOD).map((e) => e.key)).toEqual(['duplicate-id']);
		expect(errorsOf(GOOD.replace('type: choice', 'type: essay'))[0].message).toContain('type must be one of');
		expect(errorsOf(GOOD.replace('    prompt: "Who met Sergey Lavrov on Nov. 23?"\n', ''))[0].message).toContain('prompt is missing');
		expect(() => loadCurated({ path, text: 'doc: nowhere\nquestions: []\n' }, docs, matcher)).toThrow(/tatsumi\.yaml:1: unknown document "nowhere"/);
	});

	it('collects every bad question of a file, not only the first', () => {
		const errors = errorsOf(GOOD.replace('type: choice', 'type: essay') + GOOD.replace('id: kono-met', 'id: other').replace('answer: Taro Kono', 'answer: Nobody'));
		expect(errors).toHaveLength(2);
	});
});
