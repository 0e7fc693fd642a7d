import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { namesInSentence, placesWithOtherNames } from './places';
import { place } from './fixtures';

const both = 'Japan wants the contested territory known in Japan as the Northern Territories and in Russia as the South Kuril Islands.';

describe('placesWithOtherNames', () => {
	it('reads both names and who uses each from the sentence that gives them', () => {
		expect(namesInSentence(both)).toEqual([
			{ name: 'Northern Territories', usedBy: 'Japan' },
			{ name: 'South Kuril Islands', usedBy: 'Russia' }
		]);
		expect(namesInSentence('They met in the Kuril Islands, which Japan calls the Northern Territories.')).toEqual([
			{ name: 'Kuril Islands', usedBy: null },
			{ name: 'Northern Territories', usedBy: 'Japan' }
		]);
	});

	it('lists each pair once, with its sentence, and adds the other names the builder found', () => {
		const out = placesWithOtherNames([
			place('Northern Territories', [both]),
			place('South Kuril Islands', [both]),
			place('Iturup', ['Iturup is large.'], ['Etorofu']),
			place('Etorofu', [], ['Iturup']),
			place('Moscow', ['Moscow said no.'])
		]);
		expect(out.map((p) => p.names.map((n) => n.name))).toEqual([
			['Northern Territories', 'South Kuril Islands'],
			['Iturup', 'Etorofu']
		]);
		expect(out[0].source?.quote).toBe(both);
	});

	it('finds nothing in sentences that give one name (any text)', () => {
		fc.assert(fc.property(fc.string(), (s) => namesInSentence(s.replace(/known|which/g, '')) === null));
	});
});
