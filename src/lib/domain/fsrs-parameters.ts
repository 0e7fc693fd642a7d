/**
 * FSRS model parameters ("weights"): ts-fsrs's FSRS-6 defaults, or the learner's own fitted to their log. Stored
 * with the settings; anything stored that is not a full, finite, in-range set is treated as "use the defaults", so
 * a damaged value can never reach the scheduler.
 */
import { CLAMP_PARAMETERS, W17_W18_Ceiling, default_w } from 'ts-fsrs';

/** FSRS-6 has 21 parameters (what ts-fsrs schedules with and what the optimizer fits). */
export const PARAMETER_COUNT = 21;

/** ts-fsrs's FSRS-6 default parameters. */
export const DEFAULT_PARAMETERS: readonly number[] = default_w;

/** The bounds ts-fsrs clamps each parameter to (short-term scheduling on, as the app schedules). */
const BOUNDS = /* @__PURE__ */ CLAMP_PARAMETERS(W17_W18_Ceiling, true);

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
