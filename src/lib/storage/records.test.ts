import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { byId, DAY, makeBank, NOW } from '../domain/fixtures/bank';
import { SettingsError } from '../domain/settings';
import { DEFAULT_SETTINGS } from '../domain/types';
import { syncBank } from './bank-sync';
import { addFlag, exportFlags, FlagError, listFlags, removeFlag } from './flags';
import { estimateStorage, getPersistence, requestPersistence } from './persistence';
import { addQuizResult, deleteQuiz, deleteQuizResult, deleteQuizResults, getQuiz, listQuizResults, listQuizzes, saveQuiz } from './quizzes';
import { getCards, getFirstReviewTime, listLog } from './records';
import type { QuizResult } from './schema';
import { getSettings, saveSettings } from './settings';
import { answer, freshDatabase, nextId } from './test-helpers';

beforeEach(freshDatabase);
afterEach(() => vi.unstubAllGlobals());

describe('settings', () => {
	it('starts from the defaults and saves valid changes', async () => {
		expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
		expect(await saveSettings({ desiredRetention: 0.85 })).toEqual({ ...DEFAULT_SETTINGS, desiredRetention: 0.85 });
		await saveSettings({ newPerDay: 5 });
		expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, desiredRetention: 0.85, newPerDay: 5 });
	});
	it('rejects a bad value with its message and saves nothing', async () => {
		await expect(saveSettings({ newPerDay: 10, maxReviewsPerDay: -3 })).rejects.toThrow(SettingsError);
		await expect(saveSettings({ desiredRetention: 1.5 })).rejects.toThrow('Desired retention must be at most 99%.');
		expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
	});
});

describe('flags', () => {
	it('adds, replaces, lists newest first, removes and exports with the question', async () => {
		await addFlag({ questionId: 'q-date', reason: 'wrong', note: '  The date is Nov. 15. ', at: NOW });
		await addFlag({ questionId: 'q-poll', reason: 'unclear', note: '', at: NOW + 1 });
		await addFlag({ questionId: 'q-date', reason: 'unclear', note: 'Which meeting?', at: NOW + 2 });
		expect((await listFlags()).map((f) => [f.questionId, f.reason, f.note])).toEqual([
			['q-date', 'unclear', 'Which meeting?'],
			['q-poll', 'unclear', '']
		]);
		const file = JSON.parse(await exportFlags([byId('q-date')], NOW));
		expect(file).toMatchObject({ app: 'sourcedeck', kind: 'flags', exportedAt: '2026-03-10T09:00:00.000Z' });
		expect(file.flags[0]).toMatchObject({ questionId: 'q-date', prompt: byId('q-date').prompt, answer: 'November 14, 2018', source: byId('q-date').sources[0] });
		expect(file.flags[1]).not.toHaveProperty('prompt');
		await removeFlag('q-date');
		expect((await listFlags()).map((f) => f.questionId)).toEqual(['q-poll']);
	});
	it('refuses a flag without a question or with an unknown reason', async () => {
		await expect(addFlag({ questionId: '', reason: 'wrong', note: '', at: NOW })).rejects.toThrow(FlagError);
		await expect(addFlag({ questionId: 'q', reason: 'boring' as 'wrong', note: '', at: NOW })).rejects.toThrow('Say whether the question is wrong or unclear.');
		expect(await listFlags()).toEqual([]);
	});
});

describe('records', () => {
	it('reads cards by ids, the log by time, and the first study time', async () => {
		expect(await getFirstReviewTime()).toBeNull();
		await syncBank(makeBank(), { now: NOW - DAY, makeId: nextId });
		await answer(byId('q-poll'), 3, NOW + 5);
		await answer(byId('q-date'), 3, NOW);
		expect([...(await getCards(['q-date', 'missing'])).keys()]).toEqual(['q-date']);
		expect((await listLog()).map((e) => e.questionId)).toEqual(['q-date', 'q-poll']);
		expect((await listLog(NOW + 1)).map((e) => e.questionId)).toEqual(['q-poll']);
		expect(await getFirstReviewTime()).toBe(NOW);
	});
});

