/**
 * Storage: the only module importing idb. Every function opens the database on first use and rejects with a
 * StorageError (code + learner-facing message) when it cannot be used; the status is subscribable.
 */
export {
	configureStorage,
	getStorageStatus,
	onStorageStatus,
	closeStorage,
	reopenStorage,
	type StorageState,
	type StorageStatus,
	type StorageConfig
} from './connection';
export { StorageError, type StorageErrorCode } from './errors';
export type { StoredQuiz, QuizResult, PersistenceInfo, BankSeen } from './schema';
export { commitAnswer, undoReview, undoLastReview, resetQuestion, addToStudy } from './answers';
export {
	getDueCards,
	getNewCards,
	getStudyQueue,
	getStudyStart,
	countCards,
	countBanks,
	scopeOfBank,
	type CardScope,
	type CardCounts,
	type StudyQueue
} from './queue';
export { getCard, getCards, listCards, listLog, getQuestionLog, getFirstReviewTime } from './records';
export { getSettings, saveSettings } from './settings';
export { addFlag, removeFlag, listFlags, exportFlags, FlagError } from './flags';
export {
	saveQuiz,
	getQuiz,
	listQuizzes,
	deleteQuiz,
	addQuizResult,
	listQuizResults,
	deleteQuizResult,
	deleteQuizResults
} from './quizzes';
export { requestPersistence, getPersistence, estimateStorage, type StorageEstimate } from './persistence';
export { syncBank, getSyncedBanks, type BankSyncResult } from './bank-sync';
export { exportBackup, importBackup, type ImportSummary } from './backup';
export { checkDatabase, type CheckReport } from './check';
export { getNewCandidates, getExtraNew, addExtraNew, readStudyDay, type StudyDay } from './study-plan';
export { getSuspended, setSuspended } from './suspended';
export {
	saveOwnBank,
	listOwnBanks,
	getOwnBank,
	getOwnText,
	deleteOwnBank,
	OWN_BANK_NOT_SAVED,
	type OwnBankRecord,
	type OwnBankSummary
} from './own-banks';
