import { describe, expect, it } from 'vitest';
import type { Question } from '../format/bank-format';
import { browse, buildRows, cardStatus } from './browse';
import { QUESTIONS, NOW, DAY } from './fixtures/bank';
import { createScheduler } from './scheduling';
import type { CardRecord } from './types';

const scheduler = createScheduler({ enableFuzz: false });

function cardsFor(questions: readonly Question[]): Map<string, CardRecord> {
	const out = new Map<string, CardRecord>();
	questions.forEach((q, i) => {
		let card = scheduler.newCard(q, NOW - 30 * DAY, i);
		if (i % 3 === 1) card = scheduler.rate(card, 4, NOW - 20 * DAY, { id: `r${i}` }).card; // review
		if (i % 3 === 2) card = scheduler.rate(card, 1, NOW - 60_000, { id: `r${i}` }).card; // learning
		out.set(q.id, card);
	});
	return out;
}

describe('card browser', () => {
	const cards = cardsFor(QUESTIONS);
	const rows = buildRows(QUESTIONS, cards, new Set([QUESTIONS[0].id]), new Set([QUESTIONS[1].id]), NOW);

	it('gives each card its status', () => {
		expect(cardStatus(null, NOW)).toBe('new');
		expect(rows.map((r) => r.status).slice(0, 3)).toEqual(['new', expect.stringMatching(/due|review/), 'learning']);
	});

	it('searches prompt and answer by words, in any case and accent', () => {
		const hits = browse(rows, { search: 'SINGAPORE abe' });
		expect(hits.length).toBeGreaterThan(0);
		for (const r of hits) expect(r.text).toMatch(/singapore/);
		expect(browse(rows, { search: 'zzzz' })).toEqual([]);
	});

	it('filters by article, kind, type, state, suspended and flagged', () => {
		const doc = QUESTIONS[0].sources[0].doc;
		expect(browse(rows, { doc }).every((r) => r.question.sources[0].doc === doc)).toBe(true);
		expect(browse(rows, { kind: 'date' }).every((r) => r.question.kind === 'date')).toBe(true);
		expect(browse(rows, { type: 'typed' }).every((r) => r.question.type === 'typed')).toBe(true);
		expect(browse(rows, { state: 'learning' }).every((r) => r.status === 'learning')).toBe(true);
		expect(browse(rows, { state: 'flagged' }).map((r) => r.question.id)).toEqual([QUESTIONS[0].id]);
		expect(browse(rows, { state: 'suspended' }).map((r) => r.question.id)).toEqual([QUESTIONS[1].id]);
		// A suspended card is not listed under its schedule status.
		expect(browse(rows, {}).length).toBe(QUESTIONS.length);
		expect(browse(rows, { state: 'review' }).concat(browse(rows, { state: 'due' })).map((r) => r.question.id)).not.toContain(QUESTIONS[1].id);
	});

	it('sorts by due (new cards last), difficulty and lapses, ties in bank order', () => {
		const due = browse(rows, { sort: 'due' });
		const dues = due.filter((r) => r.status !== 'new').map((r) => r.card!.due);
		expect(dues).toEqual([...dues].sort((a, b) => a - b));
		expect(due.at(-1)?.status).toBe('new');
		const diff = browse(rows, { sort: 'difficulty' }).filter((r) => r.status !== 'new').map((r) => r.card!.difficulty);
		expect(diff).toEqual([...diff].sort((a, b) => b - a));
		expect(browse(rows, {}).map((r) => r.position)).toEqual(rows.map((r) => r.position));
	});

	it('searches, filters and sorts 10,000 cards (its speed is measured by `npm run bench -- browse`)', () => {
		const many: Question[] = Array.from({ length: 10_000 }, (_, i) => ({
			...QUESTIONS[i % QUESTIONS.length],
			id: `q${i}`,
			prompt: `${QUESTIONS[i % QUESTIONS.length].prompt} number ${i}`
		}));
		const big = buildRows(many, cardsFor(many), new Set(), new Set(), NOW);
		const hits = browse(big, { search: 'islands', state: 'learning', sort: 'due' });
		expect(hits.length).toBeGreaterThan(0);
		for (const h of hits) expect(h.status).toBe('learning');
		expect(hits.map((h) => h.card!.due)).toEqual(hits.map((h) => h.card!.due).sort((a, b) => a - b));
	});
});
