// The actor finder on short made-up texts: people with titles, sides and roles, surnames and spellings, capitals
// as governments, organisations, places; and what it must not take for a person.
import { describe, expect, it } from 'vitest';
import { findActors } from './find-actors';
import type { ActorSentence } from './find-actors';
import { mergeActors } from './merge-actors';
import { makePlaceMatcher, placeCategory } from './match-places';

function sentences(doc: string, ...texts: string[]): ActorSentence[] {
	const all = texts.join(' ');
	const lower = new Set(all.match(/(?<![\p{L}])[a-z][\p{L}’']*/gu) ?? []);
	return texts.map((text) => ({ doc, text, lowercaseWords: lower }));
}

const found = findActors(
	sentences(
		'a',
		'On Nov. 23, Japanese Foreign Minister Taro Kono met with his Russian counterpart Sergey Lavrov in Moscow.',
		'Lavrov said the talks would continue.',
		'Moscow insists that Tokyo must recognize the outcome of the war, and the Russian side wants a treaty first.',
		'Russian President Vladimir Putin met Prime Minister Shinzo Abe, and Putin praised the Valdai Discussion Club.',
		'Japanese Prime Minister Shinzo Abe wants a treaty, Shinzo Abe said, and Shinzo Abe has said so before.',
		'Abe later visited Vladivostok, and Japan’s Ministry of Foreign Affairs issued a statement.',
		'Abe’s father and political mentor, Shintaro Abe, visited the Kuril Islands and the Sea of Okhotsk.',
		'Mitsui Corporation took a stake in the project.',
		'The Basic Law and the Belt and Road Initiative were discussed by the committee in the summer.'
	).concat(sentences('b', 'Foreign Minister Sergei Lavrov insisted that Japan must recognize the outcome of the war.'))
);
const byName = (name: string) => found.actors.find((a) => a.name === name);

describe('findActors', () => {
	it('finds people with the title and side the text gives them', () => {
		expect(byName('Taro Kono')).toMatchObject({ kind: 'person', side: 'Japan', role: 'Japanese Foreign Minister' });
		expect(byName('Vladimir Putin')).toMatchObject({ kind: 'person', side: 'Russia', role: 'Russian President' });
		// "his Russian counterpart Sergey Lavrov": the side comes from the role noun's adjective.
		expect(byName('Sergey Lavrov') ?? byName('Sergei Lavrov')).toMatchObject({ kind: 'person', side: 'Russia' });
	});

	it('resolves a surname and a title with a surname to the person, and two spellings to one person', () => {
		const lavrov = found.actors.filter((a) => a.name.endsWith('Lavrov'));
		expect(lavrov).toHaveLength(1);
		expect(lavrov[0].aliases).toEqual(expect.arrayContaining(['Lavrov', 'Sergey Lavrov', 'Sergei Lavrov']));
		expect(byName('Vladimir Putin')!.aliases).toContain('Putin');
	});

	it('gives a shared surname to the person named far more often, and kin the side of their relative', () => {
		expect(byName('Shinzo Abe')!.aliases).toContain('Abe');
		expect(byName('Shintaro Abe')!.aliases).not.toContain('Abe');
		expect(byName('Shintaro Abe')!.side).toBe('Japan');
	});

	it('reads capitals and "the Russian side" as governments', () => {
		expect(byName('Government of Russia')).toMatchObject({ kind: 'government', side: 'Russia' });
		expect(byName('Government of Russia')!.aliases).toEqual(expect.arrayContaining(['Moscow', 'Russian side']));
	});

	it('finds organisations, government bodies and companies by their head word', () => {
		expect(byName('Valdai Discussion Club')).toMatchObject({ kind: 'organisation' });
		expect(byName('Ministry of Foreign Affairs')).toMatchObject({ kind: 'government', side: 'Japan' });
		expect(byName('Mitsui Corporation')).toMatchObject({ kind: 'company' });
	});

	it('takes no law, initiative, month or common word for a person', () => {
		const people = found.actors.filter((a) => a.kind === 'person').map((a) => a.name);
		expect(people.sort()).toEqual(['Sergey Lavrov', 'Shintaro Abe', 'Shinzo Abe', 'Taro Kono', 'Vladimir Putin'].sort().map((n) => (n === 'Sergey Lavrov' ? (byName('Sergey Lavrov') ? n : 'Sergei Lavrov') : n)));
	});

	it('lists places: features by their head word, cities after "in" or "visited", not a capital standing for a government', () => {
		const places = found.places.map((p) => p.name);
		expect(places).toEqual(expect.arrayContaining(['Kuril Islands', 'Sea of Okhotsk', 'Vladivostok']));
		expect(placeCategory('Kuril Islands')).toBe('land');
		expect(placeCategory('Sea of Okhotsk')).toBe('water');
		expect(placeCategory('Japan')).toBe('country');
	});

	it('is deterministic and finds nothing in an empty or non-English text', () => {
		expect(findActors([])).toEqual({ actors: [], places: [] });
		expect(findActors(sentences('x', 'これは日本語の文です。', '1234 5678 !!!')).actors).toEqual([]);
		const again = findActors(sentences('a', 'Japanese Foreign Minister Taro Kono met Sergey Lavrov.'));
		expect(again).toEqual(findActors(sentences('a', 'Japanese Foreign Minister Taro Kono met Sergey Lavrov.')));
	});
});

describe('mergeActors', () => {
	it('lets a correction win on name, kind, side and role while keeping the surface forms the text used', () => {
		const correction = { id: 'sergey-lavrov', name: 'Sergei Lavrov', aliases: ['Sergei Lavrov', 'Lavrov'], kind: 'person' as const, side: 'Russia', role: 'Russian Foreign Minister' };
		const merged = mergeActors(found.actors, [correction]);
		const lavrov = merged.filter((a) => a.name.includes('Lavrov'));
		expect(lavrov).toHaveLength(1);
		expect(lavrov[0]).toMatchObject({ id: 'sergey-lavrov', name: 'Sergei Lavrov', role: 'Russian Foreign Minister' });
		expect(lavrov[0].aliases).toContain('Sergey Lavrov');
		// Everything the correction does not touch stays.
		expect(merged.find((a) => a.name === 'Taro Kono')).toBeDefined();
	});
});

describe('makePlaceMatcher', () => {
	it('finds whole place names, never inside a compound', () => {
		const m = makePlaceMatcher([{ name: 'Japan', docs: ['a'] }, { name: 'Kuril Islands', docs: ['a'] }]);
		expect(m.find('Japan-Russia talks on the Kuril Islands in Japan.').map((p) => p.name)).toEqual(['Kuril Islands', 'Japan']);
	});
});
