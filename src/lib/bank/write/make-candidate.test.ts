import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstBy, shuffleBy } from './make-candidate';

describe('firstBy', () => {
	it('picks what the head of shuffleBy holds, in its order, for any items, key and count', () => {
		fc.assert(
			fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 40 }), fc.string(), fc.integer({ min: 0, max: 6 }), (items, key, n) => {
				expect(firstBy(items, key, (s) => s, n)).toEqual(shuffleBy(items, key, (s) => s).slice(0, n));
			})
		);
	});

	it('keeps the items order among equal labels, as the stable sort does', () => {
		const items = [
			{ id: 'a', n: 1 },
			{ id: 'b', n: 2 },
			{ id: 'a', n: 3 },
			{ id: 'b', n: 4 },
			{ id: 'a', n: 5 }
		];
		expect(firstBy(items, 'key', (x) => x.id, 4)).toEqual(shuffleBy(items, 'key', (x) => x.id).slice(0, 4));
	});
});
