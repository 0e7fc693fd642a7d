/** Schema upgrades, one step per version; never rewrite a released step. */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { SourcedeckDB } from './schema';
import { buildTallies } from './tallies';

export function upgradeSchema(
	db: IDBPDatabase<SourcedeckDB>,
	oldVersion: number,
	newVersion: number,
	tx: IDBPTransaction<SourcedeckDB, StoreNames<SourcedeckDB>[], 'versionchange'>
): void {
	if (oldVersion < 1) {
		const cards = db.createObjectStore('cards', { keyPath: 'id' });
		cards.createIndex('byQueueDue', ['queue', 'due']);
		cards.createIndex('byDocQueueDue', ['doc', 'queue', 'due']);
		const reviews = db.createObjectStore('reviews', { keyPath: 'id' });
		reviews.createIndex('byQuestion', 'questionId');
		reviews.createIndex('byAt', 'at');
		db.createObjectStore('settings');
		db.createObjectStore('flags', { keyPath: 'questionId' });
		db.createObjectStore('meta');
		db.createObjectStore('quizzes', { keyPath: 'code' });
		const results = db.createObjectStore('quizResults', { keyPath: ['quizCode', 'studentKey'] });
		results.createIndex('byQuiz', 'quizCode');
	}
	if (oldVersion < 2 && newVersion >= 2) {
		// Per-article counts of the cards (tallies.ts), built from the cards already stored. A later step that rewrites
		// cards must write them through tallies.putCards (this build reads the cards as they were before it).
		db.createObjectStore('tallies', { keyPath: 'doc' });
		if (oldVersion >= 1) {
			tx.done.catch(() => undefined); // an aborted upgrade surfaces as the open's failure, handled in connection.ts
			buildTallies(tx).catch(() => {
				try {
					tx.abort(); // the open fails (status 'failed', "try again") rather than leaving wrong counts
				} catch {
					// Already aborted.
				}
			});
		}
	}
}
