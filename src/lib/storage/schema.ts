/** The IndexedDB schema (idb DBSchema). Bump DB_VERSION with a new step in upgrade() for every change. */
import type { DBSchema } from 'idb';
import type { CardRecord, Flag, LogEntry, Settings } from '../domain/types';

export const DB_NAME = 'sourcedeck';
export const DB_VERSION = 2;

/** Per-bank record of what the learner's progress was reconciled against. */
export interface BankSeen {
	version: string;
	questionIds: string[];
	syncedAt: number;
}

export interface PersistenceInfo {
	/** When persist() was asked, epoch ms (null: never asked). */
	askedAt: number | null;
	granted: boolean;
}

/** Meta values by key. */
export interface MetaValues {
	banks: Record<string, BankSeen>;
	persistence: PersistenceInfo;
	/** Local day "YYYY-MM-DD" of the first answer. */
	firstStudyDay: string;
	/** "More new cards today" (custom study): extra new cards allowed on one local day. */
	extraNew: { day: string; count: number };
	/** Suspended question ids (card browser): never studied until unsuspended; their progress is kept. */
	suspended: string[];
}
export type MetaKey = keyof MetaValues;

/**
 * One article's cards in numbers (schema 2; see tallies.ts): new, removed, and the scheduled ones by UTC day of due
 * (day number as a string → cards). Kept in step with the cards store by every write.
 */
export interface Tally {
	doc: string;
	new: number;
	removed: number;
	days: Record<string, number>;
}

/** A quiz composed by a teacher, stored by its code (shape asked for by the classroom feature). */
export interface StoredQuiz {
	code: string;
	bankId: string;
	bankVersion: string;
	title: string;
	createdAt: number;
	/** Anything else the classroom feature needs, JSON-safe. */
	extra?: Record<string, unknown>;
}

/** One student's result for a quiz; key [quizCode, studentKey]. The first result of a student is kept. */
export interface QuizResult {
	quizCode: string;
	/** The code the student's device showed (the result as transferred). */
	resultCode: string;
	/** Normalized student name (the classroom feature makes it). */
	studentKey: string;
	/** The name as typed. */
	name: string;
	/** Per question, in quiz order: right or not. */
	correct: boolean[];
	seconds: number;
	addedAt: number;
}

export interface SourcedeckDB extends DBSchema {
	cards: {
		key: string;
		value: CardRecord;
		indexes: {
			/** [queue, due]: due queue over all articles. */
			byQueueDue: [number, number];
			/** [doc, queue, due]: due queue and counts per article. */
			byDocQueueDue: [string, number, number];
		};
	};
	reviews: {
		key: string;
		value: LogEntry;
		indexes: { byQuestion: string; byAt: number };
	};
	tallies: { key: string; value: Tally };
	settings: { key: 'settings'; value: Settings };
	flags: { key: string; value: Flag };
	meta: { key: MetaKey; value: MetaValues[MetaKey] };
	quizzes: { key: string; value: StoredQuiz };
	quizResults: { key: [string, string]; value: QuizResult; indexes: { byQuiz: string } };
}

export type StoreName = 'cards' | 'tallies' | 'reviews' | 'settings' | 'flags' | 'meta' | 'quizzes' | 'quizResults';
