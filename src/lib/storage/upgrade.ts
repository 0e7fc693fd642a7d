/** Schema upgrades, one step per version; never rewrite a released step. */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { SourcedeckDB } from './schema';

export function upgradeSchema(
	db: IDBPDatabase<SourcedeckDB>,
	oldVersion: number,
	_tx: IDBPTransaction<SourcedeckDB, StoreNames<SourcedeckDB>[], 'versionchange'>
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
}
