/**
 * FSRS model parameters ("weights"): ts-fsrs's FSRS-6 defaults, or the learner's own fitted to their log. Stored
 * with the settings; anything stored that is not a full, finite, in-range set is treated as "use the defaults", so
 * a damaged value can never reach the scheduler.
 */
// No ts-fsrs import here: settings are read on every page (home included), and ts-fsrs must stay off home's first
// load. The two tables are ts-fsrs 5.4.2's `default_w` and `CLAMP_PARAMETERS(W17_W18_Ceiling, true)`; the unit
// test checks they still agree with the installed ts-fsrs.

/** FSRS-6 has 21 parameters (what ts-fsrs schedules with and what the optimizer fits). */
export const PARAMETER_COUNT = 21;

/** ts-fsrs's FSRS-6 default parameters. */
// A plain literal (no Object.freeze call): a call at module level reads as a side effect to the bundler, which then
// keeps every module importing this one, settings and backups included, on the study page.
export const DEFAULT_PARAMETERS: readonly number[] = [
	0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483,
	0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542
];

/** The bounds ts-fsrs clamps each parameter to (short-term scheduling on, as the app schedules). */
export const PARAMETER_BOUNDS: readonly (readonly [number, number])[] = [
	[0.001, 100],
	[0.001, 100],
	[0.001, 100],
	[0.001, 100],
	[1, 10],
	[0.001, 4],
	[0.001, 4],
	[0.001, 0.75],
	[0, 4.5],
	[0, 0.8],
	[0.001, 3.5],
	[0.001, 5],
	[0.001, 0.25],
	[0.001, 0.9],
	[0, 4],
	[0, 1],
	[1, 6],
	[0, 2],
	[0, 2],
	[0.01, 0.8],
	[0.1, 0.8]
];
const BOUNDS = PARAMETER_BOUNDS;

/** `value` as 21 in-range numbers, or null when it is anything else (missing, wrong length, NaN, out of range). */
export function validParameters(value: unknown): number[] | null {
	if (!Array.isArray(value) || value.length !== PARAMETER_COUNT) return null;
	for (let i = 0; i < PARAMETER_COUNT; i++) {
		const w: unknown = value[i];
		if (typeof w !== 'number' || !Number.isFinite(w) || w < BOUNDS[i][0] || w > BOUNDS[i][1]) return null;
	}
	return [...(value as number[])];
}

/** The optimizer's output within ts-fsrs's bounds (their ranges differ slightly); null if it is not 21 finite numbers. */
export function clampParameters(value: ArrayLike<number>): number[] | null {
	if (value.length !== PARAMETER_COUNT) return null;
	const out: number[] = [];
	for (let i = 0; i < PARAMETER_COUNT; i++) {
		const w = value[i];
		if (!Number.isFinite(w)) return null;
		// float32 from the optimizer: 4 decimals is its real precision and keeps backups readable.
		out.push(Math.min(BOUNDS[i][1], Math.max(BOUNDS[i][0], Math.round(w * 10_000) / 10_000)));
	}
	return out;
}

/** The parameters to schedule with: the stored ones when valid, else the defaults. */
export function parametersOrDefault(value: unknown): number[] {
	return validParameters(value) ?? [...DEFAULT_PARAMETERS];
}
