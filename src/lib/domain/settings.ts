/** Settings validation: the UI and backups pass through here, so the scheduler never sees an impossible value. */
import * as v from 'valibot';
import { DEFAULT_SETTINGS, type Settings } from './types';
import { validParameters } from './fsrs-parameters';

/** The settings schema, built on first use (keeps valibot's work out of pages that never validate). */
export const settingsSchema = /* @__PURE__ */ memo(() =>
	v.object({
		desiredRetention: v.pipe(
			v.number('Desired retention must be a number.'),
			v.minValue(0.7, 'Desired retention must be at least 70%.'),
			v.maxValue(0.99, 'Desired retention must be at most 99%.')
		),
		newPerDay: v.pipe(
			v.number('New cards per day must be a number.'),
			v.integer('New cards per day must be a whole number.'),
			v.minValue(0, 'New cards per day cannot be negative.'),
			v.maxValue(9999, 'New cards per day must be at most 9999.')
		),
		maxReviewsPerDay: v.pipe(
			v.number('Maximum reviews per day must be a number.'),
			v.integer('Maximum reviews per day must be a whole number.'),
			v.minValue(0, 'Maximum reviews per day cannot be negative.'),
			v.maxValue(99999, 'Maximum reviews per day must be at most 99999.')
		),
		enableFuzz: v.boolean(),
		// Older settings and backups have none: the defaults.
		fsrsParameters: v.optional(
			v.nullable(
				v.custom<number[]>(
					(value) => validParameters(value) !== null,
					'FSRS parameters must be 21 numbers within the ranges FSRS allows.'
				)
			),
			null
		)
	})
);

/** A lazily built value. */
export function memo<T>(make: () => T): () => T {
	let value: T | undefined;
	return () => (value ??= make());
}

/** Invalid settings; `message` names the first bad field in words a learner understands. */
export class SettingsError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'SettingsError';
	}
}

/** Validate settings; missing fields take their defaults. Throws SettingsError. */
export function parseSettings(input: unknown): Settings {
	const merged = { ...DEFAULT_SETTINGS, ...(typeof input === 'object' && input !== null ? input : {}) };
	const result = v.safeParse(settingsSchema(), merged);
	if (!result.success) throw new SettingsError(result.issues[0].message);
	return result.output;
}
