import { describe, expect, it } from 'vitest';
import { CLAMP_PARAMETERS, default_w, W17_W18_Ceiling } from 'ts-fsrs';
import { clampParameters, DEFAULT_PARAMETERS, PARAMETER_BOUNDS, parametersOrDefault, PARAMETER_COUNT, validParameters } from './fsrs-parameters';
import { createScheduler } from './scheduling';
import { parseSettings, SettingsError } from './settings';
import type { CardRecord } from './types';

const fitted = DEFAULT_PARAMETERS.map((w, i) => (i < 4 ? w * 3 : w));

describe('FSRS parameters', () => {
	it("are ts-fsrs's defaults and bounds (copied to keep ts-fsrs off home's first load)", () => {
		expect(DEFAULT_PARAMETERS).toEqual([...default_w]);
		expect(PARAMETER_BOUNDS).toEqual(CLAMP_PARAMETERS(W17_W18_Ceiling, true));
	});

	it('accepts 21 finite numbers within ts-fsrs ranges', () => {
		expect(DEFAULT_PARAMETERS).toHaveLength(PARAMETER_COUNT);
		expect(validParameters([...DEFAULT_PARAMETERS])).toEqual([...DEFAULT_PARAMETERS]);
		expect(validParameters(fitted)).toEqual(fitted);
	});

	it('refuses anything else, and the scheduler then uses the defaults', () => {
		const bad: unknown[] = [
			null,
			undefined,
			'0.2,1.2',
			{},
			DEFAULT_PARAMETERS.slice(0, 19),
			[...DEFAULT_PARAMETERS, 0.1],
			DEFAULT_PARAMETERS.map((w, i) => (i === 3 ? Number.NaN : w)),
			DEFAULT_PARAMETERS.map((w, i) => (i === 7 ? Infinity : w)),
			DEFAULT_PARAMETERS.map((w, i) => (i === 4 ? 50 : w)),
			DEFAULT_PARAMETERS.map((w, i) => (i === 0 ? '0.2' : w))
		];
		for (const value of bad) {
			expect(validParameters(value)).toBeNull();
			expect(parametersOrDefault(value)).toEqual([...DEFAULT_PARAMETERS]);
		}
	});

	it('clamps the optimizer output into range and refuses a wrong length or NaN', () => {
		const raw = Float32Array.from(DEFAULT_PARAMETERS.map((w, i) => (i === 4 ? 12 : w)));
		expect(clampParameters(raw)?.[4]).toBe(10);
		expect(validParameters(clampParameters(raw))).not.toBeNull();
		expect(clampParameters(new Float32Array(19))).toBeNull();
		expect(clampParameters(Float32Array.from(DEFAULT_PARAMETERS.map((w, i) => (i === 2 ? Number.NaN : w))))).toBeNull();
	});

	it('settings keep valid parameters and reject invalid ones with a message', () => {
		expect(parseSettings({}).fsrsParameters).toBeNull();
		expect(parseSettings({ fsrsParameters: fitted }).fsrsParameters).toEqual(fitted);
		expect(() => parseSettings({ fsrsParameters: [1, 2, 3] })).toThrow(SettingsError);
		expect(() => parseSettings({ fsrsParameters: [1, 2, 3] })).toThrow(/21 numbers/);
	});

	it('the scheduler schedules with fitted parameters, and with the defaults when the stored ones are damaged', () => {
		const now = Date.UTC(2026, 0, 10);
		const card: CardRecord = {
			id: 'q',
			doc: 'd',
			fp: 'f',
			queue: 1,
			due: now,
			state: 2,
			stability: 10,
			difficulty: 5,
			elapsed_days: 10,
			scheduled_days: 10,
			learning_steps: 0,
			reps: 3,
			lapses: 0,
			last_review: now - 10 * 86_400_000
		};
		const good = (options: Parameters<typeof createScheduler>[0]) => createScheduler({ enableFuzz: false, ...options }).preview(card, now)[2].intervalMs;
		const byDefault = good({});
		const slowForgetter = DEFAULT_PARAMETERS.map((w, i) => (i === 8 ? 3 : w)); // w8: how much a recall grows stability
		expect(good({ fsrsParameters: slowForgetter })).toBeGreaterThan(byDefault);
		expect(good({ fsrsParameters: [1, 2, 3] })).toBe(byDefault);
		expect(good({ fsrsParameters: DEFAULT_PARAMETERS.map(() => Number.NaN) })).toBe(byDefault);
	});
});
