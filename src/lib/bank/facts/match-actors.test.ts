import { describe, expect, it } from 'vitest';
import { loadActors } from '../read/load-actors';
import { makeActorMatcher } from './match-actors';
import { ACTORS } from '../testing/fixtures';

const matcher = makeActorMatcher(loadActors({ path: 'questions/actors.yaml', text: ACTORS }));

describe('makeActorMatcher', () => {
	it('matches the longest alias as whole words', () => {
		const found = matcher.find('Japanese Prime Minister Shinzo Abe met Russian Foreign Minister Sergei Lavrov.');
		expect(found.map((m) => [m.actor.id, m.surface])).toEqual([
			['shinzo-abe', 'Japanese Prime Minister Shinzo Abe'],
			['sergey-lavrov', 'Russian Foreign Minister Sergei Lavrov']
		]);
	});

	it('matches short aliases and possessives, not parts of words or other people', () => {
		expect(matcher.find('Abe’s decision surprised Putin.').map((m) => m.actor.id)).toEqual(['shinzo-abe', 'vladimir-putin']);
		expect(matcher.find('Abenomics and Xiamen are not actors.')).toEqual([]);
		expect(matcher.find('Abe’s father, Shintaro Abe, wished for peace.').map((m) => m.surface)).toEqual(['Abe']);
	});

	it('looks actors up by any name, case-insensitively', () => {
		expect(matcher.lookup('sergei lavrov')?.id).toBe('sergey-lavrov');
		expect(matcher.lookup('the Russian authorities')).toBeUndefined();
	});
});

describe('loadActors', () => {
	it('names the line of an incomplete actor and of a duplicate id', () => {
		expect(() => loadActors({ path: 'a.yaml', text: '- id: x\n  name: X\n  kind: person\n  side: Japan\n- id: y\n  name: Y\n  kind: person\n' })).toThrow(
			/a\.yaml:5: actor 2: "side" is missing/
		);
		expect(() => loadActors({ path: 'a.yaml', text: '- {id: x, name: X, kind: person, side: Japan}\n- {id: x, name: Z, kind: person, side: Japan}\n' })).toThrow(
			/a\.yaml:2: actor id "x" is used twice/
		);
		expect(() => loadActors({ path: 'a.yaml', text: '- {id: x, name: X, kind: robot, side: Japan}\n' })).toThrow(/kind must be one of/);
	});

	it('names the line of malformed YAML', () => {
		expect(() => loadActors({ path: 'a.yaml', text: '- id: x\n  name: [unclosed\n' })).toThrow(/a\.yaml:\d+: /);
	});
});
