import { describe, expect, it } from 'vitest';
import type { Question } from '../../format/bank-format';
import { parseRegistry, serializeRegistry, updateRegistry } from './update-registry';

function q(id: string, answer: string): { question: Question } {
	return { question: { id, type: 'typed', kind: 'date', prompt: 'p', answer, sources: [{ doc: 'd', quote: 'x', start: 0, end: 1 }], origin: 'curated' } };
}

describe('updateRegistry', () => {
	it('records shipped ids and marks missing ones retired, never deleting them', () => {
		const first = updateRegistry({}, [q('c-1', 'Nov. 14'), q('c-2', '1956')], 'ids.json');
		const second = updateRegistry(first, [q('c-1', 'Nov. 14')], 'ids.json');
		expect(second['c-2']).toMatchObject({ answer: '1956', retired: true });
		expect(second['c-1'].retired).toBeUndefined();
	});

	it('lets the same question come back under its retired id', () => {
		const reg = updateRegistry(updateRegistry({}, [q('c-1', 'Nov. 14')], 'ids.json'), [], 'ids.json');
		expect(updateRegistry(reg, [q('c-1', 'nov 14')], 'ids.json')['c-1'].retired).toBeUndefined();
	});

	it('refuses a retired id reused for a different question', () => {
		const reg = updateRegistry(updateRegistry({}, [q('c-1', 'Nov. 14')], 'ids.json'), [], 'ids.json');
		expect(() => updateRegistry(reg, [{ ...q('c-1', 'Singapore'), place: { file: 'questions/curated/t.yaml', line: 12 } }], 'ids.json')).toThrow(
			/questions\/curated\/t\.yaml:12: id c-1 was retired .*Choose a new slug/
		);
	});

	it('round-trips through its file, sorted, and names a broken file', () => {
		const reg = updateRegistry({}, [q('c-b', 'x'), q('c-a', 'y')], 'ids.json');
		const text = serializeRegistry(reg);
		expect(Object.keys(parseRegistry('ids.json', text))).toEqual(['c-a', 'c-b']);
		expect(() => parseRegistry('questions/ids.json', '{oops')).toThrow(/questions\/ids\.json: .*Restore questions\/ids\.json/);
		expect(parseRegistry('ids.json', null)).toEqual({});
	});
});
