import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase } from './test-helpers';
import { getSuspended, setSuspended } from './suspended';

beforeEach(() => freshDatabase());

describe('suspended cards', () => {
	it('suspends and unsuspends sets of questions, and keeps them across reads', async () => {
		expect([...(await getSuspended())]).toEqual([]);
		await setSuspended(['b', 'a', 'c'], true);
		await setSuspended(['a'], true);
		expect([...(await getSuspended())].sort()).toEqual(['a', 'b', 'c']);
		expect([...(await setSuspended(['b', 'zz'], false))].sort()).toEqual(['a', 'c']);
		expect([...(await getSuspended())].sort()).toEqual(['a', 'c']);
	});
});
