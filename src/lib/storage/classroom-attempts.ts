/**
 * A student's classroom attempt, kept in localStorage (not IndexedDB: it must survive a browser that refuses the
 * database, and it is one small record per quiz) after every answer. Written and read only by the attempt state.
 */
import { readAttempt, type Attempt } from '$lib/classroom/attempt';

export interface AttemptStore {
	load(code: string, questionCount: number): Attempt | undefined;
	/** False when the browser refused to store it (private mode, full): the quiz still goes on. */
	save(attempt: Attempt): boolean;
	clear(code: string): void;
}

const key = (code: string) => `sourcedeck:classroom:${code}`;

export const localAttempts: AttemptStore = {
	load(code, questionCount) {
		try {
			const raw = localStorage.getItem(key(code));
			return raw ? readAttempt(JSON.parse(raw), code, questionCount) : undefined;
		} catch {
			return undefined;
		}
	},
	save(attempt) {
		try {
			localStorage.setItem(key(attempt.code), JSON.stringify(attempt));
			return true;
		} catch {
			return false;
		}
	},
	clear(code) {
		try {
			localStorage.removeItem(key(code));
		} catch {
			// nothing stored
		}
	}
};
