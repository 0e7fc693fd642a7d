import 'fake-indexeddb/auto';
import { IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Bank, Question } from '../format/bank-format';
import { makeBank, NOW } from '../domain/fixtures/bank';
import { makeOwnBank, ownDocumentId } from '../domain/own-bank';
import { syncBank } from './bank-sync';
import { countCards } from './queue';
import { getCard, listLog } from './records';
import { StorageError } from './errors';
import { configureOwnBanks, deleteOwnBank, getOwnBank, getOwnText, listOwnBanks, OWN_BANK_NOT_SAVED, saveOwnBank } from './own-banks';
import { answer, freshDatabase } from './test-helpers';

const TEXT = 'My article\n\nOn March 3, 2020, the council voted 7 to 2 to close the old bridge.';
const DOC = ownDocumentId(TEXT);

function built(): Bank {
	const quote = 'On March 3, 2020, the council voted 7 to 2 to close the old bridge.';
	const start = TEXT.indexOf(quote);
	const q = (id: string, prompt: string, answer: string): Question => ({
		id,
		type: 'typed',
		kind: 'number',
		prompt,
		answer,
		sources: [{ doc: DOC, quote, start, end: start + quote.length }],
		origin: 'generated'
	});
	return {
		format: 1,
		id: DOC,
		title: 'My article',
		version: 'v0',
		documents: [{ id: DOC, file: `${DOC}.txt`, title: 'My article', author: null, publisher: null, date: '2020-03-04' }],
		questions: [q('g-aaa', 'How many council members voted to close the old bridge?', '7'), q('g-bbb', 'How many voted against?', '2')]
	};
}

const BANK = makeBank();
const own = (accepted = ['g-aaa', 'g-bbb']) => makeOwnBank(built(), new Set(accepted), built().documents[0]);

beforeEach(() => {
	freshDatabase();
	configureOwnBanks({ name: `own-test-${Math.random()}` });
});
afterEach(() => vi.restoreAllMocks());

describe('own banks', () => {
	it('saves a bank with its text, lists it and reads both back', async () => {
		const bank = own();
		await saveOwnBank(bank, TEXT, { origin: 'pasted', now: NOW });
		expect(await listOwnBanks()).toEqual([{ id: DOC, title: 'My article', doc: bank.documents[0], questionCount: 2, savedAt: NOW }]);
		expect(await getOwnBank(DOC)).toEqual(bank);
		expect(await getOwnText(DOC)).toBe(TEXT);
		expect(bank.questions.map((q) => q.id)).toEqual([`${DOC}-g-aaa`, `${DOC}-g-bbb`]);
	});

	it('saving again replaces the bank and keeps when it was first added', async () => {
		await saveOwnBank(own(), TEXT, { origin: 'pasted', now: NOW });
		await saveOwnBank(own(['g-aaa']), TEXT, { origin: 'pasted', now: NOW + 1000 });
		const [summary] = await listOwnBanks();
		expect(summary).toMatchObject({ questionCount: 1, savedAt: NOW + 1000 });
		expect((await getOwnBank(DOC))?.questions).toHaveLength(1);
	});

	it('refuses a bank that is not an own bank', async () => {
		await expect(saveOwnBank(BANK, TEXT, { origin: 'x', now: NOW })).rejects.toThrow(/own bank/);
		expect(await listOwnBanks()).toEqual([]);
	});

	it('out of space while saving: a clear message and nothing of the bank kept', async () => {
		const put = FakeObjectStore.prototype.put;
		vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
			if (this.name === 'texts') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.apply(this, args);
		} as never);
		const error = await saveOwnBank(own(), TEXT, { origin: 'pasted', now: NOW }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(StorageError);
		expect((error as StorageError).code).toBe('quota');
		expect((error as StorageError).message).toBe(OWN_BANK_NOT_SAVED);
		vi.restoreAllMocks();
		expect(await listOwnBanks()).toEqual([]);
		expect(await getOwnText(DOC)).toBeUndefined();
	});

	it('delete keeping progress: the bank goes, its cards and answers stay', async () => {
		const bank = own();
		await saveOwnBank(bank, TEXT, { origin: 'pasted', now: NOW });
		await syncBank(bank, { now: NOW });
		await answer(bank.questions[0], 3, NOW + 1000);
		await deleteOwnBank(DOC, { keepProgress: true });
		expect(await listOwnBanks()).toEqual([]);
		expect(await getOwnText(DOC)).toBeUndefined();
		expect(await getCard(bank.questions[0].id)).toBeDefined();
		expect((await listLog()).filter((e) => e.questionId === bank.questions[0].id)).toHaveLength(1);
	});

	it('delete removing progress: its cards, answers and counts go, other banks’ progress stays', async () => {
		const bank = own();
		await saveOwnBank(bank, TEXT, { origin: 'pasted', now: NOW });
		await syncBank(bank, { now: NOW });
		await syncBank(BANK, { now: NOW });
		await answer(bank.questions[0], 3, NOW + 1000);
		await answer(BANK.questions[0], 3, NOW + 2000);
		expect((await countCards({ docs: [DOC] }, NOW + 3000)).total).toBe(2);
		await deleteOwnBank(DOC, { keepProgress: false });
		expect(await listOwnBanks()).toEqual([]);
		expect(await getCard(bank.questions[0].id)).toBeUndefined();
		expect(await countCards({ docs: [DOC] }, NOW + 3000)).toEqual({ new: 0, due: 0, learned: 0, total: 0 });
		const log = await listLog();
		expect(log.map((e) => e.questionId)).toEqual([BANK.questions[0].id]);
		expect(await getCard(BANK.questions[0].id)).toBeDefined();
		// Added again later: it starts afresh (synced as a new bank).
		expect((await syncBank(bank, { now: NOW + 5000 })).synced).toBe(true);
	});
});
