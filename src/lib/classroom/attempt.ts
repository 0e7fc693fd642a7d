/**
 * A student's attempt, kept in localStorage after every answer so a reload or a locked phone loses nothing and
 * the finished result code can be shown again. Classroom attempts never touch the study schedule.
 */
export interface Attempt {
	code: string;
	name: string;
	/** Per question in play order: right or not, and what was given. */
	answers: { correct: boolean; given: string }[];
	seconds: number;
	resultCode?: string;
}

const key = (code: string) => `sourcedeck:classroom:${code}`;

export function loadAttempt(code: string): Attempt | undefined {
	try {
		const raw = localStorage.getItem(key(code));
		if (!raw) return undefined;
		const value = JSON.parse(raw) as Attempt;
		return value && value.code === code && Array.isArray(value.answers) ? value : undefined;
	} catch {
		return undefined;
	}
}

/** Returns false when the browser refused to store it (private mode, full): the quiz still goes on. */
export function saveAttempt(attempt: Attempt): boolean {
	try {
		localStorage.setItem(key(attempt.code), JSON.stringify(attempt));
		return true;
	} catch {
		return false;
	}
}

export function clearAttempt(code: string): void {
	try {
		localStorage.removeItem(key(code));
	} catch {
		// nothing stored
	}
}
