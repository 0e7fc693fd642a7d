import { describe, expect, it } from 'vitest';
import { newAttempt, readAttempt, recordAnswer, showNext, timeLeft } from './attempt';

describe('attempt records', () => {
	it('keeps a shown question’s clock when shown again (a reload), and starts the next one afresh', () => {
		const a = showNext(newAttempt('QCODE', 'Aiko'), 1_000, 20);
		expect(a.current).toEqual({ index: 0, shownAt: 1_000, deadline: 21_000 });
		expect(showNext(a, 9_000, 20)).toBe(a);
		expect(timeLeft(a, 9_000)).toBe(12_000);
		expect(timeLeft(a, 99_000)).toBe(0);
		const b = recordAnswer(a, { correct: true, given: 'x' }, 6_000, 20);
		expect(b.seconds).toBe(5);
		expect(b.current).toBeUndefined();
		expect(showNext(b, 7_000, 20).current).toEqual({ index: 1, shownAt: 7_000, deadline: 27_000 });
		expect(timeLeft(showNext(b, 7_000, 0), 8_000)).toBeUndefined();
		// A timed question counts at most its time; an untimed one all of it.
		expect(recordAnswer(a, { correct: false, given: '' }, 500_000, 20).seconds).toBe(20);
		expect(recordAnswer(showNext(b, 7_000, 0), { correct: false, given: '' }, 107_000, 0).seconds).toBe(105);
	});

	it('reads back only a stored attempt that fits the quiz, whatever else was stored', () => {
		const good = { code: 'Q1', name: 'Ana', answers: [{ correct: true, given: 'a' }], seconds: 4, current: { index: 1, shownAt: 5, deadline: 25 } };
		expect(readAttempt(good, 'Q1', 3)).toEqual(good);
		const bad: unknown[] = [
			null,
			'text',
			42,
			{ ...good, code: 'Q2' },
			{ ...good, name: 7 },
			{ ...good, seconds: Number.NaN },
			{ ...good, answers: 'none' },
			{ ...good, answers: [{ correct: 'yes', given: 'a' }] },
			{ ...good, answers: [null] },
			{ ...good, resultCode: 12 }
		];
		for (const value of bad) expect(readAttempt(value, 'Q1', 3)).toBeUndefined();
		expect(readAttempt(good, 'Q1', 0)).toBeUndefined();
		// A clock for another question (or a broken one) is dropped: that question starts afresh.
		expect(readAttempt({ ...good, current: { index: 0, shownAt: 5 } }, 'Q1', 3)?.current).toBeUndefined();
		expect(readAttempt({ ...good, current: { index: 1, shownAt: 'x' } }, 'Q1', 3)?.current).toBeUndefined();
		// An attempt stored by the previous app version (no clock) still resumes.
		expect(readAttempt({ code: 'Q1', name: 'Ana', answers: [], seconds: 0 }, 'Q1', 3)).toEqual({ code: 'Q1', name: 'Ana', answers: [], seconds: 0 });
	});
});
