import { describe, expect, it } from 'vitest';
import { shuffle } from './response';
import { validateSettings } from './settings.svelte';
import { articleTitle, creditLine, formatDay } from './documents';
import type { BankDocument } from '$lib/format/bank-format';

describe('shuffle', () => {
	it('keeps every item and never returns a list of several items in its original order', () => {
		const items = ['a', 'b', 'c'];
		let calls = 0;
		// A "random" source that would leave the order unchanged on the first pass.
		const random = () => (calls++ < 2 ? 0.999 : 0);
		const out = shuffle(items, random);
		expect([...out].sort()).toEqual(items);
		expect(out).not.toEqual(items);
		expect(items).toEqual(['a', 'b', 'c']);
	});
	it('returns a one-item list as is', () => {
		expect(shuffle(['only'])).toEqual(['only']);
	});
});

describe('validateSettings', () => {
	const ok = { desiredRetention: 0.9, newPerDay: 20, maxReviewsPerDay: 200 };
	it('accepts the defaults and the bounds', () => {
		expect(validateSettings(ok)).toEqual({});
		expect(validateSettings({ ...ok, desiredRetention: 0.7 })).toEqual({});
		expect(validateSettings({ ...ok, desiredRetention: 0.99, newPerDay: 0 })).toEqual({});
	});
	it('names each bad field', () => {
		expect(validateSettings({ desiredRetention: 0.5, newPerDay: -1, maxReviewsPerDay: 0 })).toEqual({
			desiredRetention: 'Choose a retention between 0.70 and 0.99.',
			newPerDay: 'New cards per day must be a whole number from 0 to 9999.',
			maxReviewsPerDay: 'Maximum reviews per day must be a whole number from 1 to 99999.'
		});
		expect(validateSettings({ ...ok, desiredRetention: Number.NaN }).desiredRetention).toBeDefined();
		expect(validateSettings({ ...ok, newPerDay: 2.5 }).newPerDay).toBeDefined();
	});
});

describe('article credits', () => {
	const doc: BankDocument = { id: 'a', file: 'a.txt', title: null, author: 'Taisuke Abiru', publisher: null, date: '2021-03-01' };
	it('credits author and publisher with a readable date', () => {
		expect(creditLine(doc)).toBe('Taisuke Abiru · 1 Mar 2021');
		expect(creditLine({ ...doc, author: null, publisher: 'Stratfor Worldview' })).toBe('Stratfor Worldview · 1 Mar 2021');
		expect(creditLine({ ...doc, publisher: 'East-West Center' })).toBe('Taisuke Abiru, East-West Center · 1 Mar 2021');
	});
	it('shows an inferred date only to the month, a stated one to the day', () => {
		expect(creditLine({ ...doc, dateBasis: 'inferred: mentions the Suga administration' })).toBe('Taisuke Abiru · Mar 2021');
		expect(creditLine({ ...doc, dateBasis: "stated in the text ('Jan 22, 2019')" })).toBe('Taisuke Abiru · 1 Mar 2021');
	});
	it('falls back to the document label for an untitled article', () => {
		expect(articleTitle(doc)).toBe('Untitled article by Taisuke Abiru');
		expect(formatDay('not a date')).toBe('not a date');
	});
});
