/** Flags: a question the learner marked wrong or unclear, one per question id. */
import type { Question } from '../format/bank-format';
import type { Flag } from '../domain/types';
import { inTransaction, withDatabase } from './connection';

export class FlagError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'FlagError';
	}
}

/** Add or replace the flag of a question. Throws FlagError for a missing id or reason. */
export async function addFlag(flag: Flag): Promise<void> {
	if (!flag.questionId) throw new FlagError('A flag needs the question it is about.');
	if (flag.reason !== 'wrong' && flag.reason !== 'unclear') throw new FlagError('Say whether the question is wrong or unclear.');
	const clean: Flag = { questionId: flag.questionId, reason: flag.reason, note: flag.note.trim().slice(0, 2000), at: flag.at };
	await withDatabase(async (db) => {
		const tx = db.transaction('flags', 'readwrite', { durability: 'strict' });
		await inTransaction(tx, () => tx.store.put(clean));
	});
}

export async function removeFlag(questionId: string): Promise<void> {
	await withDatabase((db) => db.delete('flags', questionId));
}

/** All flags, newest first. */
export async function listFlags(): Promise<Flag[]> {
	return withDatabase(async (db) => (await db.getAll('flags')).sort((a, b) => b.at - a.at));
}

/** Flags as a JSON file for the bank's maintainers, with each question's prompt and answer when `questions` has it. */
export async function exportFlags(questions: readonly Question[] = [], now: number): Promise<string> {
	const byId = new Map(questions.map((q) => [q.id, q]));
	const flags = await listFlags();
	return JSON.stringify(
		{
			app: 'sourcedeck',
			kind: 'flags',
			exportedAt: new Date(now).toISOString(),
			flags: flags.map((f) => {
				const q = byId.get(f.questionId);
				return { ...f, at: new Date(f.at).toISOString(), ...(q ? { prompt: q.prompt, answer: q.answer, source: q.sources[0] } : {}) };
			})
		},
		null,
		2
	);
}
