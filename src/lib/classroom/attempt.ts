/**
 * A student's attempt: what was answered, and when the question on screen was shown and runs out. Pure records
 * (the caller passes `now`); the state class keeps them on the device after every change, so a reload or a locked
 * phone loses nothing — not the answers, and not the clock: a reloaded question keeps its deadline.
 * Classroom attempts never touch the study schedule.
 */
import type { GradedAnswer } from './grade';

export interface Attempt {
	code: string;
	name: string;
	/** Per question in play order: right or not, and what was given. */
	answers: GradedAnswer[];
	/** Seconds spent on the answered questions. */
	seconds: number;
	/** The question on screen (index = answers.length): when it was first shown and, if timed, when it runs out. */
	current?: { index: number; shownAt: number; deadline?: number };
	resultCode?: string;
}

export function newAttempt(code: string, name: string): Attempt {
	return { code, name, answers: [], seconds: 0 };
}

/**
 * The attempt with its next question on screen at `now`. A question already on screen (a reload) keeps the time it
 * was shown and its deadline.
 */
export function showNext(attempt: Attempt, now: number, seconds: number): Attempt {
	const index = attempt.answers.length;
	if (attempt.current?.index === index) return attempt;
	return { ...attempt, current: { index, shownAt: now, ...(seconds ? { deadline: now + seconds * 1000 } : {}) } };
}

/** Milliseconds left on the question on screen; undefined when the quiz is untimed or no question is shown. */
export function timeLeft(attempt: Attempt, now: number): number | undefined {
	const deadline = attempt.current?.deadline;
	return deadline === undefined ? undefined : Math.max(0, deadline - now);
}

/** The attempt with the question on screen answered at `now` (a timed question counts at most its time). */
export function recordAnswer(attempt: Attempt, answer: GradedAnswer, now: number, seconds: number): Attempt {
	const shownAt = attempt.current?.shownAt ?? now;
	const elapsed = Math.max(0, (now - shownAt) / 1000);
	const spent = seconds ? Math.min(seconds, elapsed) : elapsed;
	return { code: attempt.code, name: attempt.name, answers: [...attempt.answers, answer], seconds: attempt.seconds + spent };
}

/** A stored attempt read back (outside input: another app version, a hand edit): undefined unless it fits `code`. */
export function readAttempt(value: unknown, code: string, questionCount: number): Attempt | undefined {
	if (!value || typeof value !== 'object') return undefined;
	const a = value as Partial<Attempt>;
	if (a.code !== code || typeof a.name !== 'string' || typeof a.seconds !== 'number' || !Number.isFinite(a.seconds)) return undefined;
	if (!Array.isArray(a.answers) || a.answers.length > questionCount) return undefined;
	if (!a.answers.every((x) => x && typeof x.correct === 'boolean' && typeof x.given === 'string')) return undefined;
	if (a.resultCode !== undefined && typeof a.resultCode !== 'string') return undefined;
	const attempt: Attempt = { code, name: a.name, answers: a.answers, seconds: a.seconds };
	if (a.resultCode) attempt.resultCode = a.resultCode;
	const c = a.current;
	// A clock that does not belong to the question on screen is dropped: that question starts afresh.
	if (c && c.index === a.answers.length && Number.isFinite(c.shownAt) && (c.deadline === undefined || Number.isFinite(c.deadline)))
		attempt.current = { index: c.index, shownAt: c.shownAt, ...(c.deadline === undefined ? {} : { deadline: c.deadline }) };
	return attempt;
}
