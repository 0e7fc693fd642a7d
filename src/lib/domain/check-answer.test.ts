import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Bank, Question } from '../format/bank-format';
import { checkAnswer, type AnswerInput } from './check-answer';
import { byId } from './fixtures/bank';

const text = (q: Question, t: string, elapsedMs?: number) => checkAnswer(q, { kind: 'text', text: t }, { elapsedMs });

describe('checkAnswer: typed text', () => {
	const island = byId('q-island');
	it('ignores case, diacritics, punctuation and whitespace', () => {
		for (const t of ['etorofu', '  ETOROFU. ', 'Étorofu!', 'Etorofu\n']) expect(text(island, t).correct, t).toBe(true);
	});
	it('accepts the listed alternatives, and says so', () => {
		expect(text(island, 'Iturup')).toMatchObject({ correct: true, match: 'alternative' });
		expect(text(island, 'etorofu/iturup').correct).toBe(true);
		expect(text(byId('q-lavrov'), 'Sergey Lavrov')).toMatchObject({ correct: true, match: 'alternative' });
		expect(text(byId('q-lavrov'), 'sergei lavrov')).toMatchObject({ correct: true, match: 'exact' });
	});
	it('rejects other places and empty answers', () => {
		expect(text(island, 'Kunashiri')).toMatchObject({ correct: false, suggested: 1 });
		expect(text(island, '   ')).toMatchObject({ correct: false, note: 'No answer was given.' });
	});
	it('accepts a one-letter slip in a long answer as right but suggests Hard', () => {
		expect(text(byId('q-lavrov'), 'Sergei Lavorv')).toMatchObject({ correct: true, match: 'typo', suggested: 2 });
		expect(text(island, 'Iturp')).toMatchObject({ correct: true, match: 'typo' });
		// Short answers get no slack: "Abe" vs "Abo" would be a different person.
		expect(text({ ...island, answer: 'Abe', accept: [] }, 'Abo').correct).toBe(false);
	});
	it('does not split an answer at a bare slash or accept a parenthesised qualifier alone', () => {
		const q = { ...island, answer: 'Soviet/Russian control', accept: [] };
		expect(text(q, 'Soviet/Russian control').correct).toBe(true);
		expect(text(q, 'Russian control').correct).toBe(false);
		const dated = { ...island, answer: 'Abe (in 2016)', accept: [] };
		expect(text(dated, 'Abe').correct).toBe(true);
		expect(text(dated, 'in 2016').correct).toBe(false);
		expect(text({ ...island, answer: 'Liberal Democratic Party (LDP)', accept: [] }, 'LDP').correct).toBe(true);
	});
	it('drops a leading article and reads parenthesised alternatives in the answer', () => {
		const q = { ...island, answer: 'The Habomai Islands (Habomai)', accept: [] };
		expect(text(q, 'Habomai islands').correct).toBe(true);
		expect(text(q, 'habomai').correct).toBe(true);
	});
});

describe('checkAnswer: dates', () => {
	const day = byId('q-date');
	it.each(['Nov. 14, 2018', '14 November 2018', '2018-11-14', 'November 14th, 2018', 'the 14th of November 2018', '14/11/2018', '11/14/2018', '2018年11月14日', 'on 14 Nov 2018'])(
		'accepts %s for 2018-11-14',
		(t) => expect(text(day, t)).toMatchObject({ correct: true })
	);
	it('rejects another day and explains a missing day', () => {
		expect(text(day, 'November 15, 2018').correct).toBe(false);
		expect(text(day, '2019-11-14').correct).toBe(false);
		expect(text(day, 'November 2018')).toMatchObject({ correct: false, note: 'The answer needs the exact day.' });
	});
	it('accepts a month, or a more precise date, against a month-precision answer', () => {
		const month = byId('q-month');
		for (const t of ['November 2018', 'Nov 2018', '2018-11', '11/2018', '14 November 2018']) expect(text(month, t).correct, t).toBe(true);
		expect(text(month, '2018')).toMatchObject({ correct: false, note: 'The answer needs the month too.' });
		expect(text(month, 'December 2018').correct).toBe(false);
	});
	it('accepts a year answer and never a near-miss year', () => {
		const year = byId('q-year');
		expect(text(year, '1956').correct).toBe(true);
		expect(text(year, 'in 1956').correct).toBe(true);
		expect(text(year, '1965').correct).toBe(false);
		expect(text(year, '1957').correct).toBe(false);
	});
	it('answers a date question only with a date, and a number question never with a date', () => {
		expect(text(byId('q-year'), '1956 Soviet-Japanese Joint Declaration').correct).toBe(false);
		expect(text(byId('q-poll'), 'Nov. 14').correct).toBe(false);
	});
	it('rejects impossible dates and text that is more than a date', () => {
		expect(text(day, '31 November 2018').correct).toBe(false);
		expect(text(day, 'November 14, 2018 and 2019').correct).toBe(false);
	});
});

