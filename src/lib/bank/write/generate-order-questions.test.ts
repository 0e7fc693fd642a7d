// Ordering questions generated from one article's dated sentences, and the gates that check them.
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../candidate';
import type { SourceDocument } from '../read/load-documents';
import { analyzeDocument } from '../facts/analyze-document';
import { loadActors } from '../read/load-actors';
import { makeActorMatcher } from '../facts/match-actors';
import { eventLabel, generateOrderQuestions } from './generate-order-questions';
import { checkQuestion, makeGateContext, strictlyBefore } from '../gate/check-question';
import { assignId } from '../assemble/assign-ids';
import { scoreCandidate } from '../gate/score-candidate';
import { buildBanks } from '../build-banks';
import { ACTORS, MANIFEST, fixtureInput } from '../testing/fixtures';

const actors = loadActors({ path: 'actors.yaml', text: ACTORS });
const matcher = makeActorMatcher(actors);
const people = actors.filter((a) => a.kind === 'person').flatMap((a) => a.aliases);

const TEXT = [
	'In April 2013, Japan and Russia set up a ministerial meeting on security.',
	'Foreign Minister Taro Kono met with his counterpart Sergey Lavrov on Nov. 23, 2018 and agreed to support the talks.',
	'He visited Moscow in January 2019.',
	'While Japan normalized relations with the Soviet Union by signing a joint declaration in 1956, no treaty followed.',
	'On Nov. 14, 2018, Prime Minister Shinzo Abe met with Russian President Vladimir Putin in Singapore to discuss a very long list of regional matters of every kind.',
	'Russian President Vladimir Putin will visit Osaka in June 2019.',
	'The 1960 security treaty still shapes the talks.'
].join(' ');

function analyzed(text = TEXT, id = 'd') {
	const doc: SourceDocument = { id, file: `${id}.txt`, title: 'T', author: 'Yuki Tatsumi', publisher: null, date: '2019-03-01', text };
	return analyzeDocument(doc, matcher);
}