describe('classroom quizzes', () => {
	const quiz = { code: 'Q123', bankId: 'corpus', bankVersion: 'v1', title: 'Week 1', createdAt: NOW };
	const result = (studentKey: string, correct: boolean[], addedAt = NOW): QuizResult => ({
		quizCode: 'Q123',
		resultCode: `R-${studentKey}`,
		studentKey,
		name: studentKey.toUpperCase(),
		correct,
		seconds: 60,
		addedAt
	});

	it('saves quizzes idempotently and lists them newest first', async () => {
		await saveQuiz(quiz);
		await saveQuiz(quiz);
		await saveQuiz({ ...quiz, code: 'Q999', createdAt: NOW + 1 });
		expect((await listQuizzes()).map((q) => q.code)).toEqual(['Q999', 'Q123']);
		expect(await getQuiz('Q123')).toEqual(quiz);
	});

	it('keeps a student’s first result and never overwrites it', async () => {
		expect(await addQuizResult(result('ann', [true, false]))).toEqual({ added: true });
		const again = await addQuizResult(result('ann', [true, true], NOW + 5));
		expect(again).toEqual({ added: false, existing: result('ann', [true, false]) });
		await addQuizResult(result('bob', [false, false], NOW + 1));
		expect((await listQuizResults('Q123')).map((r) => r.studentKey)).toEqual(['ann', 'bob']);
	});

	it('deletes one result, all results of a quiz, or the quiz with its results — never another quiz’s', async () => {
		await saveQuiz(quiz);
		await addQuizResult(result('ann', [true]));
		await addQuizResult(result('bob', [true]));
		await addQuizResult({ ...result('cat', [true]), quizCode: 'Q1234' });
		await deleteQuizResult('Q123', 'ann');
		expect((await listQuizResults('Q123')).map((r) => r.studentKey)).toEqual(['bob']);
		await deleteQuizResults('Q123');
		expect(await listQuizResults('Q123')).toEqual([]);
		await addQuizResult(result('dan', [true]));
		await deleteQuiz('Q123');
		expect(await getQuiz('Q123')).toBeUndefined();
		expect(await listQuizResults('Q123')).toEqual([]);
		expect(await listQuizResults('Q1234')).toHaveLength(1);
	});
});

describe('persistent storage', () => {
	it('asks once, stores the answer, and asks again only when forced', async () => {
		const persist = vi.fn(async () => true);
		vi.stubGlobal('navigator', { storage: { persist, estimate: async () => ({ usage: 1200, quota: 5e9 }) } });
		expect(await getPersistence()).toEqual({ askedAt: null, granted: false });
		expect(await requestPersistence(NOW)).toEqual({ askedAt: NOW, granted: true });
		expect(await requestPersistence(NOW + 1)).toEqual({ askedAt: NOW, granted: true });
		expect(persist).toHaveBeenCalledTimes(1);
		persist.mockResolvedValueOnce(false);
		expect(await requestPersistence(NOW + 2, true)).toEqual({ askedAt: NOW + 2, granted: false });
		expect(await getPersistence()).toEqual({ askedAt: NOW + 2, granted: false });
		expect(await estimateStorage()).toEqual({ usage: 1200, quota: 5e9 });
	});

	it('records "not granted" where the API is missing or fails', async () => {
		vi.stubGlobal('navigator', {});
		expect(await requestPersistence(NOW)).toEqual({ askedAt: NOW, granted: false });
		expect(await estimateStorage()).toBeNull();
		vi.stubGlobal('navigator', { storage: { persist: async () => Promise.reject(new Error('denied')) } });
		expect(await requestPersistence(NOW, true)).toEqual({ askedAt: NOW, granted: false });
	});
});
