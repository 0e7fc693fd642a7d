import { describe, expect, it } from 'vitest';
import { documentLabel } from './bank-format';

describe('documentLabel', () => {
	it('uses the title, else the author or publisher with the date', () => {
		const base = { id: 'd', file: 'd.txt', author: null, publisher: null, date: '2021-03-01' };
		expect(documentLabel({ ...base, title: 'T' })).toBe('T');
		expect(documentLabel({ ...base, title: null, author: 'Taisuke Abiru' })).toBe('Untitled article by Taisuke Abiru');
	});
});