describe('ordering questions', () => {
	const a = analyzed();
	const [c] = generateOrderQuestions([a], { people });

	it('labels each event from its own sentence, without the date, the main clause only, titles shortened', () => {
		expect(c.question.items).toEqual([
			'Japan normalized relations with the Soviet Union by signing a joint declaration',
			'Japan and Russia set up a ministerial meeting on security',
			'Taro Kono met with his counterpart Sergey Lavrov'
		]);
		expect(c.question.prompt).toBe('Put these events from Yuki Tatsumi (March 2019) in chronological order.');
		expect(c.question.answer).toBe(c.question.items!.join(' → '));
		expect(c.question.explanation).toBe('1956; April 2013; November 23, 2018.');
	});

	it('quotes each item with its own sentence, at its offsets, in the order of the items', () => {
		expect(c.question.sources).toHaveLength(3);
		c.question.sources.forEach((s, i) => {
			expect(a.doc.text.slice(s.start, s.end)).toBe(s.quote);
			expect(s.quote).toContain(c.itemDates![i].surface);
		});
		expect(c.itemDates!.map((d) => d.date)).toEqual(['1956', '2013-04', '2018-11-23']);
	});

	it('skips a pronoun-led item, an over-long one, a forecast and a date used as an adjective', () => {
		const why = (start: string) => {
			const s = a.sentences.find((x) => x.text.startsWith(start))!;
			const r = eventLabel(s, '2019-03-01', people);
			return 'skip' in r ? r.skip : r.event.label;
		};
		expect(why('He visited')).toBe('does not say who or what');
		expect(why('On Nov. 14')).toBe('label over 100 characters');
		expect(why('Russian President')).toBe('no single date of its main clause');
		expect(why('The 1960')).toBe('no single date of its main clause');
		// The pronoun rule of the gates, on its own: "him" with nobody named before it.
		const s = analyzed('On Nov. 23, 2018, officials close to him signed a new fisheries deal.').sentences[0];
		expect(eventLabel(s, '2019-03-01', people)).toEqual({ skip: 'unresolved pronoun' });
	});

	it('takes the date of a before/after/since clause for that clause only, and no date of an aside or a second clause', () => {
		const labels = analyzed(
			'No deal was reached before Prime Minister Shinzo Abe stepped down on Sept. 16, 2020, after eight years. The treaty, signed in 1951, ended the war. Shinzo Abe resigned, and Yoshihide Suga took office in September 2020. Russia annexed Crimea in March 2014, prompting sanctions. The talks, which began in 2018, stalled.',
			'e'
		).sentences.map((s) => {
			const r = eventLabel(s, '2021-01-01', people);
			return 'skip' in r ? r.skip : r.event.label;
		});
		expect(labels).toEqual([
			'Shinzo Abe stepped down',
			'no single date of its main clause',
			'no single date of its main clause',
			'Russia annexed Crimea',
			'no single date of its main clause'
		]);
	});

	it('never puts two events whose dates overlap in one question ("2018" and "Nov. 23, 2018")', () => {
		const text = `${TEXT} In 2018, Japan and Russia held joint naval drills.`;
		for (const q of generateOrderQuestions([analyzed(text)], { people })) {
			const dates = q.itemDates!.map((d) => d.date);
			for (let i = 1; i < dates.length; i++) expect(strictlyBefore(dates[i - 1], dates[i])).toBe(true);
		}
		expect(strictlyBefore('2018', '2018-11-23')).toBe(false);
		expect(strictlyBefore('2018-11', '2018-11-23')).toBe(false);
		expect(strictlyBefore('2017', '2018-01')).toBe(true);
	});

	it('makes nothing from fewer than three usable events, at most two questions from many, none sharing an item', () => {
		expect(generateOrderQuestions([analyzed(TEXT.split('He visited')[0])], { people })).toEqual([]);
		const many = [
			'In 2001, Japan and Russia signed a first accord.',
			'In 2004, Japan and Russia opened a trade office.',
			'In 2006, Japan and Russia held a fisheries forum.',
			'In 2009, Japan and Russia launched a youth exchange.',
			'In 2011, Japan and Russia resumed defense dialogue.',
			'In 2015, Japan and Russia started a visa program.',
			'In 2017, Japan and Russia began joint projects.'
		].join(' ');
		const qs = generateOrderQuestions([analyzed(many)], { people });
		expect(qs).toHaveLength(2);
		const sentences = qs.flatMap((q) => q.question.sources.map((s) => s.start));
		expect(new Set(sentences).size).toBe(sentences.length);
		for (const q of qs) expect(q.question.items!.length).toBeGreaterThanOrEqual(3);
	});

	it('is deterministic, and its id hangs on the sentences, not on the wording of the items', () => {
		const again = generateOrderQuestions([analyzed()], { people });
		expect(again).toEqual([c]);
		const id = assignId(c).question.id;
		expect(id).toMatch(/^g-[0-9a-z]{12}$/);
		const reworded = { ...c, question: { ...c.question, items: c.question.items!.map((x) => x.toUpperCase()), answer: 'x' } };
		expect(assignId(reworded).question.id).toBe(id);
	});
});

