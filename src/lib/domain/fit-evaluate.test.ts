import { describe, expect, it } from 'vitest';
import { fitDataFromLog, type FitItem } from './fit-data';
import { evaluateParameters, logLossGain } from './fit-evaluate';
import { DEFAULT_PARAMETERS } from './fsrs-parameters';

const item = (gap: number, recalled: boolean, k = 0): FitItem => ({
	reviews: [
		{ rating: 3, deltaT: 0 },
		{ rating: recalled ? 3 : 1, deltaT: gap }
	],
	at: k
});

describe('evaluateParameters', () => {
	it('refuses an empty log', () => {
		expect(() => evaluateParameters(fitDataFromLog([]).items, DEFAULT_PARAMETERS)).toThrow(RangeError);
	});

	it('scores better the parameters that match what happened', () => {
		// A learner who remembers everything after 30 days: a larger initial stability for Good (w2) predicts it better.
		const items = Array.from({ length: 40 }, (_, k) => item(30, true, k));
		const defaults = evaluateParameters(items, DEFAULT_PARAMETERS);
		const strong = evaluateParameters(
			items,
			DEFAULT_PARAMETERS.map((w, i) => (i === 2 ? 60 : w))
		);
		expect(strong.logLoss).toBeLessThan(defaults.logLoss);
		expect(strong.rmseBins).toBeLessThan(defaults.rmseBins);
		expect(logLossGain(defaults, strong)).toBeGreaterThan(0);
		expect(logLossGain(strong, defaults)).toBeLessThan(0);
		expect(defaults.count).toBe(40);
	});

	it('gives finite figures even when every prediction is wrong', () => {
		const items = Array.from({ length: 10 }, (_, k) => item(1, false, k));
		const e = evaluateParameters(items, DEFAULT_PARAMETERS.map((w, i) => (i === 2 ? 100 : w)));
		expect(Number.isFinite(e.logLoss)).toBe(true);
		expect(e.rmseBins).toBeGreaterThan(0.5);
	});
});
