import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { BankFacts } from '$lib/format/bank-format';
import { buildTimeline, timelinePeriods } from './timeline';
import { actorsBySide } from './people';
import { positionsByIssue } from './positions';
import { placesWithOtherNames } from './places';
import { countItems, firstItems } from './first-items';
import { issuesOf, peopleData, peopleOf, placesOf, positionsData, timelineData, timelineOf, viewFile, viewFiles } from './view-data';
import { actor, event, facts, place, position, source } from './fixtures';

const both = 'The islands, known in Japan as the Northern Territories and in Russia as the South Kuril Islands, are disputed.';
const summit = event('2018-11-14', 'day', 'a', 'On Nov. 14, Shinzo Abe met with Vladimir Putin in Singapore.', { label: 'Shinzo Abe met with Vladimir Putin in Singapore' });
const summitB = event('2018-11', 'month', 'b', 'In November 2018, Abe met with Putin in Singapore.', { label: 'Abe met with Vladimir Putin in Singapore' });
const declaration = event('1956', 'year', 'a', 'Japan and the Soviet Union signed the joint declaration in 1956.');
const abe = actor('abe', 'Shinzo Abe', 'Japan', { docs: ['a', 'b'], mentions: [source('a', 'Abe met Putin.'), source('b', 'Abe spoke.')] });
const putin = actor('putin', 'Vladimir Putin', 'Russia', { mentions: [source('a', 'Putin met Abe.')] });
const sample = facts({
	events: [summit, declaration, summitB, { ...declaration }],
	actors: [putin, abe],
	positions: [position('abe', 'the four islands are Japanese', 'a'), position('putin', 'a peace treaty must come first', 'b'), position('ghost', 'trade and investment', 'b')],
	places: [
		place('Northern Territories', [both]),
		{ ...place('South Kuril Islands', []), mentions: [source('b', both)] },
		place('Iturup', ['Iturup is large.'], ['Etorofu'])
	]
});

/** What the page gets: the file as written and read back. */
const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('the views’ data written at bank-build time', () => {
	it('gives the timeline buildTimeline gives, and the period choices, from the events the file carries', () => {
		const data = roundTrip(timelineData(sample));
		expect(timelineOf(data)).toEqual(buildTimeline(sample.events));
		expect(data.periodCounts).toEqual(timelinePeriods(sample.events));
		// The filters derive from the same events.
		expect(buildTimeline(data.events, { doc: 'b' })).toEqual(buildTimeline(sample.events, { doc: 'b' }));
		// Summit dated differently by two articles: one line, each account once in the file.
		expect(timelineOf(data).flatMap((p) => p.lines).find((l) => l.datedDifferently)?.accounts.map((a) => a.id)).toEqual([summitB.id, summit.id]);
		expect(data.events).toHaveLength(sample.events.length);
	});

	it('gives who’s who as actorsBySide gives it, each actor with its positions and quoted sentences', () => {
		const data = roundTrip(peopleData(sample));
		expect(peopleOf(data)).toEqual(actorsBySide(sample));
		expect(actorsBySide(data, 'b')).toEqual(actorsBySide(sample, 'b'));
	});

	it('gives the positions as positionsByIssue gives them, with who holds each (an unknown actor under "other")', () => {
		const data = roundTrip(positionsData(sample));
		const lite = (groups: ReturnType<typeof positionsByIssue>) =>
			groups.map((g) => ({ ...g, sides: g.sides.map((s) => ({ ...s, positions: s.positions.map((v) => ({ ...v, actor: v.actor && { id: v.actor.id, name: v.actor.name, side: v.actor.side } })) })) }));
		expect(issuesOf(data)).toEqual(lite(positionsByIssue(sample)));
		expect(positionsByIssue(data, 'b')).toEqual(lite(positionsByIssue(sample, 'b')));
		expect(issuesOf(data).find((g) => g.id === 'economy')?.sides).toEqual([{ side: 'other', positions: [expect.objectContaining({ actor: null, side: 'other' })] }]);
		// Only what the page shows of each actor: not their sentences.
		expect(data.actors).toEqual([
			{ id: 'putin', name: 'Vladimir Putin', side: 'Russia' },
			{ id: 'abe', name: 'Shinzo Abe', side: 'Japan' }
		]);
	});

	it('gives the places with two names for every article and for each one, as the page derived them', () => {
		const data = roundTrip(positionsData(sample));
		const derived = (doc: string) => placesWithOtherNames(sample.places.map((p) => (doc ? { ...p, mentions: p.mentions.filter((m) => m.doc === doc) } : p)));
		for (const doc of ['', 'a', 'b', 'an article that names no place']) expect(placesOf(data, doc), doc).toEqual(derived(doc));
		expect(placesOf(data, '').map((p) => p.names.map((n) => n.name))).toEqual([
			['Northern Territories', 'South Kuril Islands'],
			['Iturup', 'Etorofu']
		]);
		// An article naming no place still lists a pair the builder found, without a sentence.
		expect(placesOf(data, 'c')).toEqual([{ names: [{ name: 'Iturup', usedBy: null }, { name: 'Etorofu', usedBy: null }], source: null }]);
	});

	it('matches the published corpus (when built): each view file gives what its derivation gives', () => {
		let text: string;
		try {
			text = readFileSync('static/banks/corpus.facts.json', 'utf8');
		} catch {
			return; // not built here: the fixtures above cover the logic
		}
		const corpus = JSON.parse(text) as BankFacts;
		const files = Object.fromEntries(viewFiles('corpus.facts.json', corpus).map((f) => [f.path, JSON.parse(f.text)]));
		expect(Object.keys(files)).toEqual(['corpus.timeline.json', 'corpus.people.json', 'corpus.positions.json']);
		expect(timelineOf(files['corpus.timeline.json'])).toEqual(buildTimeline(corpus.events));
		expect(peopleOf(files['corpus.people.json'])).toEqual(actorsBySide(corpus));
		expect(issuesOf(files['corpus.positions.json']).map((g) => g.sides.map((s) => s.positions.map((v) => v.position.id)))).toEqual(
			positionsByIssue(corpus).map((g) => g.sides.map((s) => s.positions.map((v) => v.position.id)))
		);
	});

	it('names each view’s file after the bank’s facts file', () => {
		expect(viewFile('corpus.facts.json', 'timeline')).toBe('corpus.timeline.json');
		expect(viewFile('tatsumi-2018.facts.json', 'people')).toBe('tatsumi-2018.people.json');
	});
});

describe('firstItems (the first screenful of a grouped view)', () => {
	const groups = [
		{ id: 'a', items: [1, 2, 3] },
		{ id: 'b', items: [4] },
		{ id: 'c', items: [5, 6] }
	];
	const take = (limit: number) => firstItems(groups, limit, (g) => g.items, (g, items) => ({ ...g, items }));

	it('keeps the groups of the first items in order, cutting the group where the limit falls', () => {
		expect(take(2)).toEqual([{ id: 'a', items: [1, 2] }]);
		expect(take(4)).toEqual([groups[0], groups[1]]);
		expect(take(5)).toEqual([groups[0], groups[1], { id: 'c', items: [5] }]);
		expect(take(Infinity)).toEqual(groups);
		expect(take(0)).toEqual([]);
		expect(countItems(groups, (g) => g.items)).toBe(6);
	});
});
