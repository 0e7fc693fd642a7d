/** Test set-up for storage: a fresh fake IndexedDB per test, and answering through the real domain. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Question } from '../format/bank-format';
import { createScheduler } from '../domain/scheduling';
import type { CardRecord, Rating, ReviewEntry } from '../domain/types';
import { commitAnswer } from './answers';
import { getCard } from './records';
import { closeStorage, configureStorage } from './connection';
import { DB_VERSION } from './schema';

export const scheduler = createScheduler({ enableFuzz: false });

/** A brand-new, empty IndexedDB (isolation between tests) and a closed connection. */
export function freshDatabase(): void {
	closeStorage();
	Object.assign(globalThis, { indexedDB: new IDBFactory(), IDBKeyRange });
	configureStorage({ name: 'sourcedeck-test', version: DB_VERSION, blockedTimeoutMs: 200 });
}

let n = 0;
export const nextId = (): string => `id-${++n}`;

/** Answer a question's stored card with the real scheduler and commit it, as the study page does. */
export async function answer(question: Question, rating: Rating, now: number): Promise<{ card: CardRecord; review: ReviewEntry }> {
	const card = (await getCard(question.id)) ?? scheduler.newCard(question, now);
	const result = scheduler.rate(card, rating, now, { id: nextId(), durationMs: 3000 });
	await commitAnswer(result.card, result.review);
	return result;
}
