import { describe, expect, it } from 'vitest';
import { actorsBySide, shortAliases, sideLabel } from './people';
import { actor, facts, position, source } from './fixtures';

const abe = actor('abe', 'Shinzo Abe', 'Japan', {
	aliases: ['Prime Minister Shinzo Abe', 'Abe', 'the Abe administration'],
	docs: ['a', 'b'],
	mentions: [source('a', 'Abe met Putin.'), source('b', 'Abe spoke.'), source('b', 'Abe left.')]
});
const putin = actor('putin', 'Vladimir Putin', 'Russia', { mentions: [source('a', 'Putin met Abe.')] });
const lavrov = actor('lavrov', 'Sergei Lavrov', 'Russia', { docs: ['b'], mentions: [source('b', 'Lavrov said no.')] });
const analyst = actor('stratfor', 'Stratfor', 'other', { kind: 'company', mentions: [source('a', 'x'), source('a', 'y'), source('a', 'z'), source('a', 'w')] });

describe('actorsBySide', () => {
	it('lists sides with the most mentioned first, analysts and third parties last, each side by mentions', () => {
		const groups = actorsBySide(facts({ actors: [putin, analyst, lavrov, abe], positions: [position('lavrov', 'the islands are Russian', 'b')] }));
		expect(groups.map((g) => g.side)).toEqual(['Japan', 'Russia', 'other']);
		expect(groups[1].actors.map((v) => v.actor.name)).toEqual(['Sergei Lavrov', 'Vladimir Putin']);
		expect(groups[1].actors[0].positions.map((p) => p.stance)).toEqual(['the islands are Russian']);
		expect(sideLabel('other')).toMatch(/analysts/);
	});

	it('with an article chosen, keeps only the actors it names and its sentences', () => {
		const groups = actorsBySide(facts({ actors: [abe, putin, lavrov] }), 'b');
		expect(groups.flatMap((g) => g.actors.map((v) => v.actor.id))).toEqual(['abe', 'lavrov']);
		expect(groups[0].actors[0].mentions.map((m) => m.quote)).toEqual(['Abe spoke.', 'Abe left.']);
		expect(actorsBySide(facts({ actors: [abe] }), 'nowhere')).toEqual([]);
	});

	it('shows other names without repeating the name or adding only a title', () => {
		expect(shortAliases(abe)).toEqual(['Abe', 'Abe administration']);
	});
});
