/** Local calendar days from epoch ms and the learner's UTC offset (minutes east of UTC). */

/** "YYYY-MM-DD" of the local day containing `ms`. */
export function localDay(ms: number, utcOffsetMinutes: number): string {
	return new Date(ms + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** Epoch ms of the local midnight starting the day that contains `ms`. */
export function startOfLocalDay(ms: number, utcOffsetMinutes: number): number {
	const shifted = ms + utcOffsetMinutes * 60_000;
	return shifted - (((shifted % 86_400_000) + 86_400_000) % 86_400_000) - utcOffsetMinutes * 60_000;
}

/** The local day `n` days after `day` ("YYYY-MM-DD"; n may be negative). */
export function addDays(day: string, n: number): string {
	return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