describe('gates on an ordering question', () => {
	const a = analyzed();
	const ctx = makeGateContext(new Map([[a.doc.id, a.doc.text]]), a.sentences.map((s) => ({ doc: s.doc, text: s.text })), people);
	const good = scoreCandidate(assignId(generateOrderQuestions([a], { people })[0]));
	const q = good.question;
	const with_ = (question: Partial<typeof q>, extra: Partial<Candidate> = {}): Candidate => ({ ...good, ...extra, question: { ...q, ...question } });

	it('passes the generated question, with a score that ships', () => {
		expect(checkQuestion(good, ctx)).toBeNull();
		expect(good.score).toBe(1);
	});

	it('rejects items out of chronological order (items, quotes and dates moved together)', () => {
		const swap = <T>(xs: readonly T[]) => [xs[1], xs[0], ...xs.slice(2)];
		const items = swap(q.items!);
		const bad = with_({ items, answer: items.join(' → '), sources: swap(q.sources) }, { itemDates: swap(good.itemDates!) });
		const failure = checkQuestion(bad, ctx);
		expect(failure?.gate).toBe('bad-order');
		expect(failure?.reason).toContain('not in a clear chronological order');
	});

	it('rejects two items whose dates overlap', () => {
		const itemDates = good.itemDates!.map((d, i) => (i === 1 ? { date: '1956', surface: d.surface } : d));
		expect(checkQuestion(with_({}, { itemDates }), ctx)?.reason).toContain('not in a clear chronological order');
	});

	it('rejects an item quote that is not at its offsets, and a quote missing for an item', () => {
		const sources = q.sources.map((s, i) => (i === 2 ? { ...s, start: s.start + 1, end: s.end + 1 } : s));
		expect(checkQuestion(with_({ sources }), ctx)?.gate).toBe('quote-not-verbatim');
		expect(checkQuestion(with_({ sources: q.sources.slice(0, 2) }), ctx)?.gate).toBe('bad-order');
	});

	it('rejects an item that repeats another, holds its date, is not from its quote or opens with "he"', () => {
		const items = (f: (x: string, i: number) => string) => {
			const list = q.items!.map(f);
			return { items: list, answer: list.join(' → ') };
		};
		expect(checkQuestion(with_(items((x, i) => (i === 1 ? q.items![0] : x))), ctx)?.reason).toBe('two items are the same');
		expect(checkQuestion(with_(items((x, i) => (i === 1 ? `${x} in April 2013` : x))), ctx)?.reason).toContain('gives its date away');
		expect(checkQuestion(with_(items((x, i) => (i === 2 ? 'Taro Kono met Xi Jinping' : x))), ctx)?.reason).toContain('not taken from its quote');
		expect(checkQuestion(with_(items((x, i) => (i === 2 ? 'He met with his counterpart Sergey Lavrov' : x))), ctx)?.gate).toBe('unresolved-pronoun');
		expect(checkQuestion(with_({ answer: [...q.items!].reverse().join(' → ') }), ctx)?.gate).toBe('bad-order');
	});
});

describe('ordering questions in a build', () => {
	const TIMELINE = `Timeline article

In April 2013, Japan and Russia set up a ministerial meeting on security.

Foreign Minister Taro Kono met with his counterpart Sergey Lavrov on Nov. 23, 2018 and agreed to support the talks.

While Japan normalized relations with the Soviet Union by signing a joint declaration in 1956, no treaty followed.
`;
	const manifest = JSON.parse(MANIFEST) as { documents: object[] };
	manifest.documents.push({ file: 'timeline.txt', title: 'Timeline article', author: 'Ann Author', publisher: null, date: '2019-03-01' });
	const base = fixtureInput();
	const input = (curated = base.curated) =>
		fixtureInput({
			manifest: { path: base.manifest.path, text: JSON.stringify(manifest) },
			files: new Map([...base.files, ['timeline.txt', new TextEncoder().encode(TIMELINE)]]),
			curated
		});

	it('ships a generated ordering question through the gates, scoring, ids and registry', () => {
		const result = buildBanks(input());
		const order = result.questions.filter((q) => q.type === 'order' && q.origin === 'generated');
		expect(order.map((q) => [q.sources[0].doc, q.items])).toEqual([
			[
				'timeline',
				[
					'Japan normalized relations with the Soviet Union by signing a joint declaration',
					'Japan and Russia set up a ministerial meeting on security',
					'Taro Kono met with his counterpart Sergey Lavrov'
				]
			]
		]);
		expect(result.registry).toContain(order[0].id);
		expect(buildBanks(input()).files).toEqual(result.files);
	});

	it('drops a generated ordering that a curated one mostly asks already, and says so in the report', () => {
		const curated = `doc: timeline
questions:
  - id: timeline-order
    type: order
    kind: event
    prompt: "Put these events from Ann Author's timeline in chronological order."
    items: ["Ministerial meeting set up", "Kono meets Lavrov", "Kono and Lavrov agree to support the talks"]
    quotes:
      - text: "In April 2013, Japan and Russia set up a ministerial meeting on security."
      - text: "Foreign Minister Taro Kono met with his counterpart Sergey Lavrov on Nov. 23, 2018 and agreed to support the talks."
`;
		const result = buildBanks(input([...base.curated, { path: 'questions/curated/timeline.yaml', text: curated }]));
		expect(result.questions.filter((q) => q.type === 'order' && q.origin === 'generated')).toEqual([]);
		const r = result.rejected.find((x) => x.form === 'order-events')!;
		expect(r.reason).toMatch(/^near-duplicate of curated c-[0-9a-z]{12} \(most of the same events\)$/);
		expect(result.report).toContain(r.id);
	});
});
