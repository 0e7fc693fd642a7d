// The learner's local day, from the device's time zone (domain code takes it as a DayContext).
import type { DayContext } from '$lib/domain/types';

/** "YYYY-MM-DD" of the local day at `now`. */
export function localDayOf(now: number): string {
	const ctx = dayContext(now);
	return new Date(now + ctx.utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

export function dayContext(now: number = Date.now()): DayContext {
	return { now, utcOffsetMinutes: -new Date(now).getTimezoneOffset() };
}
