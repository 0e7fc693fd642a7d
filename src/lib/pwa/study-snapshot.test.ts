import { describe, expect, it } from 'vitest';
import { sameItems } from './study-snapshot';

describe('sameItems (a saved order of choices is reused only for the same choices)', () => {
	it('accepts the same items in another order', () => {
		expect(sameItems(['Osaka', 'Singapore', 'Vladivostok'], ['Singapore', 'Vladivostok', 'Osaka'])).toBe(true);
		expect(sameItems([], [])).toBe(true);
	});
	it('refuses a choice added, removed, renamed or repeated (the bank changed since the copy was saved)', () => {
		expect(sameItems(['a', 'b'], ['a', 'b', 'c'])).toBe(false);
		expect(sameItems(['a', 'b', 'c'], ['a', 'b'])).toBe(false);
		expect(sameItems(['a', 'b'], ['a', 'B'])).toBe(false);
		expect(sameItems(['a', 'a', 'b'], ['a', 'b', 'b'])).toBe(false);
	});
});
