import { describe, expect, it } from 'vitest';
import { issuesOf, positionsByIssue } from './positions';
import { actor, facts, position } from './fixtures';

describe('issuesOf', () => {
	it.each([
		['Japan wants all four islands returned', 'islands'],
		['the 1956 declaration mentions Habomai and Shikotan', 'islands'],
		['Russia has sovereignty over the islands', 'sovereignty'],
		['the return of the islands is a precondition for a peace treaty', 'sequence'],
		['Russia’s control is a result of World War II', 'ww2'],
		['Japanese investment has offered few practical gains', 'economy'],
		['the islands must not host U.S. military bases', 'security']
	])('“%s” is about %s', (stance, issue) => {
		expect(issuesOf({ stance })).toContain(issue);
	});

	it('leaves a stance no rule speaks to for "Other questions"', () => {
		expect(issuesOf({ stance: 'the issue will not be left for the next generation' })).toEqual([]);
	});
});

describe('positionsByIssue', () => {
	const f = facts({
		actors: [actor('lavrov', 'Sergei Lavrov', 'Russia'), actor('abe', 'Shinzo Abe', 'Japan'), actor('kyodo', 'Kyodo', 'other')],
		positions: [
			position('lavrov', 'Japan must recognise the outcome of World War II as a prerequisite', 'a'),
			position('abe', 'the territorial issue must be resolved first', 'b'),
			position('abe', 'the issue will not be left for the next generation', 'b'),
			position('ghost', 'a security clause is possible', 'a')
		]
	});

	it('groups positions under each question they address, side by side, "Other questions" last', () => {
		const groups = positionsByIssue(f);
		expect(groups.map((g) => g.id)).toEqual(['sovereignty', 'sequence', 'ww2', 'security', 'other']);
		const sequence = groups.find((g) => g.id === 'sequence')!;
		expect(sequence.sides.map((s) => s.side)).toEqual(['Japan', 'Russia']);
		expect(groups.at(-1)!.sides[0].positions[0].position.stance).toMatch(/next generation/);
	});

	it('keeps a position whose actor the facts do not list, under "other" (never dropped)', () => {
		const security = positionsByIssue(f).find((g) => g.id === 'security')!;
		expect(security.sides).toEqual([{ side: 'other', positions: [expect.objectContaining({ actor: null })] }]);
	});

	it('filters by article', () => {
		const shown = positionsByIssue(f, 'b').flatMap((g) => g.sides.flatMap((s) => s.positions.map((p) => p.position)));
		// "resolved first" and "territorial": one position under two questions.
		expect(new Set(shown)).toEqual(new Set(f.positions.filter((p) => p.source.doc === 'b')));
		expect(positionsByIssue(facts({}))).toEqual([]);
	});
});
