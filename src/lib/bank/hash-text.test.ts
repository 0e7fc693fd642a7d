import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cyrb53, cyrb53Prefixed } from './hash-text';

describe('cyrb53Prefixed', () => {
	it('gives what cyrb53 gives on the whole text, for any prefix, suffix and seed', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), fc.integer({ min: 0, max: 3 }), (prefix, suffix, seed) => {
				expect(cyrb53Prefixed(prefix, seed)(suffix)).toBe(cyrb53(prefix + suffix, seed));
			})
		);
	});

	it('can be reused for many suffixes', () => {
		const h = cyrb53Prefixed('The treaty was signed in 1956.|', 0);
		for (const id of ['abiru', 'kozyrev', 'stratfor', ''])
			expect(h(id)).toBe(cyrb53(`The treaty was signed in 1956.|${id}`, 0));
	});
});