describe('checkAnswer: numbers', () => {
	const poll = byId('q-poll');
	it.each(['14', '14%', '14 percent', 'fourteen', 'fourteen per cent', '13', '15', 'about 14.5%'])('accepts %s for 14 ± 1', (t) =>
		expect(text(poll, t).correct).toBe(true)
	);
	it('rejects numbers outside the tolerance and two numbers at once', () => {
		expect(text(poll, '16').correct).toBe(false);
		expect(text(poll, '12%').correct).toBe(false);
		expect(text(poll, '14 or 15').correct).toBe(false);
	});
	it('is exact with tolerance 0, and reads words and thousands', () => {
		const four = byId('q-number');
		expect(text(four, 'four islands').correct).toBe(true);
		expect(text(four, '5').correct).toBe(false);
		const big = { ...four, answer: '1,200', number: { value: 1200, tolerance: 0 } };
		expect(text(big, '1200').correct).toBe(true);
		expect(text(big, 'one thousand two hundred').correct).toBe(true);
		expect(text(big, '1.2 thousand').correct).toBe(true);
	});
});

describe('checkAnswer: choice, true/false, order, flashcard', () => {
	it('grades a choice by its text', () => {
		expect(checkAnswer(byId('q-choice'), { kind: 'choice', choice: 'Taro Kono' })).toMatchObject({ correct: true, suggested: 3 });
		expect(checkAnswer(byId('q-choice'), { kind: 'choice', choice: 'Shinzo Abe' })).toMatchObject({ correct: false, suggested: 1 });
	});
	it('grades true/false', () => {
		expect(checkAnswer(byId('q-tf'), { kind: 'choice', choice: 'True' }).correct).toBe(true);
		expect(checkAnswer(byId('q-tf'), { kind: 'choice', choice: 'False' }).correct).toBe(false);
	});
	it('grades an order all-right, or counts the items in place', () => {
		const q = byId('q-order');
		const items = q.items ?? [];
		expect(checkAnswer(q, { kind: 'order', items })).toMatchObject({ correct: true, inPlace: 4, total: 4 });
		const swapped = [items[1], items[0], items[2], items[3]];
		expect(checkAnswer(q, { kind: 'order', items: swapped })).toMatchObject({ correct: false, inPlace: 2, total: 4, suggested: 1 });
		expect(checkAnswer(q, { kind: 'order', items: items.slice(0, 3) })).toMatchObject({ correct: false, inPlace: 3 });
	});
	it('takes a flashcard self-rating as given', () => {
		expect(checkAnswer(byId('q-flash'), { kind: 'self', rating: 4 })).toMatchObject({ correct: true, suggested: 4, match: 'self' });
		expect(checkAnswer(byId('q-flash'), { kind: 'self', rating: 1 })).toMatchObject({ correct: false, suggested: 1 });
	});
	it('suggests Easy for a fast right answer, Good for a slow one', () => {
		expect(checkAnswer(byId('q-choice'), { kind: 'choice', choice: 'Taro Kono' }, { elapsedMs: 1500 }).suggested).toBe(4);
		expect(checkAnswer(byId('q-choice'), { kind: 'choice', choice: 'Taro Kono' }, { elapsedMs: 9000 }).suggested).toBe(3);
		expect(text(byId('q-island'), 'Iturup', 2000).suggested).toBe(4);
	});
	it('treats input of the wrong kind as wrong, never throws', () => {
		expect(checkAnswer(byId('q-island'), { kind: 'order', items: ['x'] })).toMatchObject({ correct: false, suggested: 1 });
		expect(checkAnswer(byId('q-flash'), { kind: 'text', text: 'x' }).correct).toBe(false);
		expect(checkAnswer(byId('q-choice'), { kind: 'text', text: 'Taro Kono' }).correct).toBe(false);
	});
});

describe('checkAnswer against the shipped banks', () => {
	// The builder's output (static/banks/corpus.json): every question must accept its own answer and accepted forms,
	// and no choice question may accept a distractor. Skipped when the banks have not been built.
	const file = resolve('static/banks/corpus.json');
	const bank: Bank | null = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
	it.skipIf(!bank)('accepts every canonical answer and no distractor', () => {
		const problems: string[] = [];
		for (const q of bank?.questions ?? []) {
			const inputs: AnswerInput[] =
				q.type === 'typed' || q.type === 'cloze'
					? [q.answer, ...(q.accept ?? [])].map((t) => ({ kind: 'text', text: t }))
					: q.type === 'order'
						? [{ kind: 'order', items: q.items ?? [] }]
						: q.type === 'flashcard'
							? [{ kind: 'self', rating: 3 }]
							: [{ kind: 'choice', choice: q.answer }];
			for (const input of inputs) if (!checkAnswer(q, input).correct) problems.push(`${q.id} rejects ${JSON.stringify(input)}`);
			for (const c of q.choices ?? []) if (c !== q.answer && checkAnswer(q, { kind: 'choice', choice: c }).correct) problems.push(`${q.id} accepts ${c}`);
		}
		expect(problems).toEqual([]);
	});
});
