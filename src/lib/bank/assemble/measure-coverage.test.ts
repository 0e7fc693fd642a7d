import { describe, expect, it } from 'vitest';
import { buildBanks } from '../build-banks';
import { fixtureInput } from '../testing/fixtures';

describe('measureCoverage (in the build summary and report)', () => {
	it('counts dates, figures, actors and positions found and asked about, and lists the gaps', () => {
		const r = buildBanks(fixtureInput());
		const c = r.summary.coverage.counts;
		expect(c.date.found).toBeGreaterThanOrEqual(4);
		expect(c.date.asked).toBeGreaterThan(0);
		expect(c.figure.found).toBeGreaterThanOrEqual(3);
		expect(c.actor.found).toBeGreaterThanOrEqual(4);
		expect(c.position.found).toBeGreaterThanOrEqual(1);
		for (const k of ['date', 'figure', 'actor', 'position'] as const) expect(c[k].asked).toBeLessThanOrEqual(c[k].found);
		const gaps = r.summary.coverage.gaps.length;
		const asked = Object.values(c).reduce((n, x) => n + x.asked, 0);
		const found = Object.values(c).reduce((n, x) => n + x.found, 0);
		expect(gaps).toBe(found - asked);
		expect(r.report).toContain('facts not asked about yet');
	});

	it('drops a fact from "asked" when its only question is rejected in review', () => {
		const first = buildBanks(fixtureInput());
		const pollQuestions = first.questions.filter((q) => q.kind === 'poll' && q.sources[0].doc === 'tatsumi');
		expect(pollQuestions.length).toBeGreaterThan(0);
		// Rejecting the shipped one can let a sibling form of the same fact ship: reject until none is left.
		const ids = new Set<string>();
		let second = first;
		for (let round = 0; round < 4; round++) {
			for (const q of second.questions) if (q.kind === 'poll' && q.sources[0].doc === 'tatsumi') ids.add(q.id);
			const review = { path: 'questions/review.yaml', text: [...ids].map((id) => `- {id: ${id}, action: reject, reason: test}`).join('\n') + '\n' };
			second = buildBanks(fixtureInput({ review }));
		}
		expect(second.questions.some((q) => q.kind === 'poll' && q.sources[0].doc === 'tatsumi')).toBe(false);
		expect(second.summary.coverage.counts.figure.asked).toBe(first.summary.coverage.counts.figure.asked - 1);
		expect(second.summary.coverage.gaps.some((g) => g.surface === '60 percent')).toBe(true);
	});
});
